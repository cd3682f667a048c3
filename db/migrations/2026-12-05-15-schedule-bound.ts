import { sql, type Kysely } from "kysely";

// Frozen once landed. What each generation run achieved against the best possible: placed
// weight, the proven upper bound on it, and whether the plan is proven optimal (exact phase of
// the scheduler, docs/decisions/011-scheduler-exact-phase.md). NULL for runs made before.
export async function up(db: Kysely<any>): Promise<void> {
  for (const column of [
    `weight REAL CHECK (weight IS NULL OR weight >= 0)`,
    `weight_bound REAL CHECK (weight_bound IS NULL OR weight_bound >= 0)`,
    `optimal INTEGER CHECK (optimal IS NULL OR optimal IN (0,1))`,
  ])
    await sql.raw(`ALTER TABLE schedule_runs ADD COLUMN ${column}`).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const column of ["optimal", "weight_bound", "weight"])
    await sql.raw(`ALTER TABLE schedule_runs DROP COLUMN ${column}`).execute(db);
}
