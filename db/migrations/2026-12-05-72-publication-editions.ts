import { sql, type Kysely } from "kysely";
import { NOW } from "./kit";

// Frozen once landed: write a new dated migration instead of editing this one.
// The annual CNHT publication: a year's edition, frozen by an organiser, is stored whole (the
// figures and the public directory fields as JSON) so later edits never change what was published.

export async function up(db: Kysely<any>): Promise<void> {
  await sql
    .raw(
      `CREATE TABLE publication_editions (
  year INTEGER PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
  snapshot TEXT NOT NULL CHECK (json_valid(snapshot)),
  frozen_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
  frozen_at TEXT NOT NULL DEFAULT ${NOW}
)`,
    )
    .execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql.raw(`DROP TABLE IF EXISTS publication_editions`).execute(db);
}
