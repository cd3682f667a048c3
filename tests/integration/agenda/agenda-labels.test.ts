import { beforeAll, describe, expect, it } from "vitest";
import ICAL from "ical.js";
import { serverSuite } from "../../helpers/server-suite";
import { Client, loggedInReading, PASSWORD, seedOrg, seedUser } from "../auth/client";
import { createEvent } from "../../../db/queries/events";
import { registerParticipant, setParticipantStatus } from "../../../db/queries/events-participants";
import { addOrganiserMeeting } from "../../../app/services/events/requests.server";
import type { Locale } from "../../../app/modules/i18n";
import { BASE } from "../events/fixture";

// Issue 13: the buyer's agenda on a phone showed the raw date ("2027-03-10") and the table named
// twice ("Bàn: Bàn 1": the phone card put the hidden column heading before a name that already
// says "Bàn"). Dates come from the one formatting module and a table is named once, in vi, en and
// ja; the .ics of the same agenda names the table once too. Tables are named as organisers
// write them in Vietnamese ("Bàn 1"), which is where the doubling came from.

let eventId: number;

const suite = serverSuite(async (db) => {
  const org: Record<string, number> = {};
  for (const [ref, kind] of [
    ["B-1", "buyer"],
    ["S-1", "supplier"],
  ] as const) {
    org[ref] = await seedOrg(db, { ref, kind });
    await seedUser(db, { email: `${ref.toLowerCase()}@example.com`, role: kind, orgId: org[ref] });
  }
  await seedUser(db, { email: "org@example.com", role: "organiser" });
  eventId = await createEvent(
    db,
    { ...BASE, venue: "NECC", days: ["2027-03-10"], tableNames: ["Bàn 1", "Bàn 2"] },
    null,
  );
  const part: Record<string, number> = {};
  for (const ref of Object.keys(org)) {
    part[ref] = await registerParticipant(db, { eventId, orgId: org[ref], userId: null, note: null });
    await setParticipantStatus(db, part[ref], "approved", null);
  }
  await addOrganiserMeeting(db, { eventId, aId: part["B-1"], bId: part["S-1"], note: null, userId: null });
});

beforeAll(async () => {
  const organiser = new Client(suite.url);
  await organiser.login("org@example.com", PASSWORD);
  const gen = await organiser.post(`/admin/events/${eventId}/schedule`, { intent: "generate", seed: "1" });
  expect(gen.status).toBe(302);
  const pub = await organiser.post(`/admin/events/${eventId}/schedule`, {
    intent: "publish",
    expectedVersion: "0",
    confirm: "yes",
  });
  expect(pub.status).toBe(302);
}, 240_000);

/** The buyer, logged in with its account set to `locale` (login makes that the page language). */
const buyerIn = (locale: Locale) =>
  loggedInReading(suite.db, suite.url, "b-1@example.com", { language: locale });

/** The text of the agenda's one meeting row, tags dropped. */
function meetingRow(html: string): string {
  const start = html.indexOf("data-meeting=");
  expect(start, "the agenda lists the meeting").toBeGreaterThan(0);
  const row = html.slice(start, html.indexOf("</tr>", start));
  return row
    .replace(/<svg[\s\S]*?<\/svg>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&nbsp;|\s+/g, " ");
}

const EXPECTED: Record<Locale, { date: string; table: string; word: string }> = {
  vi: { date: "10/03/2027", table: "Bàn 1", word: "Bàn" },
  en: { date: "10 Mar 2027", table: "Table 1", word: "Table" },
  ja: { date: "2027年3月10日", table: "テーブル1", word: "テーブル" },
};

describe("the buyer's agenda names dates and tables as people read them", () => {
  for (const locale of ["vi", "en", "ja"] as const)
    it(`in ${locale}: the reader's date, the table named once`, async () => {
      const buyer = await buyerIn(locale);
      const res = await buyer.get(`/my/agenda?event=${eventId}`);
      expect(res.status).toBe(200);
      const row = meetingRow(await res.text());
      const want = EXPECTED[locale];
      expect(row).toContain(want.date);
      expect(row).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      expect(row).toMatch(/\b(09|1\d):[0-5]\d\b/);
      expect(row).toContain(want.table);
      // Exactly one word for "table" in the row: never "Bàn: Bàn 1" or "Table Bàn 1".
      expect(row.split(want.word).length - 1, row).toBe(1);
      expect(row).not.toContain(locale === "vi" ? "Table" : "Bàn");

      const ics = await (await buyer.get(`/my/agenda.ics?event=${eventId}`)).text();
      const [event] = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents("vevent");
      const location = String(event.getFirstPropertyValue("location"));
      expect(location).toContain(want.table);
      expect(location.split(want.word).length - 1, location).toBe(1);
    });
});
