import type { Db } from "../connection";
import { oneRowChanged } from "./count";
import type { ApiTokensTable } from "../schema";

type TokenRole = ApiTokensTable["role"];

export async function insertApiToken(
  db: Db,
  t: {
    name: string;
    role: TokenRole;
    orgId: number | null;
    tokenHash: string;
    prefix: string;
    expiresAt: string;
    createdBy: number | null;
  },
) {
  const row = await db.insertInto("apiTokens").values(t).returning("id").executeTakeFirstOrThrow();
  return row.id;
}

/** API tokens (t) with the organisation each acts for (o), if it acts for one. */
function tokensWithOrg(db: Db) {
  return db.selectFrom("apiTokens as t").leftJoin("organisations as o", "o.id", "t.orgId");
}

/**
 * The token behind a Bearer header (not revoked), with what decides whether it may still act:
 * its expiry, its organisation's status and its creator's status (api-tokens.ts judges).
 */
export async function findActiveToken(db: Db, tokenHash: string) {
  return tokensWithOrg(db)
    .leftJoin("users as u", "u.id", "t.createdBy")
    .where("t.tokenHash", "=", tokenHash)
    .where("t.revokedAt", "is", null)
    .select([
      "t.id",
      "t.name",
      "t.role",
      "t.orgId",
      "o.ref as orgRef",
      "t.lastUsedAt",
      "t.expiresAt",
      "o.status as orgStatus",
      "u.status as ownerStatus",
    ])
    .executeTakeFirst();
}

/** Written at most once a minute per token, so API reads do not turn into writes. */
export async function touchToken(db: Db, id: number, lastUsedAt: string | null, now = new Date()) {
  if (lastUsedAt && now.getTime() - Date.parse(lastUsedAt) < 60_000) return;
  await db.updateTable("apiTokens").set({ lastUsedAt: now.toISOString() }).where("id", "=", id).execute();
}

export async function listApiTokens(db: Db) {
  return tokensWithOrg(db)
    .select([
      "t.id",
      "t.name",
      "t.role",
      "t.prefix",
      "t.createdAt",
      "t.lastUsedAt",
      "t.revokedAt",
      "t.expiresAt",
      "o.ref as orgRef",
    ])
    .orderBy("t.id", "desc")
    .execute();
}

export async function revokeApiToken(db: Db, id: number) {
  return oneRowChanged(
    db
      .updateTable("apiTokens")
      .set({ revokedAt: new Date().toISOString() })
      .where("id", "=", id)
      .where("revokedAt", "is", null),
  );
}
