import { sql, type Kysely } from "kysely";

// Frozen once landed. Issue 17: an organiser's import job as a row, so that with several
// instances on one PostgreSQL database the progress of a job started through one instance is
// read through any other (docs/decisions/465-import-jobs-as-rows.md). `updated_at` moves with
// every progress step: an unfinished job whose row stopped moving lost its process.
export async function up(db: Kysely<any>): Promise<void> {
  await sql
    .raw(
      `CREATE TABLE import_jobs (
        id TEXT PRIMARY KEY CHECK (length(id) = 32),
        source TEXT NOT NULL CHECK (length(source) <= 200),
        done INTEGER NOT NULL DEFAULT 0,
        total INTEGER NOT NULL DEFAULT 0,
        report TEXT CHECK (report IS NULL OR json_valid(report)),
        error TEXT,
        started_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        finished_at TEXT
      )`,
    )
    .execute(db);
  await sql.raw(`CREATE INDEX import_jobs_finished ON import_jobs (finished_at)`).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql.raw(`DROP TABLE import_jobs`).execute(db);
}
