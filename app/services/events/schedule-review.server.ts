import { z } from "zod";
import type { Actor } from "~/modules/auth/permissions";
import { compareNames, displayName, formatDateTime, slotLabel, tableLabel, translator } from "~/modules/i18n";
import type { Locale } from "~/modules/i18n";
import { formatPercent } from "~/components/format";
import { getDb } from "~/utils/services.server";
import { auditAction } from "~/services/audit.server";
import { notifySchedule, recordMeetingReasons } from "~/services/agenda.server";
import {
  draftMeetings,
  fairError,
  getEvent,
  latestPublication,
  listRuns,
  listSlots,
  listTables,
  moveMeeting,
  publishDraft,
  ScheduleConflictError,
  scheduleConflictMessage,
  suggestedPairs,
} from "~/services/events.server";
import { generateDraft } from "./schedule.server";

// The organisers' draft schedule page (/admin/events/:id/schedule): its view model and its four
// intents (generate, re-run for the unscheduled, publish, move by hand), audit included, so the
// route only parses, authorises and renders.

const UNSCHEDULED_SHOWN = 200;

export type ScheduleReview = NonNullable<Awaited<ReturnType<typeof scheduleReview>>>;

/** The page's view model, or null for an event that does not exist. */
export async function scheduleReview(
  eventId: number,
  q: { who: string; moveId: number },
  locale: Locale,
  db = getDb(),
) {
  const ev = await getEvent(db, eventId);
  if (!ev) return null;
  const [slots, tables, meetings, runs, pub] = await Promise.all([
    listSlots(db, ev.id),
    listTables(db, ev.id),
    draftMeetings(db, ev.id),
    listRuns(db, ev.id, 5),
    latestPublication(db, ev.id),
  ]);
  const { who, moveId } = q;
  const involves = (m: (typeof meetings)[number]) => !who || m.aRef === who || m.bRef === who;
  const placed = meetings.filter((m) => m.slotId !== null);
  const unplaced = meetings.filter((m) => m.slotId === null);
  const requestingSuppliers = new Set<number>();
  const servedSuppliers = new Set<number>();
  for (const m of meetings)
    for (const [id, kind] of [
      [m.aId, m.aKind],
      [m.bId, m.bKind],
    ] as const)
      if (kind === "supplier") {
        requestingSuppliers.add(id);
        if (m.slotId !== null) servedSuppliers.add(id);
      }
  const people = new Map<string, string>();
  for (const m of meetings) {
    people.set(m.aRef, displayName({ nameVi: m.aNameVi, nameEn: m.aNameEn }, locale, m.aRef));
    people.set(m.bRef, displayName({ nameVi: m.bNameVi, nameEn: m.bNameEn }, locale, m.bRef));
  }
  // Names as people read them, never refs (issue 13); the ref stays only in the filter's value.
  const label = (m: (typeof meetings)[number]) => `${people.get(m.aRef)} ↔ ${people.get(m.bRef)}`;
  const shownUnplaced = unplaced.filter(involves);
  const moving = moveId ? meetings.find((m) => m.id === moveId) : undefined;
  return {
    ev: {
      id: ev.id,
      name: displayName(ev, locale),
      publishedVersion: ev.publishedVersion,
      draftRevision: ev.draftRevision,
    },
    who,
    people: [...people].sort((a, b) => compareNames(locale)(a[1], b[1])),
    slots: slots.map((s) => ({ id: s.id, label: slotLabel(s.startsAt, s.minutes, locale) })),
    tables: tables.map((t) => ({ id: t.id, name: tableLabel(t.name, locale) })),
    cells: placed.map((m) => ({
      id: m.id,
      slotId: m.slotId!,
      tableId: m.tableId!,
      label: label(m),
      mine: involves(m),
      hand: m.movedByHand === 1,
    })),
    unplaced: shownUnplaced.slice(0, UNSCHEDULED_SHOWN).map((m) => ({
      id: m.id,
      label: label(m),
      weight: m.weight,
      source: m.source,
      reason: m.unscheduledReason,
    })),
    unplacedTotal: shownUnplaced.length,
    moving: moving
      ? { id: moving.id, label: label(moving), slotId: moving.slotId, tableId: moving.tableId }
      : null,
    figures: {
      meetings: meetings.length,
      placed: placed.length,
      unplaced: unplaced.length,
      suppliers: requestingSuppliers.size,
      served: servedSuppliers.size,
    },
    runs: runs.map((r) => ({
      id: r.id,
      mode: r.mode,
      placed: r.placed,
      unscheduled: r.unscheduled,
      ms: r.durationMs,
      at: formatDateTime(r.createdAt, locale),
      weight: r.weight,
      weightBound: r.weightBound,
      optimal: r.optimal === null ? null : r.optimal === 1,
    })),
    published: pub
      ? { version: pub.version, upToDate: pub.draftRevision === ev.draftRevision, meetings: pub.meetings }
      : null,
  };
}

export const scheduleIntent = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("generate"),
    includeSuggestions: z.literal("on").optional(),
    seed: z.coerce.number().int().min(1).max(1_000_000).default(1),
  }),
  z.object({ intent: z.literal("rerun") }),
  // Publishing mails every participant: only through the page's confirmation step (issue 13).
  z.object({
    intent: z.literal("publish"),
    expectedVersion: z.coerce.number().int().min(0),
    confirm: z.literal("yes"),
  }),
  z.object({
    intent: z.literal("move"),
    meetingId: z.coerce.number().int().positive(),
    slotId: z.coerce.number().int().min(0),
    tableId: z.coerce.number().int().min(0),
    p: z.string().optional(),
  }),
]);
export type ScheduleIntent = z.output<typeof scheduleIntent>;

/**
 * Carries out one intent for an organiser and records it in the audit log. Returns the toast to
 * show; `notFound` for a meeting of another event; rule breaks come back as an error toast.
 */
export async function runScheduleIntent(
  actor: Actor,
  eventId: number,
  v: ScheduleIntent,
  locale: Locale,
  db = getDb(),
): Promise<{ kind: "success" | "error"; message: string } | "notFound"> {
  if (!(await getEvent(db, eventId))) return "notFound";
  const t = translator(locale);
  const audit = (action: string, details?: unknown) =>
    auditAction(db, actor, action, "event", eventId, details);
  try {
    if (v.intent === "generate" || v.intent === "rerun") {
      const suggestions =
        v.intent === "generate" && v.includeSuggestions ? await suggestedPairs(eventId) : undefined;
      const r = await generateDraft(db, {
        eventId,
        mode: v.intent === "generate" ? "full" : "unscheduled",
        seed: v.intent === "generate" ? v.seed : 1,
        suggestions,
        userId: actor.userId,
      });
      await recordMeetingReasons(eventId, { all: v.intent === "generate" });
      await audit(v.intent === "generate" ? "schedule_generate" : "schedule_rerun", r);
      const verdict =
        v.intent === "rerun"
          ? ""
          : r.quality.optimal
            ? t("fair.schedule.bestPossible")
            : t("fair.schedule.withinBound", { gap: formatPercent(r.quality.gap, locale) });
      const done = t("fair.schedule.generated", { placed: r.placed, unscheduled: r.unscheduled });
      return { kind: "success", message: `${done} ${verdict}`.trim() };
    }
    if (v.intent === "publish") {
      // Meetings placed by hand since the last run get their reasons before they are published.
      await recordMeetingReasons(eventId, { all: false });
      const r = await publishDraft(db, { eventId, expectedVersion: v.expectedVersion, userId: actor.userId });
      await audit("schedule_publish", r);
      // Participants learn of the plan (and later of each change) through the mail outbox.
      await notifySchedule(eventId, "schedule_published");
      const message = t("fair.schedule.publishedDone", { version: r.version, meetings: r.meetings });
      return { kind: "success", message };
    }
    const m = await db
      .selectFrom("meetings")
      .select("eventId")
      .where("id", "=", v.meetingId)
      .executeTakeFirst();
    if (!m || m.eventId !== eventId) return "notFound";
    await moveMeeting(db, {
      meetingId: v.meetingId,
      slotId: v.slotId || null,
      tableId: v.tableId || null,
      userId: actor.userId,
    });
    await auditAction(db, actor, "meeting_move", "meeting", v.meetingId, {
      slotId: v.slotId,
      tableId: v.tableId,
    });
    return { kind: "success", message: t("fair.schedule.moved") };
  } catch (e) {
    const msg = e instanceof ScheduleConflictError ? await scheduleConflictMessage(e, locale) : fairError(e);
    if (msg === null) throw e;
    return { kind: "error", message: msg };
  }
}
