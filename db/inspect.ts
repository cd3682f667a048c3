import { sql } from "kysely";
import type { Db } from "./connection";
import { dialectOf } from "./dialect";

/** A database's schema, reduced to what must match between SQLite and PostgreSQL. */
export interface SchemaShape {
  /** table → column → "nullable" | "not null" */
  tables: Record<string, Record<string, string>>;
  /** "table(col, col)" or "table(col) unique", sorted; names differ between the two, shapes must not. */
  indexes: string[];
}

// Bookkeeping that is not the portal's schema: Kysely's migration tables, SQLite internals and
// the embedded search engine's own tables (docs/decisions/040: created by the engine, not the migrations).
// rate_limits: PostgreSQL only (the rate-limit store shared by instances; SQLite keeps them in memory).
const IGNORED = /^(kysely_|sqlite_|search_(fts|vocab|docs|meta)|rate_limits)/;

export async function inspectSchema(db: Db): Promise<SchemaShape> {
  return dialectOf(db) === "postgres" ? inspectPostgres(db) : inspectSqlite(db);
}

async function inspectSqlite(db: Db): Promise<SchemaShape> {
  const { rows: tables } = await sql<{ name: string }>`
    SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`.execute(db);
  const shape: SchemaShape = { tables: {}, indexes: [] };
  for (const { name } of tables.filter((t) => !IGNORED.test(t.name))) {
    const { rows: cols } = await sql<{ name: string; notnull: number; pk: number }>`
      SELECT name, "notnull", pk FROM pragma_table_info(${name})`.execute(db);
    shape.tables[name] = Object.fromEntries(
      cols.map((c) => [c.name, c.notnull || c.pk ? "not null" : "nullable"]),
    );
    const { rows: idx } = await sql<{ name: string; unique: number; origin: string }>`
      SELECT name, "unique", origin FROM pragma_index_list(${name})`.execute(db);
    for (const i of idx) {
      const { rows: ic } = await sql<{ name: string }>`
        SELECT name FROM pragma_index_info(${i.name}) ORDER BY seqno`.execute(db);
      // A primary key is a constraint in both; a plain INTEGER PRIMARY KEY has no index in SQLite.
      if (i.origin === "pk") continue;
      shape.indexes.push(`${name}(${ic.map((c) => c.name).join(", ")})${i.unique ? " unique" : ""}`);
    }
  }
  shape.indexes.sort();
  return shape;
}

async function inspectPostgres(db: Db): Promise<SchemaShape> {
  // One-word aliases: the CamelCasePlugin would rename snake_case result keys.
  const { rows: cols } = await sql<{ tbl: string; col: string; nullable: string }>`
    SELECT table_name AS tbl, column_name AS col, is_nullable AS nullable FROM information_schema.columns
    WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position`.execute(db);
  const shape: SchemaShape = { tables: {}, indexes: [] };
  for (const c of cols.filter((c) => !IGNORED.test(c.tbl)))
    (shape.tables[c.tbl] ??= {})[c.col] = c.nullable === "YES" ? "nullable" : "not null";
  const { rows: idx } = await sql<{ tbl: string; cols: string; uniq: boolean; primary: boolean }>`
    SELECT t.relname AS tbl, i.indisunique AS uniq, i.indisprimary AS "primary",
      (SELECT string_agg(a.attname, ', ' ORDER BY k.n)
         FROM unnest(i.indkey) WITH ORDINALITY AS k(attnum, n)
         JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum) AS cols
    FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
    JOIN pg_namespace ns ON ns.oid = t.relnamespace AND ns.nspname = current_schema()`.execute(db);
  for (const i of idx.filter((i) => !IGNORED.test(i.tbl) && !i.primary))
    shape.indexes.push(`${i.tbl}(${i.cols})${i.uniq ? " unique" : ""}`);
  shape.indexes.sort();
  return shape;
}
