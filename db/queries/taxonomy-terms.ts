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
export async function setCapabilityTermsConcept(db: Db, ids: number[], conceptId: string): Promise<string[]> {
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

export async function setRequestTermsConcept(db: Db, ids: number[], conceptId: string): Promise<void> {
  for (let i = 0; i < ids.length; i += 500)
    await db
      .updateTable("requestTerms")
      .set({ conceptId })
      .where("id", "in", ids.slice(i, i + 500))
      .execute();
}
