import { sql, type Kysely } from "kysely";
import { NOW } from "./kit";

// Frozen once landed: write a new dated migration instead of editing this one.
// The programme's targets by year, as organisers copy them from the city's plan. One row per
// (year, metric); a sector share is the metric "sector:<sector id>" with a percentage value.
// Changes are audited in audit_log (action "programme_target_set"), so the row holds only the
// current value.

export async function up(db: Kysely<any>): Promise<void> {
  await sql
    .raw(
      `CREATE TABLE programme_targets (
  year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  metric TEXT NOT NULL CHECK (length(metric) BETWEEN 1 AND 80),
  value REAL NOT NULL CHECK (value >= 0),
  updated_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
  updated_at TEXT NOT NULL DEFAULT ${NOW},
  PRIMARY KEY (year, metric)
)`,
    )
    .execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql.raw(`DROP TABLE IF EXISTS programme_targets`).execute(db);
}
