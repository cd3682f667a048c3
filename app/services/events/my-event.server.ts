import { z } from "zod";
import type { Actor } from "~/modules/auth/permissions";
import { DECLINE_REASONS, mayMeet } from "~/modules/events";
import { RequestRuleError } from "~/modules/events/requests";
import { displayName, formatDate, translator, type Locale } from "~/modules/i18n";
import { getDb } from "~/utils/services.server";
import { actOnMeetingRequest, meetingRefusal } from "~/services/engagement.server";
import { getEvent, listParticipants, requestsOf, suggestionsFor } from "~/services/events.server";

// A participant's meeting requests at one event (/my/events/:id): the page's view model and its
// four intents (send, accept, decline, cancel), so the route only parses, authorises and renders.

const LISTED = 50;

type Participation = { id: number; orgId: number; ref: string; kind: "buyer" | "supplier" };

export type MyEventPage = Awaited<ReturnType<typeof myEventPage>>;
export type MyRequestRow = MyEventPage["sent"][number];

/** The page of approved participant `p`; `q` filters the list of others (lower case). */
export async function myEventPage(eventId: number, p: Participation, q: string, locale: Locale) {
  const db = getDb();
  const ev = (await getEvent(db, eventId))!;
  const reqs = await requestsOf(db, eventId, p.id);
  const live = new Set(
    [...reqs.sent, ...reqs.received]
      .filter((r) => r.status === "pending" || r.status === "accepted")
      .map((r) => (r.fromId === p.id ? r.toId : r.fromId)),
  );
  const rule = {
    allowBuyerBuyer: ev.allowBuyerBuyer === 1,
    allowSupplierSupplier: ev.allowSupplierSupplier === 1,
  };
  const others = (await listParticipants(db, eventId, { status: "approved" })).filter(
    (o) => o.id !== p.id && mayMeet(rule, p.kind, o.kind) && !live.has(o.id),
  );
  const matching = q
    ? others.filter((o) => `${o.ref} ${o.nameVi ?? ""} ${o.nameEn ?? ""}`.toLowerCase().includes(q))
    : others;
  const suggestions = await suggestionsFor(eventId, { id: p.id, orgId: p.orgId, kind: p.kind }, locale, {
    limit: 6,
    exclude: live,
  });
  const deadlinePassed = ev.requestDeadline !== null && ev.requestDeadline <= new Date().toISOString();
  const name = (vi: string | null, en: string | null) => displayName({ nameVi: vi, nameEn: en }, locale);
  const row = (r: (typeof reqs.sent)[number]) => ({
    id: r.id,
    status: r.status,
    message: r.message,
    declineReason: r.declineReason,
    cancelReason: r.cancelReason,
    at: formatDate(r.createdAt, locale),
    otherRef: r.fromId === p.id ? r.toRef : r.fromRef,
    otherKind: r.fromId === p.id ? r.toKind : r.fromKind,
    otherName: r.fromId === p.id ? name(r.toNameVi, r.toNameEn) : name(r.fromNameVi, r.fromNameEn),
    canMessage: (r.fromId === p.id ? r.toKind : r.fromKind) !== p.kind,
  });
  return {
    ev: { id: ev.id, name: name(ev.nameVi, ev.nameEn) },
    me: { ref: p.ref, kind: p.kind },
    deadlinePassed,
    sent: reqs.sent.map(row),
    received: reqs.received.map(row),
    counts: reqs.counts,
    suggestions,
    q,
    others: matching
      .slice(0, LISTED)
      .map((o) => ({ id: o.id, ref: o.ref, kind: o.kind, name: name(o.nameVi, o.nameEn) })),
    othersTotal: matching.length,
  };
}

export const meetingRequestIntent = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("send"),
    toId: z.coerce.number().int().positive(),
    message: z.string().trim().max(500).optional(),
  }),
  z.object({ intent: z.literal("accept"), requestId: z.coerce.number().int().positive() }),
  z.object({
    intent: z.literal("decline"),
    requestId: z.coerce.number().int().positive(),
    reason: z.enum(DECLINE_REASONS),
  }),
  z.object({
    intent: z.literal("cancel"),
    requestId: z.coerce.number().int().positive(),
    // Required for an accepted meeting (checked where the request's state is known).
    reason: z.string().trim().max(500).optional(),
  }),
]);
export type MeetingRequestIntent = z.output<typeof meetingRequestIntent>;

/**
 * Sends or answers a meeting request for participant `p`: the fair's rules, the audit entry and
 * the other side's notification happen in actOnMeetingRequest. Returns the toast to show.
 */
export async function runMeetingRequestIntent(
  actor: Actor & { orgId: number },
  p: { id: number; eventId: number },
  v: MeetingRequestIntent,
  locale: Locale,
): Promise<{ kind: "success" | "error"; message: string }> {
  const t = translator(locale);
  try {
    const status = await actOnMeetingRequest(
      actor,
      { id: p.id, eventId: p.eventId, orgId: actor.orgId },
      v.intent === "send" ? { intent: "send", toId: v.toId, message: v.message || null } : v,
    );
    if (v.intent === "send")
      return { kind: "success", message: t(status === "accepted" ? "fair.my.sentMutual" : "fair.my.sent") };
    return { kind: "success", message: t(`fair.my.done.${status}`) };
  } catch (e) {
    // Said in the reader's language: cancelling an accepted meeting without a reason.
    if (e instanceof RequestRuleError && e.code === "bad_reason" && v.intent === "cancel")
      return { kind: "error", message: t("fair.my.cancelReasonNeeded") };
    const msg = meetingRefusal(e, t);
    if (msg === null) throw e;
    return { kind: "error", message: msg };
  }
}
