import { z } from "zod";
import type { Actor } from "~/modules/auth/permissions";
import { displayName, translator, type Locale } from "~/modules/i18n";
import { getDb } from "~/utils/services.server";
import { auditAction } from "~/services/audit.server";
import { eventHeadline } from "~/services/events/public-event.server";
import {
  addOrganiserMeeting,
  fairError,
  getEvent,
  latestPublication,
  listParticipants,
  listSlots,
  listTables,
  requestCounts,
  setParticipantStatus,
} from "~/services/events.server";
import { meetingsWithSides } from "../../../db/queries/meeting-parts";

// The organiser's overview of one event (/admin/events/:id): its view model and its two intents
// (a registration's status, a meeting the organiser adds), audit included.

export type EventOverview = NonNullable<Awaited<ReturnType<typeof eventOverview>>>;

/** The overview's view model, or null for an event that does not exist. */
export async function eventOverview(eventId: number, locale: Locale, db = getDb()) {
  const ev = await getEvent(db, eventId);
  if (!ev) return null;
  const en = locale === "en";
  const [people, slots, tables, counts, pub] = await Promise.all([
    listParticipants(db, ev.id),
    listSlots(db, ev.id),
    listTables(db, ev.id),
    requestCounts(db, ev.id),
    latestPublication(db, ev.id),
  ]);
  const organiserMeetings = await meetingsWithSides(db)
    .select(["m.id", "oa.ref as aRef", "ob.ref as bRef", "m.note"])
    .where("m.eventId", "=", ev.id)
    .where("m.source", "=", "organiser")
    .where("m.status", "=", "active")
    .execute();
  return {
    ev: { ...eventHeadline(ev), publishedVersion: ev.publishedVersion },
    people: people.map((p) => ({
      id: p.id,
      ref: p.ref,
      name: displayName(p, en ? "en" : "vi", p.ref),
      kind: p.kind,
      status: p.status,
      fixedTable: p.fixedTableCode,
      note: p.note,
    })),
    slots: slots.length,
    tables: tables.length,
    counts,
    published: pub ? { version: pub.version, at: pub.publishedAt, meetings: pub.meetings } : null,
    organiserMeetings,
  };
}

export const overviewIntent = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("status"),
    participantId: z.coerce.number().int().positive(),
    status: z.enum(["approved", "rejected", "pending"]),
  }),
  z.object({
    intent: z.literal("addMeeting"),
    aId: z.coerce.number().int().positive(),
    bId: z.coerce.number().int().positive(),
    note: z.string().trim().max(500).optional(),
  }),
]);
export type OverviewIntent = z.output<typeof overviewIntent>;

/** Carries out one intent for an organiser; the toast to show, or "notFound" for another event's participant. */
export async function runOverviewIntent(
  actor: Actor,
  eventId: number,
  v: OverviewIntent,
  locale: Locale,
  db = getDb(),
): Promise<{ kind: "success" | "error"; message: string } | "notFound"> {
  if (!(await getEvent(db, eventId))) return "notFound";
  const t = translator(locale);
  try {
    if (v.intent === "status") {
      const p = await db
        .selectFrom("eventParticipants")
        .select("id")
        .where("id", "=", v.participantId)
        .where("eventId", "=", eventId)
        .executeTakeFirst();
      if (!p) return "notFound";
      await setParticipantStatus(db, v.participantId, v.status, actor.userId);
      await auditAction(db, actor, `participant_${v.status}`, "event_participant", v.participantId);
      return { kind: "success", message: t(`fair.admin.statusDone.${v.status}`) };
    }
    const id = await addOrganiserMeeting(db, {
      eventId,
      aId: v.aId,
      bId: v.bId,
      note: v.note || null,
      userId: actor.userId,
    });
    await auditAction(db, actor, "meeting_add", "meeting", id);
    return { kind: "success", message: t("fair.admin.meetingAdded") };
  } catch (e) {
    const msg = fairError(e);
    if (msg === null) throw e;
    return { kind: "error", message: msg };
  }
}
