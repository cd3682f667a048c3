import type { Db } from "../connection";
import type { SupportSchemesTable } from "../schema";
import type { Insertable } from "kysely";

// Support schemes, their applications and documents (docs/decisions/190-support-schemes.md).

export type SchemeValues = Omit<Insertable<SupportSchemesTable>, "id" | "createdAt" | "updatedAt">;

const schemeCols = [
  "s.id",
  "s.nameVi",
  "s.nameEn",
  "s.kind",
  "s.standard",
  "s.budget",
  "s.opensOn",
  "s.closesOn",
  "s.eligibilityVi",
  "s.eligibilityEn",
] as const;

export async function listSchemes(db: Db) {
  return db
    .selectFrom("supportSchemes as s")
    .select(schemeCols)
    .orderBy("s.opensOn", "desc")
    .orderBy("s.id", "desc")
    .execute();
}

export async function getScheme(db: Db, id: number) {
  return db.selectFrom("supportSchemes as s").select(schemeCols).where("s.id", "=", id).executeTakeFirst();
}

export async function insertScheme(db: Db, v: SchemeValues): Promise<number> {
  return (await db.insertInto("supportSchemes").values(v).returning("id").executeTakeFirstOrThrow()).id;
}

/** Approved amounts of a scheme, for its budget use. */
export async function approvedAmounts(db: Db, schemeId: number): Promise<number[]> {
  const rows = await db
    .selectFrom("schemeApplications")
    .select("amount")
    .where("schemeId", "=", schemeId)
    .where("status", "=", "approved")
    .execute();
  return rows.map((r) => r.amount ?? 0);
}

const appCols = [
  "a.id",
  "a.schemeId",
  "a.orgId",
  "a.status",
  "a.note",
  "a.amount",
  "a.reason",
  "a.decidedAt",
  "a.createdAt",
] as const;

export async function applicationsOfScheme(db: Db, schemeId: number) {
  return db
    .selectFrom("schemeApplications as a")
    .innerJoin("organisations as o", "o.id", "a.orgId")
    .select([...appCols, "o.ref as orgRef", "o.nameVi as orgNameVi", "o.nameEn as orgNameEn"])
    .where("a.schemeId", "=", schemeId)
    .orderBy("a.createdAt")
    .orderBy("a.id")
    .execute();
}

export async function applicationsOfOrg(db: Db, orgId: number) {
  return db
    .selectFrom("schemeApplications as a")
    .select(appCols)
    .where("a.orgId", "=", orgId)
    .orderBy("a.id")
    .execute();
}

export async function getApplication(db: Db, id: number) {
  return db.selectFrom("schemeApplications as a").select(appCols).where("a.id", "=", id).executeTakeFirst();
}

export async function findApplication(db: Db, schemeId: number, orgId: number) {
  return db
    .selectFrom("schemeApplications as a")
    .select(appCols)
    .where("a.schemeId", "=", schemeId)
    .where("a.orgId", "=", orgId)
    .executeTakeFirst();
}

export async function insertApplication(
  db: Db,
  a: { schemeId: number; orgId: number; note: string; submittedBy: number | null },
): Promise<number> {
  return (await db.insertInto("schemeApplications").values(a).returning("id").executeTakeFirstOrThrow()).id;
}

export async function insertDocuments(
  db: Db,
  applicationId: number,
  docs: { filePath: string; size: number }[],
) {
  if (docs.length)
    await db
      .insertInto("schemeDocuments")
      .values(docs.map((d) => ({ ...d, applicationId })))
      .execute();
}

export async function documentsOf(db: Db, applicationIds: number[]) {
  if (!applicationIds.length) return [];
  return db
    .selectFrom("schemeDocuments")
    .select(["id", "applicationId", "filePath", "size"])
    .where("applicationId", "in", applicationIds)
    .orderBy("id")
    .execute();
}

/** A document with the organisation that owns it, for the download's access check. */
export async function getDocument(db: Db, id: number) {
  return db
    .selectFrom("schemeDocuments as d")
    .innerJoin("schemeApplications as a", "a.id", "d.applicationId")
    .select(["d.id", "d.filePath", "a.orgId"])
    .where("d.id", "=", id)
    .executeTakeFirst();
}

/** Compare-and-set on status: only a submitted application is decided, once. */
export async function decideApplication(
  db: Db,
  id: number,
  d: {
    status: "approved" | "rejected";
    amount: number | null;
    reason: string | null;
    decidedBy: number | null;
  },
): Promise<boolean> {
  const r = await db
    .updateTable("schemeApplications")
    .set({ ...d, decidedAt: new Date().toISOString() })
    .where("id", "=", id)
    .where("status", "=", "submitted")
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
