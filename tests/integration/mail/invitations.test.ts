import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ICAL from "ical.js";
import { startSmtp, calendarsOf, type Received, type TestSmtp } from "./smtp";
import { fairWithAccounts, publish, usePublicUrl, PUBLIC_URL } from "./fixture";
import { queueScheduleNotices } from "../../../app/services/mail.server";
import { startMailWorker, type MailWorker } from "../../../app/services/mail-worker.server";
import { moveMeeting } from "../../../db/queries/events-schedule";
import { closeAll } from "../../helpers/teardown";

// Publishing a schedule, end to end through a real SMTP server: one mail per participant in
// their language, with a calendar invitation per meeting that calendar apps accept (parsed with
// ical.js); a moved meeting goes out again with a higher SEQUENCE, a dropped one as a CANCEL.

let smtp: TestSmtp;
let worker: MailWorker;
let f: Awaited<ReturnType<typeof fairWithAccounts>>;
const log = { info() {}, warn() {} };

beforeAll(async () => {
  usePublicUrl();
  smtp = await startSmtp();
  f = await fairWithAccounts();
  worker = startMailWorker({ db: f.db }, { smtpUrl: smtp.url, autoStart: false, remindEveryMs: 0, log });
});

afterAll(() => closeAll(worker, smtp, f));

async function slotOf(meetingId: number) {
  return f.db
    .selectFrom("meetings as m")
    .innerJoin("eventSlots as s", "s.id", "m.slotId")
    .innerJoin("eventTables as t", "t.id", "m.tableId")
    .select(["s.startsAt", "s.minutes", "t.name as tableName", "m.slotId", "m.tableId"])
    .where("m.id", "=", meetingId)
    .executeTakeFirstOrThrow();
}

function vevent(cal: ICAL.Component) {
  const events = cal.getAllSubcomponents("vevent");
  expect(events).toHaveLength(1);
  return events[0];
}

function utcOf(ev: ICAL.Component, prop: "dtstart" | "dtend", cal: ICAL.Component): string {
  const p = ev.getFirstProperty(prop)!;
  expect(p.getParameter("tzid")).toBe("Asia/Ho_Chi_Minh");
  const tz = new ICAL.Timezone(cal.getFirstSubcomponent("vtimezone")!);
  const t = p.getFirstValue() as ICAL.Time;
  return ICAL.Time.fromData(
    { year: t.year, month: t.month, day: t.day, hour: t.hour, minute: t.minute, second: t.second },
    tz,
  )
    .toJSDate()
    .toISOString();
}

const mailTo = (list: Received[], addr: string) => list.filter((m) => m.to.includes(addr));

/** Publishes the schedule as it stands and queues the notices of that publication. */
async function publishAndQueue(kind: "schedule_published" | "schedule_changed", at?: Date) {
  await publish(f.db, f.eventId);
  return queueScheduleNotices(f.db, f.eventId, kind, at);
}

describe("schedule notices with calendar invitations", () => {
  const first: Received[] = [];

  it("publishing sends one mail per participant with a valid invitation per meeting", async () => {
    const q = await publishAndQueue("schedule_published", new Date("2026-12-05T10:00:00Z"));
    expect(q).toEqual({ mails: 5, requests: 4, cancels: 0 });
    const r = await worker.tick();
    expect(r).toMatchObject({ sent: 5, retried: 0, failed: 0 });
    await smtp.waitFor(5);
    first.push(...smtp.received);
    for (const ref of ["B1", "B2", "S1", "S2", "S3"])
      expect(mailTo(first, `${ref.toLowerCase()}@example.com`)).toHaveLength(1);

    const myMeetings: Record<string, string[]> = {
      b1: ["B1-S1", "B1-S2"],
      b2: ["B2-S3", "B2-S1"],
      s1: ["B1-S1", "B2-S1"],
      s2: ["B1-S2"],
      s3: ["B2-S3"],
    };
    for (const [who, keys] of Object.entries(myMeetings)) {
      const [m] = mailTo(first, `${who}@example.com`);
      const cals = calendarsOf(m.parsed);
      expect(cals).toHaveLength(keys.length);
      const uids = new Set<string>();
      for (const c of cals) {
        expect(c.comp.getFirstPropertyValue("method")).toBe("REQUEST");
        expect(c.contentType).toMatch(/method=REQUEST/i);
        const ev = vevent(c.comp);
        const uid = String(ev.getFirstPropertyValue("uid"));
        uids.add(uid);
        const meetingId = Number(/^meeting-(\d+)@cnht\.example\.vn$/.exec(uid)![1]);
        expect(keys.map((k) => f.meetings[k])).toContain(meetingId);
        expect(ev.getFirstPropertyValue("sequence")).toBe(0);
        // DTSTAMP in UTC (a "Z" time), as RFC 5545 requires.
        expect(c.raw).toMatch(/\r\nDTSTAMP:20261205T100000Z\r\n/);
        const slot = await slotOf(meetingId);
        expect(utcOf(ev, "dtstart", c.comp)).toBe(new Date(slot.startsAt).toISOString());
        expect(utcOf(ev, "dtend", c.comp)).toBe(
          new Date(Date.parse(slot.startsAt) + slot.minutes * 60_000).toISOString(),
        );
        expect(String(ev.getFirstPropertyValue("organizer"))).toBe("mailto:no-reply@cnht.example.vn");
        const attendees = ev.getAllProperties("attendee").map((p) => String(p.getFirstValue()).toLowerCase());
        expect(attendees).toContain(`mailto:${who}@example.com`);
        expect(attendees).toHaveLength(2);
      }
      expect(uids.size).toBe(keys.length);
    }
  });

  it("writes each mail in the recipient's language, escaped, with links from PUBLIC_URL only", () => {
    const [vi] = mailTo(first, "b1@example.com");
    const [en] = mailTo(first, "b2@example.com");
    expect(vi.parsed.subject).toBe("Lịch gặp tại Phiên kết nối thử đã được công bố");
    expect(en.parsed.subject).toBe("Your meetings at Test session are published");
    // B2 meets S3, whose English name carries markup: shown as text, never as tags.
    expect(en.parsed.text).toContain("S3 <Precision> & Co");
    expect(en.parsed.html).toContain("S3 &lt;Precision&gt; &amp; Co");
    expect(en.parsed.html).not.toContain("<Precision>");
    for (const m of first) {
      const links = [...String(m.parsed.html).matchAll(/href="([^"]+)"/g)].map((x) => x[1]);
      expect(links.length).toBeGreaterThan(0);
      for (const l of links) expect(l.startsWith(`${PUBLIC_URL}/`)).toBe(true);
      expect(m.parsed.text).toContain(`${PUBLIC_URL}/my/agenda?event=${f.eventId}`);
      expect(m.messageId).toMatch(/^<cnht\.\d+\.[0-9a-f]+@cnht\.example\.vn>$/);
    }
    expect(new Set(first.map((m) => m.messageId)).size).toBe(5);
  });

  it("queuing the same publication again queues nothing", async () => {
    const q = await queueScheduleNotices(f.db, f.eventId, "schedule_published");
    expect(q.mails).toBe(0);
    expect((await worker.tick()).sent).toBe(0);
  });

  it("a moved meeting is sent as an update with a higher SEQUENCE, a dropped one as a CANCEL", async () => {
    const moved = f.meetings["B1-S2"];
    const dropped = f.meetings["B2-S3"];
    const before = await slotOf(moved);
    const dropSlot = await slotOf(dropped);
    // Move B1-S2 to the slot the dropped meeting leaves free (nobody else is busy then).
    await moveMeeting(f.db, { meetingId: dropped, slotId: null, tableId: null, userId: null });
    const free = await f.db
      .selectFrom("eventSlots")
      .select("id")
      .where("eventId", "=", f.eventId)
      .where("id", "not in", [before.slotId!, (await slotOf(f.meetings["B1-S1"])).slotId!])
      .orderBy("position", "desc")
      .executeTakeFirstOrThrow();
    await moveMeeting(f.db, { meetingId: moved, slotId: free.id, tableId: before.tableId, userId: null });
    const q = await publishAndQueue("schedule_changed", new Date("2026-12-06T01:00:00Z"));
    expect(q).toMatchObject({ mails: 5, requests: 1, cancels: 1 });
    smtp.received.length = 0;
    await worker.tick();
    await smtp.waitFor(5);
    const second = [...smtp.received];

    for (const who of ["b1", "s2"]) {
      const [m] = mailTo(second, `${who}@example.com`);
      const cals = calendarsOf(m.parsed);
      expect(cals).toHaveLength(1);
      expect(cals[0].comp.getFirstPropertyValue("method")).toBe("REQUEST");
      const ev = vevent(cals[0].comp);
      expect(ev.getFirstPropertyValue("uid")).toBe(`meeting-${moved}@cnht.example.vn`);
      expect(ev.getFirstPropertyValue("sequence")).toBe(1);
      expect(cals[0].raw).toMatch(/\r\nDTSTAMP:20261206T010000Z\r\n/);
      const now = await slotOf(moved);
      expect(now.startsAt).not.toBe(before.startsAt);
      expect(utcOf(ev, "dtstart", cals[0].comp)).toBe(new Date(now.startsAt).toISOString());
    }
    for (const who of ["b2", "s3"]) {
      const [m] = mailTo(second, `${who}@example.com`);
      const cals = calendarsOf(m.parsed);
      expect(cals).toHaveLength(1);
      expect(cals[0].comp.getFirstPropertyValue("method")).toBe("CANCEL");
      expect(cals[0].contentType).toMatch(/method=CANCEL/i);
      const ev = vevent(cals[0].comp);
      expect(ev.getFirstPropertyValue("uid")).toBe(`meeting-${dropped}@cnht.example.vn`);
      expect(ev.getFirstPropertyValue("sequence")).toBe(1);
      expect(ev.getFirstPropertyValue("status")).toBe("CANCELLED");
      expect(utcOf(ev, "dtstart", cals[0].comp)).toBe(new Date(dropSlot.startsAt).toISOString());
    }
    // S1's meetings did not change: a notice, no invitation.
    expect(calendarsOf(mailTo(second, "s1@example.com")[0].parsed)).toHaveLength(0);
    const stored = await f.db
      .selectFrom("meetingInvitations")
      .select(["meetingId", "sequence", "state"])
      .orderBy("meetingId")
      .execute();
    expect(stored).toEqual(
      [
        { meetingId: f.meetings["B1-S1"], sequence: 0, state: "active" },
        { meetingId: moved, sequence: 1, state: "active" },
        { meetingId: dropped, sequence: 1, state: "cancelled" },
        { meetingId: f.meetings["B2-S1"], sequence: 0, state: "active" },
      ].sort((a, b) => a.meetingId - b.meetingId),
    );
  });

  it("a meeting put back is invited again with the next SEQUENCE", async () => {
    const dropped = f.meetings["B2-S3"];
    const { generateDraft } = await import("../../../app/services/events/schedule.server");
    await generateDraft(f.db, { eventId: f.eventId, mode: "unscheduled", seed: 1, userId: null });
    await publishAndQueue("schedule_changed");
    smtp.received.length = 0;
    await worker.tick();
    await smtp.waitFor(5);
    const [m] = mailTo(smtp.received, "s3@example.com");
    const [cal] = calendarsOf(m.parsed);
    expect(cal.comp.getFirstPropertyValue("method")).toBe("REQUEST");
    expect(vevent(cal.comp).getFirstPropertyValue("sequence")).toBe(2);
    expect(vevent(cal.comp).getFirstPropertyValue("uid")).toBe(`meeting-${dropped}@cnht.example.vn`);
  });
});

describe("a firm withdrawn from the event", () => {
  it("still gets the cancellations of its meetings", async () => {
    const { setParticipantStatus } = await import("../../../db/queries/events-participants");
    const { generateDraft } = await import("../../../app/services/events/schedule.server");
    await setParticipantStatus(f.db, f.p.S1, "withdrawn", null);
    await generateDraft(f.db, { eventId: f.eventId, mode: "full", seed: 1, userId: null });
    const q = await publishAndQueue("schedule_changed");
    expect(q.cancels).toBe(2);
    smtp.received.length = 0;
    await worker.tick();
    const mine = smtp.received.filter((m) => m.to.includes("s1@example.com"));
    expect(mine).toHaveLength(1);
    const cals = calendarsOf(mine[0].parsed);
    expect(cals.map((c) => c.comp.getFirstPropertyValue("method"))).toEqual(["CANCEL", "CANCEL"]);
    expect(cals.map((c) => String(vevent(c.comp).getFirstPropertyValue("uid"))).sort()).toEqual(
      [f.meetings["B1-S1"], f.meetings["B2-S1"]].map((id) => `meeting-${id}@cnht.example.vn`).sort(),
    );
  });
});
