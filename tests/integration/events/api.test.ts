import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../../helpers/server";
import { seedUser, loggedIn } from "../auth/client";
import { createEvent } from "../../../db/queries/events";
import { BASE, eventFixture, publishedFair } from "./fixture";
import { closeAll } from "../../helpers/teardown";

// The fair's HTTP surface on the real server: who may read the whole schedule, what a
// participant's agenda holds, and the guards of the organiser and participant pages.

let f: Awaited<ReturnType<typeof eventFixture>>;
let server: RunningServer;
let unpublished: number;

beforeAll(async () => {
  f = await eventFixture({ buyers: 2, suppliers: 3, unapproved: ["S3"] });
  await publishedFair(f, [
    ["B1", "S1"],
    ["B1", "S2"],
    ["B2", "S1"],
  ]);
  unpublished = await createEvent(f.db, { ...BASE, nameVi: "Chưa công bố" }, null);
  await seedUser(f.db, { email: "org@example.com", role: "organiser" });
  await seedUser(f.db, { email: "b1@example.com", role: "buyer", orgId: f.org.B1 });
  await seedUser(f.db, { email: "s3@example.com", role: "supplier", orgId: f.org.S3 });
  await seedUser(f.db, { email: "b2@example.com", role: "buyer", orgId: f.org.B2 });
  server = await startServer({ databasePath: f.file });
}, 240_000);
afterAll(() => closeAll(server, f));

const as = (email: string | null) => loggedIn(server.url, email);

/** How many meeting requests the participant has sent, as stored. */
async function requestsSentBy(participant: keyof typeof f.p): Promise<number> {
  const { n } = await f.db
    .selectFrom("meetingRequests")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("fromId", "=", f.p[participant])
    .executeTakeFirstOrThrow();
  return Number(n);
}

describe("GET /api/v1/events/ID/schedule", () => {
  it("answers 401 without a login and 403 to participants", async () => {
    const anon = await (await as(null)).get(`/api/v1/events/${f.eventId}/schedule`);
    expect(anon.status).toBe(401);
    expect((await anon.json()).error.code).toBe("unauthorized");
    const buyer = await (await as("b1@example.com")).get(`/api/v1/events/${f.eventId}/schedule`);
    expect(buyer.status).toBe(403);
    expect((await buyer.json()).error.code).toBe("forbidden");
  });

  it("gives organisers the published plan in cnht-schedule-result/1 form with times, tables and refs", async () => {
    const c = await as("org@example.com");
    const res = await c.get(`/api/v1/events/${f.eventId}/schedule`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
    const body = await res.json();
    expect(body.format).toBe("cnht-schedule-result/1");
    expect(body.event.version).toBe(1);
    expect(body.assignments).toHaveLength(3);
    expect(body.unscheduled).toEqual([]);
    expect(body.slots[0]).toEqual({ id: "d1-0900", start: "2027-03-10T09:00:00+07:00", minutes: 20 });
    expect(body.tables.map((t: { name: string }) => t.name)).toEqual(["A", "B", "C"]);
    // The unapproved supplier is invisible.
    expect(body.participants.map((p: { id: string }) => p.id).sort()).toEqual(["B1", "B2", "S1", "S2"]);
    const pairs = body.meetings.map((m: { a: string; b: string }) => [m.a, m.b].sort().join("-")).sort();
    expect(pairs).toEqual(["B1-S1", "B1-S2", "B2-S1"]);
    for (const a of body.assignments)
      expect(body.meetings.some((m: { id: string }) => m.id === a.meeting)).toBe(true);
    expect((await c.get(`/api/v1/events/${unpublished}/schedule`)).status).toBe(404);
    expect((await c.get(`/api/v1/events/99999/schedule`)).status).toBe(404);
  });
});

describe("GET /api/v1/me/agenda", () => {
  it("needs a login and lists only the caller's own published meetings", async () => {
    expect((await (await as(null)).get("/api/v1/me/agenda")).status).toBe(401);
    const body = await (await (await as("b1@example.com")).get("/api/v1/me/agenda")).json();
    expect(body.organisation).toBe("B1");
    expect(body.events).toHaveLength(1);
    const ms = body.events[0].meetings;
    expect(ms.map((m: { with: { ref: string } }) => m.with.ref).sort()).toEqual(["S1", "S2"]);
    expect(ms[0].start).toMatch(/^2027-03-10T\d\d:\d\d:00\+07:00$/);
    // An unapproved participant has no agenda; an organiser acts for no firm.
    expect((await (await (await as("s3@example.com")).get("/api/v1/me/agenda")).json()).events).toEqual([]);
    expect((await (await (await as("org@example.com")).get("/api/v1/me/agenda")).json()).events).toEqual([]);
  });
});

describe("pages", () => {
  it("keeps participants out of the organiser's pages and unapproved firms out of the request page", async () => {
    const buyer = await as("b1@example.com");
    expect((await buyer.get(`/admin/events/${f.eventId}/schedule`)).status).toBe(403);
    expect(
      (await buyer.post(`/admin/events/${f.eventId}/schedule`, { intent: "publish", expectedVersion: "1" }))
        .status,
    ).toBe(403);
    expect((await buyer.get(`/my/events/${f.eventId}`)).status).toBe(200);
    const s3 = await as("s3@example.com");
    const res = await s3.get(`/my/events/${f.eventId}`);
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe(`/events/${f.eventId}`);
    // Posting a request anyway changes nothing.
    await s3.post(`/my/events/${f.eventId}`, { intent: "send", toId: String(f.p.B1), message: "hi" });
    expect(await requestsSentBy("S3")).toBe(0);
  });

  it("sends a request through the page, and refuses a duplicate or a disallowed pair", async () => {
    const b2 = await as("b2@example.com");
    expect(
      (
        await b2.post(`/my/events/${f.eventId}`, {
          intent: "send",
          toId: String(f.p.S2),
          message: "Can we meet?",
        })
      ).status,
    ).toBe(302);
    const sent = await f.db
      .selectFrom("meetingRequests")
      .select(["status", "message"])
      .where("fromId", "=", f.p.B2)
      .where("toId", "=", f.p.S2)
      .execute();
    expect(sent).toEqual([{ status: "pending", message: "Can we meet?" }]);
    const buyer = await as("b1@example.com");
    const res = await buyer.post(`/my/events/${f.eventId}`, {
      intent: "send",
      toId: String(f.p.S2),
      message: "again?",
    });
    expect(res.status).toBe(302);
    // B1 already has an accepted request to S2: refused as a duplicate, shown as a toast.
    expect(await requestsSentBy("B1")).toBe(2);
    const r2 = await (
      await as("b1@example.com")
    ).post(`/my/events/${f.eventId}`, { intent: "send", toId: String(f.p.B2), message: "buyer to buyer" });
    expect(r2.status).toBe(302);
    expect(await requestsSentBy("B1")).toBe(2);
  });
});
