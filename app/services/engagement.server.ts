import type { Db } from "../../db/connection";
import { getDb } from "~/utils/services.server";
import type { Actor } from "~/services/auth.server";
import { mayMeet, RequestRuleError } from "~/modules/events";
import {
  mayMessage,
  MEETING_REQUEST_LIMITS,
  messageLimit,
  MESSAGE_LIMITS,
  type MessageDenial,
  type NotificationKind,
} from "~/modules/engagement";
import { todayInHanoi } from "~/modules/clock";
import { displayName, type translator } from "~/modules/i18n";
import { addDays } from "~/modules/mail";
import { auditAction } from "~/services/audit.server";
import { contactViewer } from "../../db/queries/contact-access";
import { respondToRequest, sendRequest } from "./events/requests.server";
import { latestMeetingsOfEvent, publishedParticipations } from "../../db/queries/agenda";
import { expiringCertificates } from "../../db/queries/mail-notices";
import * as q from "../../db/queries/engagement";
import * as m from "../../db/queries/messages";
import { writeTx } from "../../db/queries/events-tx";
import { fairError } from "./events.server";
import { queueMeetingCancelledNotice, queueMeetingRequestNotice, queueMessageNotice } from "./mail.server";
import { kickMailWorker } from "./mail-worker.server";
import { resubmitSince } from "~/modules/resubmit";

// Engagement (issue 14, docs/engagement.md): the next step where the user is — meeting
// requests from profiles, matches and opportunities, notifications, shortlists, interest in a
// request and message threads. The only door from those routes to the database.

type Translator = ReturnType<typeof translator>;
type Names = { vi: string | null; en: string | null };
const names = (o: { nameVi: string | null; nameEn: string | null }): Names => ({
  vi: o.nameVi,
  en: o.nameEn,
});

/** Tells every active member of the organisations. */
export async function notifyOrgs(
  orgIds: number[],
  kind: NotificationKind,
  params: Record<string, unknown>,
  link: string,
  db: Db = getDb(),
) {
  await q.insertNotifications(db, await q.memberIds(db, orgIds), { kind, params, link });
}

// ---- meeting requests -------------------------------------------------------------------

export type MeetingIntent =
  | { intent: "send"; toId: number; message: string | null }
  | { intent: "accept" | "decline" | "cancel"; requestId: number; reason?: string | null };

/**
 * A participant sends or answers a meeting request (the fair's rules are in
 * app/services/events/requests.server.ts); the audit entry is written and the other side is told.
 * Throws RequestRuleError when a rule is broken. Returns the request's new status.
 */
export async function actOnMeetingRequest(
  actor: Actor,
  p: { id: number; eventId: number; orgId: number },
  v: MeetingIntent,
  db: Db = getDb(),
) {
  let requestId: number;
  let status: string;
  if (v.intent === "send") {
    // Counted from the database, per account, at every fair (decision 390).
    const since = new Date(Date.now() - 86_400_000).toISOString();
    if (
      actor.userId !== null &&
      (await q.meetingRequestsSentSince(db, actor.userId, since)) >= MEETING_REQUEST_LIMITS.perDay
    )
      throw new RequestRuleError("rate_limited", "Too many meeting requests in 24 hours.");
    const r = await sendRequest(db, {
      eventId: p.eventId,
      fromId: p.id,
      toId: v.toId,
      message: v.message,
      userId: actor.userId,
    });
    requestId = r.id;
    status = r.status;
  } else {
    requestId = v.requestId;
    status = await respondToRequest(db, {
      requestId: v.requestId,
      participantId: p.id,
      action: v.intent,
      reason: v.intent === "decline" || v.intent === "cancel" ? (v.reason ?? null) : null,
      userId: actor.userId,
    });
  }
  await auditAction(db, actor, `meeting_request_${v.intent}`, "meeting_request", requestId);
  const sides = await q.meetingRequestSides(db, requestId);
  if (sides) {
    const other = sides.fromOrgId === p.orgId ? sides.toOrgId : sides.fromOrgId;
    const me = await q.orgById(db, p.orgId);
    const kind: NotificationKind =
      v.intent === "send"
        ? status === "accepted"
          ? "meeting_accepted"
          : "meeting_request"
        : v.intent === "accept"
          ? "meeting_accepted"
          : v.intent === "decline"
            ? "meeting_declined"
            : "meeting_cancelled";
    const event = { vi: sides.eventVi, en: sides.eventEn };
    const link = `/my/events/${sides.eventId}`;
    // A cancelled meeting that had been accepted carries the reason the other side must read;
    // a declined request its reason code (the reader's language names it, decision 390).
    const reason = v.intent === "cancel" ? (sides.cancelReason ?? null) : null;
    const declineReason = v.intent === "decline" ? (v.reason ?? null) : null;
    await notifyOrgs(
      [other],
      kind,
      {
        name: me ? names(me) : null,
        event,
        ...(reason ? { reason } : {}),
        ...(declineReason ? { declineReason } : {}),
      },
      link,
      db,
    );
    // A new request waiting for an answer is mailed too (to whoever kept such mail on).
    if (
      kind === "meeting_request" &&
      (await queueMeetingRequestNotice(db, {
        toOrgId: other,
        requestId,
        from: me ? names(me) : { vi: null, en: null },
        event,
        link,
      }))
    )
      kickMailWorker();
    if (reason) {
      await queueMeetingCancelledNotice(db, {
        toOrgId: other,
        requestId,
        from: me ? names(me) : { vi: null, en: null },
        event,
        reason,
        link,
      });
      kickMailWorker();
    }
  }
  return status;
}

export interface MeetingChoice {
  eventId: number;
  name: Names;
  toId: number;
  asked: boolean;
}

/**
 * What a refused meeting request says to the user, in the reader's language: one message per
 * rule (the domain's English message is for logs and the API); null for a real failure (to
 * rethrow).
 */
export function meetingRefusal(e: unknown, t: Translator) {
  if (e instanceof RequestRuleError && e.code === "rate_limited")
    return t("engage.meeting.tooMany", { n: MEETING_REQUEST_LIMITS.perDay });
  if (e instanceof RequestRuleError) return t(`engage.meeting.rule.${e.code}`, e.params);
  return fairError(e);
}

/** The open fairs where the caller may ask `otherOrgId` for a meeting (empty when none). */
export async function meetingChoices(actorOrgId: number | null, otherOrgId: number, db: Db = getDb()) {
  if (actorOrgId === null || actorOrgId === otherOrgId) return [];
  const rows = await q.sharedOpenEvents(db, actorOrgId, otherOrgId, new Date().toISOString());
  return rows
    .filter((r) =>
      mayMeet(
        { allowBuyerBuyer: r.allowBuyerBuyer === 1, allowSupplierSupplier: r.allowSupplierSupplier === 1 },
        r.myKind,
        r.theirKind,
      ),
    )
    .map((r): MeetingChoice => ({
      eventId: r.eventId,
      name: { vi: r.nameVi, en: r.nameEn },
      toId: r.theirId,
      asked: !!r.asked,
    }));
}

/** A meeting request sent from a profile, a match or an opportunity: by organisation, not participant. */
export async function requestMeetingWith(
  actor: Actor & { orgId: number },
  eventId: number,
  otherRef: string,
  message: string | null,
  db: Db = getDb(),
) {
  const other = await q.orgByRef(db, otherRef);
  const choice =
    other && (await meetingChoices(actor.orgId, other.id, db)).find((c) => c.eventId === eventId);
  if (!choice) throw new RequestRuleError("not_approved", "No such participant at this event.");
  const mine = await q.sharedOpenEvents(db, actor.orgId, other.id, new Date().toISOString());
  const myId = mine.find((r) => r.eventId === eventId)!.myId;
  return actOnMeetingRequest(
    actor,
    { id: myId, eventId, orgId: actor.orgId },
    { intent: "send", toId: choice.toId, message },
    db,
  );
}

/** In-app notices for a published or changed schedule (mails go through the outbox separately). */
export async function notifyScheduleInApp(eventId: number, kind: "schedule_published" | "schedule_changed") {
  const db = getDb();
  const ev = await db
    .selectFrom("events")
    .where("id", "=", eventId)
    .select(["nameVi", "nameEn"])
    .executeTakeFirst();
  if (!ev) return;
  await notifyOrgs(
    await q.approvedOrgIds(db, eventId),
    "schedule_changed",
    { event: names(ev), first: kind === "schedule_published" },
    `/my/agenda?event=${eventId}`,
    db,
  );
}

// ---- notifications and the dashboard -------------------------------------------------------

export async function myNotifications(userId: number, limit = 100) {
  const rows = await q.listNotifications(getDb(), userId, limit);
  return rows.map((r) => ({ ...r, params: JSON.parse(r.params) as Record<string, unknown> }));
}

export function unreadCount(userId: number) {
  return q.unreadNotifications(getDb(), userId);
}

export function markRead(userId: number, id?: number) {
  return q.markNotificationsRead(getDb(), userId, id);
}

/** The user's own choice of mail about meeting requests and messages (decision 390). */
export const mailPreference = {
  get: (userId: number) => q.engagementMail(getDb(), userId),
  set: (userId: number, on: boolean) => q.setEngagementMail(getDb(), userId, on),
};

/** "What needs you now" on /my: counts, each with where to act on it. */
export async function needsNow(actor: Actor, now = new Date()) {
  const db = getDb();
  const orgId = actor.orgId;
  const today = todayInHanoi(now);
  let meetingsToday = 0;
  let pending = 0;
  let expiring = 0;
  let opportunities = 0;
  let unread = 0;
  if (orgId !== null) {
    pending = await q.pendingToAnswer(db, orgId);
    for (const p of await publishedParticipations(db, orgId))
      meetingsToday += (await latestMeetingsOfEvent(db, p.eventId, p.participantId)).filter(
        (r) => todayInHanoi(new Date(r.startsAt)) === today,
      ).length;
    unread = await m.unreadMessages(db, orgId);
    if (actor.role === "supplier") {
      expiring = (await expiringCertificates(db, today, addDays(today, 60))).filter(
        (c) => c.orgId === orgId,
      ).length;
      opportunities = await q.openRequestsSince(db, new Date(now.getTime() - 7 * 86_400_000).toISOString());
    }
  }
  const notifications = actor.userId === null ? 0 : await q.unreadNotifications(db, actor.userId);
  return { pending, meetingsToday, expiring, opportunities, unread, notifications };
}

// ---- shortlists -------------------------------------------------------------------------

export const shortlists = {
  list: (orgId: number) => q.shortlistsOf(getDb(), orgId),
  get: (orgId: number, id: number) => q.shortlistOf(getDb(), orgId, id),
  items: (orgId: number, id: number) => q.shortlistItems(getDb(), orgId, id),
  holding: (orgId: number, supplierOrgId: number) => q.shortlistsHolding(getDb(), orgId, supplierOrgId),
  create: (orgId: number, name: string, userId: number | null) =>
    q.createShortlist(getDb(), orgId, name, userId),
  remove: (orgId: number, id: number) => q.deleteShortlist(getDb(), orgId, id),
  /** Adds a supplier by ref to one of the organisation's lists (or to a new list by name). */
  async add(orgId: number, supplierRef: string, list: { id?: number; name?: string }, userId: number | null) {
    const db = getDb();
    const s = await q.orgByRef(db, supplierRef);
    if (!s || s.kind !== "supplier" || s.status !== "active") return null;
    const id = list.id ?? (list.name ? await q.createShortlist(db, orgId, list.name, userId) : undefined);
    const sl = id === undefined ? undefined : await q.shortlistOf(db, orgId, id);
    if (!sl) return null;
    await q.addToShortlist(db, sl.id, s.id, userId);
    return { list: sl, supplier: s };
  },
  async drop(orgId: number, id: number, supplierRef: string) {
    const db = getDb();
    const sl = await q.shortlistOf(db, orgId, id);
    const s = await q.orgByRef(db, supplierRef);
    if (sl && s) await q.removeFromShortlist(db, sl.id, s.id);
  },
};

/** A buyer's shortlists, each saying whether it holds the supplier (what ShortlistForm shows). */
export type ShortlistChoice = { id: number; name: string; has: boolean };

/**
 * For a page of results (search, ranked matches): the buyer's shortlists as each card offers
 * them, by supplier ref; null for anyone but a buyer (nobody else has shortlists).
 */
export async function shortlistsForCards(
  actor: Actor | null,
  refs: string[],
): Promise<Record<string, ShortlistChoice[]> | null> {
  if (!actor || actor.orgId === null || actor.role !== "buyer") return null;
  const db = getDb();
  const [lists, held] = await Promise.all([
    q.shortlistsOf(db, actor.orgId),
    q.shortlistsHoldingRefs(db, actor.orgId, refs),
  ]);
  const holding = new Set(held.map((h) => `${h.ref}\u0000${h.shortlistId}`));
  return Object.fromEntries(
    refs.map((ref) => [
      ref,
      lists.map((l) => ({ id: l.id, name: l.name, has: holding.has(`${ref}\u0000${l.id}`) })),
    ]),
  );
}

// ---- interest in a sourcing request --------------------------------------------------------

export async function expressInterest(
  actor: Actor & { orgId: number },
  request: { id: number; ref: string; buyerOrgId: number; title: Names },
  note: string | null,
) {
  const db = getDb();
  const added = await q.addInterest(db, request.id, actor.orgId, note, actor.userId);
  if (added) {
    const me = await q.orgById(db, actor.orgId);
    await notifyOrgs(
      [request.buyerOrgId],
      "interest",
      { name: me ? names(me) : null, request: request.title },
      `/my/requests/${request.ref}`,
      db,
    );
    await auditAction(db, actor, "request_interest", "sourcing_request", request.ref);
  }
  return added;
}

export const interests = {
  of: (requestId: number) => q.interestsIn(getDb(), requestId),
  has: (requestId: number, orgId: number) => q.hasInterest(getDb(), requestId, orgId),
};

// ---- messages -----------------------------------------------------------------------------

export class MessageError extends Error {
  constructor(public code: MessageDenial | "perHour" | "newThreadsPerDay" | "noSuchFirm" | "empty") {
    super(code);
  }
}

async function checkSender(db: Db, actor: Actor & { orgId: number }, startsThread: boolean) {
  const viewer = await contactViewer(db, actor);
  const denied = mayMessage(viewer);
  if (denied) throw new MessageError(denied);
  const since = (ms: number) => new Date(Date.now() - ms).toISOString();
  const hour = await m.sentSince(db, actor.userId ?? -1, since(3_600_000));
  const day = startsThread ? await m.sentSince(db, actor.userId ?? -1, since(86_400_000)) : hour;
  const limit = messageLimit({ messages: hour.messages, threads: day.threads }, startsThread);
  if (limit) throw new MessageError(limit);
}

async function deliver(db: Db, threadId: number, fromOrgId: number, toOrgId: number, subject: string) {
  const from = await q.orgById(db, fromOrgId);
  const link = `/my/messages/${threadId}`;
  await notifyOrgs([toOrgId], "message", { name: from ? names(from) : null, subject }, link, db);
  if (
    await queueMessageNotice(db, {
      toOrgId,
      threadId,
      from: from ? names(from) : { vi: null, en: null },
      subject,
      link,
    })
  )
    kickMailWorker();
}

/** The meeting request when `a` and `b` are its two organisations, with the thread's subject. */
async function meetingBetween(db: Db, id: number, a: number, b: number) {
  const sides = await q.meetingRequestSides(db, id);
  if (!sides) return null;
  const pair = [sides.fromOrgId, sides.toOrgId].sort().join();
  if (pair !== [a, b].sort().join()) return null;
  // Stored once for both sides: the fair's name as a proper name, English first (the
  // language buyers and suppliers share), never a code.
  return { id, subject: displayName({ nameVi: sides.eventVi, nameEn: sides.eventEn }, "en").slice(0, 200) };
}

/**
 * A "message" link on a meeting request's row: the thread the caller's organisation already has
 * with `otherRef` about that meeting request (to open it), or null (to start one). Undefined when
 * the caller's organisation is not one of the request's two sides.
 */
export async function meetingThread(orgId: number, otherRef: string, meetingRequestId: number) {
  const db = getDb();
  const [me, other] = await Promise.all([q.orgById(db, orgId), q.orgByRef(db, otherRef)]);
  if (!me || !other || me.kind === other.kind) return undefined;
  const meeting = await meetingBetween(db, meetingRequestId, me.id, other.id);
  if (!meeting) return undefined;
  const [buyer, supplier] = me.kind === "buyer" ? [me, other] : [other, me];
  const th = await m.threadOfPair(db, buyer.id, supplier.id, null, meeting.id);
  return { threadId: th?.id ?? null, subject: meeting.subject };
}

/**
 * Starts (or continues) the thread between the caller's organisation and `otherRef`, about a
 * sourcing request when `requestRef` is given. A thread is always buyer ↔ supplier.
 */

export async function startThread(
  actor: Actor & { orgId: number },
  input: { otherRef: string; requestRef?: string | null; meetingRequestId?: number | null; body: string },
): Promise<number> {
  const db = getDb();
  const me = await q.orgById(db, actor.orgId);
  const other = await q.orgByRef(db, input.otherRef);
  if (
    !me ||
    !other ||
    other.status !== "active" ||
    me.kind === other.kind ||
    !["buyer", "supplier"].includes(other.kind) ||
    !["buyer", "supplier"].includes(me.kind)
  )
    throw new MessageError("noSuchFirm");
  const body = input.body.trim();
  if (!body) throw new MessageError("empty");
  const buyer = me.kind === "buyer" ? me : other;
  const supplier = me.kind === "supplier" ? me : other;
  const req = input.requestRef
    ? await db
        .selectFrom("sourcingRequests")
        .where("ref", "=", input.requestRef)
        .where("buyerOrgId", "=", buyer.id)
        .select(["id", "ref", "titleVi", "titleEn"])
        .executeTakeFirst()
    : undefined;
  // A thread about a meeting request only between the request's two organisations.
  const meeting = input.meetingRequestId
    ? await meetingBetween(db, input.meetingRequestId, me.id, other.id)
    : null;
  if (input.meetingRequestId && !meeting) throw new MessageError("noSuchFirm");
  const existing = await m.threadOfPair(db, buyer.id, supplier.id, req?.id ?? null, meeting?.id ?? null);
  await checkSender(db, actor, !existing);
  const subject = req
    ? `${req.ref} — ${req.titleVi ?? req.titleEn ?? ""}`.slice(0, 200)
    : meeting
      ? meeting.subject
      : `${buyer.ref} ↔ ${supplier.ref}`;
  // Found or made, and the message added, under the write lock: two copies of the form sent at
  // once make one thread with one message.
  const { threadId, repeated } = await writeTx(db, async (tx) => {
    const id = await m.findOrCreateThread(tx, {
      buyerOrgId: buyer.id,
      supplierOrgId: supplier.id,
      requestId: req?.id ?? null,
      meetingRequestId: meeting?.id ?? null,
      subject,
      userId: actor.userId,
    });
    const message = {
      threadId: id,
      senderOrgId: me.id,
      senderUserId: actor.userId,
      body: body.slice(0, MESSAGE_LIMITS.maxLength),
    };
    return {
      threadId: id,
      repeated: (await m.addMessageOnce(tx, message, resubmitSince(new Date()))).repeated,
    };
  });
  if (!repeated) await deliver(db, threadId, me.id, other.id, subject);
  return threadId;
}

/** The thread and its messages for one of its two organisations (undefined for anyone else); marks it read. */
export async function openThread(orgId: number, threadId: number) {
  const db = getDb();
  const thread = await m.threadFor(db, threadId, orgId);
  if (!thread) return undefined;
  const messages = await m.messagesOf(db, threadId);
  if (messages.length) await m.markThreadRead(db, threadId, orgId, messages[messages.length - 1].id);
  return { thread, messages };
}

export async function reply(actor: Actor & { orgId: number }, threadId: number, body: string) {
  const db = getDb();
  const thread = await m.threadFor(db, threadId, actor.orgId);
  if (!thread) return false;
  const text = body.trim();
  if (!text) throw new MessageError("empty");
  await checkSender(db, actor, false);
  const message = {
    threadId,
    senderOrgId: actor.orgId,
    senderUserId: actor.userId,
    body: text.slice(0, MESSAGE_LIMITS.maxLength),
  };
  const sent = await writeTx(db, (tx) => m.addMessageOnce(tx, message, resubmitSince(new Date())));
  const other = thread.buyerOrgId === actor.orgId ? thread.supplierOrgId : thread.buyerOrgId;
  if (!sent.repeated) await deliver(db, threadId, actor.orgId, other, thread.subject);
  return true;
}

export async function report(actor: Actor & { orgId: number }, threadId: number, reason: string) {
  const db = getDb();
  const thread = await m.threadFor(db, threadId, actor.orgId);
  if (!thread || actor.userId === null) return false;
  await m.reportThread(db, threadId, actor.userId, reason);
  await auditAction(db, actor, "thread_report", "message_thread", threadId);
  return true;
}

export const myThreads = (orgId: number) => m.threadsOf(getDb(), orgId);
export const unreadMessages = (orgId: number) => m.unreadMessages(getDb(), orgId);

/** For organisers: reported threads only. */
export const moderation = {
  list: () => m.reportedThreads(getDb()),
  async open(threadId: number) {
    const db = getDb();
    const thread = await m.reportedThread(db, threadId);
    return thread && { thread, messages: await m.messagesOf(db, threadId) };
  },
};

// ---- what a page offers next to a firm ----------------------------------------------------

/**
 * The next steps the caller can take about a firm, for the profile, matches and opportunity
 * pages: the open fairs where a meeting can be asked for, the buyer's shortlists (and which
 * hold the firm), and whether the caller may write to it (null) or why not.
 */
export async function nextSteps(actor: Actor | null, otherOrgId: number) {
  if (!actor || actor.orgId === null || actor.orgId === otherOrgId)
    return {
      meetings: [] as MeetingChoice[],
      shortlists: null,
      message: null as MessageDenial | "login" | null,
      signedIn: !!actor,
    };
  const db = getDb();
  const meetings = await meetingChoices(actor.orgId, otherOrgId, db);
  const other = await q.orgById(db, otherOrgId);
  let lists: ShortlistChoice[] | null = null;
  if (actor.role === "buyer" && other?.kind === "supplier") {
    const holding = await q.shortlistsHolding(db, actor.orgId, otherOrgId);
    lists = (await q.shortlistsOf(db, actor.orgId)).map((l) => ({
      id: l.id,
      name: l.name,
      has: holding.has(l.id),
    }));
  }
  const me = await q.orgById(db, actor.orgId);
  const message =
    me && other && me.kind !== other.kind ? mayMessage(await contactViewer(db, actor)) : "notMember";
  return { meetings, shortlists: lists, message, signedIn: true };
}
export type NextSteps = Awaited<ReturnType<typeof nextSteps>>;

/** A firm one can write to, by ref (a buyer or a supplier that is active). */
export async function orgForMessage(ref: string) {
  const o = await q.orgByRef(getDb(), ref);
  return o && o.status === "active" && (o.kind === "buyer" || o.kind === "supplier") ? o : undefined;
}

type ThreadRow = NonNullable<Awaited<ReturnType<typeof m.threadFor>>>;
type MessageRow = Awaited<ReturnType<typeof m.messagesOf>>[number];

/** What a thread page shows, from the point of view of `orgId` (null: an organiser reading). */
export function threadView(
  th: ThreadRow,
  msgs: MessageRow[],
  orgId: number | null,
  name: (o: { nameVi: string | null; nameEn: string | null }, ref: string) => string,
) {
  const buyer = name({ nameVi: th.buyerNameVi, nameEn: th.buyerNameEn }, th.buyerRef);
  const supplier = name({ nameVi: th.supplierNameVi, nameEn: th.supplierNameEn }, th.supplierRef);
  return {
    id: th.id,
    subject: th.subject,
    requestRef: th.requestRef,
    buyer: { ref: th.buyerRef, name: buyer },
    supplier: { ref: th.supplierRef, name: supplier },
    reported: th.reportedAt !== null,
    reportReason: th.reportReason,
    messages: msgs.map((x) => ({
      id: x.id,
      mine: x.senderOrgId === orgId,
      from: x.senderOrgId === th.buyerOrgId ? buyer : supplier,
      senderName: x.senderName,
      body: x.body,
      // The instant as stored; the page shows it in the reader's language (format module).
      at: x.createdAt,
    })),
  };
}
