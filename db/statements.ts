import type SQLite from "better-sqlite3";
import { CompiledQuery } from "kysely";
import { cleanParam, type Db } from "./connection";
import { dialectOf, PRETRANSLATED_BATCH, toPostgres, toPostgresParam, type DialectName } from "./dialect";

/**
 * Hand-written statements for the writers that issue many small ones in a row (the directory
 * importer: about 100,000 statements for 10,000 firms; the profile save, which reuses the
 * importer's supplier writes). One interface, two engines (docs/decisions/360-statements-on-both-databases.md):
 *
 * - SQLite: better-sqlite3 prepared statements, cached per text, run synchronously under the
 *   promise (Kysely's async round trip per statement would make an import several times slower).
 * - PostgreSQL: the same SQLite-dialect text, `?` numbered as `$n`, sent on ONE pooled connection
 *   through the dialect translation (db/dialect.ts) like every Kysely query.
 *
 * Either way the caller holds Kysely's connection for the whole unit of work (`withStatements`),
 * so on SQLite no other query of this process runs inside the transaction, and on PostgreSQL
 * every statement of the transaction travels on the same connection.
 */
export interface Statements {
  readonly dialect: DialectName;
  all<T>(text: string, params?: unknown[]): Promise<T[]>;
  get<T>(text: string, params?: unknown[]): Promise<T | undefined>;
  /** Rows changed. */
  run(text: string, params?: unknown[]): Promise<number>;
  /**
   * A write whose result the caller does not need. SQLite runs it at once; PostgreSQL queues it
   * and sends the queue with the next statement that returns something, or at the end of the
   * (sub)transaction, as one round trip. Its error, if any, surfaces there, still inside the
   * record's savepoint.
   */
  write(text: string, params?: unknown[]): Promise<void>;
  /**
   * An INSERT into a table with an `id` column: the new row's id. On PostgreSQL a plain
   * `INSERT INTO t (…) VALUES (…)` takes an id drawn ahead from t's sequence and is then queued
   * like a write (its error surfaces as a write's does).
   */
  insertId(text: string, params?: unknown[]): Promise<number>;
  /**
   * A transaction; nested calls are savepoints (all of a record's rows or none). The outermost
   * takes the write lock at once: BEGIN IMMEDIATE on SQLite, the portal's advisory write lock
   * on PostgreSQL (as writeTx does), so writers queue instead of failing. `rollback` undoes it
   * all at the end (the import preview).
   */
  tx<T>(fn: () => Promise<T>, opts?: { rollback?: boolean }): Promise<T>;
}

/** The same write lock key as writeTx (db/queries/events-tx.ts). */
const WRITE_LOCK_KEY = 0x434e4854;

/** `?` placeholders (outside quotes) as PostgreSQL's `$1, $2, …`. */
export function numberPlaceholders(text: string): string {
  let n = 0;
  let quote: string | null = null;
  let out = "";
  for (const c of text) {
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === "?") {
      out += `$${++n}`;
      continue;
    }
    out += c;
  }
  return out;
}

type Exec = {
  query(text: string, params: unknown[]): Promise<{ rows: unknown[]; changes: number }>;
};

function sqliteStatements(sqlite: SQLite.Database): Statements {
  const cache = new Map<string, SQLite.Statement>();
  const prep = (text: string) => {
    let st = cache.get(text);
    if (!st) cache.set(text, (st = sqlite.prepare(text)));
    return st;
  };
  let depth = 0;
  return {
    dialect: "sqlite",
    all: async <T>(text: string, params: unknown[] = []) => prep(text).all(...params) as T[],
    get: async <T>(text: string, params: unknown[] = []) => prep(text).get(...params) as T | undefined,
    run: async (text, params = []) => prep(text).run(...params).changes,
    write: async (text, params = []) => void prep(text).run(...params),
    insertId: async (text, params = []) => Number(prep(text).run(...params).lastInsertRowid),
    async tx(fn, opts = {}) {
      const name = `st_${depth}`;
      sqlite.exec(depth === 0 ? (opts.rollback ? "BEGIN" : "BEGIN IMMEDIATE") : `SAVEPOINT ${name}`);
      depth++;
      const undo = () => sqlite.exec(depth === 0 ? "ROLLBACK" : `ROLLBACK TO ${name}; RELEASE ${name}`);
      try {
        const out = await fn();
        depth--;
        if (opts.rollback) undo();
        else sqlite.exec(depth === 0 ? "COMMIT" : `RELEASE ${name}`);
        return out;
      } catch (e) {
        depth--;
        // SQLite may already have ended the transaction itself (a full disk); nothing to undo then.
        if (sqlite.inTransaction) undo();
        throw e;
      }
    },
  };
}

/**
 * One SQL string for PostgreSQL's simple protocol: the statement translated (db/dialect.ts) and
 * its `$n` placeholders replaced by literals. Every value becomes a quoted, untyped literal (or
 * NULL), which PostgreSQL types from its context exactly as it types an untyped parameter.
 * Strings use the E'' form with backslashes and quotes doubled, safe whatever
 * standard_conforming_strings says; NUL characters are already gone (connection's cleaning).
 */
export function inlineStatement(text: string, params: unknown[]): string {
  const sql = toPostgres(numberPlaceholders(text));
  let out = "";
  let quote: string | null = null;
  for (let i = 0; i < sql.length; i++) {
    const c = sql[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === "$" && /[0-9]/.test(sql[i + 1] ?? "")) {
      let j = i + 1;
      while (/[0-9]/.test(sql[j] ?? "")) j++;
      out += literal(params[Number(sql.slice(i + 1, j)) - 1]);
      i = j - 1;
      continue;
    }
    out += c;
  }
  return out;
}

function literal(raw: unknown): string {
  const v = toPostgresParam(cleanParam(raw));
  if (v === null || v === undefined) return "NULL";
  let text: string;
  if (Buffer.isBuffer(v) || v instanceof Uint8Array) text = `\\x${Buffer.from(v).toString("hex")}`;
  else if (v instanceof Date) text = v.toISOString();
  else if (typeof v === "object") text = JSON.stringify(v);
  else text = String(v);
  return `E'${text.replaceAll("\\", "\\\\").replaceAll("'", "''")}'`;
}

/** `INSERT INTO table (columns) VALUES (` — an insert whose id can be drawn ahead. */
const PLAIN_INSERT = /^\s*INSERT\s+INTO\s+(\w+)\s*\(([^)]*)\)\s*VALUES\s*\(/i;
/**
 * Ids drawn at once from a sequence, doubling from the smallest to the largest block: a one-firm
 * save draws a few, a 10,000-firm import one round trip per 128 rows. Ids drawn and not used are
 * a gap, as a rolled-back insert leaves one.
 */
const ID_BLOCK_MIN = 4;
const ID_BLOCK_MAX = 128;

function postgresStatements(exec: Exec): Statements {
  let depth = 0;
  // Ids drawn ahead by insertId, by table, and the size of each table's last block.
  const reserved = new Map<string, number[]>();
  const drawn = new Map<string, number>();
  // Writes waiting to travel with the next statement (see Statements.write).
  let queued: string[] = [];
  const q = (text: string, params: unknown[]) => {
    if (!queued.length) return exec.query(numberPlaceholders(text), params);
    const batch = [...queued, inlineStatement(text, params)];
    queued = [];
    return exec.query(PRETRANSLATED_BATCH + batch.join(";\n"), []);
  };
  return {
    dialect: "postgres",
    all: async <T>(text: string, params: unknown[] = []) => (await q(text, params)).rows as T[],
    get: async <T>(text: string, params: unknown[] = []) => (await q(text, params)).rows[0] as T | undefined,
    run: async (text, params = []) => (await q(text, params)).changes,
    async write(text, params = []) {
      queued.push(inlineStatement(text, params));
      // A long run of writes outside a transaction is not held back indefinitely.
      if (queued.length >= 500) await q("SELECT 1", []);
    },
    async insertId(text, params = []) {
      const plain = PLAIN_INSERT.exec(text);
      if (!plain || /\b(RETURNING|ON\s+CONFLICT)\b/i.test(text)) {
        const { rows } = await q(`${text} RETURNING id`, params);
        return Number((rows[0] as { id: number }).id);
      }
      // The id drawn ahead from the table's identity sequence, so the INSERT needs no answer and
      // is queued with the record's other writes: one round trip per record instead of two.
      const [, table, cols] = plain;
      let ids = reserved.get(table!);
      if (!ids?.length) {
        const n = Math.min(ID_BLOCK_MAX, 2 * (drawn.get(table!) ?? ID_BLOCK_MIN / 2));
        drawn.set(table!, n);
        const { rows } = await q(
          `SELECT nextval(pg_get_serial_sequence('${table}', 'id')) AS id FROM generate_series(1, ${n})`,
          [],
        );
        reserved.set(table!, (ids = (rows as { id: number | string }[]).map((r) => Number(r.id))));
      }
      const id = ids.shift()!;
      queued.push(
        inlineStatement(text.replace(PLAIN_INSERT, `INSERT INTO ${table} (id, ${cols}) VALUES (?, `), [
          id,
          ...params,
        ]),
      );
      return id;
    },
    async tx(fn, opts = {}) {
      const outer = depth === 0;
      const savepoint = `SAVEPOINT st_${depth}`;
      const end = (commit: boolean) =>
        outer ? (commit ? "COMMIT" : "ROLLBACK") : `${commit ? "RELEASE" : "ROLLBACK TO"} ${savepoint}`;
      if (outer) {
        await q("BEGIN", []);
        if (!opts.rollback) await q(`SELECT pg_advisory_xact_lock(${WRITE_LOCK_KEY})`, []);
      } else queued.push(savepoint);
      depth++;
      try {
        const out = await fn();
        // The queued writes and the end of the (sub)transaction in one round trip.
        if (opts.rollback) await q("SELECT 1", []);
        await q(end(!opts.rollback), []);
        return out;
      } catch (e) {
        // Nothing of it reached the server yet: forget it. Otherwise a failed batch stopped at
        // its error, and whatever is still queued belongs to the work undone here.
        const unsent = queued.indexOf(savepoint);
        if (unsent >= 0) queued = queued.slice(0, unsent);
        else {
          queued = [];
          await q(end(false), []);
        }
        throw e;
      } finally {
        depth--;
      }
    },
    async flush() {
      if (queued.length) await q("SELECT 1", []);
    },
  } as Statements & { flush(): Promise<void> };
}

/**
 * Runs `fn` with statements on this process's connection, held for the whole call. `target.sqlite`
 * is only touched on SQLite (on PostgreSQL it is a proxy that throws).
 */
export async function withStatements<T>(
  target: { db: Db; sqlite: SQLite.Database },
  fn: (st: Statements) => Promise<T>,
): Promise<T> {
  return target.db.connection().execute(async (conn) => {
    if (dialectOf(target.db) === "sqlite") return fn(sqliteStatements(target.sqlite));
    const st = postgresStatements({
      async query(text, params) {
        // Without the camel-case plugin: rows come back named as the SQL names them, as on SQLite.
        const r = await conn.withoutPlugins().executeQuery(CompiledQuery.raw(text, params));
        return { rows: r.rows as unknown[], changes: Number(r.numAffectedRows ?? 0) };
      },
    }) as Statements & { flush(): Promise<void> };
    const out = await fn(st);
    await st.flush();
    return out;
  });
}
