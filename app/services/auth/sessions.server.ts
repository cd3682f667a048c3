import type { Db } from "../../../db/connection";
import * as q from "../../../db/queries/sessions";
import { auditAction } from "~/services/audit.server";
import { hashSecret, newSecret, SESSION_PREFIX } from "../../modules/auth/tokens";
import {
  needsTouch,
  sessionState,
  SESSION_ABSOLUTE_MS,
  SESSION_IDLE_MS,
} from "../../modules/auth/session-policy";

// Sessions as rows (ADR 021), free of HTTP: session.server.ts puts the secret in a signed
// cookie, these functions decide whether it still opens a session. The clock is a parameter
// so that tests can move it instead of sleeping.

export interface SessionMeta {
  userAgent: string | null;
  ip: string | null;
}

const iso = (ms: number) => new Date(ms).toISOString();

/** A new session for a login: returns the secret for the cookie (the only copy in clear). */
export async function createSession(
  db: Db,
  userId: number,
  meta: SessionMeta,
  now = Date.now(),
): Promise<{ id: number; secret: string }> {
  const secret = newSecret(SESSION_PREFIX);
  // Dead rows of this user go at each login, so the table does not grow without bound.
  await q.deleteDeadSessions(db, userId, iso(now), iso(now - SESSION_IDLE_MS));
  const id = await q.insertSession(db, {
    tokenHash: hashSecret(secret),
    userId,
    createdAt: iso(now),
    expiresAt: iso(now + SESSION_ABSOLUTE_MS),
    userAgent: meta.userAgent?.slice(0, 512) || null,
    ip: meta.ip?.slice(0, 64) || null,
  });
  return { id, secret };
}

export type ResolvedSession = NonNullable<Awaited<ReturnType<typeof q.findSessionByHash>>>;

/**
 * The live session behind a cookie's secret, or null. An idle or expired session is deleted
 * on the spot; a suspended user's sessions are already gone (suspension ends them) but are
 * refused here too, in case a row was written around the suspension.
 */
export async function resolveSession(
  db: Db,
  secret: string,
  now = Date.now(),
): Promise<ResolvedSession | null> {
  if (!secret.startsWith(`${SESSION_PREFIX}_`)) return null;
  const s = await q.findSessionByHash(db, hashSecret(secret));
  if (!s) return null;
  if (sessionState(s, now) !== "active") {
    await q.deleteSession(db, s.sessionId);
    return null;
  }
  if (s.status !== "active") return null;
  if (needsTouch(s.lastSeenAt, now)) await q.touchSession(db, s.sessionId, iso(now));
  return s;
}

/**
 * A new secret for the same session, after its privileges changed (organisation registered or
 * joined, password changed): a session id someone planted or copied before then stops working.
 */
export async function rotateSession(db: Db, sessionId: number, now = Date.now()): Promise<string | null> {
  const secret = newSecret(SESSION_PREFIX);
  return (await q.rekeySession(db, sessionId, hashSecret(secret), iso(now))) ? secret : null;
}

/** Logout: the row goes, so a copy of the cookie is worth nothing afterwards. */
export async function endSessionBySecret(db: Db, secret: string): Promise<void> {
  const s = await q.findSessionByHash(db, hashSecret(secret));
  if (s) await q.deleteSession(db, s.sessionId);
}

export async function endSession(db: Db, userId: number, sessionId: number): Promise<boolean> {
  return q.deleteUserSession(db, userId, sessionId);
}

/** Every session of the user (except `keep`): logout everywhere, suspension, a new password. */
export async function endUserSessions(db: Db, userId: number, keep?: number): Promise<number> {
  return q.deleteUserSessions(db, userId, keep);
}

/** The user's live sessions for /my/account, newest activity first. */
export async function listSessions(db: Db, userId: number, now = Date.now()) {
  const rows = await q.listUserSessions(db, userId);
  return rows.filter((r) => sessionState(r, now) === "active");
}

/** "Log out" on one of the user's own devices from /my/account; false when it was not theirs or is gone. */
export async function revokeSession(db: Db, userId: number, sessionId: number): Promise<boolean> {
  return db.transaction().execute(async (tx) => {
    if (!(await q.deleteUserSession(tx, userId, sessionId))) return false;
    await auditAction(tx, `user:${userId}`, "session_revoke", "user", userId, { sessionId });
    return true;
  });
}

/** "Log out everywhere else": every session but the current one. Returns how many ended. */
export async function revokeOtherSessions(db: Db, userId: number, currentId: number): Promise<number> {
  return db.transaction().execute(async (tx) => {
    const n = await q.deleteUserSessions(tx, userId, currentId);
    await auditAction(tx, `user:${userId}`, "session_revoke_others", "user", userId, { sessionsEnded: n });
    return n;
  });
}
