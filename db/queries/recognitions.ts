import type { Db } from "../connection";
import type { ProgrammeRecognitionsTable } from "../schema";
import { countRows, oneRowChanged } from "./count";
import { ORG_SUMMARY_COLUMNS } from "./memberships";

// The city programme's recognitions of a firm, and the organiser console's list of firms.

export async function listRecognitions(db: Db, orgId: number) {
  return db
    .selectFrom("programmeRecognitions")
    .where("orgId", "=", orgId)
    .select(["id", "kind", "product", "year", "note", "createdAt"])
    .orderBy("year", "desc")
    .execute();
}

export async function insertRecognition(
  db: Db,
  r: {
    orgId: number;
    kind: ProgrammeRecognitionsTable["kind"];
    product: string | null;
    year: number;
    note: string | null;
  },
) {
  const { id } = await db
    .insertInto("programmeRecognitions")
    .values(r)
    .returning("id")
    .executeTakeFirstOrThrow();
  return id;
}

export async function deleteRecognition(db: Db, orgId: number, id: number) {
  return oneRowChanged(
    db.deleteFrom("programmeRecognitions").where("orgId", "=", orgId).where("id", "=", id),
  );
}

export interface FirmFilter {
  q?: string;
  kind?: "supplier" | "buyer";
  verified?: "yes" | "no";
  recognition?: ProgrammeRecognitionsTable["kind"];
  limit: number;
  offset: number;
}

export async function listFirms(db: Db, f: FirmFilter) {
  let q = db.selectFrom("organisations as o").where("o.kind", "in", ["supplier", "buyer"]);
  if (f.kind) q = q.where("o.kind", "=", f.kind);
  if (f.q) {
    const like = `%${f.q}%`;
    q = q.where((eb) =>
      eb.or([
        eb("o.ref", "like", like),
        eb("o.nameVi", "like", like),
        eb("o.nameEn", "like", like),
        eb("o.taxCode", "like", like),
      ]),
    );
  }
  if (f.verified === "yes") q = q.where("o.verifiedAt", "is not", null);
  if (f.verified === "no") q = q.where("o.verifiedAt", "is", null);
  if (f.recognition) {
    const kind = f.recognition;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom("programmeRecognitions as r")
          .whereRef("r.orgId", "=", "o.id")
          .where("r.kind", "=", kind)
          .select("r.id"),
      ),
    );
  }
  const [rows, total] = await Promise.all([
    q
      .select((eb) => [
        ...ORG_SUMMARY_COLUMNS,
        eb
          .selectFrom("memberships as m")
          .whereRef("m.orgId", "=", "o.id")
          .select(eb.fn.countAll<number>().as("n"))
          .as("members"),
      ])
      .orderBy("o.ref")
      .limit(f.limit)
      .offset(f.offset)
      .execute(),
    countRows(q),
  ]);
  return { rows, total };
}

export async function getFirmByRef(db: Db, ref: string) {
  return db
    .selectFrom("organisations")
    .where("ref", "=", ref)
    .where("kind", "in", ["supplier", "buyer"])
    .select([
      "id",
      "ref",
      "kind",
      "nameVi",
      "nameEn",
      "taxCode",
      "verifiedAt",
      "status",
      "contactEmail",
      "createdAt",
      "origin",
      "linkedAt",
    ])
    .executeTakeFirst();
}

/**
 * Verification is a supplier's badge (the search document changes with it) and, for a buyer
 * organisation, the organisers' approval that lets its verified members see contacts
 * (docs/decisions/091-contact-access.md).
 */
export async function setVerified(db: Db, orgId: number, ref: string, verified: boolean) {
  const r = await db
    .updateTable("organisations")
    .set({ verifiedAt: verified ? new Date().toISOString() : null, updatedAt: new Date().toISOString() })
    .where("id", "=", orgId)
    .where("kind", "in", ["supplier", "buyer"])
    .returning("kind")
    .executeTakeFirst();
  if (r?.kind === "supplier")
    await db.insertInto("searchOutbox").values({ entity: "supplier", ref, op: "upsert" }).execute();
}

/** Whether any supplier is verified already (a real database, or a demo one prepared before). */
export async function anySupplierVerified(db: Db): Promise<boolean> {
  const already = await db
    .selectFrom("organisations")
    .where("kind", "=", "supplier")
    .where("verifiedAt", "is not", null)
    .select("id")
    .limit(1)
    .executeTakeFirst();
  return already !== undefined;
}

/** Active suppliers holding a certificate of the concept valid on `day` (YYYY-MM-DD), in ref order. */
export async function activeSuppliersCertified(db: Db, conceptId: string, day: string) {
  return db
    .selectFrom("organisations as o")
    .innerJoin("certifications as c", "c.orgId", "o.id")
    .where("o.kind", "=", "supplier")
    .where("o.status", "=", "active")
    .where("c.conceptId", "=", conceptId)
    .where("c.validUntil", ">=", day)
    .select(["o.id", "o.ref"])
    .distinct()
    .orderBy("o.ref")
    .execute();
}

/** Marks the organisation verified at a given time (the demo's fixed day). */
export async function setVerifiedAt(db: Db, orgId: number, verifiedAt: string) {
  await db
    .updateTable("organisations")
    .set({ verifiedAt, updatedAt: new Date().toISOString() })
    .where("id", "=", orgId)
    .execute();
}
