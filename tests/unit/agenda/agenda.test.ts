import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import {
  agendaCalendar,
  buildReport,
  checkinPath,
  latestOutcomes,
  qrSvg,
  reportRows,
  slotClock,
  toCsv,
  toXlsx,
  verifyCheckinToken,
  type AgendaMeeting,
} from "../../../app/modules/agenda";

const meeting = (id: number, start: string): AgendaMeeting => ({
  meetingId: id,
  eventId: 1,
  start,
  minutes: 20,
  table: "T01",
  counterpart: { ref: "S-1", kind: "supplier", name: "Công ty Cơ khí, Hà Nội" },
  why: ["injection moulding ✓"],
});

describe("agenda .ics", () => {
  it("writes Hanoi wall times with TZID whatever the server's zone", () => {
    const ics = agendaCalendar(
      { id: 1, name: "Fair", venue: "ICE" },
      [meeting(7, "2027-03-10T02:00:00Z"), meeting(8, "2027-03-10T16:40:00.000Z")],
      {
        calendarName: "Fair",
        host: "portal.test",
        summary: (m) => `Meeting with ${m.counterpart.name}`,
        description: (m) => m.why.join("\n"),
        location: (m, e) => `${e.venue}, table ${m.table}`,
      },
    );
    expect(ics).toContain("DTSTART;TZID=Asia/Ho_Chi_Minh:20270310T090000");
    expect(ics).toContain("DTEND;TZID=Asia/Ho_Chi_Minh:20270310T092000");
    // Past midnight in Hanoi: the date rolls over too.
    expect(ics).toContain("DTSTART;TZID=Asia/Ho_Chi_Minh:20270310T234000");
    expect(ics).toContain("TZOFFSETTO:+0700");
    expect(ics).toContain("UID:meeting-7@portal.test");
    expect(ics).toContain("SUMMARY:Meeting with Công ty Cơ khí\\, Hà Nội");
  });
});

describe("check-in links", () => {
  it("verify only the token made for that meeting", async () => {
    const p = checkinPath("s".repeat(32), 42);
    const token = p.split("/").pop()!;
    expect(token).toHaveLength(24);
    expect(verifyCheckinToken("s".repeat(32), 42, token)).toBe(true);
    expect(verifyCheckinToken("s".repeat(32), 43, token)).toBe(false);
    expect(verifyCheckinToken("t".repeat(32), 42, token)).toBe(false);
    expect(verifyCheckinToken("s".repeat(32), 42, "short")).toBe(false);
    expect(await qrSvg(`https://x.test${p}`)).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
  });
});

describe("slot clock", () => {
  const slots = [
    { id: "a", start: "2027-03-10T09:00:00+07:00", minutes: 20 },
    { id: "b", start: "2027-03-10T09:25:00+07:00", minutes: 20 },
  ];
  it("finds the running slot, the next, and what has started", () => {
    const c = slotClock(slots, new Date("2027-03-10T09:10:00+07:00"));
    expect(c.current?.id).toBe("a");
    expect(c.next?.id).toBe("b");
    expect([...c.startedIds]).toEqual(["a"]);
    const gap = slotClock(slots, new Date("2027-03-10T09:22:00+07:00"));
    expect(gap.current).toBeNull();
    expect(gap.firstOpen?.id).toBe("b");
  });
});

describe("outcomes and report", () => {
  it("keeps the newest outcome per side and counts the report", async () => {
    const latest = latestOutcomes([
      {
        meetingId: 1,
        orgId: 10,
        outcome: "samples_requested",
        note: null,
        recordedAt: "2027-03-10T10:00:00Z",
      },
      { meetingId: 1, orgId: 10, outcome: "order_placed", note: null, recordedAt: "2027-06-01T10:00:00Z" },
      { meetingId: 1, orgId: 20, outcome: "negotiation", note: null, recordedAt: "2027-03-10T10:05:00Z" },
    ]);
    expect(latest.get("1:10")?.outcome).toBe("order_placed");
    const r = buildReport({
      requests: [
        { state: "accepted", declineReason: null },
        { state: "declined", declineReason: "no_capacity" },
        { state: "declined", declineReason: "no_capacity" },
        { state: "pending", declineReason: null },
      ],
      meetings: [
        { id: 1, supplierOrgId: 20, attendance: "held", sector: "automotive" },
        { id: 2, supplierOrgId: 20, attendance: "no_show", sector: "automotive" },
        { id: 3, supplierOrgId: 21, attendance: null, sector: null },
      ],
      outcomes: [...latest.values()],
      supplierParticipants: 5,
    });
    expect(r.requests).toMatchObject({ sent: 4, accepted: 1, declined: 2, pending: 1 });
    expect(r.declineReasons).toEqual([{ reason: "no_capacity", count: 2 }]);
    expect(r.meetings).toEqual({ scheduled: 3, held: 1, noShows: 1, unrecorded: 1 });
    expect(r.suppliers).toEqual({ participating: 5, withMeeting: 2 });
    expect(r.outcomesBySector).toEqual([
      {
        sector: "automotive",
        no_further_contact: 0,
        samples_requested: 0,
        quotation_requested: 0,
        negotiation: 1,
        order_placed: 1,
      },
    ]);

    const rows = reportRows(r, (k) => k);
    const csv = toCsv(["section", "item", "value"], rows);
    expect(csv.startsWith("\uFEFFsection,item,value\r\n")).toBe(true);
    expect(csv).toContain("meetings,meetings.noShows,1");
    expect(toCsv(["a"], [["=HYPERLINK(1)"]])).toContain("'=HYPERLINK(1)");
    const wb = new ExcelJS.Workbook();
    const file = await toXlsx("Report", ["section", "item", "value"], rows);
    await wb.xlsx.load(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.rowCount).toBe(rows.length + 1);
    expect(ws.getRow(1).getCell(1).value).toBe("section");
  });
});
