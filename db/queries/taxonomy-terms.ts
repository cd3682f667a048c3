import { sql } from "kysely";
import type { Db } from "../connection";
import type { TermKind } from "../schema";

// Unmapped capability and request terms, and the organisers' attachments of such terms to a
// taxonomy concept (table taxonomy_terms; app/services/taxonomy.server.ts is the only caller).

export interface UnmappedRow {
  id: number;
  kind: TermKind;
  text: string;
  /** The firm (capability terms) or the sourcing request (request terms) the term belongs to. */
  owner: number;
}

/** Capability terms of active suppliers that no concept was found for. */
export async function unmappedCapabilityTerms(db: Db): Promise<UnmappedRow[]> {
  return db
    .selectFrom("capabilityTerms as t")
    .innerJoin("organisations as o", "o.id", "t.orgId")
    .where("t.conceptId", "is", null)
    .where("o.status", "=", "active")
    .select(["t.id", "t.kind", "t.text", "t.orgId as owner"])
    .execute();
}

/** Process, material and product terms of sourcing requests that no concept was found for. */
export async function unmappedRequestTerms(db: Db): Promise<UnmappedRow[]> {
  const rows = await db
    .selectFrom("requestTerms")
    .where("conceptId", "is", null)
    .where("kind", "in", ["process", "material", "product"])
    .select(["id", "kind", "text", "requestId as owner"])
    .execute();
  return rows as UnmappedRow[];
}

/**
 * What learning readings from the directory needs (taxonomy/learned.ts): every capability term of
 * the active suppliers, with its stored concept, and the suppliers' descriptions.
 */
export async function supplierTermsForLearning(db: Db) {
  return db
    .selectFrom("capabilityTerms as t")
    .innerJoin("organisations as o", "o.id", "t.orgId")
    .where("o.status", "=", "active")
    .where("o.kind", "=", "supplier")
    .select(["t.id", "t.kind", "t.text", "t.conceptId", "t.orgId as owner"])
    .orderBy("t.id")
    .execute();
}

export async function supplierDescriptions(db: Db) {
  return db
    .selectFrom("organisations")
    .where("status", "=", "active")
    .where("kind", "=", "supplier")
    .select(["id", "descriptionVi", "descriptionEn", "descriptionJa"])
    .orderBy("id")
    .execute();
}

/** Process, material and product terms of sourcing requests, with their stored concept. */
export async function requestTermsForLearning(db: Db) {
  const rows = await db
    .selectFrom("requestTerms")
    .where("kind", "in", ["process", "material", "product"])
    .select(["id", "kind", "text", "conceptId", "requestId as owner"])
    .orderBy("id")
    .execute();
  return rows as (Omit<(typeof rows)[number], "kind"> & { kind: TermKind })[];
}

/**
 * Marks firms and requests as changed (their terms were read anew), so what caches the directory
 * by its last change (matching's index) builds again.
 */
export async function touchUpdated(db: Db, rows: { orgRefs: string[]; requestIds: number[] }): Promise<void> {
  const now = sql<string>`strftime('%Y-%m-%dT%H:%M:%fZ','now')`;
  for (let i = 0; i < rows.orgRefs.length; i += 500)
    await db
      .updateTable("organisations")
      .set({ updatedAt: now })
      .where("ref", "in", rows.orgRefs.slice(i, i + 500))
      .execute();
  for (let i = 0; i < rows.requestIds.length; i += 500)
    await db
      .updateTable("sourcingRequests")
      .set({ updatedAt: now })
      .where("id", "in", rows.requestIds.slice(i, i + 500))
      .execute();
}

export async function listTaxonomyTerms(db: Db) {
  return db
    .selectFrom("taxonomyTerms")
    .select(["id", "kind", "termKey", "text", "conceptId", "createdBy", "createdAt"])
    .orderBy("id", "desc")
    .execute();
}

export async function findTaxonomyTerm(db: Db, kind: TermKind, termKey: string) {
  return db
    .selectFrom("taxonomyTerms")
    .select(["id", "conceptId"])
    .where("kind", "=", kind)
    .where("termKey", "=", termKey)
    .executeTakeFirst();
}

export async function insertTaxonomyTerm(
  db: Db,
  row: { kind: TermKind; termKey: string; text: string; conceptId: string; createdBy: string },
): Promise<void> {
  await db.insertInto("taxonomyTerms").values(row).execute();
}

/** Sets the concept of the given capability terms; returns the refs of their firms. */
export async function setCapabilityTermsConcept(
  db: Db,
  ids: number[],
  conceptId: string | null,
): Promise<string[]> {
  const refs = new Set<string>();
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    await db.updateTable("capabilityTerms").set({ conceptId }).where("id", "in", chunk).execute();
    const rows = await db
      .selectFrom("capabilityTerms as t")
      .innerJoin("organisations as o", "o.id", "t.orgId")
      .where("t.id", "in", chunk)
      .select("o.ref")
      .distinct()
      .execute();
    for (const r of rows) refs.add(r.ref);
  }
  return [...refs];
}

export async function setRequestTermsConcept(db: Db, ids: number[], conceptId: string | null): Promise<void> {
  for (let i = 0; i < ids.length; i += 500)
    await db
      .updateTable("requestTerms")
      .set({ conceptId })
      .where("id", "in", ids.slice(i, i + 500))
      .execute();
}
