// Meeting requests between participants of an event: who may ask whom, and the state machine.
//
//   pending ──accept (recipient)──▶ accepted ──cancel (either side)──▶ cancelled
//      │ ──decline (recipient, reason)──▶ declined
//      │ ──cancel (sender)──▶ cancelled
//      └──(request deadline passes)──▶ expired
//
// declined, cancelled and expired are final; the pair may ask again with a new request.
// Expiry is applied lazily (on every read of an event's requests) and by a sweep, so a pending
// request never holds a cap place or blocks anyone past the deadline.

export type RequestStatus = "pending" | "accepted" | "declined" | "cancelled" | "expired";
export type ParticipantKind = "buyer" | "supplier";

export const DECLINE_REASONS = [
  "not_relevant",
  "no_capacity",
  "already_in_contact",
  "schedule_full",
  "other",
] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];
export const isDeclineReason = (x: unknown): x is DeclineReason =>
  (DECLINE_REASONS as readonly unknown[]).includes(x);

export const OPEN_STATUSES: readonly RequestStatus[] = ["pending"];
export const FINAL_STATUSES: readonly RequestStatus[] = ["declined", "cancelled", "expired"];

export type RequestAction = "accept" | "decline" | "cancel" | "expire";
export type Side = "sender" | "recipient" | "system";

export class RequestRuleError extends Error {
  constructor(
    readonly code:
      | "not_allowed_pair"
      | "not_approved"
      | "self"
      | "deadline_passed"
      | "cap_reached"
      | "rate_limited"
      | "duplicate"
      | "bad_transition"
      | "bad_reason"
      | "not_yours",
    message: string,
    /** Values for the reader's-language message (engage.meeting.rule.CODE). */
    readonly params: Record<string, string | number> = {},
  ) {
    super(message);
    this.name = "RequestRuleError";
  }
}

export interface PairRule {
  allowBuyerBuyer: boolean;
  allowSupplierSupplier: boolean;
}

/** Buyer↔supplier always; same-kind pairs only where the event allows them. */
export function mayMeet(rule: PairRule, a: ParticipantKind, b: ParticipantKind): boolean {
  if (a !== b) return true;
  return a === "buyer" ? rule.allowBuyerBuyer : rule.allowSupplierSupplier;
}

/** The status after `action` by `side`, or a RequestRuleError saying why not. */
export function transition(status: RequestStatus, action: RequestAction, side: Side): RequestStatus {
  const bad = (why: string) =>
    new RequestRuleError("bad_transition", `A ${status} request cannot be ${why}.`);
  switch (action) {
    case "accept":
      if (status !== "pending") throw bad("accepted");
      if (side !== "recipient")
        throw new RequestRuleError("not_yours", "Only the participant asked can accept a request.");
      return "accepted";
    case "decline":
      if (status !== "pending") throw bad("declined");
      if (side !== "recipient")
        throw new RequestRuleError("not_yours", "Only the participant asked can decline a request.");
      return "declined";
    case "cancel":
      if (status === "pending") {
        if (side !== "sender")
          throw new RequestRuleError(
            "not_yours",
            "Only the sender can withdraw a pending request; decline it instead.",
          );
        return "cancelled";
      }
      if (status === "accepted") {
        if (side === "system") throw bad("cancelled by the system");
        return "cancelled";
      }
      throw bad("cancelled");
    case "expire":
      if (status !== "pending") throw bad("expired");
      return "expired";
  }
}

/** True once the deadline (UTC instant) has passed at `now`. No deadline = never. */
export function deadlinePassed(deadline: string | null, now: Date): boolean {
  return deadline !== null && Date.parse(deadline) <= now.getTime();
}

/** Pair weight for the scheduler: 3 when both sides asked (both requests accepted), else 2. */
export function requestWeight(acceptedDirections: number): 2 | 3 {
  return acceptedDirections >= 2 ? 3 : 2;
}
