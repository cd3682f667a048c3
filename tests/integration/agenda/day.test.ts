import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { requestWithTerms, storedValue } from "../../helpers/db";
import { serverSuite } from "../../helpers/server-suite";
import { htmlBetween } from "../../helpers/html";
import { loggedIn, seedUser, type Client } from "../auth/client";
import { createEvent } from "../../../db/queries/events";
import { checkinPath, qrSvg } from "../../../app/modules/agenda";
import { raw } from "../http/raw";
import {
  answeredRequest,
  approvedParticipants,
  BASE,
  firmsWithOwners,
  publishFirstSchedule,
} from "../events/fixture";
import { translator } from "../../../app/modules/i18n";

// Agendas, .ics, check-in, no-shows, outcomes, the report and day-of changes, through the built
// server against a real SQLite file. The fair is set in the past (10 March 2026) so outcomes
// may be recorded; the live view is pinned to a moment of that day with ?at=.

const SECRET = "test-secret-test-secret-test-secret-0123"; // the test server's SESSION_SECRET
let eventId: number;
const part: Record<string, number> = {};

const login = (email: string) => loggedIn(suite.url, email);

async function published() {
  return suite.db
    .selectFrom("publishedMeetings as pm")
    .innerJoin("publications as p", "p.id", "pm.publicationId")
    .innerJoin("events as e", (j) =>
      j.onRef("e.id", "=", "p.eventId").onRef("e.publishedVersion", "=", "p.version"),
    )
    .innerJoin("eventSlots as s", "s.id", "pm.slotId")
    .select(["pm.meetingId", "pm.aId", "pm.bId", "s.startsAt", "s.code"])
    .where("p.eventId", "=", eventId)
    .orderBy("s.startsAt")
    .execute();
}

const between = (x: string, y: string) => async () =>
  (await published()).find((m) => [m.aId, m.bId].sort().join() === [part[x], part[y]].sort().join())!;

const suite = serverSuite(async (db) => {
  const orgs = await firmsWithOwners(db, [
    ["B-1", "buyer"],
    ["B-2", "buyer"],
    ["S-1", "supplier"],
    ["S-2", "supplier"],
    ["S-3", "supplier"],
  ]);
  await db
    .updateTable("supplierProfiles")
    .set({ sector: "automotive" })
    .where("orgId", "in", [orgs["S-1"], orgs["S-3"]])
    .execute();
  await db
    .updateTable("supplierProfiles")
    .set({ sector: "electronics" })
    .where("orgId", "=", orgs["S-2"])
    .execute();
  // B-1's sourcing request fits S-1: the agenda says why they meet.
  await db
    .insertInto("capabilityTerms")
    .values({ orgId: orgs["S-1"], kind: "process", text: "ép nhựa", conceptId: "injection-moulding" })
    .execute();
  await requestWithTerms(db, { ref: "R-1", buyerOrgId: orgs["B-1"], titleEn: "Housings" }, [
    { kind: "process", text: "injection moulding", conceptId: "injection-moulding" },
  ]);
  const organiser = await seedUser(db, { email: "org@example.com", role: "organiser" });
  eventId = await createEvent(
    db,
    {
      ...BASE,
      nameVi: "Hội chợ CNHT 2026",
      nameEn: "CNHT Fair 2026",
      venue: "Cung Văn hoá Hữu nghị",
      days: ["2026-03-10"],
      dayEnd: "10:00",
      changeoverMinutes: 0,
      tableNames: ["Bàn 1", "Bàn 2"],
    },
    organiser,
  );
  Object.assign(part, await approvedParticipants(db, eventId, orgs, organiser));
  const ask = (from: string, to: string, message: string | null, answer: "accept" | "decline") =>
    answeredRequest(db, eventId, part[from], part[to], { message, answer });
  await ask("B-1", "S-1", "We need PA66 housings", "accept");
  await ask("B-1", "S-2", null, "accept");
  await ask("B-2", "S-1", null, "accept");
  await ask("B-2", "S-3", null, "decline");
  await publishFirstSchedule(db, eventId, organiser);
});

/** The status a participant's outcome for a meeting gets (302 recorded, 403 not theirs, 400 refused). */
const outcome = async (c: Client, meetingId: number, result: string, note: string) =>
  (await c.post("/my/agenda", { intent: "outcome", meeting: String(meetingId), outcome: result, note }))
    .status;

describe("agendas", () => {
  it("show a participant only its own published meetings, with the request's message and profile links", async () => {
    const html = await (await (await login("b-1@example.com")).get("/my/agenda")).text();
    expect(html).toContain("Company S-1");
    expect(html).toContain("Company S-2");
    expect(html).toContain('href="/suppliers/S-1"');
    expect(html).toContain("We need PA66 housings");
    const s1Row = htmlBetween(html, 'href="/suppliers/S-1"', "</tr>");
    expect(s1Row).toMatch(/[Ii]njection moulding[^<]*✓/);
    expect(html).not.toContain("Company B-2");
    expect(html).toMatch(/<svg[^>]*viewBox/);
    const s3 = await (await (await login("s-3@example.com")).get("/my/agenda")).text();
    expect(s3).toContain("No meetings published yet.");
  });

  it("print all of an event for organisers only, one sheet per participant", async () => {
    const html = await (
      await (await login("org@example.com")).get(`/admin/events/${eventId}/agendas`)
    ).text();
    expect(html.match(/class="agenda-sheet/g)?.length).toBe(4);
    // One sheet per page: the print rules live in a stylesheet (the CSP allows no inline <style>).
    const css = /href="(\/assets\/agenda-print[^"]*\.css)"/.exec(html)?.[1];
    expect(css).toBeTruthy();
    expect(await (await fetch(suite.url + css)).text()).toMatch(/break-after:\s*page/);
    expect((await (await login("b-1@example.com")).get(`/admin/events/${eventId}/agendas`)).status).toBe(403);
  });

  it(".ics carries the Hanoi wall times of the published slots", async () => {
    const res = await (await login("b-1@example.com")).get(`/my/agenda.ics?event=${eventId}`);
    expect(res.headers.get("content-type")).toContain("text/calendar");
    const ics = await res.text();
    const mine = (await published()).filter((m) => m.aId === part["B-1"] || m.bId === part["B-1"]);
    expect(ics.match(/BEGIN:VEVENT/g)?.length).toBe(2);
    for (const m of mine) {
      const [, hh, mm] = /T(\d\d):(\d\d)/.exec(m.startsAt)!; // slot starts are stored with +07:00
      expect(m.startsAt).toContain("+07:00");
      expect(ics).toContain(`DTSTART;TZID=Asia/Ho_Chi_Minh:20260310T${hh}${mm}00`);
    }
    expect(ics).toContain("BEGIN:VTIMEZONE");
    // Each entry links back to a page that exists: the agenda filtered to this event.
    expect(ics).toContain(`/my/agenda?event=${eventId}`);
    expect(ics).not.toMatch(/\/my\/agenda\/\d/);
  });

  it("builds .ics UIDs and URLs and QR codes from PUBLIC_URL, never from Host or X-Forwarded-Host", async () => {
    const c = await login("b-1@example.com");
    const forged = { Cookie: c.cookieHeader(), Host: "evil.example", "X-Forwarded-Host": "evil.example" };
    const ics = (await raw(suite.url, `/my/agenda.ics?event=${eventId}`, { headers: forged })).body;
    expect(ics).toContain(`URL;VALUE=URI:${suite.url}/my/agenda?event=${eventId}`);
    expect(ics).toMatch(new RegExp(`UID:meeting-\\d+@${new URL(suite.url).hostname}`));
    expect(ics).not.toContain("evil.example");
    const html = (await raw(suite.url, "/my/agenda", { headers: forged })).body;
    const m = await between("B-1", "S-1")();
    expect(html).toContain(await qrSvg(`${suite.url}${checkinPath(SECRET, m.meetingId)}`));
    expect(html).not.toContain("evil.example");
  });
});

describe("the day", () => {
  // Finding: a plain GET of the QR link checked the meeting in (a prefetch or crawler could too).
  it("the QR link shows a confirmation (GET changes nothing); only an organiser's POST checks in", async () => {
    const m = await between("B-1", "S-1")();
    const path = checkinPath(SECRET, m.meetingId);
    const attendance = () =>
      suite.db
        .selectFrom("meetingAttendance")
        .select(["status", "via"])
        .where("meetingId", "=", m.meetingId)
        .executeTakeFirst();
    const buyer = await login("b-1@example.com");
    expect((await buyer.get(path)).status).toBe(200);
    expect((await buyer.post(path, {})).status).toBe(403);
    const org = await login("org@example.com");
    const page = await org.get(path);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Check in this meeting");
    expect(html).toMatch(/<form method="post"/);
    // Opening it, even twice, changes nothing.
    await org.get(path);
    expect(await attendance()).toBeUndefined();
    const done = await org.post(path, {});
    expect(done.status).toBe(302);
    expect(done.headers.get("Location")).toBe(path);
    expect(await attendance()).toEqual({ status: "held", via: "qr" });
    expect(await (await org.get(path)).text()).toMatch(/Checked in at \d\d:\d\d/);
    expect((await org.get(`/checkin/${m.meetingId}/AAAAAAAAAAAAAAAAAAAAAAAA`)).status).toBe(404);
    expect((await org.post(`/checkin/${m.meetingId}/AAAAAAAAAAAAAAAAAAAAAAAA`, {})).status).toBe(404);
  });

  it("marks a no-show by button for organisers only", async () => {
    const m = await between("B-2", "S-1")();
    expect(
      (
        await (
          await login("b-2@example.com")
        ).post(`/admin/events/${eventId}/live`, {
          intent: "noshow",
          meeting: String(m.meetingId),
          absent: String(part["B-2"]),
        })
      ).status,
    ).toBe(403);
    const res = await (
      await login("org@example.com")
    ).post(`/admin/events/${eventId}/live`, {
      intent: "noshow",
      meeting: String(m.meetingId),
      absent: String(part["B-2"]),
    });
    expect(res.status).toBe(302);
    expect(
      await suite.db
        .selectFrom("meetingAttendance")
        .select(["status", "absentParticipantId", "via"])
        .where("meetingId", "=", m.meetingId)
        .executeTakeFirst(),
    ).toEqual({
      status: "no_show",
      absentParticipantId: part["B-2"],
      via: "button",
    });
    const live = await (
      await login("org@example.com")
    ).get(`/admin/events/${eventId}/live?at=${encodeURIComponent(m.startsAt)}`);
    expect(await live.text()).toContain("No-show");
  });
});

describe("outcomes", () => {
  it("each side records its own, history kept; a firm outside the meeting and organisers cannot", async () => {
    const m = await between("B-1", "S-1")();
    const buyer = await login("b-1@example.com");
    expect(await outcome(buyer, m.meetingId, "samples_requested", "")).toBe(302);
    expect(await outcome(buyer, m.meetingId, "order_placed", "PO 4500123")).toBe(302);
    expect(await outcome(await login("s-2@example.com"), m.meetingId, "negotiation", "")).toBe(403);
    expect(await outcome(await login("org@example.com"), m.meetingId, "negotiation", "")).toBe(403);
    expect(await outcome(buyer, m.meetingId, "bribe", "")).toBe(400);
    const rows = await suite.db
      .selectFrom("meetingOutcomes")
      .select(["participantId", "outcome", "note"])
      .where("meetingId", "=", m.meetingId)
      .orderBy("id")
      .execute();
    expect(rows).toEqual([
      { participantId: part["B-1"], outcome: "samples_requested", note: null },
      { participantId: part["B-1"], outcome: "order_placed", note: "PO 4500123" },
    ]);
    expect(await (await buyer.get(`/my/agenda?event=${eventId}`)).text()).toContain("Order placed");
  });

  it("refuses a bad outcome in the reader's language, from the dictionaries, never zod's English", async () => {
    const m = await between("B-1", "S-1")();
    const buyer = await login("b-1@example.com");
    const bad = { intent: "outcome", meeting: String(m.meetingId), outcome: "bribe", note: "x".repeat(1001) };
    for (const lang of ["vi", "en", "ja"] as const) {
      const t = translator(lang);
      // Signed in, the language is the one chosen with the switch, as a person does.
      expect((await buyer.post("/lang", { lang, redirectTo: "/my/agenda" })).status).toBe(302);
      const res = await buyer.post("/my/agenda", bad);
      expect(res.status).toBe(400);
      const text = await res.text();
      expect(text).toContain(t("fairDay.outcome.err.outcome"));
      expect(text).toContain(t("fairDay.outcome.err.noteTooLong", { max: 1000 }));
      expect(text).not.toMatch(/Invalid enum value|String must contain|Expected|Required/);
    }
    // A form without its meeting: the form's own message, not "Expected number, received nan".
    expect((await buyer.post("/lang", { lang: "vi", redirectTo: "/my/agenda" })).status).toBe(302);
    const res = await buyer.post("/my/agenda", { intent: "outcome", outcome: "negotiation" });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain(translator("vi")("fairDay.outcome.err.form"));
    // Back to the account's English, which the tests after this one read.
    expect((await buyer.post("/lang", { lang: "en", redirectTo: "/my/agenda" })).status).toBe(302);
  });
});

describe("report", () => {
  it("counts requests, reasons, meetings, no-shows, suppliers served and outcomes by sector, as page, CSV and XLSX", async () => {
    const org = await login("org@example.com");
    expect((await org.get(`/admin/events/${eventId}/report`)).status).toBe(200);
    const csv = await (await org.get(`/admin/events/${eventId}/report/export?format=csv`)).text();
    const lines = csv.replace(/^\uFEFF/, "").split("\r\n");
    // Each of these rows is in the CSV (arrayContaining: every one must be there).
    expect(lines).toEqual(
      expect.arrayContaining([
        "Meeting requests,Sent,4",
        "Meeting requests,Declined,1",
        "Decline reasons,no_capacity,1",
        "Meetings,Scheduled,3",
        "Meetings,Held,1",
        "Meetings,No-shows,1",
        "Suppliers,Participating,3",
        "Suppliers,With at least one meeting,2",
        "Outcomes by sector: automotive,Order placed,1",
      ]),
    );
    const xlsx = await org.get(`/admin/events/${eventId}/report/export?format=xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await xlsx.arrayBuffer());
    const values = wb.worksheets[0]
      .getSheetValues()
      .slice(2)
      .map((r) => (r as unknown[]).slice(1).join(","));
    expect(values).toContain("Meetings,No-shows,1");
    expect(values.length).toBe(lines.filter(Boolean).length - 1);
    expect(
      (await (await login("b-1@example.com")).get(`/admin/events/${eventId}/report/export?format=csv`))
        .status,
    ).toBe(403);
  });
});

describe("changes on the day", () => {
  it("refuses to touch a started meeting, previews how many move, applies, republishes and notifies every participant", async () => {
    const all = await published();
    const first = all[0];
    const later = all.find((m) => m.startsAt > first.startsAt)!;
    const org = await login("org@example.com");
    const atStart = `/admin/events/${eventId}/live?at=${encodeURIComponent(new Date(Date.parse(first.startsAt) + 60_000).toISOString())}`;
    const refused = await org.post(atStart, { intent: "preview-cancel", meeting: String(first.meetingId) });
    expect(refused.status).toBe(302);
    const preview = await org.post(atStart, { intent: "preview-cancel", meeting: String(later.meetingId) });
    const html = await preview.text();
    expect(html).toMatch(/\d+ meetings move\./);
    const revision = /name="revision" value="(\d+)"/.exec(html)![1];
    const applied = await org.post(atStart, {
      intent: "apply-cancel",
      meeting: String(later.meetingId),
      revision,
    });
    expect(applied.status).toBe(302);
    const ev = await suite.db
      .selectFrom("events")
      .select("publishedVersion")
      .where("id", "=", eventId)
      .executeTakeFirstOrThrow();
    expect(ev.publishedVersion).toBe(2);
    const now = await published();
    expect(now.map((m) => m.meetingId)).not.toContain(later.meetingId);
    expect(now.find((m) => m.meetingId === first.meetingId)?.startsAt).toBe(first.startsAt);
    const mails = await suite.db
      .selectFrom("mailOutbox")
      .select(["kind", "toAddress", "body"])
      .where("kind", "=", "schedule_changed")
      .execute();
    expect(mails.map((m) => m.toAddress).sort()).toEqual([
      "b-1@example.com",
      "b-2@example.com",
      "s-1@example.com",
      "s-2@example.com",
      "s-3@example.com",
    ]);
    expect(mails.find((m) => m.toAddress === "s-3@example.com")?.body).toContain(
      "No meetings published yet.",
    );
    // The same stale preview cannot be applied twice.
    const again = await org.post(atStart, {
      intent: "apply-cancel",
      meeting: String(later.meetingId),
      revision,
    });
    expect(again.status).toBe(302);
    expect(await storedValue(suite.db, "events", { id: eventId }, "publishedVersion")).toBe(2);
  });
});
