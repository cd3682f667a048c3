import { beforeAll, describe, expect, it } from "vitest";
import { serverSuite } from "../../helpers/server-suite";
import { Client, PASSWORD, seedOrg, seedUser } from "../auth/client";
import { createEvent } from "../../../db/queries/events";
import { registerParticipant, setParticipantStatus } from "../../../db/queries/events-participants";
import { BASE } from "../events/fixture";

// Issue 14 over real HTTP and a real SQLite file: a row of /my/events/ID opens the thread with
// that firm about that meeting request; only the request's two organisations reach it (a
// stranger gets 404, even with the link); an unverified account cannot write; a buyer adds to a
// shortlist from a results page without leaving it and the cards say which lists hold a firm.

let eventId: number;
let requestId: number;
const part: Record<string, number> = {};
const c: Record<string, Client> = {};

const post = (who: string, path: string, form: Record<string, string>) =>
  c[who].request(path, { form, headers: { Origin: suite.url } });
const messageCount = async () =>
  Number(
    (
      await suite.db
        .selectFrom("messages")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .executeTakeFirstOrThrow()
    ).n,
  );

const suite = serverSuite(async (db) => {
  const now = new Date().toISOString();
  for (const [ref, kind] of [
    ["B-1", "buyer"],
    ["S-1", "supplier"],
    ["S-2", "supplier"],
    ["B-2", "buyer"],
  ] as const) {
    const orgId = await seedOrg(db, {
      ref,
      kind,
      taxCode: kind === "supplier" ? `01000000${ref.slice(-1)}0` : undefined,
    });
    await seedUser(db, { email: `${ref.toLowerCase()}@example.com`, role: kind, orgId });
    eventId ??= await createEvent(db, { ...BASE, days: ["2027-03-10"] }, null);
    part[ref] = await registerParticipant(db, { eventId, orgId, userId: null, note: null });
    await setParticipantStatus(db, part[ref], "approved", null);
    // B-2 is the unverified account: neither its email nor its organisation is confirmed.
    if (ref !== "B-2") {
      await db.updateTable("organisations").set({ verifiedAt: now }).where("id", "=", orgId).execute();
      await db
        .updateTable("users")
        .set({ emailVerifiedAt: now })
        .where("email", "=", `${ref.toLowerCase()}@example.com`)
        .execute();
    }
  }
});

beforeAll(async () => {
  for (const ref of Object.keys(part)) {
    c[ref] = new Client(suite.url);
    await c[ref].login(`${ref.toLowerCase()}@example.com`, PASSWORD);
  }
  expect(
    (await post("S-1", `/my/events/${eventId}`, { intent: "send", toId: String(part["B-1"]) })).status,
  ).toBe(302);
  requestId = (await suite.db.selectFrom("meetingRequests").select("id").executeTakeFirstOrThrow()).id;
}, 240_000);

describe("a message thread tied to a meeting request", () => {
  let thread = 0;
  const link = (to: string) => `/my/messages/new?to=${to}&meeting=${requestId}`;

  it("each row of /my/events/ID links to the thread with that firm about that request", async () => {
    const page = await (await c["B-1"].get(`/my/events/${eventId}`)).text();
    expect(page).toContain(`/my/messages/new?to=S-1&amp;meeting=${requestId}`);
    const form = await c["B-1"].get(link("S-1"));
    expect(form.status).toBe(200);
    expect(await form.text()).toContain("About the meeting at");
  });

  it("the first message opens the thread; the link then leads both sides to it", async () => {
    const res = await post("B-1", "/my/messages/new", {
      to: "S-1",
      meeting: String(requestId),
      body: "Shall we bring samples?",
    });
    expect(res.status).toBe(302);
    thread = Number(res.headers.get("location")?.split("/").pop());
    const row = await suite.db
      .selectFrom("messageThreads")
      .where("id", "=", thread)
      .selectAll()
      .executeTakeFirstOrThrow();
    expect(row.meetingRequestId).toBe(requestId);
    for (const [who, to] of [
      ["B-1", "S-1"],
      ["S-1", "B-1"],
    ]) {
      const again = await c[who].get(link(to));
      expect(again.status).toBe(302);
      expect(again.headers.get("location")).toBe(`/my/messages/${thread}`);
    }
    expect(await (await c["S-1"].get(`/my/messages/${thread}`)).text()).toContain("Shall we bring samples?");
  });

  it("a stranger cannot read the thread, open the link, or write about that meeting", async () => {
    const before = await messageCount();
    expect((await c["S-2"].get(`/my/messages/${thread}`)).status).toBe(404);
    expect((await c["S-2"].get(link("B-1"))).status).toBe(404);
    const res = await post("S-2", "/my/messages/new", {
      to: "B-1",
      meeting: String(requestId),
      body: "me too",
    });
    expect(res.headers.get("location")).toContain("/my/messages/new");
    expect((await post("S-2", `/my/messages/${thread}`, { intent: "reply", body: "hi" })).status).toBe(404);
    expect(await messageCount()).toBe(before);
    const threads = await suite.db.selectFrom("messageThreads").select("id").execute();
    expect(threads).toHaveLength(1);
  });

  it("an unverified account cannot message", async () => {
    const before = await messageCount();
    const res = await post("B-2", "/my/messages/new", { to: "S-1", body: "hello" });
    expect(res.headers.get("location")).toContain("/my/messages/new");
    const page = await (await c["B-2"].get("/my/messages/new?to=S-1")).text();
    expect(page).toContain("Confirm your email before sending messages.");
    expect(await messageCount()).toBe(before);
  });
});

// What the page's fetcher sends (a single-fetch data request): the answer is data for the
// component (turbo-stream text), not a document and not a redirect.
const FETCHER = "/my/shortlists.data";

describe("shortlists from a results page", () => {
  it("adds in place (a JSON answer, no redirect) and the cards name the lists holding a firm", async () => {
    const res = await post("B-1", FETCHER, {
      intent: "add",
      supplier: "S-1",
      name: "Moulders",
      inline: "1",
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("location")).toBeNull();
    expect(await res.text()).toContain("Added to “Moulders”.");
    const list = await (await c["B-1"].get("/suppliers")).text();
    expect(list).toContain("In: Moulders");
    expect(list.match(/data-shortlisted/g)).toHaveLength(1);
    // Without JavaScript the same form comes back to the page it was sent from.
    const plain = await post("B-1", "/my/shortlists", {
      intent: "add",
      supplier: "S-2",
      name: "Moulders",
      returnTo: "/suppliers",
    });
    expect(plain.status).toBe(302);
    expect(plain.headers.get("location")).toBe("/suppliers");
  });

  it("no shortlist form for anyone but a buyer, and a stranger's list is never written", async () => {
    const page = await (await c["S-1"].get("/suppliers")).text();
    expect(page).not.toContain("data-shortlist=");
    const list = await suite.db.selectFrom("shortlists").select("id").executeTakeFirstOrThrow();
    const res = await post("B-2", FETCHER, {
      intent: "add",
      supplier: "S-2",
      shortlistId: String(list.id),
      inline: "1",
    });
    expect(await res.text()).toContain("The form is not valid.");
    const items = await suite.db.selectFrom("shortlistItems").select("supplierOrgId").execute();
    expect(items).toHaveLength(2);
  });
});
