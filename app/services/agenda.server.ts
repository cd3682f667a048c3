import { getDb, getServices } from "~/utils/services.server";
import { absoluteUrl } from "~/utils/env.server";
import { findSupplier, matchesForSupplier } from "~/services/matching.server";
import { nameViEn, tableLabel, translator, type Locale } from "~/modules/i18n";
import {
  OUTCOMES,
  agendaCalendar,
  buildReport,
  checkinPath,
  latestOutcomes,
  qrSvg,
  reportRows,
  toCsv,
  toXlsx,
  wallClock,
  VENUE_TIMEZONE,
  type AgendaMeeting,
  type Outcome,
  planDayChange,
  type DayChange,
} from "~/modules/agenda";
import {
  loadSchedulingData,
  placedPairs,
  publishDraft,
  setMeetingReasons,
} from "../../db/queries/events-schedule";
import { publicHost, queueScheduleNotices } from "./mail.server";
import { invitationSequences } from "../../db/queries/mail-notices";
import { kickMailWorker } from "./mail-worker.server";
import { notifyScheduleInApp } from "./engagement.server";
import {
  agreedUnplaced,
  applyDayPlan,
  approvedParticipants,
  eventInfo,
  outcomeHistory,
  latestMeetingsOfEvent,
  publishedParticipations,
  requestMessages,
  requestStates,
  supplierSectors,
  type PublishedRow,
} from "../../db/queries/agenda";

// The door from the agenda, check-in, live and report routes to the published schedule.
export {
  clearAttendance,
  eventInfo,
  eventSlots,
  publishedMeeting,
  latestMeetingsOfEvent,
  publishedParticipations,
  recordAttendance,
  recordOutcome,
} from "../../db/queries/agenda";
export { getDb };
export { DayChangeError, type DayChange } from "~/modules/agenda";

/** Why two firms meet, in each interface language, as recorded on the meeting. */
export type MeetingReasons = Partial<Record<Locale, string[]>>;

interface Pair {
  aKind: "buyer" | "supplier";
  bKind: "buyer" | "supplier";
  aOrgId: number;
  bOrgId: number;
  aRef: string;
  bRef: string;
}

const pairKey = (r: Pair) => (r.aKind === "buyer" ? `${r.aOrgId}:${r.bRef}` : `${r.bOrgId}:${r.aRef}`);

/**
 * Why a buyer and a supplier were matched: the met reasons of the buyer's best-fitting sourcing
 * request for that supplier (computed once per supplier), in Vietnamese and English, keyed
 * "buyerOrgId:supplierRef".
 */
async function matchReasons(rows: Pair[]): Promise<Map<string, MeetingReasons>> {
  const out = new Map<string, MeetingReasons>();
  const bySupplier = new Map<string, Set<number>>();
  for (const r of rows) {
    const p =
      r.aKind === "supplier" && r.bKind === "buyer"
        ? { supplier: r.aRef, buyer: r.bOrgId }
        : r.aKind === "buyer" && r.bKind === "supplier"
          ? { supplier: r.bRef, buyer: r.aOrgId }
          : null;
    if (p) bySupplier.set(p.supplier, (bySupplier.get(p.supplier) ?? new Set()).add(p.buyer));
  }
  for (const [ref, buyers] of bySupplier) {
    const supplier = await findSupplier(ref);
    if (!supplier) continue;
    for (const m of await matchesForSupplier(supplier, { limit: Infinity, includeRestricted: true })) {
      const key = `${m.request.buyerOrgId}:${ref}`;
      if (!buyers.has(m.request.buyerOrgId) || out.has(key)) continue;
      const met = m.result.reasons.filter((x) => x.met === true);
      out.set(key, { vi: met.map((x) => x.text.vi), en: met.map((x) => x.text.en) });
    }
  }
  return out;
}

/**
 * Records on each placed meeting of the draft why its two firms meet, so agendas, invitations and
 * .ics files show the reasons the meeting was planned on, not today's (issue 11). After a full
 * generation every meeting's reasons are recorded afresh; otherwise (a re-run, a publish) only
 * those of meetings that have none yet.
 */
export async function recordMeetingReasons(eventId: number, opts: { all: boolean }): Promise<number> {
  const db = getDb();
  const rows = await placedPairs(db, eventId, !opts.all);
  const reasons = await matchReasons(rows);
  await setMeetingReasons(
    db,
    rows.map((r) => ({ meetingId: r.meetingId, reasons: JSON.stringify(reasons.get(pairKey(r)) ?? {}) })),
  );
  return rows.length;
}

/** The reasons in the reader's language (English where a language has none, e.g. Japanese). */
function reasonsIn(json: string, locale: Locale): string[] {
  try {
    const r = JSON.parse(json) as MeetingReasons;
    return r[locale] ?? r.en ?? r.vi ?? [];
  } catch {
    return [];
  }
}

export interface AgendaEntry extends AgendaMeeting {
  date: string;
  time: string;
  slotCode: string;
  profileUrl: string;
  checkinPath: string;
  qr: string;
  attendance: "held" | "no_show" | null;
  /** This side's outcome records, oldest first. */
  outcomes: { outcome: Outcome; note: string | null; recordedAt: string }[];
}

export interface ParticipantAgenda {
  participantId: number;
  orgRef: string;
  orgName: string;
  entries: AgendaEntry[];
}

function entryFor(
  row: PublishedRow,
  me: number,
  why: Map<string, string[]>,
  reasons: Map<string, MeetingReasons>,
  locale: Locale,
  secret: string,
) {
  const other = row.aId === me ? "b" : "a";
  const ref = other === "a" ? row.aRef : row.bRef;
  const kind = other === "a" ? row.aKind : row.bKind;
  const name =
    other === "a" ? nameViEn(row.aNameVi, row.aNameEn, locale) : nameViEn(row.bNameVi, row.bNameEn, locale);
  const { date, time } = wallClock(new Date(row.startsAt), VENUE_TIMEZONE);
  return {
    meetingId: row.meetingId,
    eventId: row.eventId,
    start: row.startsAt,
    minutes: row.minutes,
    table: row.tableName,
    counterpart: { ref, kind, name },
    why: [
      ...(why.get(`${Math.min(row.aId, row.bId)}:${Math.max(row.aId, row.bId)}`) ?? []),
      // As recorded when the meeting was planned; read afresh only for meetings planned before
      // reasons were recorded.
      ...(row.reasons !== null
        ? reasonsIn(row.reasons, locale)
        : (reasons.get(pairKey(row))?.[locale] ?? reasons.get(pairKey(row))?.en ?? [])),
    ],
    date,
    time,
    slotCode: row.slotCode,
    profileUrl: kind === "supplier" ? `/suppliers/${ref}` : `/buyers/${ref}`,
    checkinPath: checkinPath(secret, row.meetingId),
    attendance: row.attendance,
  };
}

/** Agendas of the event's approved participants (all of them, or only `onlyParticipant`). */
export async function eventAgendas(
  eventId: number,
  locale: Locale,
  opts: {
    onlyParticipant?: number;
    /** draw check-in QR codes (pages do; .ics does not) */ qr?: boolean;
  } = {},
): Promise<ParticipantAgenda[]> {
  const db = getDb();
  const secret = getServices().env.SESSION_SECRET;
  const [rows, why, parts, history] = await Promise.all([
    latestMeetingsOfEvent(db, eventId, opts.onlyParticipant),
    requestMessages(db, eventId),
    approvedParticipants(db, eventId),
    outcomeHistory(db, eventId),
  ]);
  const reasons = await matchReasons(rows.filter((r) => r.reasons === null));
  const out: ParticipantAgenda[] = [];
  for (const p of parts) {
    if (opts.onlyParticipant !== undefined && p.id !== opts.onlyParticipant) continue;
    const mine = rows.filter((r) => r.aId === p.id || r.bId === p.id);
    if (opts.onlyParticipant === undefined && mine.length === 0) continue;
    const entries: AgendaEntry[] = [];
    for (const r of mine) {
      const e = entryFor(r, p.id, why, reasons, locale, secret);
      entries.push({
        ...e,
        qr: opts.qr === false ? "" : await qrSvg(absoluteUrl(e.checkinPath)),
        outcomes: history
          .filter((h) => h.meetingId === r.meetingId && h.participantId === p.id)
          .map((h) => ({ outcome: h.outcome, note: h.note, recordedAt: h.recordedAt })),
      });
    }
    out.push({ participantId: p.id, orgRef: p.ref, orgName: nameViEn(p.nameVi, p.nameEn, locale), entries });
  }
  return out;
}

/** The firm's published events, each with its participant id, for /my/agenda. */
export async function myEvents(orgId: number, locale: Locale) {
  const rows = await publishedParticipations(getDb(), orgId);
  return rows.map((r) => ({
    eventId: r.eventId,
    participantId: r.participantId,
    name: nameViEn(r.nameVi, r.nameEn, locale),
    venue: r.venue,
  }));
}

/**
 * The firm's agreed meetings that have no time yet (accepted requests, organisers' additions),
 * per event: the other firm by name and ref, to link to its profile.
 */
export async function meetingsAwaitingTime(orgId: number, locale: Locale) {
  const rows = await agreedUnplaced(getDb(), orgId);
  type With = { ref: string; kind: "buyer" | "supplier"; name: string };
  const events = new Map<number, { eventId: number; name: string; with: With[] }>();
  for (const r of rows) {
    const mineA = r.aOrgId === orgId;
    // Participants are buyers or suppliers (organisers never take part in a fair).
    const other: With = mineA
      ? { ref: r.bRef, kind: r.bKind as With["kind"], name: nameViEn(r.bNameVi, r.bNameEn, locale) }
      : { ref: r.aRef, kind: r.aKind as With["kind"], name: nameViEn(r.aNameVi, r.aNameEn, locale) };
    const e = events.get(r.eventId) ?? {
      eventId: r.eventId,
      name: nameViEn(r.eventVi, r.eventEn, locale),
      with: [],
    };
    e.with.push(other);
    events.set(r.eventId, e);
  }
  return [...events.values()];
}

export async function agendaIcs(orgId: number, locale: Locale, eventId?: number): Promise<string> {
  const t = translator(locale);
  const events = (await myEvents(orgId, locale)).filter(
    (e) => eventId === undefined || e.eventId === eventId,
  );
  const all: { meeting: AgendaMeeting; venue: string | null; eventName: string }[] = [];
  for (const e of events) {
    const [agenda] = await eventAgendas(e.eventId, locale, { onlyParticipant: e.participantId, qr: false });
    for (const m of agenda?.entries ?? []) all.push({ meeting: m, venue: e.venue, eventName: e.name });
  }
  const byId = new Map(all.map((x) => [x.meeting.meetingId, x]));
  // Same UID and SEQUENCE as the invitations mailed for these meetings, and links from
  // PUBLIC_URL: importing this file next to an invitation updates one event, never two.
  const sequences = await invitationSequences(
    getDb(),
    all.map((x) => x.meeting.meetingId),
  );
  return agendaCalendar(
    { id: eventId ?? 0, name: events[0]?.name ?? t("fairDay.agenda.title"), venue: events[0]?.venue ?? null },
    all.map((x) => x.meeting),
    {
      calendarName: t("fairDay.agenda.title"),
      host: publicHost(),
      sequence: (m) => sequences.get(m.meetingId) ?? 0,
      summary: (m) => t("fairDay.ics.summary", { name: m.counterpart.name }),
      description: (m) => [byId.get(m.meetingId)!.eventName, ...m.why].join("\n"),
      location: (m) =>
        [byId.get(m.meetingId)!.venue, t("fairDay.table", { table: tableLabel(m.table, locale) })]
          .filter(Boolean)
          .join(", "),
      url: (m) => absoluteUrl(`/my/agenda?event=${m.eventId}`),
    },
  );
}

// ---- the report ----------------------------------------------------------------------

export async function eventReport(eventId: number) {
  const db = getDb();
  const [rows, reqs, history, parts] = await Promise.all([
    latestMeetingsOfEvent(db, eventId),
    requestStates(db, eventId),
    outcomeHistory(db, eventId),
    approvedParticipants(db, eventId),
  ]);
  const supplierOrg = (r: PublishedRow) =>
    r.aKind === "supplier" ? r.aOrgId : r.bKind === "supplier" ? r.bOrgId : null;
  const sectors = await supplierSectors(db, [
    ...new Set(rows.map(supplierOrg).filter((x): x is number => x !== null)),
  ]);
  const published = new Set(rows.map((r) => r.meetingId));
  return buildReport({
    requests: reqs,
    meetings: rows.map((r) => {
      const org = supplierOrg(r);
      return {
        id: r.meetingId,
        supplierOrgId: org,
        attendance: r.attendance,
        sector: org === null ? null : (sectors.get(org) ?? null),
      };
    }),
    outcomes: [...latestOutcomes(history.map((h) => ({ ...h, orgId: h.participantId }))).values()].filter(
      (o) => published.has(o.meetingId),
    ),
    supplierParticipants: parts.filter((p) => p.kind === "supplier").length,
  });
}

export async function reportExport(eventId: number, locale: Locale, format: "csv" | "xlsx") {
  const t = translator(locale);
  const rows = reportRows(await eventReport(eventId), (k) =>
    t(k.startsWith("outcome.") ? `fairDay.${k}` : `fairDay.report.${k}`),
  );
  const header = [
    t("fairDay.report.col.section"),
    t("fairDay.report.col.item"),
    t("fairDay.report.col.value"),
  ];
  return format === "csv" ? toCsv(header, rows) : toXlsx(t("fairDay.report.title"), header, rows);
}

export { OUTCOMES };

// ---- notifications -------------------------------------------------------------------

/**
 * One mail per approved participant when the schedule is published or changes (call after the
 * publication's transaction commits), in the recipient's language, listing that participant's
 * meetings and carrying a calendar invitation (or cancellation) for each meeting that changed.
 */
export async function notifySchedule(
  eventId: number,
  kind: "schedule_published" | "schedule_changed",
): Promise<number> {
  const r = await queueScheduleNotices(getDb(), eventId, kind);
  kickMailWorker();
  // …and in the portal, on each participant's notification list.
  await notifyScheduleInApp(eventId, kind);
  return r.mails;
}

// ---- day-of changes ------------------------------------------------------------------

/** What a cancellation or late arrival would do, without writing anything. */
export async function previewDayChange(eventId: number, change: DayChange, now: Date) {
  const data = await loadSchedulingData(getDb(), eventId);
  const plan = planDayChange(data, change, now);
  return { moved: plan.moved, revision: data.revision };
}

/**
 * Applies the change previewed at `revision`, publishes the new version and mails everyone.
 * Returns null when the draft changed since the preview (the organiser must look again).
 */
export async function applyDayChange(
  eventId: number,
  change: DayChange,
  now: Date,
  revision: number,
  userId: number | null,
) {
  const db = getDb();
  const data = await loadSchedulingData(db, eventId);
  if (data.revision !== revision) return null;
  const plan = planDayChange(data, change, now);
  if (!(await applyDayPlan(db, eventId, revision, plan))) return null;
  const ev = await eventInfo(db, eventId);
  await recordMeetingReasons(eventId, { all: false });
  await publishDraft(db, { eventId, expectedVersion: ev!.publishedVersion, userId });
  await notifySchedule(eventId, "schedule_changed");
  return { moved: plan.moved };
}
