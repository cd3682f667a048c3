import { sql } from "kysely";
import type { Db } from "../connection";
import type { ContactViewer } from "../../app/modules/auth/contact-access";

// Reads and writes behind contact access (app/viewer.server.ts): the viewer's standing, the
// views of the last 24 hours, the record of each view, and email confirmation links.

export async function contactViewer(
  db: Db,
  who: { kind: "user" | "token"; userId: number | null; orgId: number | null; role: ContactViewer["role"] },
): Promise<ContactViewer> {
  const user =
    who.kind === "user" && who.userId !== null
      ? await db.selectFrom("users").where("id", "=", who.userId).select("emailVerifiedAt").executeTakeFirst()
      : undefined;
  const org =
    who.orgId !== null
      ? await db
          .selectFrom("organisations")
          .where("id", "=", who.orgId)
          .select(["id", "kind", "verifiedAt", "status"])
          .executeTakeFirst()
      : undefined;
  return { role: who.role, kind: who.kind, emailVerifiedAt: user?.emailVerifiedAt ?? null, org: org ?? null };
}

type ViewerKey = { userId: number | null; tokenId: number | null };

const byViewer = (v: ViewerKey) =>
  v.userId !== null ? (["viewerUserId", v.userId] as const) : (["viewerTokenId", v.tokenId!] as const);

/** Distinct firms whose contacts this viewer read since `since`, and whether `orgId` is one. */
export async function recentContactViews(db: Db, v: ViewerKey, orgId: number, since: string) {
  const [col, id] = byViewer(v);
  const row = await db
    .selectFrom("contactViews")
    .where(col, "=", id)
    .where("at", ">", since)
    // CASE, not max(org_id = ?): PostgreSQL has no max() of a boolean.
    .select([
      sql<number>`count(DISTINCT org_id)`.as("firms"),
      sql<number>`max(CASE WHEN org_id = ${orgId} THEN 1 ELSE 0 END)`.as("this"),
    ])
    .executeTakeFirstOrThrow();
  return { firmsSeen: Number(row.firms), seenThisFirm: Number(row.this ?? 0) === 1 };
}

/**
 * Of `firmIds`, the firms whose contacts this viewer was shown since `since` (recorded views),
 * with those contacts: what a bulk file may repeat without revealing a firm the viewer has not
 * already looked at (docs/decisions/435-shortlist-workbook.md).
 */
export async function contactsAlreadySeen(db: Db, v: ViewerKey, firmIds: number[], since: string) {
  if (firmIds.length === 0) return [];
  const [col, id] = byViewer(v);
  return db
    .selectFrom("organisations as o")
    .where("o.id", "in", firmIds)
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom("contactViews as cv")
          .select("cv.id")
          .whereRef("cv.orgId", "=", "o.id")
          .where(`cv.${col}`, "=", id)
          .where("cv.at", ">", since),
      ),
    )
    .select(["o.id", "o.contactName", "o.contactPhone", "o.contactEmail"])
    .execute();
}

export async function recordContactView(
  db: Db,
  v: ViewerKey & { orgId: number | null },
  firmId: number,
  via: "page" | "api",
): Promise<void> {
  await db
    .insertInto("contactViews")
    .values({ orgId: firmId, viewerUserId: v.userId, viewerTokenId: v.tokenId, viewerOrgId: v.orgId, via })
    .execute();
}

/** The latest views of a firm's contacts, with who looked (for the firm's own /my page). */
export async function listContactViews(db: Db, orgId: number, limit = 20) {
  return db
    .selectFrom("contactViews as v")
    .leftJoin("users as u", "u.id", "v.viewerUserId")
    .leftJoin("apiTokens as k", "k.id", "v.viewerTokenId")
    .leftJoin("organisations as o", "o.id", "v.viewerOrgId")
    .where("v.orgId", "=", orgId)
    .select([
      "v.id",
      "v.at",
      "v.via",
      "u.name as userName",
      "k.name as tokenName",
      "o.ref as orgRef",
      "o.nameVi",
      "o.nameEn",
      "o.nameJa",
    ])
    .orderBy("v.id", "desc")
    .limit(limit)
    .execute();
}

// ---- email confirmation ---------------------------------------------------------------------

export async function insertEmailVerification(
  db: Db,
  v: { userId: number; tokenHash: string; expiresAt: string },
) {
  await db.insertInto("emailVerifications").values(v).execute();
}

/** Uses a valid link once; returns the user it confirms, or null. */
export async function consumeEmailVerification(db: Db, tokenHash: string, now: string) {
  const row = await db
    .updateTable("emailVerifications")
    .set({ usedAt: now })
    .where("tokenHash", "=", tokenHash)
    .where("usedAt", "is", null)
    .where("expiresAt", ">", now)
    .returning("userId")
    .executeTakeFirst();
  if (!row) return null;
  await markEmailVerified(db, row.userId, now);
  return row.userId;
}

export async function emailVerificationUsable(db: Db, tokenHash: string, now: string) {
  return !!(await db
    .selectFrom("emailVerifications")
    .where("tokenHash", "=", tokenHash)
    .where("usedAt", "is", null)
    .where("expiresAt", ">", now)
    .select("id")
    .executeTakeFirst());
}

export async function markEmailVerified(db: Db, userId: number, now: string) {
  await db
    .updateTable("users")
    .set({ emailVerifiedAt: now })
    .where("id", "=", userId)
    .where("emailVerifiedAt", "is", null)
    .execute();
}

export async function emailVerifiedAt(db: Db, userId: number) {
  return (
    (await db.selectFrom("users").where("id", "=", userId).select("emailVerifiedAt").executeTakeFirst())
      ?.emailVerifiedAt ?? null
  );
}
