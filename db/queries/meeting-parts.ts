import { sql } from "kysely";
import type { Db } from "../connection";

// Query parts about meetings shared by the draft, the publication, the agenda and requests.
// A meeting's two sides are participants pa/pb and their organisations oa/ob, joined one way,
// so that the aliases mean the same thing in every query that selects from them.

/** Meetings (m) with both sides. */
export function meetingsWithSides(db: Db) {
  return db
    .selectFrom("meetings as m")
    .innerJoin("eventParticipants as pa", "pa.id", "m.aId")
    .innerJoin("organisations as oa", "oa.id", "pa.orgId")
    .innerJoin("eventParticipants as pb", "pb.id", "m.bId")
    .innerJoin("organisations as ob", "ob.id", "pb.orgId");
}

/** Published meetings (pm) with their slot (s), their table (t) and both sides. */
export function publishedMeetingsWithSides(db: Db) {
  return db
    .selectFrom("publishedMeetings as pm")
    .innerJoin("eventSlots as s", "s.id", "pm.slotId")
    .innerJoin("eventTables as t", "t.id", "pm.tableId")
    .innerJoin("eventParticipants as pa", "pa.id", "pm.aId")
    .innerJoin("organisations as oa", "oa.id", "pa.orgId")
    .innerJoin("eventParticipants as pb", "pb.id", "pm.bId")
    .innerJoin("organisations as ob", "ob.id", "pb.orgId");
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
