// Accounts, memberships, API tokens, contact views and firm recognitions: the door from the
// account and admin routes to their queries (routes never import db/; docs/decisions/250-layers.md).
import type { Db } from "../../db/connection";
import { getUserEmailRole, setUserStatus as writeUserStatus } from "../../db/queries/users";
import { revokeApiToken as writeRevokeToken } from "../../db/queries/tokens";
import { auditAction } from "~/services/audit.server";
import type { Actor } from "../modules/auth/permissions";
export { emailVerifiedAt, listContactViews } from "../../db/queries/contact-access";
export {
  getMembership,
  getOrgSummary,
  listMembers,
  listOpenInvites,
  revokeInvite,
} from "../../db/queries/memberships";
export {
  deleteRecognition,
  getFirmByRef,
  insertRecognition,
  listFirms,
  listRecognitions,
  setVerified,
} from "../../db/queries/recognitions";
export { linkToCityRef, refTaken } from "../../db/queries/ref-link";
export { listApiTokens, revokeApiToken } from "../../db/queries/tokens";
export { listUsers, setUserLocale, setUserStatus } from "../../db/queries/users";

export type AccountStatusResult =
  { ok: true; email: string } | { ok: false; reason: "self" | "notFound" | "forbidden" };

/**
 * An organiser suspends or reactivates an account, with its audit entry, in one transaction.
 * Nobody suspends themselves; organisers cannot touch admins (admins can touch anyone else).
 * Suspension also ends every session of the account at once (setUserStatus).
 */
export async function changeAccountStatus(
  db: Db,
  actor: Actor,
  userId: number,
  intent: "suspend" | "reactivate",
): Promise<AccountStatusResult> {
  if (userId === actor.userId) return { ok: false, reason: "self" };
  const target = await getUserEmailRole(db, userId);
  if (!target) return { ok: false, reason: "notFound" };
  if (target.role === "admin" && actor.role !== "admin") return { ok: false, reason: "forbidden" };
  await db.transaction().execute(async (tx) => {
    await writeUserStatus(tx, userId, intent === "suspend" ? "suspended" : "active");
    await auditAction(tx, actor, intent, "user", userId);
  });
  return { ok: true, email: target.email };
}

/** Revokes an API token and records who did it (nothing is recorded for an unknown or revoked one). */
export async function revokeApiTokenBy(db: Db, actor: Actor, id: number): Promise<void> {
  if (await writeRevokeToken(db, id)) await auditAction(db, actor, "token_revoke", "api_token", id);
}
