import { sql, type Kysely, type Migration } from "kysely";

// What the dated migrations share. Frozen like them: a migration that has landed runs these
// exact statements forever, so never change what a helper here emits — add a new helper instead
// (docs/decisions/515-migration-kit.md). Not a migration itself: index.ts lists those by name.

/** SQLite's ISO-8601 "now" as a column default; db/dialect.ts rewrites it for PostgreSQL. */
export const NOW = `(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

/**
 * A migration that runs `statements` in order, and whose down drops every table they create, in
 * reverse order (dependents first), so the list of tables is written once. `ifExists: false`
 * keeps the plain `DROP TABLE` of the migrations that were written that way.
 */
export function tablesMigration(
  statements: readonly string[],
  { ifExists = true }: { ifExists?: boolean } = {},
): Migration {
  const tables = statements.flatMap((s) => /^CREATE TABLE (\w+)/.exec(s)?.[1] ?? []).reverse();
  return {
    async up(db: Kysely<any>) {
      for (const s of statements) await sql.raw(s).execute(db);
    },
    async down(db: Kysely<any>) {
      for (const t of tables) await sql.raw(`DROP TABLE ${ifExists ? "IF EXISTS " : ""}${t}`).execute(db);
    },
  };
}
