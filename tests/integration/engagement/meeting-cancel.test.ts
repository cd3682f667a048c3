import { describe, expect, it } from "vitest";
import { serverSuite } from "../../helpers/server-suite";
import { Client, loggedIn } from "../auth/client";
import { createEvent } from "../../../db/queries/events";
import { approvedParticipants, BASE, firmsWithOwners } from "../events/fixture";

// Issue 13: an accepted meeting is cancelled only with a reason, and the other side reads it —
// on its event page, in its notifications and in a mail (outbox) in its own language. Over real
// HTTP on a real SQLite file, through the same form the page posts.

let eventId: number;
const part: Record<string, number> = {};

const login = (email: string) => loggedIn(suite.url, email);
/** Posts the event page's form and reads the page the redirect leads to (with its toast). */
const act = async (c: Client, form: Record<string, string>) => {
  const res = await c.post(`/my/events/${eventId}`, form);
  expect(res.status).toBe(302);
  return (await c.get(res.headers.get("Location")!)).text();
};
const request = () =>
  suite.db.selectFrom("meetingRequests").selectAll().where("eventId", "=", eventId).executeTakeFirstOrThrow();

const suite = serverSuite(async (db) => {
  const orgs = await firmsWithOwners(db, [
    ["B-1", "buyer"],
    ["S-1", "supplier"],
  ]);
  eventId = await createEvent(db, { ...BASE, days: ["2027-03-10"] }, null);
  Object.assign(part, await approvedParticipants(db, eventId, orgs));
  // The buyer reads the portal in Vietnamese: its mail must be in Vietnamese.
  await db
    .updateTable("users")
    .set({ language: "vi", locale: "vi" })
    .where("email", "=", "b-1@example.com")
    .execute();
});

describe("cancelling an accepted meeting", () => {
  it("is refused without a reason, with a clear message, and changes nothing", async () => {
    const supplier = await login("s-1@example.com");
    const buyer = await login("b-1@example.com");
    await act(supplier, { intent: "send", toId: String(part["B-1"]) });
    const r = await request();
    await act(buyer, { intent: "accept", requestId: String(r.id) });
    expect((await request()).status).toBe("accepted");
    const outboxBefore = await suite.db.selectFrom("mailOutbox").select("id").execute();

    const html = await act(supplier, { intent: "cancel", requestId: String(r.id), reason: "   " });
    expect(html).toContain("Say why you cancel a meeting that was accepted.");
    const after = await request();
    expect(after.status).toBe("accepted");
    expect(after.cancelReason).toBeNull();
    expect(await suite.db.selectFrom("mailOutbox").select("id").execute()).toEqual(outboxBefore);
  });

  it("with a reason: stored, shown to the other side, notified and mailed in its language", async () => {
    const supplier = await login("s-1@example.com");
    const r = await request();
    const reason = "Our engineer is ill that day <b>sorry</b>";
    await act(supplier, { intent: "cancel", requestId: String(r.id), reason });
    const after = await request();
    expect(after.status).toBe("cancelled");
    expect(after.cancelReason).toBe(reason);

    const buyer = await login("b-1@example.com");
    const page = await (await buyer.get(`/my/events/${eventId}`)).text();
    // Shown escaped, never as markup.
    expect(page).toContain("Our engineer is ill that day &lt;b&gt;sorry&lt;/b&gt;");
    const notes = await (await buyer.get("/my/notifications")).text();
    expect(notes).toContain("Our engineer is ill that day");

    // The request was mailed when it came (decision 390), the cancellation now.
    const all = await suite.db
      .selectFrom("mailOutbox")
      .selectAll()
      .where("toAddress", "=", "b-1@example.com")
      .execute();
    expect(all.map((m) => m.kind).sort()).toEqual(["meeting_cancelled", "meeting_request"]);
    const mails = all.filter((m) => m.kind === "meeting_cancelled");
    expect(mails[0].subject).toContain("đã huỷ cuộc gặp");
    expect(mails[0].body).toContain(reason);
    // The side that cancelled gets no mail about its own act (only, earlier, the request's own).
    const toSupplier = await suite.db
      .selectFrom("mailOutbox")
      .select("kind")
      .where("toAddress", "=", "s-1@example.com")
      .execute();
    expect(toSupplier.map((m) => m.kind)).not.toContain("meeting_cancelled");
  });
});
