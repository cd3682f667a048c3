import type { Db } from "../connection";
import { sql } from "kysely";
import type { UsersTable } from "../schema";
import { countRows, oneRowChanged } from "./count";

type Language = "vi" | "en" | "ja";

/**
 * users.locale only holds vi/en (its CHECK predates Japanese); the chosen language, Japanese
 * included, is in users.language (migration 2026-12-06-40). Reads take language first.
 */
export const userLanguage = sql<Language>`coalesce(language, locale)`;
/** The vi/en value kept in users.locale for a language: English stands in for Japanese. */
export const legacyLocale = (l: Language): "vi" | "en" => (l === "ja" ? "en" : l);

type UserRole = UsersTable["role"];

export async function findUserByEmail(db: Db, email: string) {
  return db
    .selectFrom("users")
    .where("email", "=", email.trim().toLowerCase())
    .select(["id", "email", "name", "passwordHash", "role", "status", userLanguage.as("locale")])
    .executeTakeFirst();
}

export async function insertUser(
  db: Db,
  u: { email: string; name: string; passwordHash: string; role: UserRole; locale: Language },
) {
  const row = await db
    .insertInto("users")
    .values({ ...u, locale: legacyLocale(u.locale), language: u.locale, email: u.email.trim().toLowerCase() })
    .returning(["id"])
    .executeTakeFirstOrThrow();
  return row;
}

/** What a password must not be built from: the person's email and name. */
export async function getUserNames(db: Db, id: number) {
  return db.selectFrom("users").where("id", "=", id).select(["email", "name"]).executeTakeFirst();
}

export async function getPasswordHash(db: Db, id: number) {
  return (await db.selectFrom("users").where("id", "=", id).select("passwordHash").executeTakeFirst())
    ?.passwordHash;
}

/** Callers end the user's sessions in the same transaction (accounts.ts). */
export async function setPassword(db: Db, id: number, passwordHash: string) {
  await db.updateTable("users").set({ passwordHash }).where("id", "=", id).executeTakeFirstOrThrow();
}

/** Suspension also ends every session of the user at once (reactivation starts none). */
export async function setUserStatus(db: Db, id: number, status: "active" | "suspended") {
  const changed = await oneRowChanged(db.updateTable("users").set({ status }).where("id", "=", id));
  if (status === "suspended") await db.deleteFrom("sessions").where("userId", "=", id).execute();
  return changed;
}

/** The interface language the user chose with the switch; it becomes the default at the next login. */
export async function setUserLocale(db: Db, id: number, locale: Language) {
  await db
    .updateTable("users")
    .set({ locale: legacyLocale(locale), language: locale })
    .where("id", "=", id)
    .execute();
}

export async function touchLogin(db: Db, id: number) {
  await db.updateTable("users").set({ lastLoginAt: new Date().toISOString() }).where("id", "=", id).execute();
}

/** Users (u) with their membership (m) and its organisation (o), when they act for one. */
export function usersWithOrg(db: Db) {
  return db
    .selectFrom("users as u")
    .leftJoin("memberships as m", "m.userId", "u.id")
    .leftJoin("organisations as o", "o.id", "m.orgId");
}

export async function listUsers(db: Db, f: { q?: string; role?: UserRole; limit: number; offset: number }) {
  let q = usersWithOrg(db);
  if (f.q) q = q.where((eb) => eb.or([eb("u.email", "like", `%${f.q}%`), eb("u.name", "like", `%${f.q}%`)]));
  if (f.role) q = q.where("u.role", "=", f.role);
  const [rows, total] = await Promise.all([
    q
      .select([
        "u.id",
        "u.email",
        "u.name",
        "u.role",
        "u.status",
        "u.createdAt",
        "u.lastLoginAt",
        "o.ref as orgRef",
        "m.role as memberRole",
      ])
      .orderBy("u.id", "desc")
      .limit(f.limit)
      .offset(f.offset)
      .execute(),
    countRows(q),
  ]);
  return { rows, total };
}

// Password resets: single use, expiring, stored as the SHA-256 of the link's secret.
export async function insertPasswordReset(
  db: Db,
  r: { userId: number; tokenHash: string; expiresAt: string },
) {
  await db.insertInto("passwordResets").values(r).execute();
}

export async function findPasswordReset(db: Db, tokenHash: string) {
  return db
    .selectFrom("passwordResets")
    .where("tokenHash", "=", tokenHash)
    .select(["id", "userId", "expiresAt", "usedAt"])
    .executeTakeFirst();
}

/** Marks the link used; false when it was already used (a second click, or a race). */
export async function consumePasswordReset(db: Db, id: number) {
  return oneRowChanged(
    db
      .updateTable("passwordResets")
      .set({ usedAt: new Date().toISOString() })
      .where("id", "=", id)
      .where("usedAt", "is", null),
  );
}

/**
 * Burns every unused link of the user: one reset (or a password change) ends them all, so an
 * older mail lying in an inbox cannot set the password again.
 */
export async function burnPasswordResets(db: Db, userId: number, at = new Date().toISOString()) {
  await db
    .updateTable("passwordResets")
    .set({ usedAt: at })
    .where("userId", "=", userId)
    .where("usedAt", "is", null)
    .execute();
}

/** What an organiser's action on an account needs to know about it (its address for the toast). */
export async function getUserEmailRole(db: Db, id: number) {
  return db.selectFrom("users").where("id", "=", id).select(["email", "role"]).executeTakeFirst();
}
