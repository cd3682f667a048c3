import { sql } from "kysely";
import type { Db } from "../connection";
import { bumpDraft, draftRevision, slotsOf } from "./events";
import { writeTx } from "./events-tx";
import {
  cancelMeetings,
  meetingsWithSides,
  participantsWithOrg,
  participationsOf,
  publishedMeetingsWithSides,
} from "./meeting-parts";

// Reads of the *published* schedule (the latest publication of an event) and the day's records:
// attendance and outcomes. Agendas, check-in and the report all go through here.

export interface PublishedRow {
  meetingId: number;
  eventId: number;
  slotId: number;
  slotCode: string;
  startsAt: string;
  minutes: number;
  tableCode: string;
  tableName: string;
  aId: number;
  bId: number;
  aOrgId: number;
  bOrgId: number;
  aRef: string;
  bRef: string;
  aKind: "buyer" | "supplier";
  bKind: "buyer" | "supplier";
  aNameVi: string | null;
  bNameVi: string | null;
  aNameEn: string | null;
  bNameEn: string | null;
  attendance: "held" | "no_show" | null;
  absentParticipantId: number | null;
  /** JSON MeetingReasons as published; null for meetings planned before reasons were kept. */
  reasons: string | null;
}

/** Meetings of the event's latest publication, by event id (events-schedule's meetingsOfPublication
 * takes a publication id); only those of `participantId` when given, only `meetingId` when given. */
export async function latestMeetingsOfEvent(
  db: Db,
  eventId: number,
  participantId?: number,
  meetingId?: number,
): Promise<PublishedRow[]> {
  let q = publishedMeetingsWithSides(db)
    .innerJoin("publications as p", "p.id", "pm.publicationId")
    .innerJoin("events as e", (j) =>
      j.onRef("e.id", "=", "p.eventId").onRef("e.publishedVersion", "=", "p.version"),
    )
    .leftJoin("meetingAttendance as ma", "ma.meetingId", "pm.meetingId")
    .where("p.eventId", "=", eventId)
    .select([
      "pm.meetingId",
      "p.eventId",
      "s.id as slotId",
      "s.code as slotCode",
      "s.startsAt",
      "s.minutes",
      "t.code as tableCode",
      "t.name as tableName",
      "pm.aId",
      "pm.bId",
      "oa.id as aOrgId",
      "ob.id as bOrgId",
      "oa.ref as aRef",
      "ob.ref as bRef",
      "pa.kind as aKind",
      "pb.kind as bKind",
      "oa.nameVi as aNameVi",
      "ob.nameVi as bNameVi",
      "oa.nameEn as aNameEn",
      "ob.nameEn as bNameEn",
      "ma.status as attendance",
      "ma.absentParticipantId",
      "pm.reasons",
    ]);
  if (participantId !== undefined)
    q = q.where((w) => w.or([w("pm.aId", "=", participantId), w("pm.bId", "=", participantId)]));
  if (meetingId !== undefined) q = q.where("pm.meetingId", "=", meetingId);
  return (await q.orderBy("s.startsAt").orderBy("t.position").execute()) as PublishedRow[];
}

export async function publishedMeeting(db: Db, meetingId: number): Promise<PublishedRow | undefined> {
  const m = await db.selectFrom("meetings").select("eventId").where("id", "=", meetingId).executeTakeFirst();
  if (!m) return undefined;
  // One row: the outcome and attendance writes of the fair day look a meeting up this way.
  const [row] = await latestMeetingsOfEvent(db, m.eventId, undefined, meetingId);
  return row;
}

export async function eventInfo(db: Db, eventId: number) {
  return db
    .selectFrom("events")
    .select(["id", "nameVi", "nameEn", "venue", "publishedVersion"])
    .where("id", "=", eventId)
    .executeTakeFirst();
}

/** The organisation's approved participations in events that have a published schedule. */
export async function publishedParticipations(db: Db, orgId: number) {
  return participationsOf(db, orgId)
    .where("p.status", "=", "approved")
    .where("e.publishedVersion", ">", 0)
    .select(["p.id as participantId", "p.kind", "e.id as eventId", "e.nameVi", "e.nameEn", "e.venue"])
    .orderBy("e.id", "desc")
    .execute();
}

export async function approvedParticipants(db: Db, eventId: number) {
  return participantsWithOrg(db)
    .where("p.eventId", "=", eventId)
    .where("p.status", "=", "approved")
    .select(["p.id", "p.kind", "p.orgId", "o.ref", "o.nameVi", "o.nameEn"])
    .orderBy("o.ref")
    .execute();
}

/** The messages of the requests behind meetings (either direction), keyed "low:high" participant ids. */
export async function requestMessages(db: Db, eventId: number): Promise<Map<string, string[]>> {
  const rows = await db
    .selectFrom("meetingRequests")
    .select(["fromId", "toId", "message"])
    .where("eventId", "=", eventId)
    .where("status", "=", "accepted")
    .where("message", "is not", null)
    .execute();
  const out = new Map<string, string[]>();
  for (const r of rows) {
    const k = `${Math.min(r.fromId, r.toId)}:${Math.max(r.fromId, r.toId)}`;
    out.set(k, [...(out.get(k) ?? []), r.message!]);
  }
  return out;
}

export async function recordAttendance(
  db: Db,
  a: {
    meetingId: number;
    eventId: number;
    status: "held" | "no_show";
    absentParticipantId: number | null;
    via: "qr" | "button";
    userId: number | null;
  },
) {
  await db
    .insertInto("meetingAttendance")
    .values({
      meetingId: a.meetingId,
      eventId: a.eventId,
      status: a.status,
      absentParticipantId: a.absentParticipantId,
      via: a.via,
      recordedBy: a.userId,
    })
    .onConflict((oc) =>
      oc.column("meetingId").doUpdateSet({
        status: a.status,
        absentParticipantId: a.absentParticipantId,
        via: a.via,
        recordedBy: a.userId,
        recordedAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`,
      }),
    )
    .execute();
}

export async function clearAttendance(db: Db, meetingId: number) {
  await db.deleteFrom("meetingAttendance").where("meetingId", "=", meetingId).execute();
}

export async function recordOutcome(
  db: Db,
  o: {
    meetingId: number;
    participantId: number;
    outcome:
      "no_further_contact" | "samples_requested" | "quotation_requested" | "negotiation" | "order_placed";
    note: string | null;
    userId: number | null;
  },
) {
  await db
    .insertInto("meetingOutcomes")
    .values({
      meetingId: o.meetingId,
      participantId: o.participantId,
      outcome: o.outcome,
      note: o.note,
      recordedBy: o.userId,
    })
    .execute();
}

/** Every outcome record of the event's meetings, oldest first (the history). */
export async function outcomeHistory(db: Db, eventId: number) {
  return db
    .selectFrom("meetingOutcomes as mo")
    .innerJoin("meetings as m", "m.id", "mo.meetingId")
    .where("m.eventId", "=", eventId)
    .select(["mo.meetingId", "mo.participantId", "mo.outcome", "mo.note", "mo.recordedAt"])
    .orderBy("mo.recordedAt")
    .orderBy("mo.id")
    .execute();
}

export async function requestStates(db: Db, eventId: number) {
  return db
    .selectFrom("meetingRequests")
    .select(["status as state", "declineReason"])
    .where("eventId", "=", eventId)
    .execute();
}

/** Sector of each supplier organisation among the given ids. */
export async function supplierSectors(db: Db, orgIds: number[]): Promise<Map<number, string | null>> {
  if (orgIds.length === 0) return new Map();
  const rows = await db
    .selectFrom("supplierProfiles")
    .select(["orgId", "sector"])
    .where("orgId", "in", orgIds)
    .execute();
  return new Map(rows.map((r) => [r.orgId, r.sector]));
}

/** One address per approved participant: the organisation's owner (else its first member). */
export async function participantAddresses(db: Db, eventId: number) {
  const rows = await db
    .selectFrom("eventParticipants as p")
    .innerJoin("memberships as ms", "ms.orgId", "p.orgId")
    .innerJoin("users as u", "u.id", "ms.userId")
    .where("p.eventId", "=", eventId)
    .where("p.status", "=", "approved")
    .where("u.status", "=", "active")
    .select([
      "p.id as participantId",
      "u.email",
      sql<"vi" | "en" | "ja">`coalesce(u.language, u.locale)`.as("locale"),
      "ms.role",
    ])
    .orderBy("p.id")
    .orderBy(sql`ms.role = 'owner'`, "desc")
    .orderBy("u.id")
    .execute();
  const first = new Map<number, { email: string; locale: string }>();
  for (const r of rows)
    if (!first.has(r.participantId)) first.set(r.participantId, { email: r.email, locale: r.locale });
  return first;
}

export async function queueScheduleMail(
  db: Db,
  rows: { kind: "schedule_published" | "schedule_changed"; to: string; subject: string; body: string }[],
) {
  if (rows.length === 0) return;
  await db
    .insertInto("mailOutbox")
    .values(rows.map((r) => ({ kind: r.kind, toAddress: r.to, subject: r.subject, body: r.body })))
    .execute();
}

export async function eventSlots(db: Db, eventId: number) {
  return slotsOf(db, eventId).select(["id", "code", "startsAt as start", "minutes"]).execute();
}

/**
 * Writes a day-of change to the draft in one transaction, only if the draft is still at
 * `expectRevision` (what the organiser previewed). Moved meetings leave their places first, so
 * that two meetings trading slots never trip the no-double-booking constraints halfway.
 */
export async function applyDayPlan(
  db: Db,
  eventId: number,
  expectRevision: number,
  plan: {
    updates: { meetingId: number; slotId: number | null; tableId: number | null; reason: string | null }[];
    cancelled: number | null;
    late: { participantId: number; arrivesAt: string } | null;
  },
): Promise<boolean> {
  return writeTx(db, async (tx) => {
    if ((await draftRevision(tx, eventId)) !== expectRevision) return false;
    const now = sql<string>`strftime('%Y-%m-%dT%H:%M:%fZ','now')`;
    if (plan.cancelled !== null)
      await cancelMeetings(tx, "cancelled on the day")
        .where("id", "=", plan.cancelled)
        .where("eventId", "=", eventId)
        .execute();
    if (plan.late)
      await tx
        .updateTable("eventParticipants")
        .set({ arrivesAt: plan.late.arrivesAt, updatedAt: now })
        .where("id", "=", plan.late.participantId)
        .execute();
    const ids = plan.updates.map((u) => u.meetingId);
    if (ids.length)
      await tx
        .updateTable("meetings")
        .set({ slotId: null, tableId: null })
        .where("id", "in", ids)
        .where("eventId", "=", eventId)
        .execute();
    for (const u of plan.updates)
      await tx
        .updateTable("meetings")
        .set({ slotId: u.slotId, tableId: u.tableId, unscheduledReason: u.reason, updatedAt: now })
        .where("id", "=", u.meetingId)
        .where("status", "=", "active")
        .execute();
    await bumpDraft(tx, eventId);
    return true;
  });
}

/**
 * Meetings the firm agreed to (an accepted request, or one the organisers arranged) that the
 * event's latest publication does not place yet: the agenda shows them as "time to be set", so
 * an acceptance is visible there at once and not only after the organisers publish.
 */
export async function agreedUnplaced(db: Db, orgId: number) {
  return meetingsWithSides(db)
    .innerJoin("events as e", "e.id", "m.eventId")
    .where("m.status", "=", "active")
    .where("m.source", "in", ["request", "organiser"])
    .where("e.status", "!=", "closed")
    .where("pa.status", "=", "approved")
    .where("pb.status", "=", "approved")
    .where((eb) => eb.or([eb("pa.orgId", "=", orgId), eb("pb.orgId", "=", orgId)]))
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom("publishedMeetings as pm")
            .innerJoin("publications as p", "p.id", "pm.publicationId")
            .whereRef("pm.meetingId", "=", "m.id")
            .whereRef("p.eventId", "=", "m.eventId")
            .whereRef("p.version", "=", "e.publishedVersion")
            .select("pm.meetingId"),
        ),
      ),
    )
    .select([
      "m.id as meetingId",
      "e.id as eventId",
      "e.nameVi as eventVi",
      "e.nameEn as eventEn",
      "pa.orgId as aOrgId",
      "oa.ref as aRef",
      "oa.kind as aKind",
      "oa.nameVi as aNameVi",
      "oa.nameEn as aNameEn",
      "ob.ref as bRef",
      "ob.kind as bKind",
      "ob.nameVi as bNameVi",
      "ob.nameEn as bNameEn",
    ])
    .orderBy("e.id", "desc")
    .orderBy("m.id")
    .execute();
}
