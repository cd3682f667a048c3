import { sql } from "kysely";
import type { Db } from "../connection";
import { isPostgres } from "../dialect";

const BUSY_WAIT_MS = 10_000;

/**
 * A write transaction that takes SQLite's write lock at BEGIN (BEGIN IMMEDIATE). A plain
 * BEGIN reads first and fails with SQLITE_BUSY when another connection wrote meanwhile; this
 * way a second writer waits and then sees the first one's commit, which is what the
 * compare-and-set checks of generation and publishing rely on.
 *
 * The wait is asynchronous: better-sqlite3's busy_timeout would block the whole event loop
 * (the server stops answering, and a second connection in the same process could never
 * release the lock it waits for), so BEGIN runs with busy_timeout 0 and is retried after
 * short sleeps.
 */
export async function writeTx<T>(db: Db, fn: (tx: Db) => Promise<T>): Promise<T> {
  return db.connection().execute(async (conn) => {
    await (isPostgres(conn) ? beginPostgres(conn) : begin(conn));
    try {
      const out = await fn(conn);
      await sql`COMMIT`.execute(conn);
      return out;
    } catch (e) {
      await sql`ROLLBACK`.execute(conn);
      throw e;
    }
  });
}

/**
 * PostgreSQL's equivalent of BEGIN IMMEDIATE: a transaction-scoped advisory lock that every
 * writeTx takes first, so writers queue one behind the other exactly as on SQLite (the lock is
 * released at COMMIT or ROLLBACK). In READ COMMITTED each statement after the wait sees the
 * previous writer's commit, which the compare-and-set checks rely on. The rows themselves stay
 * protected by the same constraints (meeting_seats' UNIQUE) as on SQLite.
 */
async function beginPostgres(conn: Db) {
  await sql`BEGIN`.execute(conn);
  try {
    await sql`SET LOCAL lock_timeout = ${sql.lit(`${BUSY_WAIT_MS}ms`)}`.execute(conn);
    await sql`SELECT pg_advisory_xact_lock(${sql.lit(WRITE_LOCK_KEY)})`.execute(conn);
  } catch (e) {
    await sql`ROLLBACK`.execute(conn);
    throw e;
  }
}

// An arbitrary constant naming the portal's write lock among advisory locks ("CNHT" in ASCII).
const WRITE_LOCK_KEY = 0x434e4854;

async function begin(conn: Db) {
  const { rows } = await sql<{ timeout: number }>`PRAGMA busy_timeout`.execute(conn);
  const previous = rows[0]?.timeout ?? 5000;
  await sql`PRAGMA busy_timeout = 0`.execute(conn);
  const until = Date.now() + BUSY_WAIT_MS;
  try {
    for (let pause = 2; ; pause = Math.min(pause * 2, 50)) {
      try {
        await sql`BEGIN IMMEDIATE`.execute(conn);
        return;
      } catch (e) {
        if ((e as { code?: string }).code !== "SQLITE_BUSY" || Date.now() > until) throw e;
        await new Promise((r) => setTimeout(r, pause + Math.random() * pause));
      }
    }
  } finally {
    await sql.raw(`PRAGMA busy_timeout = ${Number(previous)}`).execute(conn);
  }
}

// PostgreSQL's SQLSTATEs for the same three failures.
const PG_CONSTRAINT: Record<string, "UNIQUE" | "CHECK" | "FOREIGNKEY"> = {
  "23505": "UNIQUE",
  "23514": "CHECK",
  "23503": "FOREIGNKEY",
};

/** A constraint failure (UNIQUE, CHECK, FOREIGN KEY) from better-sqlite3 or PostgreSQL. */
export function isConstraintError(e: unknown, kind?: "UNIQUE" | "CHECK" | "FOREIGNKEY"): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code === "string" && PG_CONSTRAINT[code])
    return kind === undefined || PG_CONSTRAINT[code] === kind;
  if (typeof code !== "string" || !code.startsWith("SQLITE_CONSTRAINT")) return false;
  return kind === undefined || code === `SQLITE_CONSTRAINT_${kind}`;
}
