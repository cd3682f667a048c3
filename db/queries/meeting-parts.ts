import { sql } from "kysely";
import type { Db } from "../connection";

// Query parts about participants, requests and meetings shared by the draft, the publication,
// the agenda, requests, notices and exports. Each is joined one way, so that the aliases mean the
// same thing in every query that selects from them: a participant p with its organisation o (and
// fixed table t); a request's sides pf (from) and pt (to) with organisations of/ot; a meeting's
// two sides pa/pb with organisations oa/ob.

/** Participants (p) with their organisation (o). */
export function participantsWithOrg(db: Db) {
  return db.selectFrom("eventParticipants as p").innerJoin("organisations as o", "o.id", "p.orgId");
}

/** Participants (p) with their organisation (o) and the table they are fixed to (t), if any. */
export function participantsWithFixedTable(db: Db) {
  return participantsWithOrg(db).leftJoin("eventTables as t", "t.id", "p.fixedTableId");
}

/** The organisation's participations (p) with their events (e). */
export function participationsOf(db: Db, orgId: number) {
  return db
    .selectFrom("eventParticipants as p")
    .innerJoin("events as e", "e.id", "p.eventId")
    .where("p.orgId", "=", orgId);
}

/** Meeting requests (r) with the participants who sent (pf) and received (pt) them. */
export function requestsWithSides(db: Db) {
  return db
    .selectFrom("meetingRequests as r")
    .innerJoin("eventParticipants as pf", "pf.id", "r.fromId")
    .innerJoin("eventParticipants as pt", "pt.id", "r.toId");
}

/** Meeting requests (r) with both sides (pf, pt) and their organisations (of, ot). */
export function requestsWithSideOrgs(db: Db) {
  return requestsWithSides(db)
    .innerJoin("organisations as of", "of.id", "pf.orgId")
    .innerJoin("organisations as ot", "ot.id", "pt.orgId");
}

/** Meetings (m) with both sides. */
export function meetingsWithSides(db: Db) {
  return db
    .selectFrom("meetings as m")
    .innerJoin("eventParticipants as pa", "pa.id", "m.aId")
    .innerJoin("organisations as oa", "oa.id", "pa.orgId")
    .innerJoin("eventParticipants as pb", "pb.id", "m.bId")
    .innerJoin("organisations as ob", "ob.id", "pb.orgId");
}

/**
 * Published meetings (pm) with their meeting and its two sides, their slot (s) and their table
 * (t). A meeting's sides never change (publishing copies them), so the meeting's are the published
 * meeting's: both reads join the sides one way.
 */
export function publishedMeetingsWithSides(db: Db) {
  return meetingsWithSides(db)
    .innerJoin("publishedMeetings as pm", "pm.meetingId", "m.id")
    .innerJoin("eventSlots as s", "s.id", "pm.slotId")
    .innerJoin("eventTables as t", "t.id", "pm.tableId");
}

/**
 * Cancels meetings (the caller narrows which with `where`), freeing their slot and table, with
 * the reason the organisers' grid shows.
 */
export function cancelMeetings(db: Db, reason: string) {
  return db.updateTable("meetings").set({
    status: "cancelled",
    slotId: null,
    tableId: null,
    unscheduledReason: reason,
    updatedAt: sql<string>`strftime('%Y-%m-%dT%H:%M:%fZ','now')`,
  });
}
