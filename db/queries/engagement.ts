import { sql } from "kysely";
import type { Db } from "../connection";
import { countRows } from "./count";
import { requestsWithSides } from "./meeting-parts";
import { membersWithAccounts } from "./memberships";

// Engagement (issue 14): in-app notifications, buyers' shortlists and suppliers' interest in a
// sourcing request. Ownership is in every where clause: a notification by its user, a
// shortlist by its organisation.

const NOW = sql<string>`strftime('%Y-%m-%dT%H:%M:%fZ','now')`;

// ---- notifications ---------------------------------------------------------------------

export interface NewNotification {
  kind: string;
  params: Record<string, unknown>;
  link: string;
}

/** The active members of organisations: who is told when something happens to a firm. */
export async function memberIds(db: Db, orgIds: number[]): Promise<number[]> {
  if (orgIds.length === 0) return [];
  const rows = await membersWithAccounts(db)
    .where("m.orgId", "in", orgIds)
    .where("u.status", "=", "active")
    .select("u.id")
    .distinct()
    .execute();
  return rows.map((r) => r.id);
}

export async function insertNotifications(db: Db, userIds: number[], n: NewNotification): Promise<void> {
  if (userIds.length === 0) return;
  const params = JSON.stringify(n.params);
  for (let i = 0; i < userIds.length; i += 200)
    await db
      .insertInto("notifications")
      .values(userIds.slice(i, i + 200).map((userId) => ({ userId, kind: n.kind, params, link: n.link })))
      .execute();
}

export async function listNotifications(db: Db, userId: number, limit: number) {
  return db
    .selectFrom("notifications")
    .where("userId", "=", userId)
    .select(["id", "kind", "params", "link", "readAt", "createdAt"])
    .orderBy("id", "desc")
    .limit(limit)
    .execute();
}

export async function unreadNotifications(db: Db, userId: number): Promise<number> {
  return countRows(db.selectFrom("notifications").where("userId", "=", userId).where("readAt", "is", null));
}

/** Marks one (or, without id, every) notification of the user read; another user's id is a no-op. */
export async function markNotificationsRead(db: Db, userId: number, id?: number): Promise<number> {
  let q = db
    .updateTable("notifications")
    .set({ readAt: NOW })
    .where("userId", "=", userId)
    .where("readAt", "is", null);
  if (id !== undefined) q = q.where("id", "=", id);
  const r = await q.executeTakeFirst();
  return Number(r.numUpdatedRows);
}

// ---- shortlists ------------------------------------------------------------------------

export async function shortlistsOf(db: Db, orgId: number) {
  return db
    .selectFrom("shortlists as s")
    .where("s.orgId", "=", orgId)
    .select((eb) => [
      "s.id",
      "s.name",
      "s.createdAt",
      eb
        .selectFrom("shortlistItems as i")
        .whereRef("i.shortlistId", "=", "s.id")
        .select((e) => e.fn.countAll<number>().as("n"))
        .as("size"),
    ])
    .orderBy("s.name")
    .execute();
}

export async function shortlistOf(db: Db, orgId: number, id: number) {
  return db
    .selectFrom("shortlists")
    .where("id", "=", id)
    .where("orgId", "=", orgId)
    .select(["id", "name"])
    .executeTakeFirst();
}

export async function createShortlist(db: Db, orgId: number, name: string, userId: number | null) {
  const row = await db
    .insertInto("shortlists")
    .values({ orgId, name, createdBy: userId })
    // ON CONFLICT DO NOTHING rather than SQLite's INSERT OR IGNORE: the same on both databases.
    .onConflict((oc) => oc.doNothing())
    .returning("id")
    .executeTakeFirst();
  if (row) return row.id;
  const same = await db
    .selectFrom("shortlists")
    .where("orgId", "=", orgId)
    .where("name", "=", name)
    .select("id")
    .executeTakeFirstOrThrow();
  return same.id;
}

export async function deleteShortlist(db: Db, orgId: number, id: number) {
  await db.deleteFrom("shortlists").where("id", "=", id).where("orgId", "=", orgId).execute();
}

export async function addToShortlist(
  db: Db,
  shortlistId: number,
  supplierOrgId: number,
  userId: number | null,
) {
  await db
    .insertInto("shortlistItems")
    .values({ shortlistId, supplierOrgId, addedBy: userId })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function removeFromShortlist(db: Db, shortlistId: number, supplierOrgId: number) {
  await db
    .deleteFrom("shortlistItems")
    .where("shortlistId", "=", shortlistId)
    .where("supplierOrgId", "=", supplierOrgId)
    .execute();
}

/** The items (i) of the organisation's own shortlists (s): ownership is in this one where. */
function itemsOfOrg(db: Db, orgId: number) {
  return db
    .selectFrom("shortlistItems as i")
    .innerJoin("shortlists as s", "s.id", "i.shortlistId")
    .where("s.orgId", "=", orgId);
}

/** The suppliers of one of the organisation's shortlists (another organisation's list is empty). */
export async function shortlistItems(db: Db, orgId: number, shortlistId: number) {
  return itemsOfOrg(db, orgId)
    .innerJoin("organisations as o", "o.id", "i.supplierOrgId")
    .leftJoin("supplierProfiles as p", "p.orgId", "o.id")
    .where("s.id", "=", shortlistId)
    .select([
      "o.id",
      "o.ref",
      "o.nameVi",
      "o.nameEn",
      "o.nameJa",
      "o.verifiedAt",
      "o.website",
      "p.industrialZone",
      "p.city",
      "i.addedAt",
    ])
    .orderBy("i.addedAt")
    .execute();
}

/** Which of the organisation's shortlists already hold the supplier. */
export async function shortlistsHolding(db: Db, orgId: number, supplierOrgId: number): Promise<Set<number>> {
  const rows = await itemsOfOrg(db, orgId)
    .where("i.supplierOrgId", "=", supplierOrgId)
    .select("s.id")
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** For a list of suppliers (a results page): which of the organisation's shortlists hold each. */
export async function shortlistsHoldingRefs(db: Db, orgId: number, refs: string[]) {
  if (refs.length === 0) return [];
  return itemsOfOrg(db, orgId)
    .innerJoin("organisations as o", "o.id", "i.supplierOrgId")
    .where("o.ref", "in", refs)
    .select(["o.ref", "s.id as shortlistId"])
    .execute();
}

// ---- interest in a sourcing request ------------------------------------------------------

/** Records the supplier's interest; false when it was already recorded. */
export async function addInterest(
  db: Db,
  requestId: number,
  supplierOrgId: number,
  note: string | null,
  userId: number | null,
): Promise<boolean> {
  const r = await db
    .insertInto("requestInterests")
    .values({ requestId, supplierOrgId, note, createdBy: userId })
    .onConflict((oc) => oc.doNothing())
    .returning("requestId")
    .executeTakeFirst();
  return r !== undefined;
}

export async function interestsIn(db: Db, requestId: number) {
  return db
    .selectFrom("requestInterests as i")
    .innerJoin("organisations as o", "o.id", "i.supplierOrgId")
    .where("i.requestId", "=", requestId)
    .select(["o.id", "o.ref", "o.nameVi", "o.nameEn", "i.note", "i.createdAt"])
    .orderBy("i.createdAt", "desc")
    .execute();
}

export async function hasInterest(db: Db, requestId: number, supplierOrgId: number): Promise<boolean> {
  return !!(await db
    .selectFrom("requestInterests")
    .where("requestId", "=", requestId)
    .where("supplierOrgId", "=", supplierOrgId)
    .select("requestId")
    .executeTakeFirst());
}

/** Open public requests posted since `since`: "new opportunities" on a supplier's dashboard. */
export async function openRequestsSince(db: Db, since: string): Promise<number> {
  return countRows(
    db
      .selectFrom("sourcingRequests")
      .where("status", "=", "open")
      .where("visibility", "=", "public")
      .where("createdAt", ">=", since),
  );
}

/**
 * Events where both organisations are approved participants and requests are still taken:
 * where a meeting can be asked for from a profile, a match or an opportunity.
 */
export async function sharedOpenEvents(db: Db, myOrgId: number, otherOrgId: number, nowIso: string) {
  return db
    .selectFrom("eventParticipants as me")
    .innerJoin("eventParticipants as them", "them.eventId", "me.eventId")
    .innerJoin("events as e", "e.id", "me.eventId")
    .where("me.orgId", "=", myOrgId)
    .where("them.orgId", "=", otherOrgId)
    .where("me.status", "=", "approved")
    .where("them.status", "=", "approved")
    .where("e.status", "=", "open")
    .where((eb) => eb.or([eb("e.requestDeadline", "is", null), eb("e.requestDeadline", ">", nowIso)]))
    .select([
      "e.id as eventId",
      "e.nameVi",
      "e.nameEn",
      "e.allowBuyerBuyer",
      "e.allowSupplierSupplier",
      "me.id as myId",
      "me.kind as myKind",
      "them.id as theirId",
      "them.kind as theirKind",
      sql<number>`exists (select 1 from meeting_requests r where r.event_id = e.id
        and r.status in ('pending', 'accepted')
        and r.from_id = me.id and r.to_id = them.id)`.as("asked"),
    ])
    .execute();
}

/** An organisation by id or ref, with what engagement needs to know (names for notices, kind, state). */
async function orgWhere(db: Db, by: { id: number } | { ref: string }) {
  return db
    .selectFrom("organisations")
    .where((eb) => ("id" in by ? eb("id", "=", by.id) : eb("ref", "=", by.ref)))
    .select(["id", "ref", "kind", "nameVi", "nameEn", "status", "verifiedAt"])
    .executeTakeFirst();
}

export const orgByRef = (db: Db, ref: string) => orgWhere(db, { ref });
export const orgById = (db: Db, id: number) => orgWhere(db, { id });

/** The two organisations of a meeting request, and its event's names. */
export async function meetingRequestSides(db: Db, requestId: number) {
  return requestsWithSides(db)
    .innerJoin("events as e", "e.id", "r.eventId")
    .where("r.id", "=", requestId)
    .select([
      "r.eventId",
      "r.cancelReason",
      "pf.orgId as fromOrgId",
      "pt.orgId as toOrgId",
      "e.nameVi as eventVi",
      "e.nameEn as eventEn",
    ])
    .executeTakeFirst();
}

/** The approved participants' organisations of an event (told when its schedule changes). */
export async function approvedOrgIds(db: Db, eventId: number): Promise<number[]> {
  const rows = await db
    .selectFrom("eventParticipants")
    .where("eventId", "=", eventId)
    .where("status", "=", "approved")
    .select("orgId")
    .execute();
  return rows.map((r) => r.orgId);
}

/** Pending requests the organisation must answer, across open events. */
export async function pendingToAnswer(db: Db, orgId: number): Promise<number> {
  return countRows(
    db
      .selectFrom("meetingRequests as r")
      .innerJoin("eventParticipants as p", "p.id", "r.toId")
      .where("p.orgId", "=", orgId)
      .where("r.status", "=", "pending"),
  );
}

/** Meeting requests an account sent since `since` (ISO), at any event: the daily brake's count. */
export async function meetingRequestsSentSince(db: Db, userId: number, since: string): Promise<number> {
  return countRows(
    db.selectFrom("meetingRequests").where("createdBy", "=", userId).where("createdAt", ">=", since),
  );
}

/** Whether the user wants mail about meeting requests and messages (migration 2026-12-08-14). */
export async function engagementMail(db: Db, userId: number): Promise<boolean> {
  const r = await db.selectFrom("users").where("id", "=", userId).select("mailEngagement").executeTakeFirst();
  return r?.mailEngagement !== 0;
}

export async function setEngagementMail(db: Db, userId: number, on: boolean): Promise<void> {
  await db
    .updateTable("users")
    .set({ mailEngagement: on ? 1 : 0 })
    .where("id", "=", userId)
    .execute();
}
