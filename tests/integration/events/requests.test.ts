import { describe, expect, it } from "vitest";
import { eventPerTest, type EventFixture } from "./fixture";
import { expireDue, requestsOf } from "../../../db/queries/events-requests";
import {
  respondToRequest,
  sendRequest,
  addOrganiserMeeting,
} from "../../../app/services/events/requests.server";
import { setParticipantStatus, registerParticipant } from "../../../db/queries/events-participants";
import { RequestRuleError } from "../../../app/modules/events/requests";

// The meeting-request state machine against a real database: every transition, expiry at the
// deadline, caps on open requests, who may meet whom, and unapproved participants' invisibility.

type F = EventFixture;
const events = eventPerTest();

const status = async (f: F, id: number) =>
  (await f.db.selectFrom("meetingRequests").select("status").where("id", "=", id).executeTakeFirstOrThrow())
    .status;
const meetings = (f: F) =>
  f.db
    .selectFrom("meetings")
    .select(["aId", "bId", "weight", "status", "source"])
    .where("eventId", "=", f.eventId)
    .execute();
const code = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    if (e instanceof RequestRuleError) return e.code;
    throw e;
  }
  return "ok";
};

/** What a plain request from one participant to another gets: "ok", or the refusing rule's code. */
const askCode = (f: F, fromId: number, toId: number) =>
  code(sendRequest(f.db, { eventId: f.eventId, fromId, toId, message: null, userId: null }));

/** A plain request (no message) from one participant to another. */
const ask = (f: F, fromId: number, toId: number) =>
  sendRequest(f.db, { eventId: f.eventId, fromId, toId, message: null, userId: null });
/** What answering a request without a reason gets: the new status, or the refusing rule's code. */
const answerCode = (
  f: F,
  requestId: number,
  participantId: number,
  action: "accept" | "decline" | "cancel",
) => code(respondToRequest(f.db, { requestId, participantId, action, userId: null }));

describe("meeting requests", () => {
  it("pending → accepted makes a weight-2 meeting; cancelling an accepted one cancels it", async () => {
    const f = await events.open();
    const { p } = f;
    const r = await sendRequest(f.db, {
      eventId: f.eventId,
      fromId: p.B1,
      toId: p.S1,
      message: "hi",
      userId: null,
    });
    expect(r.status).toBe("pending");
    expect(await meetings(f)).toEqual([]);
    expect(
      await respondToRequest(f.db, { requestId: r.id, participantId: p.S1, action: "accept", userId: null }),
    ).toBe("accepted");
    expect(await meetings(f)).toEqual([
      expect.objectContaining({ weight: 2, status: "active", source: "request" }),
    ]);
    // Cancelling an accepted meeting needs a reason (issue 13), stored for the other party.
    expect(await answerCode(f, r.id, p.B1, "cancel")).toBe("bad_reason");
    expect(
      await respondToRequest(f.db, {
        requestId: r.id,
        participantId: p.B1,
        action: "cancel",
        reason: "  Travel cancelled  ",
        userId: null,
      }),
    ).toBe("cancelled");
    expect(
      await f.db
        .selectFrom("meetingRequests")
        .select("cancelReason")
        .where("id", "=", r.id)
        .executeTakeFirst(),
    ).toEqual({ cancelReason: "Travel cancelled" });
    expect(await meetings(f)).toEqual([expect.objectContaining({ status: "cancelled" })]);
    // Final: nothing more can happen to it.
    expect(await answerCode(f, r.id, p.S1, "accept")).toBe("bad_transition");
  });

  it("pending → declined needs a reason code, and only the recipient may decline or accept", async () => {
    const f = await events.open();
    const { p } = f;
    const r = await ask(f, p.B1, p.S1);
    expect(await answerCode(f, r.id, p.B1, "accept")).toBe("not_yours");
    expect(
      await code(
        respondToRequest(f.db, {
          requestId: r.id,
          participantId: p.S2,
          action: "decline",
          reason: "other",
          userId: null,
        }),
      ),
    ).toBe("not_yours");
    expect(
      await code(
        respondToRequest(f.db, {
          requestId: r.id,
          participantId: p.S1,
          action: "decline",
          reason: "because",
          userId: null,
        }),
      ),
    ).toBe("bad_reason");
    expect(
      await respondToRequest(f.db, {
        requestId: r.id,
        participantId: p.S1,
        action: "decline",
        reason: "no_capacity",
        userId: null,
      }),
    ).toBe("declined");
    const row = await f.db
      .selectFrom("meetingRequests")
      .select(["status", "declineReason"])
      .where("id", "=", r.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: "declined", declineReason: "no_capacity" });
    // Declined is final, but the pair may ask again with a new request.
    expect(await answerCode(f, r.id, p.B1, "cancel")).toBe("bad_transition");
    expect(
      (
        await sendRequest(f.db, {
          eventId: f.eventId,
          fromId: p.B1,
          toId: p.S1,
          message: "again",
          userId: null,
        })
      ).status,
    ).toBe("pending");
  });

  it("pending → cancelled by the sender only; a duplicate live request is refused", async () => {
    const f = await events.open();
    const { p } = f;
    const r = await ask(f, p.S1, p.B1);
    expect(await askCode(f, p.S1, p.B1)).toBe("duplicate");
    expect(await answerCode(f, r.id, p.B1, "cancel")).toBe("not_yours");
    expect(
      await respondToRequest(f.db, { requestId: r.id, participantId: p.S1, action: "cancel", userId: null }),
    ).toBe("cancelled");
  });

  it("asking back while the other's request is pending accepts both: a mutual, weight-3 meeting", async () => {
    const f = await events.open();
    const { p } = f;
    const r1 = await ask(f, p.B1, p.S1);
    const r2 = await ask(f, p.S1, p.B1);
    expect(r2.status).toBe("accepted");
    expect(await status(f, r1.id)).toBe("accepted");
    expect(await meetings(f)).toEqual([expect.objectContaining({ weight: 3, status: "active" })]);
    // One side withdraws: the meeting stays, one-sided.
    await respondToRequest(f.db, {
      requestId: r2.id,
      participantId: p.S1,
      action: "cancel",
      reason: "Double-booked",
      userId: null,
    });
    expect(await meetings(f)).toEqual([expect.objectContaining({ weight: 2, status: "active" })]);
  });

  it("pending requests expire at the deadline, lazily on read and by the sweep, and free the cap", async () => {
    const f = await events.open({
      event: { requestDeadline: "2027-03-05T10:00:00.000Z", buyerMaxOpenRequests: 1 },
    });
    const { p } = f;
    const before = new Date("2027-03-01T00:00:00Z");
    const after = new Date("2027-03-05T10:00:00Z");
    const r = await sendRequest(f.db, {
      eventId: f.eventId,
      fromId: p.B1,
      toId: p.S1,
      message: null,
      userId: null,
      now: before,
    });
    expect(
      await code(
        sendRequest(f.db, {
          eventId: f.eventId,
          fromId: p.B1,
          toId: p.S2,
          message: null,
          userId: null,
          now: before,
        }),
      ),
    ).toBe("cap_reached");
    // Lazily, on read.
    const lists = await requestsOf(f.db, f.eventId, p.B1, after);
    expect(lists.sent[0].status).toBe("expired");
    expect(lists.counts.sent.expired).toBe(1);
    expect(
      await code(
        respondToRequest(f.db, {
          requestId: r.id,
          participantId: p.S1,
          action: "accept",
          userId: null,
          now: after,
        }),
      ),
    ).toBe("bad_transition");
    // No new request after the deadline.
    expect(
      await code(
        sendRequest(f.db, {
          eventId: f.eventId,
          fromId: p.B2,
          toId: p.S2,
          message: null,
          userId: null,
          now: after,
        }),
      ),
    ).toBe("deadline_passed");
    // The sweep finds what reads have not touched yet.
    await f.db.updateTable("events").set({ requestDeadline: "2099-01-01T00:00:00.000Z" }).execute();
    const r2 = await sendRequest(f.db, {
      eventId: f.eventId,
      fromId: p.B2,
      toId: p.S3,
      message: null,
      userId: null,
      now: before,
    });
    await f.db.updateTable("events").set({ requestDeadline: "2027-03-05T10:00:00.000Z" }).execute();
    expect(await expireDue(f.db, before)).toBe(0);
    expect(await expireDue(f.db, after)).toBe(1);
    expect(await status(f, r2.id)).toBe("expired");
  });

  it("caps open requests per participant type; answered requests do not count", async () => {
    const f = await events.open({
      suppliers: 4,
      event: { supplierMaxOpenRequests: 1, buyerMaxOpenRequests: 2 },
    });
    const { p } = f;
    const a = await ask(f, p.S1, p.B1);
    expect(await askCode(f, p.S1, p.B2)).toBe("cap_reached");
    await respondToRequest(f.db, { requestId: a.id, participantId: p.B1, action: "accept", userId: null });
    expect(await askCode(f, p.S1, p.B2)).toBe("ok");
    await sendRequest(f.db, { eventId: f.eventId, fromId: p.B1, toId: p.S2, message: null, userId: null });
    await sendRequest(f.db, { eventId: f.eventId, fromId: p.B1, toId: p.S3, message: null, userId: null });
    expect(await askCode(f, p.B1, p.S4)).toBe("cap_reached");
  });

  it("only allowed pairs: buyer↔supplier always, same kind only where the event allows it", async () => {
    const f = await events.open();
    const { p } = f;
    expect(await askCode(f, p.S1, p.S2)).toBe("not_allowed_pair");
    expect(await askCode(f, p.B1, p.B2)).toBe("not_allowed_pair");
    expect(await askCode(f, p.B1, p.B1)).toBe("self");
    expect(
      await code(
        addOrganiserMeeting(f.db, { eventId: f.eventId, aId: p.S1, bId: p.S2, note: null, userId: null }),
      ),
    ).toBe("not_allowed_pair");
    await f.db.updateTable("events").set({ allowSupplierSupplier: 1 }).execute();
    expect(await askCode(f, p.S1, p.S2)).toBe("ok");
    expect(await askCode(f, p.B1, p.B2)).toBe("not_allowed_pair");
  });

  it("unapproved participants are invisible: they cannot ask or be asked, and losing approval cancels their requests", async () => {
    const f = await events.open({ unapproved: ["S3"] });
    const { p } = f;
    expect(await askCode(f, p.B1, p.S3)).toBe("not_approved");
    expect(await askCode(f, p.S3, p.B1)).toBe("not_approved");
    const r = await ask(f, p.B1, p.S1);
    await respondToRequest(f.db, { requestId: r.id, participantId: p.S1, action: "accept", userId: null });
    const pending = await ask(f, p.B2, p.S1);
    await setParticipantStatus(f.db, p.S1, "rejected", null);
    expect(await status(f, r.id)).toBe("cancelled");
    expect(await status(f, pending.id)).toBe("cancelled");
    expect(await meetings(f)).toEqual([expect.objectContaining({ status: "cancelled" })]);
    // And a registration outside the window is refused.
    await f.db.updateTable("events").set({ registrationClosesAt: "2020-01-01T00:00:00.000Z" }).execute();
    const { id: org } = await f.db
      .insertInto("organisations")
      .values({ ref: "S9", kind: "supplier", nameVi: "S9" })
      .returning("id")
      .executeTakeFirstOrThrow();
    await expect(
      registerParticipant(f.db, { eventId: f.eventId, orgId: org, userId: null, note: null }),
    ).rejects.toThrow(/closed/);
  });

  it("organisers add a meeting between approved participants with weight 3", async () => {
    const f = await events.open();
    const { p } = f;
    await addOrganiserMeeting(f.db, {
      eventId: f.eventId,
      aId: p.B1,
      bId: p.S2,
      note: "hosted buyer",
      userId: null,
    });
    expect(await meetings(f)).toEqual([
      expect.objectContaining({ weight: 3, source: "organiser", status: "active" }),
    ]);
  });
});
