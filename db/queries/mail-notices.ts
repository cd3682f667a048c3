import { sql } from "kysely";
import type { Db } from "../connection";
import { participantsWithOrg, requestsWithSides } from "./meeting-parts";

// Reads behind the portal's notices: who is to be told (one address per organisation, with the
// language that person chose), what their calendars were last sent about each meeting, and which
// reminders are due. app/mail.server.ts composes the mails.

export interface Recipient {
  email: string;
  locale: "vi" | "en" | "ja";
}

/**
 * One address per organisation: the owner's (else the first member's), active accounts only.
 * Keyed by organisation id. `engagement`: only members who kept mail about meeting requests
 * and messages on (an owner who switched it off hands the mail to the next member).
 */
export async function orgRecipients(
  db: Db,
  orgIds: number[],
  opts: { engagement?: boolean } = {},
): Promise<Map<number, Recipient>> {
  const out = new Map<number, Recipient>();
  if (orgIds.length === 0) return out;
  for (let i = 0; i < orgIds.length; i += 500) {
    const rows = await db
      .selectFrom("memberships as ms")
      .innerJoin("users as u", "u.id", "ms.userId")
      .where("ms.orgId", "in", orgIds.slice(i, i + 500))
      .where("u.status", "=", "active")
      .$if(!!opts.engagement, (q) => q.where("u.mailEngagement", "=", 1))
      // The chosen language (Japanese included) over the older vi/en column (migration 40).
      .select(["ms.orgId", "u.email", sql<"vi" | "en" | "ja">`coalesce(u.language, u.locale)`.as("locale")])
      .orderBy("ms.orgId")
      .orderBy(sql`ms.role = 'owner'`, "desc")
      .orderBy("u.id")
      .execute();
    for (const r of rows) if (!out.has(r.orgId)) out.set(r.orgId, { email: r.email, locale: r.locale });
  }
  return out;
}

/** The event's participants (any status) with their organisation's names. */
export async function eventParticipantsNamed(db: Db, eventId: number) {
  return participantsWithOrg(db)
    .where("p.eventId", "=", eventId)
    .select(["p.id", "p.orgId", "p.kind", "p.status", "o.nameVi", "o.nameEn"])
    .execute();
}

export async function invitationsOf(db: Db, eventId: number) {
  return db.selectFrom("meetingInvitations").selectAll().where("eventId", "=", eventId).execute();
}

export async function upsertInvitation(
  db: Db,
  v: {
    meetingId: number;
    eventId: number;
    aId: number;
    bId: number;
    sequence: number;
    startsAt: string;
    minutes: number;
    tableName: string;
    state: "active" | "cancelled";
  },
) {
  await db
    .insertInto("meetingInvitations")
    .values(v)
    .onConflict((oc) =>
      oc.column("meetingId").doUpdateSet({
        sequence: v.sequence,
        startsAt: v.startsAt,
        minutes: v.minutes,
        tableName: v.tableName,
        state: v.state,
        aId: v.aId,
        bId: v.bId,
        updatedAt: sql`strftime('%Y-%m-%dT%H:%M:%fZ','now')`,
      }),
    )
    .execute();
}

/** Events with a published schedule whose first day is `firstDay`. */
export async function publishedEventsStarting(db: Db, firstDay: string) {
  return db
    .selectFrom("events as e")
    .innerJoin(
      (eb) =>
        eb
          .selectFrom("eventDays")
          .select(["eventId", sql<string>`min(date)`.as("firstDay")])
          .groupBy("eventId")
          .as("d"),
      (j) => j.onRef("d.eventId", "=", "e.id"),
    )
    .where("e.publishedVersion", ">", 0)
    .where("d.firstDay", "=", firstDay)
    .select(["e.id", "e.nameVi", "e.nameEn", "e.venue", "d.firstDay"])
    .execute();
}

/**
 * Pending meeting requests asked before `cutoff` in events whose request deadline has not
 * passed: the side that must answer is `to`.
 */
export async function unansweredRequests(db: Db, cutoff: string, now: string) {
  return requestsWithSides(db)
    .innerJoin("events as e", "e.id", "r.eventId")
    .innerJoin("organisations as of", "of.id", "pf.orgId")
    .where("r.status", "=", "pending")
    .where("r.createdAt", "<=", cutoff)
    .where((eb) => eb.or([eb("e.requestDeadline", "is", null), eb("e.requestDeadline", ">", now)]))
    .where("pt.status", "=", "approved")
    .select([
      "r.id",
      "r.eventId",
      "r.message",
      "r.createdAt",
      "pt.orgId as toOrgId",
      "of.nameVi as fromNameVi",
      "of.nameEn as fromNameEn",
      "e.nameVi as eventNameVi",
      "e.nameEn as eventNameEn",
    ])
    .orderBy("r.id")
    .execute();
}

/** Certificates of active firms valid until a date within [from, to]. */
export async function expiringCertificates(db: Db, from: string, to: string) {
  return db
    .selectFrom("certifications as c")
    .innerJoin("organisations as o", "o.id", "c.orgId")
    .where("o.status", "=", "active")
    .where("c.validUntil", ">=", from)
    .where("c.validUntil", "<=", to)
    .select(["c.id", "c.orgId", "c.standard", "c.certificateNo", "c.validUntil", "o.nameVi", "o.nameEn"])
    .orderBy("c.id")
    .execute();
}

/**
 * Published events not over by `today` whose latest publication has no schedule notice in the
 * outbox yet (the process stopped between publishing and queuing the notices).
 */
export async function eventsMissingNotices(db: Db, today: string) {
  const rows = await sql<{ id: number; publishedVersion: number }>`
    SELECT e.id, e.published_version AS publishedVersion FROM events e
     WHERE e.published_version > 0
       AND (SELECT max(date) FROM event_days d WHERE d.event_id = e.id) >= ${today}
       AND NOT EXISTS (SELECT 1 FROM mail_outbox m
                        WHERE m.dedupe_key LIKE 'schedule:' || e.id || ':v' || e.published_version || ':p%')
       AND EXISTS (SELECT 1 FROM event_participants p
                     JOIN memberships ms ON ms.org_id = p.org_id
                     JOIN users u ON u.id = ms.user_id AND u.status = 'active'
                    WHERE p.event_id = e.id AND p.status = 'approved')`.execute(db);
  return rows.rows;
}

/** The SEQUENCE last sent per meeting (meetings never invited are absent). */
export async function invitationSequences(db: Db, meetingIds: number[]): Promise<Map<number, number>> {
  if (meetingIds.length === 0) return new Map();
  const rows = await db
    .selectFrom("meetingInvitations")
    .select(["meetingId", "sequence"])
    .where("meetingId", "in", meetingIds)
    .execute();
  return new Map(rows.map((r) => [r.meetingId, r.sequence]));
}
