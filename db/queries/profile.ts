import type { Db } from "../connection";
import { oneRowChanged } from "./count";
import type { Statements } from "../statements";

// Profile editing's reads, and the writes it adds to the importer's (db/queries/directory-import.ts):
// what cnht-directory/1 does not carry (equipment, capacity notes, logo, the certificates'
// uploaded scans) and the organiser's verification, which an edit of the certificates removes.
// The writes are hand-written statements (db/statements.ts) because they run in the same
// transaction, on the same connection, as the importer's.

const NOW = `strftime('%Y-%m-%dT%H:%M:%fZ','now')`;

export async function getSupplierExtras(db: Db, orgId: number) {
  const [profile, certs] = await Promise.all([
    db
      .selectFrom("supplierProfiles as p")
      .innerJoin("organisations as o", "o.id", "p.orgId")
      .where("p.orgId", "=", orgId)
      .select(["p.equipment", "p.capacityNotes", "p.logoPath", "o.verifiedAt", "o.updatedAt"])
      .executeTakeFirst(),
    db
      .selectFrom("certifications")
      .where("orgId", "=", orgId)
      .select(["id", "filePath"])
      .orderBy("position")
      .orderBy("id")
      .execute(),
  ]);
  if (!profile) return null;
  return { ...profile, certificates: certs };
}

/** A certificate's stored scan and the organisation it belongs to (for the download guard). */
export async function getCertificateFile(db: Db, certificateId: number) {
  return db
    .selectFrom("certifications")
    .where("id", "=", certificateId)
    .select(["orgId", "filePath", "standard"])
    .executeTakeFirst();
}

/** The logo of an active supplier, for its public profile. */
export async function getLogo(db: Db, ref: string) {
  const row = await db
    .selectFrom("organisations as o")
    .innerJoin("supplierProfiles as p", "p.orgId", "o.id")
    .where("o.ref", "=", ref)
    .where("o.kind", "=", "supplier")
    .where("o.status", "=", "active")
    .select(["p.logoPath"])
    .executeTakeFirst();
  return row?.logoPath ?? null;
}

/** A buyer's own requests with what the list shows, newest first. */
export async function listOwnRequests(db: Db, buyerOrgId: number) {
  return db
    .selectFrom("sourcingRequests")
    .where("buyerOrgId", "=", buyerOrgId)
    .select(["ref", "titleVi", "titleEn", "titleJa", "status", "visibility", "targetDate", "updatedAt"])
    .orderBy("createdAt", "desc")
    .orderBy("id", "desc")
    .execute();
}

export async function requestIdOfBuyer(db: Db, ref: string, buyerOrgId: number) {
  const row = await db
    .selectFrom("sourcingRequests")
    .where("ref", "=", ref)
    .where("buyerOrgId", "=", buyerOrgId)
    .select(["id", "status", "visibility", "updatedAt"])
    .executeTakeFirst();
  return row ?? null;
}

export async function requestRefExists(db: Db, ref: string): Promise<boolean> {
  return !!(await db.selectFrom("sourcingRequests").where("ref", "=", ref).select("id").executeTakeFirst());
}

export class ProfileStatements {
  constructor(private readonly st: Statements) {}

  async setExtras(
    orgId: number,
    x: { equipment: string | null; capacityNotes: string | null; logoPath: string | null },
  ) {
    await this.st.run(
      `UPDATE supplier_profiles SET equipment = ?, capacity_notes = ?, logo_path = ? WHERE org_id = ?`,
      [x.equipment, x.capacityNotes, x.logoPath, orgId],
    );
  }

  /** Certificates are rewritten in form order, so position identifies the row just written. */
  async setCertificateFile(orgId: number, position: number, filePath: string | null) {
    await this.st.run(`UPDATE certifications SET file_path = ? WHERE org_id = ? AND position = ?`, [
      filePath,
      orgId,
      position,
    ]);
  }

  /** Returns whether a verification was removed. */
  async removeVerification(orgId: number): Promise<boolean> {
    const sql = `UPDATE organisations SET verified_at = NULL, updated_at = ${NOW} WHERE id = ? AND verified_at IS NOT NULL`;
    return (await this.st.run(sql, [orgId])) > 0;
  }

  /** An edit of what the record does not hash (equipment, logo) still bumps updated_at (matching's cache key). */
  async touch(orgId: number) {
    await this.st.run(`UPDATE organisations SET updated_at = ${NOW} WHERE id = ?`, [orgId]);
  }

  /** The buyer's requests made since `since` (an ISO time), newest first, with what identifies their content. */
  async requestsMadeSince(buyerOrgId: number, since: string) {
    const rows = await this.st.all<{ ref: string; content_hash: string | null; visibility: string }>(
      `SELECT ref, content_hash, visibility FROM sourcing_requests WHERE buyer_org_id = ? AND created_at >= ? ORDER BY id DESC`,
      [buyerOrgId, since],
    );
    return rows.map((r) => ({ ref: r.ref, contentHash: r.content_hash, visibility: r.visibility }));
  }

  async setVisibility(requestId: number, buyerOrgId: number, visibility: "public" | "organisers") {
    await this.st.run(
      `UPDATE sourcing_requests SET visibility = ?, updated_at = ${NOW} WHERE id = ? AND buyer_org_id = ?`,
      [visibility, requestId, buyerOrgId],
    );
  }
}

export async function setRequestStatus(db: Db, ref: string, buyerOrgId: number, status: "open" | "closed") {
  return oneRowChanged(
    db
      .updateTable("sourcingRequests")
      .set({ status, updatedAt: new Date().toISOString() })
      .where("ref", "=", ref)
      .where("buyerOrgId", "=", buyerOrgId),
  );
}
