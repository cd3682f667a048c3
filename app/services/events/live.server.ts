import { z } from "zod";
import type { Actor } from "~/modules/auth/permissions";
import { VENUE_TIMEZONE, slotClock, wallClock } from "~/modules/agenda";
import { compareNames, nameViEn, formatDate, tableCaption, translator, type Locale } from "~/modules/i18n";
import { getDb } from "~/utils/services.server";
import { auditAction } from "~/services/audit.server";
import {
  DayChangeError,
  applyDayChange,
  clearAttendance,
  eventInfo,
  eventSlots,
  latestMeetingsOfEvent,
  previewDayChange,
  publishedMeeting,
  recordAttendance,
  type DayChange,
} from "~/services/agenda.server";

// The fair day itself ("live", decision 310): the organisers' board at /admin/events/:id/live —
// the slot running by the clock and the next one, check-in and no-show per meeting, and day
// changes (a cancelled meeting, a late arrival) previewed before they are applied.

/** `?at=ISO` shows the board as at another time (rehearsals); anything else is now. */
export function boardTime(at: string | null): Date {
  return at && !Number.isNaN(Date.parse(at)) ? new Date(at) : new Date();
}

export type LiveBoard = NonNullable<Awaited<ReturnType<typeof liveBoard>>>;
export type LiveMeeting = NonNullable<LiveBoard["next"]>["meetings"][number];

/** The board's view model at `now`, or null for an event that does not exist. */
export async function liveBoard(eventId: number, now: Date, locale: Locale, db = getDb()) {
  const event = await eventInfo(db, eventId);
  if (!event) return null;
  const [slots, rows] = await Promise.all([eventSlots(db, eventId), latestMeetingsOfEvent(db, eventId)]);
  const clock = slotClock(slots, now);
  const view = (slotId: number | undefined) =>
    rows
      .filter((r) => r.slotId === slotId)
      .map((r) => ({
        meetingId: r.meetingId,
        // Named once, in the reader's words ("Table 1" on an English page, not the stored "Bàn 1").
        table: tableCaption(r.tableName, locale),
        a: { id: r.aId, name: nameViEn(r.aNameVi, r.aNameEn, locale) },
        b: { id: r.bId, name: nameViEn(r.bNameVi, r.bNameEn, locale) },
        attendance: r.attendance,
        absent: r.absentParticipantId,
      }));
  const label = (s: { start: string } | null) =>
    s ? wallClock(new Date(s.start), VENUE_TIMEZONE).time : null;
  const open = slots.filter((sl) => !clock.startedIds.has(sl.id));
  const openIds = new Set(open.map((sl) => sl.id));
  const people = new Map<number, string>();
  for (const r of rows) {
    people.set(r.aId, nameViEn(r.aNameVi, r.aNameEn, locale));
    people.set(r.bId, nameViEn(r.bNameVi, r.bNameEn, locale));
  }
  return {
    changes: {
      meetings: rows
        .filter((r) => openIds.has(r.slotId))
        .map((r) => ({
          id: r.meetingId,
          label: `${label({ start: r.startsAt })} · ${tableCaption(r.tableName, locale)} · ${people.get(r.aId)} ↔ ${people.get(r.bId)}`,
        })),
      participants: [...people]
        .map(([id, n]) => ({ id, name: n }))
        .sort((x, y) => compareNames(locale)(x.name, y.name)),
      slots: open.map((sl) => ({
        id: sl.id,
        label: `${formatDate(sl.start, locale)} ${label(sl)}`,
      })),
    },
    event: {
      id: event.id,
      name: nameViEn(event.nameVi, event.nameEn, locale),
      published: event.publishedVersion > 0,
    },
    clock: wallClock(now, VENUE_TIMEZONE).time,
    current: clock.current ? { time: label(clock.current), meetings: view(clock.current.id) } : null,
    next: clock.next ? { time: label(clock.next), meetings: view(clock.next.id) } : null,
  };
}

const change = z.discriminatedUnion("intent", [
  z.object({
    intent: z.enum(["preview-cancel", "apply-cancel"]),
    meeting: z.coerce.number().int().positive(),
    revision: z.coerce.number().int().optional(),
  }),
  z.object({
    intent: z.enum(["preview-late", "apply-late"]),
    participant: z.coerce.number().int().positive(),
    slot: z.coerce.number().int().positive(),
    revision: z.coerce.number().int().optional(),
  }),
]);

const attendance = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("checkin"), meeting: z.coerce.number().int().positive() }),
  z.object({
    intent: z.literal("noshow"),
    meeting: z.coerce.number().int().positive(),
    absent: z.union([z.literal("both"), z.coerce.number().int().positive()]),
  }),
  z.object({ intent: z.literal("undo"), meeting: z.coerce.number().int().positive() }),
]);

type Toast = { kind: "success" | "error"; message: string };
export type LiveOutcome =
  | { preview: { moved: number; revision: number; fields: Record<string, string> } }
  | { toast: Toast }
  | { status: 400 | 404; message: string };

/**
 * One button of the board for an organiser: a day change (preview, then apply at the previewed
 * revision) or a meeting's attendance. Audit recorded here; the route only turns the outcome
 * into a response.
 */
export async function runLiveIntent(
  actor: Actor,
  eventId: number,
  fields: Record<string, FormDataEntryValue>,
  now: Date,
  locale: Locale,
): Promise<LiveOutcome> {
  const c = change.safeParse(fields);
  if (c.success) return runDayChange(actor, eventId, c.data, fields, now, locale);
  const parsed = attendance.safeParse(fields);
  // Hidden fields behind the board's buttons: a failure is a forged or stale form, said in the
  // organiser's language rather than zod's English.
  if (!parsed.success) return { status: 400, message: translator(locale)("fair.badForm") };
  const db = getDb();
  const f = parsed.data;
  const m = await publishedMeeting(db, f.meeting);
  if (!m || m.eventId !== eventId) return { status: 404, message: "Not found" };
  if (f.intent === "undo") await clearAttendance(db, m.meetingId);
  else {
    const absent = f.intent === "noshow" && f.absent !== "both" ? f.absent : null;
    if (absent !== null && absent !== m.aId && absent !== m.bId)
      return { status: 400, message: "absent: not a side of this meeting" };
    await recordAttendance(db, {
      meetingId: m.meetingId,
      eventId: m.eventId,
      status: f.intent === "checkin" ? "held" : "no_show",
      absentParticipantId: absent,
      via: "button",
      userId: actor.userId,
    });
  }
  await auditAction(
    db,
    actor,
    `meeting.${f.intent}`,
    "meeting",
    m.meetingId,
    f.intent === "noshow" ? { absent: f.absent } : {},
  );
  return { toast: { kind: "success", message: translator(locale)("fairDay.live.recorded") } };
}

async function runDayChange(
  actor: Actor,
  eventId: number,
  c: z.output<typeof change>,
  fields: Record<string, FormDataEntryValue>,
  now: Date,
  locale: Locale,
): Promise<LiveOutcome> {
  const t = translator(locale);
  const dc: DayChange =
    "meeting" in c
      ? { kind: "cancel", meetingId: c.meeting }
      : { kind: "late", participantId: c.participant, fromSlotId: c.slot };
  try {
    if (c.intent.startsWith("preview")) {
      const p = await previewDayChange(eventId, dc, now);
      const apply = { ...fields, intent: c.intent.replace("preview", "apply"), revision: String(p.revision) };
      return {
        preview: { ...p, fields: Object.fromEntries(Object.entries(apply).map(([k, v]) => [k, String(v)])) },
      };
    }
    const done = await applyDayChange(eventId, dc, now, c.revision ?? -1, actor.userId);
    if (!done) return { toast: { kind: "error", message: t("fairDay.live.stale") } };
    await auditAction(getDb(), actor, `schedule.${dc.kind}`, "event", eventId, { ...dc, moved: done.moved });
    return { toast: { kind: "success", message: t("fairDay.live.applied", { count: done.moved }) } };
  } catch (e) {
    if (!(e instanceof DayChangeError)) throw e;
    return {
      toast: { kind: "error", message: e.code === "started" ? t("fairDay.live.started") : e.message },
    };
  }
}
