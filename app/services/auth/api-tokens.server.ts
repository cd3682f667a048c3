import type { Db } from "../../../db/connection";
import { insertApiToken } from "../../../db/queries/tokens";
import { auditAction } from "~/services/audit.server";
import {
  API_TOKEN_PREFIX,
  hashSecret,
  newSecret,
  secretPrefix,
  TOKEN_DEFAULT_DAYS,
  TOKEN_MAX_DAYS,
} from "../../modules/auth/tokens";
import { tokenRoleNeedsOrg, type Role } from "../../modules/auth/permissions";

export type TokenError = "orgRequired" | "orgKind" | "days";

/**
 * Creates an API token and returns the secret — the only time it exists in clear.
 * Supplier/buyer tokens act for one organisation of that kind; staff tokens for none. Every
 * token expires; `createdBy` (the staff account, null from the CLI) ties it to that account's
 * suspension.
 */
export async function createApiToken(
  db: Db,
  input: { name: string; role: Role; orgRef?: string | null; days?: number; createdBy?: number | null },
  actor: string,
  now = Date.now(),
): Promise<{ ok: true; id: number; token: string; expiresAt: string } | { ok: false; error: TokenError }> {
  const days = input.days ?? TOKEN_DEFAULT_DAYS;
  if (!Number.isInteger(days) || days < 1 || days > TOKEN_MAX_DAYS) return { ok: false, error: "days" };
  let orgId: number | null = null;
  if (tokenRoleNeedsOrg(input.role)) {
    if (!input.orgRef) return { ok: false, error: "orgRequired" };
    const org = await db
      .selectFrom("organisations")
      .where("ref", "=", input.orgRef)
      .select(["id", "kind"])
      .executeTakeFirst();
    if (!org) return { ok: false, error: "orgRequired" };
    if (org.kind !== input.role) return { ok: false, error: "orgKind" };
    orgId = org.id;
  }
  const token = newSecret(API_TOKEN_PREFIX);
  const expiresAt = new Date(now + days * 24 * 60 * 60 * 1000).toISOString();
  const id = await db.transaction().execute(async (tx) => {
    const id = await insertApiToken(tx, {
      name: input.name,
      role: input.role,
      orgId,
      tokenHash: hashSecret(token),
      prefix: secretPrefix(token),
      expiresAt,
      createdBy: input.createdBy ?? null,
    });
    await auditAction(tx, actor, "token_create", "api_token", id, {
      name: input.name,
      role: input.role,
      orgRef: input.orgRef ?? null,
      expiresAt,
    });
    return id;
  });
  return { ok: true, id, token, expiresAt };
}

export type TokenProblem = "expired" | "suspended";

/**
 * Whether a (not revoked) token may still act: not past its expiry (a missing expiry counts as
 * past), and neither its organisation nor the account that created it suspended.
 */
export function tokenProblem(
  t: { expiresAt: string | null; orgStatus: string | null; ownerStatus: string | null },
  now: number,
): TokenProblem | null {
  if (!t.expiresAt || Date.parse(t.expiresAt) <= now) return "expired";
  if (t.orgStatus === "suspended" || t.ownerStatus === "suspended") return "suspended";
  return null;
}
