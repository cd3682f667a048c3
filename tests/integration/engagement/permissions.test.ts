import { beforeAll, describe, expect, it } from "vitest";
import { storedValue } from "../../helpers/db";
import { serverSuite } from "../../helpers/server-suite";
import { Client, PASSWORD, seedOrg, seedUser } from "../auth/client";
import { createEvent } from "../../../db/queries/events";
import { registerParticipant, setParticipantStatus } from "../../../db/queries/events-participants";
import { MEETING_REQUEST_LIMITS, MESSAGE_LIMITS } from "../../../app/modules/engagement";
import { BASE } from "../events/fixture";

// Issue 14's permission rules, attacked from outside over real HTTP and a real SQLite file: a
// firm cannot answer a meeting request addressed to another firm; the agenda shows an accepted
// meeting to its two sides only; the daily brake on meeting requests and the hourly / daily
// brakes on messages hold, saying why and writing nothing; a cross-origin write (page action,
// `?_data=`, single-fetch `.data`) changes nothing; markup in a message is shown as text.

let eventId: number;
const part: Record<string, number> = {};
const org: Record<string, number> = {};
const user: Record<string, number> = {};
const c: Record<string, Client> = {};

const post = (who: string, path: string, form: Record<string, string>, headers = { Origin: suite.url }) =>
  c[who].request(path, { form, headers });
const count = async (table: "messages" | "messageThreads" | "meetingRequests") =>
  Number(
    (
      await suite.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow()
    ).n,
  );
/** Follows a redirect and returns the page it leads to (where the toast is shown). */
async function landing(who: string, res: Response) {
  expect([302, 303]).toContain(res.status);
  return (await c[who].get(res.headers.get("location") ?? "/")).text();
}

const suite = serverSuite(async (db) => {
  const now = new Date().toISOString();
  eventId = await createEvent(db, { ...BASE, nameEn: "Guarded fair", days: ["2030-03-10"] }, null);
  for (const [ref, kind] of [
    ["B-1", "buyer"],
    ["B-2", "buyer"],
    ["S-1", "supplier"],
    ["S-2", "supplier"],
  ] as const) {
    org[ref] = await seedOrg(db, {
      ref,
      kind,
      taxCode: kind === "supplier" ? `01000000${ref.slice(-1)}0` : undefined,
    });
    user[ref] = await seedUser(db, {
      email: `${ref.toLowerCase()}@example.com`,
      role: kind,
      orgId: org[ref],
    });
    await db.updateTable("organisations").set({ verifiedAt: now }).where("id", "=", org[ref]).execute();
    part[ref] = await registerParticipant(db, { eventId, orgId: org[ref], userId: null, note: null });
    await setParticipantStatus(db, part[ref], "approved", null);
  }
  await db.updateTable("users").set({ emailVerifiedAt: now }).execute();
});

beforeAll(async () => {
  for (const ref of Object.keys(org)) {
    c[ref] = new Client(suite.url);
    await c[ref].login(`${ref.toLowerCase()}@example.com`, PASSWORD);
  }
}, 240_000);

describe("meeting requests", () => {
  let requestId = 0;

  it("a firm cannot accept, decline or cancel a request addressed to another firm", async () => {
    const sent = await post("B-1", "/my/meeting-requests", {
      eventId: String(eventId),
      to: "S-1",
      message: "PA66 housings",
      returnTo: "/suppliers/S-1",
    });
    expect(sent.headers.get("location")).toBe("/suppliers/S-1");
    requestId = (await suite.db.selectFrom("meetingRequests").select("id").executeTakeFirstOrThrow()).id;

    for (const [who, form] of [
      ["S-2", { intent: "accept" }],
      ["S-2", { intent: "decline", reason: "not_relevant" }],
      ["B-2", { intent: "cancel" }],
    ] as const) {
      const res = await post(who, `/my/events/${eventId}`, { ...form, requestId: String(requestId) });
      expect(await landing(who, res)).toContain("You cannot do that with this meeting request.");
    }
    expect(await storedValue(suite.db, "meetingRequests", { id: requestId }, "status")).toBe("pending");
    const told = await suite.db
      .selectFrom("notifications")
      .where("userId", "=", user["B-1"])
      .select("kind")
      .execute();
    expect(told).toEqual([]);
  });

  it("once accepted, both sides see it in their agendas (time to be set); nobody else does", async () => {
    const res = await post("S-1", `/my/events/${eventId}`, {
      intent: "accept",
      requestId: String(requestId),
    });
    expect(res.status).toBe(302);
    const buyer = await (await c["B-1"].get("/my/agenda")).text();
    expect(buyer).toContain('data-awaiting="S-1"');
    expect(buyer).toContain("Agreed meetings, time to be set");
    expect(await (await c["S-1"].get("/my/agenda")).text()).toContain('data-awaiting="B-1"');
    const stranger = await (await c["S-2"].get("/my/agenda")).text();
    expect(stranger).not.toContain("data-awaiting=");
    // One event only (?event=ID) keeps it; another event's filter does not show it.
    expect(await (await c["B-1"].get(`/my/agenda?event=${eventId}`)).text()).toContain('data-awaiting="S-1"');
    expect(await (await c["B-1"].get(`/my/agenda?event=${eventId + 1}`)).text()).not.toContain(
      "data-awaiting=",
    );
  });

  it("a refusal by the fair's rules is said in the reader's language, never as the rule's English", async () => {
    const again = () =>
      post("B-1", "/my/meeting-requests", {
        eventId: String(eventId),
        to: "S-1",
        returnTo: "/suppliers/S-1",
      });
    const before = await count("meetingRequests");
    expect(await landing("B-1", await again())).toContain("You have already asked this firm for a meeting.");
    expect((await post("B-1", "/lang", { lang: "vi", redirectTo: "/my" })).status).toBe(302);
    const vi = await landing("B-1", await again());
    expect(vi).toContain("Bạn đã đề nghị gặp doanh nghiệp này rồi.");
    expect(vi).not.toContain("You have already asked this participant.");
    expect((await post("B-1", "/lang", { lang: "en", redirectTo: "/my" })).status).toBe(302);
    expect(await count("meetingRequests")).toBe(before);
  });

  it(`the daily brake (${MEETING_REQUEST_LIMITS.perDay} requests per account) holds, says why and writes nothing`, async () => {
    // Earlier requests of the same account (answered, so the fair's own cap plays no part).
    const at = new Date(Date.now() - 3_600_000).toISOString();
    await suite.db
      .insertInto("meetingRequests")
      .values(
        Array.from({ length: MEETING_REQUEST_LIMITS.perDay }, () => ({
          eventId,
          fromId: part["B-2"],
          toId: part["S-2"],
          status: "declined" as const,
          declineReason: "not_relevant",
          createdBy: user["B-2"],
          createdAt: at,
        })),
      )
      .execute();
    const before = await count("meetingRequests");
    const res = await post("B-2", "/my/meeting-requests", {
      eventId: String(eventId),
      to: "S-1",
      returnTo: "/suppliers/S-1",
    });
    expect(await landing("B-2", res)).toContain(
      `You have sent ${MEETING_REQUEST_LIMITS.perDay} meeting requests in the last 24 hours`,
    );
    // The same brake on the fair's own page.
    const res2 = await post("B-2", `/my/events/${eventId}`, { intent: "send", toId: String(part["S-1"]) });
    expect(await landing("B-2", res2)).toContain("meeting requests in the last 24 hours");
    expect(await count("meetingRequests")).toBe(before);
  });
});

describe("messages", () => {
  let thread = 0;

  it("markup in a message is shown as text, never run", async () => {
    const body = `<img src=x onerror="alert(1)"><script>alert(2)</script> PA66?`;
    const res = await post("B-1", "/my/messages/new", { to: "S-1", body });
    thread = Number(res.headers.get("location")?.split("/").pop());
    expect(thread).toBeGreaterThan(0);
    const page = await (await c["S-1"].get(`/my/messages/${thread}`)).text();
    expect(page).toContain("&lt;img src=x");
    expect(page).not.toContain("<img src=x");
    expect(page).not.toContain("<script>alert(2)");
  });

  it("a cross-origin write (page action, ?_data=, .data) changes nothing", async () => {
    const before = await count("messages");
    const evil = { Origin: "http://evil.example" };
    for (const path of [
      `/my/messages/${thread}`,
      `/my/messages/${thread}?_data=${encodeURIComponent("routes/my.messages.$id")}`,
      `/my/messages/${thread}.data`,
    ]) {
      const res = await post("S-1", path, { intent: "reply", body: "forged" }, evil);
      expect(res.status, path).toBe(403);
    }
    const res = await post("S-1", "/my/messages/new.data", { to: "B-1", body: "forged" }, evil);
    expect(res.status).toBe(403);
    expect(await count("messages")).toBe(before);
  });

  it(`the hourly brake (${MESSAGE_LIMITS.perHour} messages per account) holds, says why and writes nothing`, async () => {
    const at = new Date(Date.now() - 600_000).toISOString();
    await suite.db
      .insertInto("messages")
      .values(
        Array.from({ length: MESSAGE_LIMITS.perHour }, (_, i) => ({
          threadId: thread,
          senderOrgId: org["S-1"],
          senderUserId: user["S-1"],
          body: `earlier ${i}`,
          createdAt: at,
        })),
      )
      .execute();
    const before = await count("messages");
    const res = await post("S-1", `/my/messages/${thread}`, { intent: "reply", body: "one more" });
    expect(await landing("S-1", res)).toContain("You have sent many messages in the last hour");
    expect(await count("messages")).toBe(before);
    // Another account of another firm is not braked by it.
    expect((await post("B-1", `/my/messages/${thread}`, { intent: "reply", body: "fine" })).status).toBe(302);
    expect(await count("messages")).toBe(before + 1);
  });

  it(`the daily brake on new threads (${MESSAGE_LIMITS.newThreadsPerDay} per account) holds`, async () => {
    const at = new Date(Date.now() - 3_600_000).toISOString();
    await suite.db
      .insertInto("messageThreads")
      .values(
        Array.from({ length: MESSAGE_LIMITS.newThreadsPerDay }, (_, i) => ({
          buyerOrgId: org["B-2"],
          supplierOrgId: org["S-1"],
          subject: `earlier ${i}`,
          createdBy: user["B-2"],
          createdAt: at,
        })),
      )
      .execute();
    const threads = await count("messageThreads");
    const messages = await count("messages");
    const res = await post("B-2", "/my/messages/new", { to: "S-2", body: "hello" });
    expect(res.headers.get("location")).toContain("/my/messages/new?to=S-2");
    expect(await landing("B-2", res)).toContain("new conversations");
    expect(await count("messageThreads")).toBe(threads);
    expect(await count("messages")).toBe(messages);
  });
});

describe("notifications", () => {
  it("a declined request tells the sender why, in words; nobody else is told", async () => {
    const sent = await post("B-1", "/my/meeting-requests", {
      eventId: String(eventId),
      to: "S-2",
      returnTo: "/suppliers/S-2",
    });
    expect(sent.status).toBe(302);
    const r = await suite.db
      .selectFrom("meetingRequests")
      .where("fromId", "=", part["B-1"])
      .where("toId", "=", part["S-2"])
      .select("id")
      .executeTakeFirstOrThrow();
    const res = await post("S-2", `/my/events/${eventId}`, {
      intent: "decline",
      requestId: String(r.id),
      reason: "no_capacity",
    });
    expect(res.status).toBe(302);
    const page = await (await c["B-1"].get("/my/notifications")).text();
    expect(page).toContain("Company S-2 declined a meeting at Guarded fair (No capacity)");
    // The reason is named in the reader's language, never shown as its code or key.
    expect(page).not.toContain("fair.decline.");
    for (const who of ["B-2", "S-1"])
      expect(await (await c[who].get("/my/notifications")).text()).not.toContain("declined a meeting");
  });
});

describe("mail about meeting requests and messages", () => {
  const mails = (to: string, kind: string) =>
    suite.db
      .selectFrom("mailOutbox")
      .where("toAddress", "=", to)
      .where("kind", "=", kind)
      .select(["subject", "body"])
      .execute();

  it("a new meeting request is mailed to the firm, in the language its member chose", async () => {
    await suite.db.updateTable("users").set({ language: "vi" }).where("id", "=", user["B-2"]).execute();
    const res = await post("S-2", `/my/events/${eventId}`, { intent: "send", toId: String(part["B-2"]) });
    expect(res.status).toBe(302);
    const sent = await mails("b-2@example.com", "meeting_request");
    expect(sent).toHaveLength(1);
    expect(sent[0].subject).toContain("đề nghị gặp doanh nghiệp bạn tại");
    expect(sent[0].body).toContain(`/my/events/${eventId}`);
  });

  it("a member who switched such mail off gets the notice in-app only; switching on again works", async () => {
    expect((await post("B-2", "/my/notifications", { intent: "mail" })).status).toBe(302);
    const row = () =>
      suite.db
        .selectFrom("users")
        .where("id", "=", user["B-2"])
        .select("mailEngagement")
        .executeTakeFirstOrThrow();
    expect((await row()).mailEngagement).toBe(0);
    expect(await (await c["B-2"].get("/my/notifications")).text()).not.toMatch(/name="on" checked=""/);
    // Another member cannot switch it for them: the choice is the caller's own.
    await post("B-1", "/my/notifications", { intent: "mail", on: "1" });
    expect((await row()).mailEngagement).toBe(0);

    const res = await post("S-2", "/my/messages/new", { to: "B-2", body: "Samples next week?" });
    expect(res.status).toBe(302);
    expect(await mails("b-2@example.com", "message")).toHaveLength(0);
    const told = await suite.db
      .selectFrom("notifications")
      .where("userId", "=", user["B-2"])
      .where("kind", "=", "message")
      .select("id")
      .execute();
    expect(told).toHaveLength(1);

    expect((await post("B-2", "/my/notifications", { intent: "mail", on: "1" })).status).toBe(302);
    expect((await row()).mailEngagement).toBe(1);
    expect(await (await c["B-2"].get("/my/notifications")).text()).toMatch(/name="on" checked=""/);
    // A value other than the box's own is refused and changes nothing.
    await post("B-2", "/my/notifications", { intent: "mail", on: "yes" });
    expect((await row()).mailEngagement).toBe(1);
  });
});
