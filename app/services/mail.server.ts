import type { Db } from "../../db/connection";
import { writeTx } from "../../db/queries/events-tx";
import { eventInfo, latestMeetingsOfEvent, type PublishedRow } from "../../db/queries/agenda";
import {
  existingKeys,
  queueMail,
  queueMails,
  type MailCalendarPart,
  type OutgoingMail,
} from "../../db/queries/mail";
import {
  eventParticipantsNamed,
  eventsMissingNotices,
  expiringCertificates,
  invitationsOf,
  orgRecipients,
  type Recipient,
  publishedEventsStarting,
  unansweredRequests,
  upsertInvitation,
} from "../../db/queries/mail-notices";
import { absoluteUrl, getEnv, publicOrigin } from "../utils/env.server";
import { nameViEn, tableLabel, translator, type Locale } from "../modules/i18n";
import {
  REQUEST_REMINDER_DAYS,
  addDays,
  certificateWindow,
  formatDay,
  formatVenueTime,
  invitationIcs,
  renderHtml,
  renderText,
  requestReminderCutoff,
  venueToday,
  type MailContent,
} from "../modules/mail";

// The portal's notices, composed in each recipient's language and queued in the mail outbox;
// the delivery worker sends them. Every link comes from absoluteUrl() (PUBLIC_URL), never from
// a request. Every notice has a dedupe key, so queuing twice (two workers, a retried publish, a
// reminder pass run again) never queues a second mail.

/** The sender: MAIL_FROM, else no-reply at PUBLIC_URL's host. */
export function senderAddress(): string {
  return getEnv().MAIL_FROM ?? `no-reply@${publicHost()}`;
}

export function publicHost(): string {
  return new URL(publicOrigin()).hostname;
}

function compose(locale: Locale, content: MailContent) {
  return { body: renderText(content), html: renderHtml(content, locale), locale };
}

// ---- schedule notices and calendar invitations -------------------------------------------

interface MeetingChange {
  meetingId: number;
  aId: number;
  bId: number;
  method: "REQUEST" | "CANCEL";
  sequence: number;
  startsAt: string;
  minutes: number;
  tableName: string;
}

/**
 * After a publication: compares the published meetings with what calendars were last sent
 * (meeting_invitations) and queues, for each approved participant with an address, one mail in
 * their language listing all their meetings, carrying an invitation (METHOD:REQUEST) for each new
 * or changed meeting and a cancellation (METHOD:CANCEL) for each dropped one. The sequence of a
 * meeting goes up by one with each change. The state and the mails are written in one
 * transaction: both or neither.
 */
export async function queueScheduleNotices(
  db: Db,
  eventId: number,
  kind: "schedule_published" | "schedule_changed",
  now = new Date(),
): Promise<{ mails: number; requests: number; cancels: number }> {
  return writeTx(db, async (tx) => {
    const event = await eventInfo(tx, eventId);
    if (!event) throw new Error(`event ${eventId} not found`);
    const [rows, sent, parts] = await Promise.all([
      latestMeetingsOfEvent(tx, eventId),
      invitationsOf(tx, eventId),
      eventParticipantsNamed(tx, eventId),
    ]);
    const before = new Map(sent.map((s) => [s.meetingId, s]));
    const changes: MeetingChange[] = [];
    const current = new Set<number>();
    for (const r of rows) {
      current.add(r.meetingId);
      const prev = before.get(r.meetingId);
      const same =
        prev &&
        prev.state === "active" &&
        prev.startsAt === r.startsAt &&
        prev.minutes === r.minutes &&
        prev.tableName === r.tableName &&
        prev.aId === r.aId &&
        prev.bId === r.bId;
      if (same) continue;
      changes.push({
        meetingId: r.meetingId,
        aId: r.aId,
        bId: r.bId,
        method: "REQUEST",
        sequence: prev ? prev.sequence + 1 : 0,
        startsAt: r.startsAt,
        minutes: r.minutes,
        tableName: r.tableName,
      });
    }
    for (const s of sent)
      if (s.state === "active" && !current.has(s.meetingId))
        changes.push({ ...s, method: "CANCEL", sequence: s.sequence + 1 });
    for (const c of changes)
      await upsertInvitation(tx, {
        meetingId: c.meetingId,
        eventId,
        aId: c.aId,
        bId: c.bId,
        sequence: c.sequence,
        startsAt: c.startsAt,
        minutes: c.minutes,
        tableName: c.tableName,
        state: c.method === "CANCEL" ? "cancelled" : "active",
      });

    const byId = new Map(parts.map((p) => [p.id, p]));
    // Approved participants, and anyone else whose meeting is being cancelled (a firm withdrawn
    // from the event still has the meeting in its calendar).
    const approved = parts.filter(
      (p) =>
        p.status === "approved" ||
        changes.some((c) => c.method === "CANCEL" && (c.aId === p.id || c.bId === p.id)),
    );
    const recipients = await orgRecipients(
      tx,
      parts.map((p) => p.orgId),
    );
    const host = publicHost();
    const organizer = { name: "CNHT", email: senderAddress() };
    const agendaUrl = absoluteUrl(`/my/agenda?event=${eventId}`);
    const mails: OutgoingMail[] = [];
    for (const p of approved) {
      const to = recipients.get(p.orgId);
      if (!to) continue;
      const locale = to.locale;
      const t = translator(locale);
      const eventName = nameViEn(event.nameVi, event.nameEn, locale);
      const nameOf = (id: number) => {
        const x = byId.get(id);
        return x ? nameViEn(x.nameVi, x.nameEn, locale) : "?";
      };
      const mine = rows.filter((r: PublishedRow) => r.aId === p.id || r.bId === p.id);
      const lines = mine.map((r) =>
        t("mail.meetingLine", {
          time: formatVenueTime(new Date(r.startsAt), locale),
          table: tableLabel(r.tableName, locale),
          name: nameOf(r.aId === p.id ? r.bId : r.aId),
        }),
      );
      const myChanges = changes.filter((c) => c.aId === p.id || c.bId === p.id);
      const cancelled = myChanges.filter((c) => c.method === "CANCEL");
      const calendar: MailCalendarPart[] = myChanges.map((c) => {
        const other = nameOf(c.aId === p.id ? c.bId : c.aId);
        const attendees = [c.aId, c.bId].flatMap((id) => {
          const x = byId.get(id);
          const addr = x && recipients.get(x.orgId);
          return addr ? [{ name: nameViEn(x.nameVi, x.nameEn, locale), email: addr.email }] : [];
        });
        return {
          filename: `meeting-${c.meetingId}${c.method === "CANCEL" ? "-cancel" : ""}.ics`,
          method: c.method,
          content: invitationIcs({
            method: c.method,
            meetingId: c.meetingId,
            host,
            sequence: c.sequence,
            stamp: now,
            start: new Date(c.startsAt),
            minutes: c.minutes,
            summary: t("mail.ics.summary", { name: other, event: eventName }),
            description: t("mail.ics.description", { name: other, event: eventName, url: agendaUrl }),
            location: event.venue
              ? t("mail.ics.location", { venue: event.venue, table: tableLabel(c.tableName, locale) })
              : t("fairDay.table", { table: tableLabel(c.tableName, locale) }),
            url: agendaUrl,
            organizer,
            attendees,
          }),
        };
      });
      const paragraphs = [t(`fairDay.mail.${kind}.body`, { event: eventName })];
      const items = lines.length ? lines : [t("fairDay.agenda.none")];
      const content: MailContent = {
        heading: t(`fairDay.mail.${kind}.subject`, { event: eventName }),
        paragraphs,
        items: [
          ...items,
          ...cancelled.map((c) =>
            t("mail.schedule.cancelledLine", {
              time: formatVenueTime(new Date(c.startsAt), locale),
              name: nameOf(c.aId === p.id ? c.bId : c.aId),
            }),
          ),
        ],
        action: { label: t("mail.schedule.openAgenda"), url: agendaUrl },
        footer: t("mail.footer"),
      };
      if (calendar.length) content.paragraphs.push(t("mail.schedule.invitations"));
      mails.push({
        kind,
        to: to.email,
        subject: content.heading,
        ...compose(locale, content),
        calendar,
        dedupeKey: `schedule:${eventId}:v${event.publishedVersion}:p${p.id}`,
      });
    }
    const queued = await queueMails(tx, mails);
    return {
      mails: queued,
      requests: changes.filter((c) => c.method === "REQUEST").length,
      cancels: changes.filter((c) => c.method === "CANCEL").length,
    };
  });
}

// ---- reminders -------------------------------------------------------------------------

export interface ReminderReport {
  /** Schedule notices queued late (the process stopped between publishing and queuing them). */
  scheduleNotices: number;
  fairEve: number;
  requests: number;
  certificates: number;
}

/**
 * Queues the reminders due at `now`. Safe to run as often as wanted: each reminder has a unique
 * key (fair-eve per participant and event, one per meeting request, one per certificate and
 * expiry date), so a second run, or two at once, queues nothing new.
 */
export async function queueReminders(
  db: Db,
  now: Date,
  opts: { requestDays?: number; certificateDays?: number } = {},
): Promise<ReminderReport> {
  let scheduleNotices = 0;
  for (const ev of await eventsMissingNotices(db, venueToday(now)))
    scheduleNotices += (
      await queueScheduleNotices(
        db,
        ev.id,
        ev.publishedVersion === 1 ? "schedule_published" : "schedule_changed",
        now,
      )
    ).mails;
  return {
    scheduleNotices,
    fairEve: await queueFairEve(db, now),
    requests: await queueRequestReminders(db, now, opts.requestDays ?? REQUEST_REMINDER_DAYS),
    certificates: await queueCertificateNudges(db, now, opts.certificateDays),
  };
}

async function fresh(db: Db, mails: OutgoingMail[]) {
  const have = await existingKeys(
    db,
    mails.map((m) => m.dedupeKey!),
  );
  return mails.filter((m) => !have.has(m.dedupeKey!));
}

async function queueFairEve(db: Db, now: Date): Promise<number> {
  let n = 0;
  const tomorrow = addDays(venueToday(now), 1);
  for (const ev of await publishedEventsStarting(db, tomorrow)) {
    const [rows, parts] = await Promise.all([
      latestMeetingsOfEvent(db, ev.id),
      eventParticipantsNamed(db, ev.id),
    ]);
    const approved = parts.filter((p) => p.status === "approved");
    const recipients = await orgRecipients(
      db,
      approved.map((p) => p.orgId),
    );
    const byId = new Map(parts.map((p) => [p.id, p]));
    const mails: OutgoingMail[] = [];
    for (const p of approved) {
      const to = recipients.get(p.orgId);
      if (!to) continue;
      const t = translator(to.locale);
      const eventName = nameViEn(ev.nameVi, ev.nameEn, to.locale);
      const lines = rows
        .filter((r) => r.aId === p.id || r.bId === p.id)
        .map((r) => {
          const o = byId.get(r.aId === p.id ? r.bId : r.aId);
          return t("mail.meetingLine", {
            time: formatVenueTime(new Date(r.startsAt), to.locale),
            table: tableLabel(r.tableName, to.locale),
            name: o ? nameViEn(o.nameVi, o.nameEn, to.locale) : "?",
          });
        });
      const content: MailContent = {
        heading: t("mail.eve.heading", { event: eventName, day: formatDay(ev.firstDay, to.locale) }),
        paragraphs: [t("mail.eve.body", { org: nameViEn(p.nameVi, p.nameEn, to.locale) })],
        items: lines.length ? lines : [t("mail.eve.none")],
        action: { label: t("mail.schedule.openAgenda"), url: absoluteUrl(`/my/agenda?event=${ev.id}`) },
        footer: t("mail.footer"),
      };
      mails.push({
        kind: "fair_eve",
        to: to.email,
        subject: t("mail.eve.subject", { event: eventName }),
        ...compose(to.locale, content),
        dedupeKey: `fair-eve:${ev.id}:p${p.id}`,
      });
    }
    n += await queueMails(db, await fresh(db, mails));
  }
  return n;
}

/**
 * The items not mailed yet (their dedupe key is not in the outbox), each with its firm's
 * recipient; an item whose firm has no one to write to is left out.
 */
async function unsentWithRecipient<T>(
  db: Db,
  items: T[],
  key: (item: T) => string,
  orgId: (item: T) => number,
): Promise<{ item: T; to: Recipient }[]> {
  const have = await existingKeys(db, items.map(key));
  const todo = items.filter((item) => !have.has(key(item)));
  const recipients = await orgRecipients(db, todo.map(orgId));
  return todo.flatMap((item) => {
    const to = recipients.get(orgId(item));
    return to ? [{ item, to }] : [];
  });
}

async function queueRequestReminders(db: Db, now: Date, days: number): Promise<number> {
  const due = await unansweredRequests(db, requestReminderCutoff(now, days), now.toISOString());
  if (due.length === 0) return 0;
  const key = (r: (typeof due)[number]) => `request-reminder:${r.id}`;
  const mails: OutgoingMail[] = [];
  for (const { item: r, to } of await unsentWithRecipient(db, due, key, (r) => r.toOrgId)) {
    const t = translator(to.locale);
    const from = nameViEn(r.fromNameVi, r.fromNameEn, to.locale);
    const event = nameViEn(r.eventNameVi, r.eventNameEn, to.locale);
    const waited = Math.max(days, Math.floor((now.getTime() - Date.parse(r.createdAt)) / 86_400_000));
    const content: MailContent = {
      heading: t("mail.request.heading"),
      paragraphs: [
        t("mail.request.body", { from, event, days: waited }),
        ...(r.message ? [t("mail.request.message", { message: r.message })] : []),
      ],
      action: { label: t("mail.request.open"), url: absoluteUrl(`/my/events/${r.eventId}`) },
      footer: t("mail.footer"),
    };
    mails.push({
      kind: "request_reminder",
      to: to.email,
      subject: t("mail.request.subject", { from }),
      ...compose(to.locale, content),
      dedupeKey: key(r),
    });
  }
  return queueMails(db, mails);
}

async function queueCertificateNudges(db: Db, now: Date, days?: number): Promise<number> {
  const w = certificateWindow(now, days);
  const certs = await expiringCertificates(db, w.from, w.to);
  const key = (c: (typeof certs)[number]) => `cert-expiry:${c.id}:${c.validUntil}`;
  const mails: OutgoingMail[] = [];
  for (const { item: c, to } of await unsentWithRecipient(db, certs, key, (c) => c.orgId)) {
    const t = translator(to.locale);
    const org = nameViEn(c.nameVi, c.nameEn, to.locale);
    const day = formatDay(c.validUntil!, to.locale);
    const content: MailContent = {
      heading: t("mail.cert.heading"),
      paragraphs: [
        t("mail.cert.body", {
          org,
          standard: c.standard,
          day,
          no: c.certificateNo ? ` (${c.certificateNo})` : "",
        }),
      ],
      action: { label: t("mail.cert.open"), url: absoluteUrl("/my/profile") },
      footer: t("mail.footer"),
    };
    mails.push({
      kind: "certificate_expiry",
      to: to.email,
      subject: t("mail.cert.subject", { org, standard: c.standard, day }),
      ...compose(to.locale, content),
      dedupeKey: key(c),
    });
  }
  return queueMails(db, mails);
}

// ---- messages (issue 14) ----------------------------------------------------------------

/**
 * Tells a firm by mail that a message waits in a thread — the message itself stays on the
 * portal (it is read there, behind the login). At most one mail per thread and firm per hour
 * (the dedupe key), so a lively conversation does not flood an inbox. Returns the mail's id.
 */
export async function queueMessageNotice(
  db: Db,
  n: {
    toOrgId: number;
    threadId: number;
    from: { vi: string | null; en: string | null };
    subject: string;
    link: string;
  },
  now = new Date(),
): Promise<number | null> {
  const to = (await orgRecipients(db, [n.toOrgId], { engagement: true })).get(n.toOrgId);
  if (!to) return null;
  const t = translator(to.locale);
  const from = nameViEn(n.from.vi, n.from.en, to.locale);
  const content: MailContent = {
    heading: t("mail.message.heading", { name: from }),
    paragraphs: [t("mail.message.body", { name: from, subject: n.subject })],
    action: { label: t("mail.message.open"), url: absoluteUrl(n.link) },
    footer: t("mail.engage.footer"),
  };
  return queueMail(db, {
    kind: "message",
    to: to.email,
    subject: t("mail.message.subject", { name: from }),
    ...compose(to.locale, content),
    dedupeKey: `message:${n.threadId}:o${n.toOrgId}:${now.toISOString().slice(0, 13)}`,
  });
}

// ---- a cancelled meeting (issue 13) -------------------------------------------------------

/**
 * Tells a firm by mail, in its language, that the other side cancelled an accepted meeting, with
 * the reason they gave. No calendar part: an accepted request has no time yet; a meeting already
 * sent as an invitation gets its METHOD:CANCEL with the next schedule publication
 * (queueScheduleNotices), which knows the meeting's sequence. Returns the mail's id.
 */
export const queueMeetingCancelledNotice = (db: Db, n: MeetingNotice & { reason: string }) =>
  queueMeetingMail(db, n, { kind: "meeting_cancelled", reason: n.reason });

/**
 * Tells a firm by mail, in its language, that another asks it for a meeting at a fair (once per
 * request), to a member who kept such mail on; the answer is given on the portal.
 */
export const queueMeetingRequestNotice = (db: Db, n: MeetingNotice) =>
  queueMeetingMail(db, n, { kind: "meeting_request" });

interface MeetingNotice {
  toOrgId: number;
  requestId: number;
  from: { vi: string | null; en: string | null };
  event: { vi: string | null; en: string | null };
  link: string;
}

/** One mail to a firm about one meeting request, names in the reader's language; its id. */
async function queueMeetingMail(
  db: Db,
  n: MeetingNotice,
  what: { kind: "meeting_request" } | { kind: "meeting_cancelled"; reason: string },
): Promise<number | null> {
  // A cancelled meeting is always mailed (the firm had counted on it); a new request only to a
  // member who kept mail about requests and messages on (decision 390).
  const request = what.kind === "meeting_request";
  const to = (await orgRecipients(db, [n.toOrgId], { engagement: request })).get(n.toOrgId);
  if (!to) return null;
  const t = translator(to.locale);
  const name = nameViEn(n.from.vi, n.from.en, to.locale);
  const event = nameViEn(n.event.vi, n.event.en, to.locale);
  const keys = request ? "mail.meetingRequest" : "mail.meetingCancelled";
  const content: MailContent = {
    heading: t(`${keys}.subject`, { name, event }),
    paragraphs: [
      t(`${keys}.body`, { name, event }),
      ...(what.kind === "meeting_cancelled"
        ? [t("mail.meetingCancelled.reason", { reason: what.reason })]
        : []),
    ],
    action: { label: t(`${keys}.open`), url: absoluteUrl(n.link) },
    footer: t(request ? "mail.engage.footer" : "mail.footer"),
  };
  return queueMail(db, {
    kind: what.kind,
    to: to.email,
    subject: content.heading,
    ...compose(to.locale, content),
    dedupeKey: `${request ? "meeting-request" : "meeting-cancelled"}:${n.requestId}:o${n.toOrgId}`,
  });
}

// The door for routes to these reads and writes (routes never import db/ or search/;
// docs/decisions/250-layers.md).
export { listMail, mailCounts, retryMail } from "../../db/queries/mail";
