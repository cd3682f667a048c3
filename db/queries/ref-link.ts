import type { Db } from "../connection";

// An organiser's "this portal firm is the city's REF X" (docs/decisions/090-ref-namespaces.md):
// the firm takes the city's ref, so the city's list updates it from then on. Every place a ref is
// stored follows it in the caller's transaction: the firm's audit entries, pending search outbox
// rows, and the index (the old ref removed, the new one added). Requests and everything else
// refer to the firm by id.

export async function refTaken(db: Db, ref: string): Promise<boolean> {
  return !!(await db.selectFrom("organisations").where("ref", "=", ref).select("id").executeTakeFirst());
}

export async function linkToCityRef(
  tx: Db,
  firm: { id: number; ref: string; kind: "supplier" | "buyer" },
  cityRef: string,
): Promise<void> {
  const now = new Date().toISOString();
  await tx
    .updateTable("organisations")
    // No content hash: the city's record is different by definition, so the next import writes it.
    .set({ ref: cityRef, linkedAt: now, contentHash: null, updatedAt: now })
    .where("id", "=", firm.id)
    .execute();
  await tx
    .updateTable("auditLog")
    .set({ entityRef: cityRef })
    .where("entityRef", "=", firm.ref)
    .where("entity", "in", ["organisation", "supplier", "buyer"])
    .execute();
  if (firm.kind === "supplier") {
    await tx
      .updateTable("searchOutbox")
      .set({ ref: cityRef })
      .where("ref", "=", firm.ref)
      .where("doneAt", "is", null)
      .execute();
    await tx
      .insertInto("searchOutbox")
      .values([
        { entity: "supplier", ref: firm.ref, op: "delete" },
        { entity: "supplier", ref: cityRef, op: "upsert" },
      ])
      .execute();
  }
}
