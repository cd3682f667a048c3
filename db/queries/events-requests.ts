import { sql } from "kysely";
import type { Db } from "../connection";
import {
  deadlinePassed,
  isDeclineReason,
  mayMeet,
  requestWeight,
  RequestRuleError,
  transition,
  type ParticipantKind,
  type RequestStatus,
} from "../../app/modules/events/requests";
import { bumpDraft } from "./events";
import { writeTx } from "./events-tx";
import { cancelMeetings } from "./meeting-parts";

// Meeting requests (the state machine lives in app/modules/events/requests.ts) and the draft
// meeting each accepted pair becomes. Every write runs in a BEGIN IMMEDIATE transaction, so the
// cap and duplicate checks cannot be raced by a second tab.

const NOW = sql<string>`strftime('%Y-%m-%dT%H:%M:%fZ','now')`;

/**
 * Pending requests of events whose deadline has passed become expired. Called at the start of
 * every read and write of an event's requests (lazy), and by the sweep (eventId omitted).
 */
export async function expireDue(db: Db, now: Date, eventId?: number): Promise<number> {
  let q = db
    .updateTable("meetingRequests")
    .set({ status: "expired", updatedAt: NOW })
    .where("status", "=", "pending")
    .where("eventId", "in", (eb) =>
      eb
        .selectFrom("events")
        .select("id")
        .where("requestDeadline", "is not", null)
        .where("requestDeadline", "<=", now.toISOString()),
    );
  if (eventId !== undefined) q = q.where("eventId", "=", eventId);
  const r = await q.executeTakeFirst();
  return Number(r.numUpdatedRows);
}

async function loadPair(tx: Db, eventId: number, fromId: number, toId: number) {
  const ev = await tx
    .selectFrom("events")
    .select([
      "id",
      "status",
      "requestDeadline",
      "allowBuyerBuyer",
      "allowSupplierSupplier",
      "buyerMaxOpenRequests",
      "supplierMaxOpenRequests",
    ])
    .where("id", "=", eventId)
    .executeTakeFirst();
  if (!ev) throw new RequestRuleError("not_approved", "No such event.");
  const people = await tx
    .selectFrom("eventParticipants")
    .select(["id", "kind", "status"])
    .where("eventId", "=", eventId)
    .where("id", "in", [fromId, toId])
    .execute();
  const from = people.find((p) => p.id === fromId);
  const to = people.find((p) => p.id === toId);
  // An unapproved participant is reported as unknown, not as "unapproved": invisible means invisible.
  if (!from || from.status !== "approved")
    throw new RequestRuleError(
      "not_approved",
      "Your organisation is not an approved participant of this event.",
    );
  if (!to || to.status !== "approved")
    throw new RequestRuleError("not_approved", "No such participant at this event.");
  return { ev, from, to };
}

/** The event's pairing rule (buyers with buyers, suppliers with suppliers), the same for a request and an organiser's meeting. */
function refuseForbiddenPair(
  ev: { allowBuyerBuyer: number; allowSupplierSupplier: number },
  fromKind: ParticipantKind,
  toKind: ParticipantKind,
) {
  const rule = {
    allowBuyerBuyer: ev.allowBuyerBuyer === 1,
    allowSupplierSupplier: ev.allowSupplierSupplier === 1,
  };
  if (!mayMeet(rule, fromKind, toKind))
    throw new RequestRuleError(
      "not_allowed_pair",
      `At this event ${fromKind}s do not meet other ${toKind}s.`,
    );
}

/**
 * Keeps the pair's draft meeting in step with its requests: accepted in one direction → weight 2,
 * both → 3; none accepted → a request-made meeting is cancelled (an organiser-added one stays).
 */
async function syncPairMeeting(
  tx: Db,
  eventId: number,
  p: number,
  q: number,
  userId: number | null,
): Promise<void> {
  const [aId, bId] = p < q ? [p, q] : [q, p];
  const accepted = await tx
    .selectFrom("meetingRequests")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("eventId", "=", eventId)
    .where("status", "=", "accepted")
    .where((eb) =>
      eb.or([
        eb.and([eb("fromId", "=", aId), eb("toId", "=", bId)]),
        eb.and([eb("fromId", "=", bId), eb("toId", "=", aId)]),
      ]),
    )
    .executeTakeFirstOrThrow();
  const n = Number(accepted.n);
  const m = await tx
    .selectFrom("meetings")
    .select(["id", "source", "status"])
    .where("eventId", "=", eventId)
    .where("aId", "=", aId)
    .where("bId", "=", bId)
    .executeTakeFirst();
  if (n > 0) {
    if (!m)
      await tx
        .insertInto("meetings")
        .values({ eventId, aId, bId, source: "request", weight: requestWeight(n), createdBy: userId })
        .execute();
    else if (m.source === "organiser") {
      if (m.status !== "active")
        await tx
          .updateTable("meetings")
          .set({ status: "active", updatedAt: NOW })
          .where("id", "=", m.id)
          .execute();
    } else
      await tx
        .updateTable("meetings")
        .set({ source: "request", weight: requestWeight(n), status: "active", updatedAt: NOW })
        .where("id", "=", m.id)
        .execute();
  } else if (m && m.source === "request" && m.status === "active") {
    await cancelMeetings(tx, "the request was cancelled").where("id", "=", m.id).execute();
  }
  await bumpDraft(tx, eventId);
}

export interface SendInput {
  eventId: number;
  fromId: number;
  toId: number;
  message: string | null;
  userId: number | null;
  now?: Date;
}

/**
 * Sends a request. Asking someone whose own request to you is pending accepts theirs: both
 * asked, so the pair meets with the "mutual" weight. Returns the new request's id and status.
 */
export async function sendRequest(db: Db, input: SendInput): Promise<{ id: number; status: RequestStatus }> {
  const now = input.now ?? new Date();
  if (input.fromId === input.toId)
    throw new RequestRuleError("self", "You cannot ask yourself for a meeting.");
  return writeTx(db, async (tx) => {
    await expireDue(tx, now, input.eventId);
    const { ev, from, to } = await loadPair(tx, input.eventId, input.fromId, input.toId);
    if (ev.status === "closed") throw new RequestRuleError("deadline_passed", "This event is closed.");
    if (deadlinePassed(ev.requestDeadline, now))
      throw new RequestRuleError("deadline_passed", "The deadline for meeting requests has passed.");
    refuseForbiddenPair(ev, from.kind, to.kind);
    const live = await tx
      .selectFrom("meetingRequests")
      .select(["id", "fromId", "status"])
      .where("eventId", "=", input.eventId)
      .where("status", "in", ["pending", "accepted"])
      .where((eb) =>
        eb.or([
          eb.and([eb("fromId", "=", input.fromId), eb("toId", "=", input.toId)]),
          eb.and([eb("fromId", "=", input.toId), eb("toId", "=", input.fromId)]),
        ]),
      )
      .execute();
    if (live.some((r) => r.fromId === input.fromId))
      throw new RequestRuleError("duplicate", "You have already asked this participant.");
    const theirs = live.find((r) => r.fromId === input.toId);
    if (theirs?.status === "pending") {
      await tx
        .updateTable("meetingRequests")
        .set({ status: "accepted", respondedAt: NOW, updatedAt: NOW })
        .where("id", "=", theirs.id)
        .execute();
    } else {
      const cap = from.kind === "buyer" ? ev.buyerMaxOpenRequests : ev.supplierMaxOpenRequests;
      if (cap !== null) {
        const open = await tx
          .selectFrom("meetingRequests")
          .select((eb) => eb.fn.countAll<number>().as("n"))
          .where("eventId", "=", input.eventId)
          .where("fromId", "=", input.fromId)
          .where("status", "=", "pending")
          .executeTakeFirstOrThrow();
        if (Number(open.n) >= cap)
          throw new RequestRuleError(
            "cap_reached",
            `You have ${cap} open requests, the most allowed; wait for answers or withdraw one.`,
            { cap },
          );
      }
    }
    // Asked back while their request is pending or already accepted: both sides asked.
    const status: RequestStatus = theirs ? "accepted" : "pending";
    const { id } = await tx
      .insertInto("meetingRequests")
      .values({
        eventId: input.eventId,
        fromId: input.fromId,
        toId: input.toId,
        message: input.message,
        status,
        createdBy: input.userId,
        respondedAt: theirs ? NOW : null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    if (theirs) await syncPairMeeting(tx, input.eventId, input.fromId, input.toId, input.userId);
    return { id, status };
  });
}

export interface RespondInput {
  requestId: number;
  /** The participant acting (the caller's organisation in the event). */
  participantId: number;
  action: "accept" | "decline" | "cancel";
  reason?: string | null;
  userId: number | null;
  now?: Date;
}

export async function respondToRequest(db: Db, input: RespondInput): Promise<RequestStatus> {
  const now = input.now ?? new Date();
  return writeTx(db, async (tx) => {
    const r0 = await tx
      .selectFrom("meetingRequests")
      .select(["eventId"])
      .where("id", "=", input.requestId)
      .executeTakeFirst();
    if (!r0) throw new RequestRuleError("not_yours", "No such request.");
    await expireDue(tx, now, r0.eventId);
    const r = await tx
      .selectFrom("meetingRequests")
      .selectAll()
      .where("id", "=", input.requestId)
      .executeTakeFirstOrThrow();
    const side =
      r.fromId === input.participantId ? "sender" : r.toId === input.participantId ? "recipient" : null;
    if (!side) throw new RequestRuleError("not_yours", "No such request.");
    if (input.action === "accept") await loadPair(tx, r.eventId, r.fromId, r.toId);
    let reason: string | null = null;
    // An accepted meeting is cancelled only with a reason the other party will read (issue 13).
    let cancelReason: string | null = null;
    if (input.action === "cancel" && r.status === "accepted") {
      cancelReason = input.reason?.trim().slice(0, 500) || null;
      if (!cancelReason) throw new RequestRuleError("bad_reason", "Say why you cancel the meeting.");
    }
    if (input.action === "decline") {
      if (!isDeclineReason(input.reason))
        throw new RequestRuleError("bad_reason", "Choose a reason for declining.");
      reason = input.reason;
    }
    const next = transition(r.status, input.action, side);
    await tx
      .updateTable("meetingRequests")
      .set({
        status: next,
        declineReason: reason,
        ...(cancelReason ? { cancelReason } : {}),
        respondedAt: side === "recipient" ? NOW : r.respondedAt,
        updatedAt: NOW,
      })
      .where("id", "=", r.id)
      .execute();
    if (r.status === "accepted" || next === "accepted")
      await syncPairMeeting(tx, r.eventId, r.fromId, r.toId, input.userId);
    return next;
  });
}

/** Requests a participant sent and received (both sides' names), with counters per status. */
export async function requestsOf(db: Db, eventId: number, participantId: number, now = new Date()) {
  await expireDue(db, now, eventId);
  const rows = await db
    .selectFrom("meetingRequests as r")
    .innerJoin("eventParticipants as pf", "pf.id", "r.fromId")
    .innerJoin("organisations as of", "of.id", "pf.orgId")
    .innerJoin("eventParticipants as pt", "pt.id", "r.toId")
    .innerJoin("organisations as ot", "ot.id", "pt.orgId")
    .select([
      "r.id",
      "r.fromId",
      "r.toId",
      "r.message",
      "r.status",
      "r.declineReason",
      "r.cancelReason",
      "r.createdAt",
      "r.respondedAt",
      "pf.kind as fromKind",
      "of.ref as fromRef",
      "of.nameVi as fromNameVi",
      "of.nameEn as fromNameEn",
      "pt.kind as toKind",
      "ot.ref as toRef",
      "ot.nameVi as toNameVi",
      "ot.nameEn as toNameEn",
    ])
    .where("r.eventId", "=", eventId)
    .where((eb) => eb.or([eb("r.fromId", "=", participantId), eb("r.toId", "=", participantId)]))
    .orderBy("r.createdAt", "desc")
    .orderBy("r.id", "desc")
    .execute();
  const sent = rows.filter((r) => r.fromId === participantId);
  const received = rows.filter((r) => r.toId === participantId);
  const count = (list: typeof rows) => {
    const c: Record<RequestStatus, number> = {
      pending: 0,
      accepted: 0,
      declined: 0,
      cancelled: 0,
      expired: 0,
    };
    for (const r of list) c[r.status]++;
    return c;
  };
  return { sent, received, counts: { sent: count(sent), received: count(received) } };
}

/** Request figures of a whole event (for the organiser's overview and report). */
export async function requestCounts(db: Db, eventId: number, now = new Date()) {
  await expireDue(db, now, eventId);
  const rows = await db
    .selectFrom("meetingRequests")
    .select(["status", (eb) => eb.fn.countAll<number>().as("n")])
    .where("eventId", "=", eventId)
    .groupBy("status")
    .execute();
  const c: Record<RequestStatus, number> = { pending: 0, accepted: 0, declined: 0, cancelled: 0, expired: 0 };
  for (const r of rows) c[r.status] = Number(r.n);
  return c;
}

/**
 * An organiser adds a meeting between two approved participants (hosted-buyer programmes):
 * weight 3 like a mutual request; the event's pairing rule still applies.
 */
export async function addOrganiserMeeting(
  db: Db,
  input: { eventId: number; aId: number; bId: number; note: string | null; userId: number | null },
): Promise<number> {
  if (input.aId === input.bId) throw new RequestRuleError("self", "Choose two different participants.");
  return writeTx(db, async (tx) => {
    const { ev, from, to } = await loadPair(tx, input.eventId, input.aId, input.bId);
    refuseForbiddenPair(ev, from.kind, to.kind);
    const [aId, bId] = input.aId < input.bId ? [input.aId, input.bId] : [input.bId, input.aId];
    const m = await tx
      .selectFrom("meetings")
      .select(["id"])
      .where("eventId", "=", input.eventId)
      .where("aId", "=", aId)
      .where("bId", "=", bId)
      .executeTakeFirst();
    let id: number;
    if (m) {
      await tx
        .updateTable("meetings")
        .set({ source: "organiser", weight: 3, status: "active", note: input.note, updatedAt: NOW })
        .where("id", "=", m.id)
        .execute();
      id = m.id;
    } else {
      id = (
        await tx
          .insertInto("meetings")
          .values({
            eventId: input.eventId,
            aId,
            bId,
            source: "organiser",
            weight: 3,
            note: input.note,
            createdBy: input.userId,
          })
          .returning("id")
          .executeTakeFirstOrThrow()
      ).id;
    }
    await bumpDraft(tx, input.eventId);
    return id;
  });
}
