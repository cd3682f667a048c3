import { sql, type Kysely } from "kysely";

// Frozen once landed: write a new dated migration instead of editing this one.
// Issue 16, re-applying after a withdrawal (docs/decisions/380-scheme-reapply.md): a firm that
// withdrew applies again on the same row (UNIQUE scheme × firm stays, so the budget and the KPI
// read one row per firm), which starts a new `round`. Documents and questions carry the round
// they belong to, so the new application's state and documents are its own and the earlier
// round's stay on record, shown as history.
export async function up(db: Kysely<any>): Promise<void> {
  for (const stmt of [
    `ALTER TABLE scheme_applications ADD COLUMN round INTEGER NOT NULL DEFAULT 1`,
    `ALTER TABLE scheme_documents ADD COLUMN round INTEGER NOT NULL DEFAULT 1`,
    `ALTER TABLE scheme_info_requests ADD COLUMN round INTEGER NOT NULL DEFAULT 1`,
  ])
    await sql.raw(stmt).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ["scheme_info_requests", "scheme_documents", "scheme_applications"])
    await sql.raw(`ALTER TABLE ${t} DROP COLUMN round`).execute(db);
}
