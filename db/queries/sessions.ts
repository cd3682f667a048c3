import { sql } from "kysely";
import type { Db } from "../connection";
import { oneRowChanged } from "./count";
import { usersWithOrg } from "./users";

// Sessions as rows (ADR 021). Every lookup is by the SHA-256 of the cookie's secret; the
// integer id is only for listing and revoking from /my/account, always together with user_id.

export async function insertSession(
  db: Db,
  s: {
    tokenHash: string;
    userId: number;
    createdAt: string;
    expiresAt: string;
    userAgent: string | null;
    ip: string | null;
  },
) {
  const row = await db
    .insertInto("sessions")
    .values({ ...s, lastSeenAt: s.createdAt })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The session behind a cookie, with what a request needs of its user and organisation. */
export async function findSessionByHash(db: Db, tokenHash: string) {
  return usersWithOrg(db)
    .innerJoin("sessions as s", "s.userId", "u.id")
    .where("s.tokenHash", "=", tokenHash)
    .select([
      "s.id as sessionId",
      "s.lastSeenAt",
      "s.expiresAt",
      "u.id",
      "u.email",
      "u.name",
      "u.role",
      "u.status",
      // The chosen language (Japanese included) over the older vi/en column (migration 40).
      sql<"vi" | "en" | "ja">`coalesce(u.language, u.locale)`.as("locale"),
      "m.orgId",
      "m.role as memberRole",
      "o.ref as orgRef",
      "o.kind as orgKind",
    ])
    .executeTakeFirst();
}

export async function touchSession(db: Db, id: number, at: string) {
  await db.updateTable("sessions").set({ lastSeenAt: at }).where("id", "=", id).execute();
}

/** A new secret for the same row (login time and absolute expiry stay): the old cookie dies. */
export async function rekeySession(db: Db, id: number, tokenHash: string, at: string) {
  return oneRowChanged(db.updateTable("sessions").set({ tokenHash, lastSeenAt: at }).where("id", "=", id));
}

export async function deleteSession(db: Db, id: number) {
  await db.deleteFrom("sessions").where("id", "=", id).execute();
}

/** One of the user's own sessions (the user id is part of the where: nobody ends another's). */
export async function deleteUserSession(db: Db, userId: number, id: number) {
  return oneRowChanged(db.deleteFrom("sessions").where("id", "=", id).where("userId", "=", userId));
}

/** Every session of the user, except `keep` when given; returns how many ended. */
export async function deleteUserSessions(db: Db, userId: number, keep?: number) {
  let q = db.deleteFrom("sessions").where("userId", "=", userId);
  if (keep !== undefined) q = q.where("id", "!=", keep);
  const r = await q.executeTakeFirst();
  return Number(r.numDeletedRows);
}

/** Rows past their absolute expiry or idle too long: nothing can use them any more. */
export async function deleteDeadSessions(db: Db, userId: number, nowIso: string, idleSinceIso: string) {
  await db
    .deleteFrom("sessions")
    .where("userId", "=", userId)
    .where((eb) => eb.or([eb("expiresAt", "<=", nowIso), eb("lastSeenAt", "<", idleSinceIso)]))
    .execute();
}

export async function listUserSessions(db: Db, userId: number) {
  return db
    .selectFrom("sessions")
    .where("userId", "=", userId)
    .select(["id", "createdAt", "lastSeenAt", "expiresAt", "userAgent", "ip"])
    .orderBy("lastSeenAt", "desc")
    .orderBy("id", "desc")
    .execute();
}
