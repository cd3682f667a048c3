import type { Db } from "../connection";

/** Refs of the suppliers the public directory lists (active), optionally in one sector, in ref order. */
export async function publicSupplierRefs(db: Db, sector: string | null): Promise<string[]> {
  let q = db
    .selectFrom("organisations as o")
    .innerJoin("supplierProfiles as p", "p.orgId", "o.id")
    .where("o.kind", "=", "supplier")
    .where("o.status", "=", "active");
  if (sector) q = q.where("p.sector", "=", sector);
  return (await q.select("o.ref").orderBy("o.ref").execute()).map((r) => r.ref);
}
