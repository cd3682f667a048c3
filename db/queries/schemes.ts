import type { Db } from "../connection";
import { oneRowChanged } from "./count";
import type { SupportSchemesTable } from "../schema";
import type { Insertable } from "kysely";
import { setArchived, updateAtVersion } from "./versioned";
import { sameRowsSince } from "./resubmit";

// Support schemes, their applications and documents (docs/decisions/190-support-schemes.md).

export type SchemeValues = Omit<
  Insertable<SupportSchemesTable>,
  "id" | "createdAt" | "updatedAt" | "version" | "archivedAt"
>;

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
  "s.recognition",
  "s.version",
  "s.archivedAt",
] as const;

/** Every scheme, archived ones included (the caller decides who sees them). */
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

/**
 * The scheme `userId` created since `since` with exactly these values, if any: the same form sent
 * twice (decision 701).
 */
export async function sameSchemeSince(
  db: Db,
  { createdBy: _, ...v }: SchemeValues,
  userId: number,
  since: string,
): Promise<number | undefined> {
  return (await sameRowsSince(db, "supportSchemes", v, userId, since))[0];
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
  "a.withdrawnAt",
  "a.round",
] as const;

/** Applications (a) with the columns every reader of them shows. */
function applications(db: Db) {
  return db.selectFrom("schemeApplications as a").select(appCols);
}

export async function applicationsOfScheme(db: Db, schemeId: number) {
  return applications(db)
    .innerJoin("organisations as o", "o.id", "a.orgId")
    .select(["o.ref as orgRef", "o.nameVi as orgNameVi", "o.nameEn as orgNameEn"])
    .where("a.schemeId", "=", schemeId)
    .orderBy("a.createdAt")
    .orderBy("a.id")
    .execute();
}

export async function applicationsOfOrg(db: Db, orgId: number) {
  return applications(db).where("a.orgId", "=", orgId).orderBy("a.id").execute();
}

export async function getApplication(db: Db, id: number) {
  return applications(db)
    .innerJoin("organisations as o", "o.id", "a.orgId")
    .select(["o.nameVi as orgNameVi", "o.nameEn as orgNameEn"])
    .where("a.id", "=", id)
    .executeTakeFirst();
}

export async function findApplication(db: Db, schemeId: number, orgId: number) {
  return applications(db).where("a.schemeId", "=", schemeId).where("a.orgId", "=", orgId).executeTakeFirst();
}

export async function insertApplication(
  db: Db,
  a: { schemeId: number; orgId: number; note: string; submittedBy: number | null },
): Promise<number> {
  return (await db.insertInto("schemeApplications").values(a).returning("id").executeTakeFirstOrThrow()).id;
}

/** Documents sent with the application's `round` (or with the answer to `infoRequestId`). */
export async function insertDocuments(
  db: Db,
  applicationId: number,
  round: number,
  docs: { filePath: string; size: number }[],
  infoRequestId: number | null = null,
) {
  if (docs.length)
    await db
      .insertInto("schemeDocuments")
      .values(docs.map((d) => ({ ...d, applicationId, round, infoRequestId })))
      .execute();
}

/**
 * Compare-and-set: a withdrawn, undecided application becomes a new submission — the next round,
 * with the new note and submitter. False when it is not (or no longer) withdrawn.
 */
export async function reopenApplication(
  db: Db,
  id: number,
  orgId: number,
  a: { note: string; submittedBy: number | null },
): Promise<boolean> {
  return oneRowChanged(
    db
      .updateTable("schemeApplications")
      .set((eb) => ({ ...a, withdrawnAt: null, round: eb("round", "+", 1) }))
      .where("id", "=", id)
      .where("orgId", "=", orgId)
      .where("status", "=", "submitted")
      .where("withdrawnAt", "is not", null),
  );
}

export async function documentsOf(db: Db, applicationIds: number[]) {
  if (!applicationIds.length) return [];
  return db
    .selectFrom("schemeDocuments")
    .select(["id", "applicationId", "filePath", "size", "infoRequestId", "round"])
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

/** Compare-and-set on the version (db/queries/versioned.ts): false when someone saved in between. */
export async function updateScheme(db: Db, id: number, version: number, v: Partial<SchemeValues>) {
  return updateAtVersion(db, "supportSchemes", id, version, v);
}

export async function setSchemeArchived(db: Db, id: number, archived: boolean) {
  return setArchived(db, "supportSchemes", id, archived);
}

/** Compare-and-set: only an undecided application that is not yet withdrawn is withdrawn. */
export async function withdrawApplication(db: Db, id: number, orgId: number): Promise<boolean> {
  return oneRowChanged(
    db
      .updateTable("schemeApplications")
      .set({ withdrawnAt: new Date().toISOString() })
      .where("id", "=", id)
      .where("orgId", "=", orgId)
      .where("status", "=", "submitted")
      .where("withdrawnAt", "is", null),
  );
}

// ---- information requests -----------------------------------------------------------------

export async function infoRequestsOf(db: Db, applicationIds: number[]) {
  if (!applicationIds.length) return [];
  return db
    .selectFrom("schemeInfoRequests")
    .select(["id", "applicationId", "question", "askedAt", "answer", "answeredAt", "round"])
    .where("applicationId", "in", applicationIds)
    .orderBy("id")
    .execute();
}

/** The unanswered question of the application's current round (an earlier round's is history). */
export async function openInfoRequest(db: Db, applicationId: number, round: number) {
  return db
    .selectFrom("schemeInfoRequests")
    .select(["id", "question"])
    .where("applicationId", "=", applicationId)
    .where("round", "=", round)
    .where("answeredAt", "is", null)
    .executeTakeFirst();
}

export async function insertInfoRequest(
  db: Db,
  r: { applicationId: number; round: number; question: string; askedBy: number | null },
): Promise<number> {
  return (await db.insertInto("schemeInfoRequests").values(r).returning("id").executeTakeFirstOrThrow()).id;
}

/** Compare-and-set: an open request is answered once. */
export async function answerInfoRequest(
  db: Db,
  id: number,
  a: { answer: string; answeredBy: number | null },
): Promise<boolean> {
  return oneRowChanged(
    db
      .updateTable("schemeInfoRequests")
      .set({ ...a, answeredAt: new Date().toISOString() })
      .where("id", "=", id)
      .where("answeredAt", "is", null),
  );
}

/** Active organisers and administrators: who is told when a firm answers. */
export async function organiserIds(db: Db): Promise<number[]> {
  const rows = await db
    .selectFrom("users")
    .select("id")
    .where("role", "in", ["organiser", "admin"])
    .where("status", "=", "active")
    .execute();
  return rows.map((r) => r.id);
}

/**
 * A firm's approved support under schemes marked as recognitions, for its public profile:
 * withdrawn applications and archived schemes are left out.
 */
export async function recognisedSupport(db: Db, orgId: number) {
  return db
    .selectFrom("schemeApplications as a")
    .innerJoin("supportSchemes as s", "s.id", "a.schemeId")
    .select(["s.id", "s.nameVi", "s.nameEn", "s.kind", "s.standard", "a.decidedAt"])
    .where("a.orgId", "=", orgId)
    .where("a.status", "=", "approved")
    .where("a.withdrawnAt", "is", null)
    .where("s.recognition", "=", 1)
    .where("s.archivedAt", "is", null)
    .orderBy("a.decidedAt", "desc")
    .execute();
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
  return oneRowChanged(
    db
      .updateTable("schemeApplications")
      .set({ ...d, decidedAt: new Date().toISOString() })
      .where("id", "=", id)
      .where("status", "=", "submitted")
      .where("withdrawnAt", "is", null),
  );
}
