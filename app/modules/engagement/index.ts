import { z } from "zod";
import { fieldMessage } from "../i18n/field-message";

// Engagement rules (issue 14, docs/decisions/200-engagement.md). Pure: the service brings what
// the database says.

/** Per account, counted from the database over the last hour / day (a script's brake, not a person's). */
export const MESSAGE_LIMITS = { perHour: 30, newThreadsPerDay: 10, maxLength: 4000 } as const;

// The two typed fields of the engagement forms, with their messages as keys (field-message.ts):
// the page answers a failure with a toast that names what is wrong (decision 702).
/** A message's text, for a new conversation and a reply. */
export const messageBody = z
  .string()
  .trim()
  .min(1, "engage.message.empty")
  .max(MESSAGE_LIMITS.maxLength, fieldMessage("engage.message.tooLong", { max: MESSAGE_LIMITS.maxLength }));

/** A shortlist's name (created on its own or with a firm added to it). */
export const shortlistName = z
  .string()
  .trim()
  .min(1, "engage.shortlist.nameEmpty")
  .max(80, fieldMessage("engage.shortlist.nameTooLong", { max: 80 }));

/**
 * Meeting requests one account may send in 24 hours, at all fairs together (decision 390): a
 * request is one click from every profile and match, so a script could otherwise ask every
 * participant; a fair's own cap on open requests still applies on top.
 */
export const MEETING_REQUEST_LIMITS = { perDay: 40 } as const;

export const NOTIFICATION_KINDS = [
  "meeting_request",
  "meeting_accepted",
  "meeting_declined",
  "meeting_cancelled",
  "schedule_changed",
  "interest",
  "message",
  // Support schemes (app/services/scheme-lifecycle.server.ts): a question to the firm, its answer.
  "scheme_info_request",
  "scheme_info_answer",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export type MessageDenial = "notMember" | "unverifiedEmail" | "unapprovedOrg" | "wrongSide";

/**
 * Who may write in a thread: a member of an active organisation the organisers approved, with
 * a confirmed email — so nobody unverified can reach a firm, nor read what it answers.
 */
export function mayMessage(sender: {
  emailVerifiedAt: string | null;
  org: { kind: string; verifiedAt: string | null; status: string } | null;
}): MessageDenial | null {
  if (!sender.org || (sender.org.kind !== "buyer" && sender.org.kind !== "supplier")) return "notMember";
  if (!sender.emailVerifiedAt) return "unverifiedEmail";
  if (!sender.org.verifiedAt || sender.org.status !== "active") return "unapprovedOrg";
  return null;
}

/** Which limit a new message would break, if any. */
export function messageLimit(
  sent: { messages: number; threads: number },
  startsThread: boolean,
): "perHour" | "newThreadsPerDay" | null {
  if (sent.messages >= MESSAGE_LIMITS.perHour) return "perHour";
  if (startsThread && sent.threads >= MESSAGE_LIMITS.newThreadsPerDay) return "newThreadsPerDay";
  return null;
}
