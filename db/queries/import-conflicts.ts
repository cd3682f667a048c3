import type { Db } from "../connection";
import { countRows } from "./count";

// Import conflicts (ADR 180): fields an import kept as the firm saved them on the portal.

export interface ConflictRow {
  id: number;
  orgId: number;
  ref: string;
  nameVi: string | null;
  nameEn: string | null;
  field: string;
  fileValue: string;
  portalValue: string;
  source: string | null;
  status: "open" | "import" | "portal";
  createdAt: string;
}

function base(db: Db) {
  return db
    .selectFrom("importConflicts as c")
    .innerJoin("organisations as o", "o.id", "c.orgId")
    .select([
      "c.id",
      "c.orgId",
      "o.ref",
      "o.nameVi",
      "o.nameEn",
      "c.field",
      "c.fileValue",
      "c.portalValue",
      "c.source",
      "c.status",
      "c.createdAt",
    ]);
}

export async function listOpenConflicts(db: Db, limit = 500): Promise<ConflictRow[]> {
  return base(db).where("c.status", "=", "open").orderBy("o.ref").orderBy("c.field").limit(limit).execute();
}

export async function countOpenConflicts(db: Db): Promise<number> {
  return countRows(db.selectFrom("importConflicts").where("status", "=", "open"));
}

export async function openConflict(db: Db, id: number): Promise<ConflictRow | undefined> {
  return base(db).where("c.id", "=", id).where("c.status", "=", "open").executeTakeFirst();
}

/** Raw statement for the resolving transaction (it also rewrites the supplier through the importer's statements). */
export const RESOLVE_CONFLICT_SQL = `UPDATE import_conflicts SET status = ?, resolved_by = ?,
  resolved_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = ? AND status = 'open'`;
