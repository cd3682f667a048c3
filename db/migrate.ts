import { Migrator, type MigrationResultSet } from "kysely";
import { sql } from "kysely";
import type { Db } from "./connection";
import { isPostgres, POSTGRES_PRELUDE } from "./dialect";
import { migrations } from "./migrations/index";

/** Brings the database to the newest schema; throws with the failing migration's name. */
export async function migrateToLatest(db: Db): Promise<MigrationResultSet> {
  // Features land in parallel with dated names, so a database may have applied a later-dated
  // migration before an earlier-dated one arrives: apply the missing ones rather than refuse.
  if (isPostgres(db)) for (const s of POSTGRES_PRELUDE) await sql.raw(s).execute(db);
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    allowUnorderedMigrations: true,
  });
  const result = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === "Error");
    const err = result.error instanceof Error ? result.error : new Error(String(result.error));
    err.message = `migration ${failed?.migrationName ?? "?"} failed: ${err.message}`;
    throw err;
  }
  return result;
}
