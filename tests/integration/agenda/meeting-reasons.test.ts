import { describe, expect, it } from "vitest";
import ICAL from "ical.js";
import { requestWithTerms } from "../../helpers/db";
import { serverSuite } from "../../helpers/server-suite";
import { htmlBetween } from "../../helpers/html";
import { seedUser, loggedIn } from "../auth/client";
import { createEvent } from "../../../db/queries/events";
import { addOrganiserMeeting } from "../../../app/services/events/requests.server";
import { approvedParticipants, BASE, firmsWithOwners } from "../events/fixture";

// Issue 11: "why you meet" is recorded on the meeting when the organiser generates the schedule
// (and copied into the publication), so an agenda or .ics shows the reasons the meeting was
// planned on, not what matching says on the day it is read. Before, the agenda re-ran matching
// at read time: a buyer who later changed its request saw the reasons vanish from its agenda.

let eventId: number;
let requestId: number;
const org: Record<string, number> = {};

const login = (email: string) => loggedIn(suite.url, email);

const meetingReasons = async () =>
  suite.db
    .selectFrom("meetings")
    .select(["id", "reasons"])
    .where("eventId", "=", eventId)
    .orderBy("id")
    .execute();

const suite = serverSuite(async (db) => {
  Object.assign(
    org,
    await firmsWithOwners(db, [
      ["B-1", "buyer"],
      ["S-1", "supplier"],
      ["S-2", "supplier"],
    ]),
  );
  // B-1's sourcing request asks for injection moulding, which S-1 does and S-2 does not.
  await db
    .insertInto("capabilityTerms")
    .values({ orgId: org["S-1"], kind: "process", text: "ép nhựa", conceptId: "injection-moulding" })
    .execute();
  requestId = await requestWithTerms(db, { ref: "R-1", buyerOrgId: org["B-1"], titleEn: "Housings" }, [
    { kind: "process", text: "injection moulding", conceptId: "injection-moulding" },
  ]);
  await seedUser(db, { email: "org@example.com", role: "organiser" });
  eventId = await createEvent(db, { ...BASE, days: ["2027-03-10"] }, null);
  const part = await approvedParticipants(db, eventId, org);
  for (const s of ["S-1", "S-2"])
    await addOrganiserMeeting(db, { eventId, aId: part["B-1"], bId: part[s], note: null, userId: null });
});

describe("why two firms meet", () => {
  it("is recorded on each meeting when the organiser generates the schedule, in both languages", async () => {
    expect((await meetingReasons()).every((m) => m.reasons === null)).toBe(true);
    const organiser = await login("org@example.com");
    const res = await organiser.post(`/admin/events/${eventId}/schedule`, { intent: "generate", seed: "1" });
    expect(res.status).toBe(302);
    const rows = await meetingReasons();
    expect(rows).toHaveLength(2);
    const parsed = rows.map((r) => JSON.parse(r.reasons!) as { vi?: string[]; en?: string[] });
    // The meeting with S-1 carries the met process; the one with S-2 has nothing to say.
    const withReason = parsed.filter((r) => (r.en ?? []).length > 0);
    expect(withReason).toHaveLength(1);
    expect(withReason[0].en!.join(" ")).toMatch(/injection moulding/i);
    expect(withReason[0].vi!.length).toBe(withReason[0].en!.length);
    expect(withReason[0].vi!.join(" ")).not.toBe(withReason[0].en!.join(" "));
  });

  it("stays on the published agenda and .ics after the buyer's request changes", async () => {
    const organiser = await login("org@example.com");
    const res = await organiser.post(`/admin/events/${eventId}/schedule`, {
      intent: "publish",
      expectedVersion: "0",
      confirm: "yes",
    });
    expect(res.status).toBe(302);
    // The buyer drops the process from its request: matching today no longer gives that reason.
    await suite.db.deleteFrom("requestTerms").where("requestId", "=", requestId).execute();

    const buyer = await login("b-1@example.com");
    const html = await (await buyer.get("/my/agenda")).text();
    const s1Row = htmlBetween(html, 'href="/suppliers/S-1"', "</tr>");
    expect(s1Row).toMatch(/[Ii]njection moulding/);

    const ics = await (await buyer.get(`/my/agenda.ics?event=${eventId}`)).text();
    const cal = new ICAL.Component(ICAL.parse(ics));
    const descriptions = cal
      .getAllSubcomponents("vevent")
      .map((e) => String(e.getFirstPropertyValue("description") ?? ""));
    expect(descriptions).toHaveLength(2);
    expect(descriptions.filter((d) => /injection moulding/i.test(d))).toHaveLength(1);
  });
});
