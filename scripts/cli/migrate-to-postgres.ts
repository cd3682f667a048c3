import fs from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import { openPostgres } from "../../db/connection";
import { migrateToLatest } from "../../db/migrate";

// `npm run cli -- migrate-to-postgres [SQLITE_FILE] [--to postgres://…]`: copies a SQLite
// database into an empty PostgreSQL database (docs/decisions/220-postgresql.md). PostgreSQL is
// migrated first, so both have the same tables; rows are copied as they are stored (the schema
// keeps SQLite's types on both sides), parents before children, ids kept, in one transaction,
// and every identity sequence is moved past the copied ids so new rows do not collide.

const SKIP = new Set(["kysely_migration", "kysely_migration_lock"]);
const BATCH = 500;

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Tables ordered so that every table comes after the tables its foreign keys point to. */
export function dependencyOrder(tables: string[], parentsOf: (t: string) => string[]): string[] {
  const out: string[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (t: string) => {
    if (state.get(t) === "done" || state.get(t) === "visiting") return; // a cycle: keep going
    state.set(t, "visiting");
    for (const p of parentsOf(t)) if (p !== t && tables.includes(p)) visit(p);
    state.set(t, "done");
    out.push(t);
  };
  for (const t of [...tables].sort()) visit(t);
  return out;
}

export async function migrateToPostgres(
  file: string,
  url: string,
  log = console.log,
): Promise<Record<string, number>> {
  if (!fs.existsSync(file)) throw new Error(`No SQLite database at ${file}.`);
  const src = new SQLite(file, { readonly: true, fileMustExist: true });
  const { db, pgPool, close } = openPostgres(url, { max: 2 });
  try {
    await migrateToLatest(db);
    const pgTables = new Set(
      (
        await pgPool!.query<{ table_name: string }>(
          "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'",
        )
      ).rows.map((r) => r.table_name),
    );
    // FTS5 tables (and their shadow tables) are not in PostgreSQL: the search index is rebuilt.
    const allTables = (
      src
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
        .all() as {
        name: string;
      }[]
    )
      .map((r) => r.name)
      .filter((n) => !SKIP.has(n));
    // Only the embedded search index has no PostgreSQL table (it is rebuilt by reindex); any
    // other table missing there would be lost, so the move refuses before copying anything.
    const lost = allTables.filter((n) => !pgTables.has(n) && !/^search_(meta|docs|fts|vocab)/.test(n));
    if (lost.length)
      throw new Error(`PostgreSQL has no table for ${lost.join(", ")}: migrate-to-postgres would lose them.`);
    const srcTables = allTables.filter((n) => pgTables.has(n));
    for (const t of srcTables) {
      const { rows } = await pgPool!.query(`SELECT 1 FROM ${q(t)} LIMIT 1`);
      if (rows.length)
        throw new Error(
          `PostgreSQL table ${t} is not empty: migrate-to-postgres copies into an empty database only.`,
        );
    }
    const parents = (t: string) =>
      (src.prepare(`PRAGMA foreign_key_list(${q(t)})`).all() as { table: string }[]).map((r) => r.table);
    const order = dependencyOrder(srcTables, parents);
    const counts: Record<string, number> = {};
    const client = await pgPool!.connect();
    try {
      await client.query("BEGIN");
      for (const t of order) {
        const pgCols = new Set(
          (
            await client.query<{ column_name: string }>(
              "SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1",
              [t],
            )
          ).rows.map((r) => r.column_name),
        );
        const cols = (src.prepare(`PRAGMA table_info(${q(t)})`).all() as { name: string }[])
          .map((c) => c.name)
          .filter((c) => pgCols.has(c));
        // Rows in rowid order: a row referring to another row of its own table usually comes after it.
        const hasRowid = !/WITHOUT\s+ROWID/i.test(
          (src.prepare("SELECT sql FROM sqlite_master WHERE name = ?").get(t) as { sql: string }).sql,
        );
        const stmt = src.prepare(
          `SELECT ${cols.map(q).join(", ")} FROM ${q(t)}${hasRowid ? " ORDER BY rowid" : ""}`,
        );
        stmt.raw(true);
        let n = 0;
        let batch: unknown[][] = [];
        const flush = async () => {
          if (!batch.length) return;
          const values = batch
            .map((_, i) => `(${cols.map((__, j) => `$${i * cols.length + j + 1}`).join(", ")})`)
            .join(", ");
          await client.query(
            `INSERT INTO ${q(t)} (${cols.map(q).join(", ")}) VALUES ${values}`,
            batch.flat(),
          );
          n += batch.length;
          batch = [];
        };
        for (const row of stmt.iterate() as Iterable<unknown[]>) {
          batch.push(row.map((v) => (typeof v === "bigint" ? v.toString() : v)));
          if (batch.length >= BATCH) await flush();
        }
        await flush();
        counts[t] = n;
        // Identity columns: the next id follows the largest copied one.
        for (const c of cols) {
          const seq = (
            await client.query<{ s: string | null }>("SELECT pg_get_serial_sequence($1, $2) AS s", [q(t), c])
          ).rows[0]?.s;
          if (seq)
            await client.query(
              `SELECT setval($1, COALESCE((SELECT max(${q(c)}) FROM ${q(t)}), 0) + 1, false)`,
              [seq],
            );
        }
        log(`${t}: ${n} rows`);
      }
      await client.query("COMMIT");
    } catch (e) {
      await client.query("ROLLBACK").catch(() => {});
      throw e;
    } finally {
      client.release();
    }
    return counts;
  } finally {
    src.close();
    await close();
  }
}

/**
 * Uploaded files are not rows: they stay in the data folder (`uploads/` beside the SQLite file,
 * decision 466), which the PostgreSQL instances must keep as theirs (DATABASE_PATH unchanged), or
 * every logo and scan answers 404 after the move. So the move checks that every file a row names
 * is there, and says which are not. The columns are the ones storeUpload's names are kept in.
 */
const UPLOAD_COLUMNS = [
  ["supplier_profiles", "logo_path"],
  ["certifications", "file_path"],
  ["scheme_documents", "file_path"],
] as const;

export function uploadsOf(file: string): { folder: string; referenced: number; missing: string[] } {
  const folder = path.join(path.dirname(path.resolve(file)), "uploads");
  const src = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    const names = UPLOAD_COLUMNS.flatMap(([t, c]) =>
      (
        src.prepare(`SELECT ${q(c)} AS n FROM ${q(t)} WHERE ${q(c)} IS NOT NULL`).all() as { n: string }[]
      ).map((r) => r.n),
    );
    return {
      folder,
      referenced: names.length,
      missing: names.filter((n) => !fs.existsSync(path.join(folder, path.basename(n)))),
    };
  } finally {
    src.close();
  }
}

export async function run(args: string[]): Promise<number> {
  const to = args.indexOf("--to");
  const url = to >= 0 ? args[to + 1] : process.env.DATABASE_URL;
  const file =
    args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--to") ??
    process.env.DATABASE_PATH ??
    "./data/portal.db";
  if (!url || !/^postgres(ql)?:\/\//.test(url)) {
    console.error(
      "Usage: npm run cli -- migrate-to-postgres [SQLITE_FILE] --to postgres://… (or DATABASE_URL)",
    );
    return 2;
  }
  try {
    const counts = await migrateToPostgres(file, url);
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    const uploads = uploadsOf(file);
    console.log(
      `Copied ${total} rows in ${Object.keys(counts).length} tables. Run \`npm run cli -- reindex\` with DATABASE_URL set.`,
    );
    console.log(
      `Uploaded files (logos, certificate scans, scheme documents): ${uploads.referenced} named by rows, in ${uploads.folder}. ` +
        `Keep DATABASE_PATH=${path.resolve(file)} beside DATABASE_URL on every PostgreSQL instance: its folder is the data folder ` +
        `(uploads, and the generated session-secret when SESSION_SECRET is not set, without which every session ends).`,
    );
    if (uploads.missing.length) {
      console.error(
        `${uploads.missing.length} of them are not in ${uploads.folder} (missing before the move): ${uploads.missing.slice(0, 10).join(", ")}${uploads.missing.length > 10 ? ", …" : ""}`,
      );
      return 1;
    }
    return 0;
  } catch (e) {
    console.error((e as Error).message);
    return 1;
  }
}
