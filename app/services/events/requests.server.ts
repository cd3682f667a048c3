import type { Db } from "../../../db/connection";
import {
  acceptedCountBetween,
  insertMeeting,
  insertMeetingRequest,
  liveRequestsBetween,
  markRequestAccepted,
  pairMeeting,
  pairRows,
  pendingSentCount,
  meetingRequestById,
  meetingRequestEventId,
  setMeetingRequestStatus,
  updateMeeting,
  expireDue,
} from "../../../db/queries/events-requests";
import { bumpDraft } from "../../../db/queries/events";
import { writeTx } from "../../../db/queries/events-tx";
import { cancelMeetings } from "../../../db/queries/meeting-parts";
import {
  deadlinePassed,
  isDeclineReason,
  mayMeet,
  requestWeight,
  RequestRuleError,
  transition,
  type ParticipantKind,
  type RequestStatus,
} from "~/modules/events/requests";

// Meeting requests between participants of an event, and the draft meeting each accepted pair
// becomes: the fair's rules (app/modules/events/requests.ts: who may meet whom, the state
// machine, deadlines, caps, weights) applied to rows read and written by
// db/queries/events-requests.ts. Every write runs in one BEGIN IMMEDIATE transaction (writeTx),
// so the cap and duplicate checks cannot be raced by a second tab.

/** Both participants of a pair, approved, with their event's rules; a RequestRuleError otherwise. */
async function loadPair(tx: Db, eventId: number, fromId: number, toId: number) {
  const { ev, people } = await pairRows(tx, eventId, [fromId, toId]);
  if (!ev) throw new RequestRuleError("not_approved", "No such event.");
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
  const n = await acceptedCountBetween(tx, eventId, aId, bId);
  const m = await pairMeeting(tx, eventId, aId, bId);
  if (n > 0) {
    if (!m)
      await insertMeeting(tx, {
        eventId,
        aId,
        bId,
        source: "request",
        weight: requestWeight(n),
        createdBy: userId,
      });
    else if (m.source === "organiser") {
      if (m.status !== "active") await updateMeeting(tx, m.id, { status: "active" });
    } else await updateMeeting(tx, m.id, { source: "request", weight: requestWeight(n), status: "active" });
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
    const live = await liveRequestsBetween(tx, input.eventId, input.fromId, input.toId);
    if (live.some((r) => r.fromId === input.fromId))
      throw new RequestRuleError("duplicate", "You have already asked this participant.");
    const theirs = live.find((r) => r.fromId === input.toId);
    if (theirs?.status === "pending") {
      await markRequestAccepted(tx, theirs.id);
    } else {
      const cap = from.kind === "buyer" ? ev.buyerMaxOpenRequests : ev.supplierMaxOpenRequests;
      if (cap !== null && (await pendingSentCount(tx, input.eventId, input.fromId)) >= cap)
        throw new RequestRuleError(
          "cap_reached",
          `You have ${cap} open requests, the most allowed; wait for answers or withdraw one.`,
          { cap },
        );
    }
    // Asked back while their request is pending or already accepted: both sides asked.
    const status: RequestStatus = theirs ? "accepted" : "pending";
    const id = await insertMeetingRequest(tx, {
      eventId: input.eventId,
      fromId: input.fromId,
      toId: input.toId,
      message: input.message,
      status,
      createdBy: input.userId,
      answered: !!theirs,
    });
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
    const eventId = await meetingRequestEventId(tx, input.requestId);
    if (eventId === undefined) throw new RequestRuleError("not_yours", "No such request.");
    await expireDue(tx, now, eventId);
    const r = await meetingRequestById(tx, input.requestId);
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
    await setMeetingRequestStatus(tx, r.id, {
      status: next,
      declineReason: reason,
      cancelReason,
      answered: side === "recipient",
    });
    if (r.status === "accepted" || next === "accepted")
      await syncPairMeeting(tx, r.eventId, r.fromId, r.toId, input.userId);
    return next;
  });
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
    const m = await pairMeeting(tx, input.eventId, aId, bId);
    let id: number;
    if (m) {
      await updateMeeting(tx, m.id, { source: "organiser", weight: 3, status: "active", note: input.note });
      id = m.id;
    } else
      id = await insertMeeting(tx, {
        eventId: input.eventId,
        aId,
        bId,
        source: "organiser",
        weight: 3,
        note: input.note,
        createdBy: input.userId,
      });
    await bumpDraft(tx, input.eventId);
    return id;
  });
}
