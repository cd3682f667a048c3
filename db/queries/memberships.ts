import { sql } from "kysely";
import type { Db } from "../connection";
import { oneRowChanged } from "./count";
import { nextPortalOrgRef, PORTAL_ORG_REF } from "../../app/modules/directory/refs";

// Organisations registered from the web by their owner, their members, and invite links.

/**
 * The next free portal ref of a kind: P-S-00001… for suppliers, P-B-001… for buyers — never a ref
 * the city's lists use (app/modules/directory/refs.ts).
 */
export async function nextOrgRef(db: Db, kind: "supplier" | "buyer"): Promise<string> {
  const { prefix } = PORTAL_ORG_REF[kind];
  const row = await db
    .selectFrom("organisations")
    // A literal (the prefix is the code's own constant) so db/dialect.ts can translate the GLOB.
    .where(sql<boolean>`ref GLOB ${sql.lit(`${prefix}[0-9]*`)}`)
    .select(sql<number | null>`max(cast(substr(ref, ${prefix.length + 1}) as integer))`.as("n"))
    .executeTakeFirst();
  return nextPortalOrgRef(kind, row?.n ?? null);
}

export async function taxCodeTaken(db: Db, taxCode: string): Promise<boolean> {
  return !!(await db
    .selectFrom("organisations")
    .where("taxCode", "=", taxCode)
    .select("id")
    .executeTakeFirst());
}

export async function insertSupplierOrg(
  db: Db,
  o: { ref: string; nameVi: string; nameEn: string | null; taxCode: string; contactEmail: string },
) {
  const { id } = await db
    .insertInto("organisations")
    .values({
      ref: o.ref,
      kind: "supplier",
      nameVi: o.nameVi,
      nameEn: o.nameEn,
      taxCode: o.taxCode,
      contactEmail: o.contactEmail,
      origin: "portal",
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db.insertInto("supplierProfiles").values({ orgId: id }).execute();
  // A new supplier becomes searchable through the search outbox, in the same transaction.
  await db.insertInto("searchOutbox").values({ entity: "supplier", ref: o.ref, op: "upsert" }).execute();
  return id;
}

export async function insertBuyerOrg(
  db: Db,
  o: { ref: string; nameEn: string; country: string; contactEmail: string },
) {
  const { id } = await db
    .insertInto("organisations")
    .values({ ref: o.ref, kind: "buyer", nameEn: o.nameEn, contactEmail: o.contactEmail, origin: "portal" })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db.insertInto("buyerProfiles").values({ orgId: id, country: o.country }).execute();
  return id;
}

export async function getMembership(db: Db, userId: number) {
  return db
    .selectFrom("memberships")
    .where("userId", "=", userId)
    .select(["orgId", "role"])
    .executeTakeFirst();
}

export async function insertMembership(
  db: Db,
  m: { userId: number; orgId: number; role: "owner" | "member" },
) {
  await db.insertInto("memberships").values(m).execute();
}

/** The user now acts for an organisation of this kind (their role follows it). */
export async function setUserRole(db: Db, userId: number, role: "supplier" | "buyer") {
  await db.updateTable("users").set({ role }).where("id", "=", userId).execute();
}

/** What an organisation's summary shows (its page header, the organisers' list of firms). */
export const ORG_SUMMARY_COLUMNS = [
  "o.id",
  "o.ref",
  "o.kind",
  "o.nameVi",
  "o.nameEn",
  "o.taxCode",
  "o.verifiedAt",
  "o.status",
] as const;

export async function getOrgSummary(db: Db, orgId: number) {
  return db
    .selectFrom("organisations as o")
    .leftJoin("buyerProfiles as b", "b.orgId", "o.id")
    .where("o.id", "=", orgId)
    .select([...ORG_SUMMARY_COLUMNS, "b.country"])
    .executeTakeFirst();
}

/** Memberships (m) with the account of each member (u). */
export function membersWithAccounts(db: Db) {
  return db.selectFrom("memberships as m").innerJoin("users as u", "u.id", "m.userId");
}

export async function listMembers(db: Db, orgId: number) {
  return membersWithAccounts(db)
    .where("m.orgId", "=", orgId)
    .select(["u.id", "u.name", "u.email", "m.role", "m.createdAt"])
    .orderBy("m.createdAt")
    .execute();
}

/** Only removes a plain member of this very organisation: ownership is in the where. */
export async function deleteMember(db: Db, orgId: number, userId: number) {
  return oneRowChanged(
    db
      .deleteFrom("memberships")
      .where("orgId", "=", orgId)
      .where("userId", "=", userId)
      .where("role", "=", "member"),
  );
}

export async function insertInvite(
  db: Db,
  i: { orgId: number; tokenHash: string; createdBy: number; expiresAt: string },
) {
  const { id } = await db.insertInto("invites").values(i).returning("id").executeTakeFirstOrThrow();
  return id;
}

export async function findInvite(db: Db, tokenHash: string) {
  return db
    .selectFrom("invites as i")
    .innerJoin("organisations as o", "o.id", "i.orgId")
    .where("i.tokenHash", "=", tokenHash)
    .select(["i.id", "i.orgId", "i.expiresAt", "i.usedAt", "o.kind", "o.nameVi", "o.nameEn", "o.ref"])
    .executeTakeFirst();
}

export async function consumeInvite(db: Db, id: number, userId: number) {
  return oneRowChanged(
    db
      .updateTable("invites")
      .set({ usedAt: new Date().toISOString(), usedBy: userId })
      .where("id", "=", id)
      .where("usedAt", "is", null),
  );
}

export async function listOpenInvites(db: Db, orgId: number) {
  return db
    .selectFrom("invites")
    .where("orgId", "=", orgId)
    .where("usedAt", "is", null)
    .where("expiresAt", ">", new Date().toISOString())
    .select(["id", "createdAt", "expiresAt"])
    .orderBy("id", "desc")
    .execute();
}

export async function revokeInvite(db: Db, orgId: number, id: number) {
  return oneRowChanged(
    db.deleteFrom("invites").where("orgId", "=", orgId).where("id", "=", id).where("usedAt", "is", null),
  );
}
