import fs from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import pg from "pg";
import { Kysely, SqliteDialect, PostgresDialect, CamelCasePlugin } from "kysely";
import type { DB } from "./schema";
import {
  NotOnPostgresError,
  PRETRANSLATED_BATCH,
  toPostgres,
  toPostgresParam,
  type DialectName,
} from "./dialect";

export type Db = Kysely<DB>;

export interface OpenDb {
  db: Db;
  /**
   * The raw better-sqlite3 handle, for FTS5 work and synchronous transactions. On PostgreSQL
   * every use of it throws NotOnPostgresError (see openPostgres).
   */
  sqlite: SQLite.Database;
  dialect: DialectName;
  /** PostgreSQL only: the pool, for stores that speak pg directly (the rate limits). */
  pgPool?: pg.Pool;
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

/** A parameter as every statement stores it (see stripNulOnWrite); db/statements.ts inlines with it. */
export function cleanParam(v: unknown): unknown {
  return clean(v);
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
    dialect: "sqlite",
    async close() {
      await db.destroy();
    },
  };
}

/**
 * pg returns BIGINT (count(*), sum()) and NUMERIC (avg()) as strings to keep their precision;
 * the portal's figures fit a double, and better-sqlite3 returns numbers, so both do here.
 */
const pgTypes = {
  getTypeParser(oid: number, format?: "text" | "binary") {
    if (oid === pg.types.builtins.INT8) return (v: string) => Number(v);
    if (oid === pg.types.builtins.NUMERIC) return (v: string) => Number(v);
    return pg.types.getTypeParser(oid, format);
  },
};

/**
 * A pg client whose statements pass through the dialect translation (db/dialect.ts), with
 * parameters cleaned as SQLite's are: NUL characters dropped (PostgreSQL refuses them in text),
 * booleans stored as the schema's 0/1.
 */
class PortalClient extends pg.Client {
  override query(...args: unknown[]): never {
    const [text, values] = args;
    // Several statements already translated, values inlined (db/statements.ts): sent as one
    // simple-protocol query; the caller gets the last statement's result.
    if (typeof text === "string" && text.startsWith(PRETRANSLATED_BATCH)) {
      const sent = (super.query as (...a: unknown[]) => Promise<pg.QueryResult | pg.QueryResult[]>)(text);
      return sent.then((r) => (Array.isArray(r) ? r[r.length - 1] : r)) as never;
    }
    if (typeof text === "string") {
      args[0] = toPostgres(text);
      if (Array.isArray(values)) args[1] = values.map((v) => toPostgresParam(clean(v)));
    }
    return (super.query as (...a: unknown[]) => never)(...args);
  }
}

function sqliteOnly(): SQLite.Database {
  return new Proxy({} as SQLite.Database, {
    get(_t, prop) {
      if (prop === "then") return undefined; // not a thenable
      throw new NotOnPostgresError(`This feature (better-sqlite3 '${String(prop)}')`);
    },
  });
}

/** Connects to PostgreSQL (DATABASE_URL=postgres://…); a pool shared by the process. */
export function openPostgres(url: string, opts: { max?: number } = {}): OpenDb {
  const pool = new pg.Pool({
    connectionString: url,
    max: opts.max ?? 10,
    Client: PortalClient,
    types: pgTypes,
  });
  // An idle connection the server closed (a restart, a failover) is dropped and replaced by the
  // pool; without a listener pg would turn it into an uncaught exception that ends the process.
  pool.on("error", (e) =>
    console.warn(`PostgreSQL: idle connection lost (${e.message}); it will be replaced`),
  );
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }), plugins: [new CamelCasePlugin()] });
  return {
    db,
    sqlite: sqliteOnly(),
    dialect: "postgres",
    pgPool: pool,
    async close() {
      await db.destroy();
    },
  };
}

/** A postgres:// URL selects PostgreSQL; anything else is SQLite's file, exactly as before. */
export function openConfigured(env: { DATABASE_URL?: string; DATABASE_PATH: string }): OpenDb {
  return env.DATABASE_URL ? openPostgres(env.DATABASE_URL) : openDatabase(env.DATABASE_PATH);
}
