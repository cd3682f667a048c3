import { sql, type Kysely } from "kysely";
import { isPostgres } from "../dialect";

// Frozen once landed. SQLite's INTEGER holds 64 bits; PostgreSQL's only 32, so a scheme budget of
// 3,000,000,000 VND (the demo programme's) or an approved amount or yearly volume past 2^31 was
// refused there, and a SQLite portal holding one could not be moved (migrate-to-postgres).
// These columns become BIGINT on PostgreSQL (read back as numbers, db/connection.ts). SQLite:
// nothing to do.
const COLUMNS = [
  ["support_schemes", "budget"],
  ["scheme_applications", "amount"],
  ["sourcing_requests", "annual_volume"],
] as const;

export async function up(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) return;
  for (const [table, column] of COLUMNS)
    await sql`ALTER TABLE ${sql.id(table)} ALTER COLUMN ${sql.id(column)} TYPE BIGINT`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) return;
  for (const [table, column] of COLUMNS)
    await sql`ALTER TABLE ${sql.id(table)} ALTER COLUMN ${sql.id(column)} TYPE INTEGER`.execute(db);
}
