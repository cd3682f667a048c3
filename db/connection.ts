import fs from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, SqliteDialect, CamelCasePlugin } from "kysely";
import type { DB } from "./schema";

export type Db = Kysely<DB>;

export interface OpenDb {
  db: Db;
  /** The raw better-sqlite3 handle, for FTS5 work and synchronous transactions. */
  sqlite: SQLite.Database;
  close(): Promise<void>;
}

/**
 * The database holds password hashes and contacts: a new file (and a new data folder) is
 * readable by the portal's own user only. SQLite gives the -wal and -shm files the database
 * file's mode, so creating the file first with 0600 covers them too. An existing file keeps the
 * mode its operator chose.
 */
function createPrivately(file: string) {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true, mode: 0o700 });
  try {
    fs.closeSync(
      fs.openSync(file, fs.constants.O_CREAT | fs.constants.O_EXCL | fs.constants.O_WRONLY, 0o600),
    );
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
  }
}

function clean(v: unknown): unknown {
  if (typeof v === "string") return v.includes("\u0000") ? v.replaceAll("\u0000", "") : v;
  if (Array.isArray(v)) return v.map(clean);
  if (v && typeof v === "object" && !Buffer.isBuffer(v) && !(v instanceof Uint8Array) && !(v instanceof Date))
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, clean(x)]));
  return v;
}

/**
 * No NUL character (U+0000) is ever written or compared: it is invisible, browsers show it as
 * U+FFFD, and many tools (CSV readers, mail, C libraries) end the string there, so a stored
 * name would read differently in every place. Only a forged request carries one. Every
 * statement's string parameters lose it here — Kysely's queries and the raw statements of the
 * importer and profile alike — which is one place instead of every form. Blobs are untouched.
 */
function stripNulOnWrite(sqlite: SQLite.Database) {
  const prepare = sqlite.prepare.bind(sqlite);
  sqlite.prepare = ((source: string) => {
    const stmt = prepare(source);
    for (const m of ["run", "get", "all", "iterate"] as const) {
      const original = (stmt[m] as (...a: unknown[]) => unknown).bind(stmt);
      (stmt as unknown as Record<string, unknown>)[m] = (...args: unknown[]) => original(...args.map(clean));
    }
    return stmt;
  }) as typeof sqlite.prepare;
}

/**
 * Opens (creating the folder if needed) the portal's SQLite file.
 * WAL lets readers run while the importer or outbox worker writes; the busy timeout turns
 * short lock waits into waits rather than SQLITE_BUSY errors.
 */
export function openDatabase(file: string): OpenDb {
  if (file !== ":memory:") createPrivately(file);
  const sqlite = new SQLite(file);
  stripNulOnWrite(sqlite);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = NORMAL");
  const db = new Kysely<DB>({
    dialect: new SqliteDialect({ database: sqlite }),
    plugins: [new CamelCasePlugin()],
  });
  return {
    db,
    sqlite,
    async close() {
      await db.destroy();
    },
  };
}
