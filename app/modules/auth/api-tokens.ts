import type { Db } from "../../../db/connection";
import { insertApiToken } from "../../../db/queries/tokens";
import { recordAudit } from "../../../db/queries/audit";
import { API_TOKEN_PREFIX, hashSecret, newSecret, secretPrefix } from "./tokens";
import { tokenRoleNeedsOrg, type Role } from "./permissions";

export type TokenError = "orgRequired" | "orgKind";

/**
 * Creates an API token and returns the secret — the only time it exists in clear.
 * Supplier/buyer tokens act for one organisation of that kind; staff tokens for none.
 */
export async function createApiToken(
  db: Db,
  input: { name: string; role: Role; orgRef?: string | null },
  actor: string,
): Promise<{ ok: true; id: number; token: string } | { ok: false; error: TokenError }> {
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
  const id = await db.transaction().execute(async (tx) => {
    const id = await insertApiToken(tx, {
      name: input.name,
      role: input.role,
      orgId,
      tokenHash: hashSecret(token),
      prefix: secretPrefix(token),
    });
    await recordAudit(tx, {
      actor,
      action: "token_create",
      entity: "api_token",
      entityRef: String(id),
      details: { name: input.name, role: input.role, orgRef: input.orgRef ?? null },
    });
    return id;
  });
  return { ok: true, id, token };
}
