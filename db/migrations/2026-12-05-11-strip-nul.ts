import { sql, type Kysely } from "kysely";
import { isPostgres } from "../dialect";

// Frozen once landed. Text saved before NUL characters were stripped on write (issue 10) loses
// them: U+0000 only ever came from forged requests, is invisible, and cuts strings short in
// CSV readers and mail. Every TEXT column of every ordinary table, only rows that hold one.
// Down is a no-op: the removed characters carried nothing to restore.
export async function up(db: Kysely<any>): Promise<void> {
  // PostgreSQL's text cannot hold U+0000 at all: nothing to clean there.
  if (isPostgres(db)) return;
  const tables = await sql<{ name: string; sql: string | null }>`
    SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`.execute(db);
  const virtual = tables.rows.filter((t) => /^\s*CREATE\s+VIRTUAL/i.test(t.sql ?? "")).map((t) => t.name);
  // FTS5 tables and their shadow tables (name_data, name_content …) are rebuilt by `cli reindex`.
  const ordinary = tables.rows
    .map((t) => t.name)
    .filter((n) => !virtual.some((v) => n === v || n.startsWith(`${v}_`)));
  for (const table of ordinary) {
    const cols = await sql<{
      name: string;
      type: string;
    }>`SELECT name, type FROM pragma_table_info(${table})`.execute(db);
    for (const c of cols.rows.filter((c) => /TEXT|CHAR|CLOB/i.test(c.type) || c.type === "")) {
      // SQLite's text functions stop at a NUL, so rows are found byte-wise and cleaned here.
      const col = sql.ref(c.name);
      const hit = await sql<{
        id: number;
        v: string;
      }>`SELECT rowid AS id, ${col} AS v FROM ${sql.table(table)}
        WHERE typeof(${col}) = 'text' AND instr(CAST(${col} AS BLOB), x'00') > 0`.execute(db);
      for (const r of hit.rows)
        await sql`UPDATE ${sql.table(table)} SET ${col} = ${r.v.replaceAll("\u0000", "")} WHERE rowid = ${r.id}`.execute(
          db,
        );
    }
  }
}

export async function down(): Promise<void> {}
