import { sql } from "kysely";
import type { Db } from "../connection";

/**
 * A write transaction that takes SQLite's write lock at BEGIN (BEGIN IMMEDIATE). A plain
 * BEGIN reads first and fails with SQLITE_BUSY when another connection wrote meanwhile; this
 * way a second writer waits (busy_timeout) and then sees the first one's commit, which is what
 * the compare-and-set checks of generation and publishing rely on.
 */
export async function writeTx<T>(db: Db, fn: (tx: Db) => Promise<T>): Promise<T> {
  return db.connection().execute(async (conn) => {
    await sql`BEGIN IMMEDIATE`.execute(conn);
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

/** A SQLite constraint failure (UNIQUE, CHECK, FOREIGN KEY) from better-sqlite3. */
export function isConstraintError(e: unknown, kind?: "UNIQUE" | "CHECK" | "FOREIGNKEY"): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code !== "string" || !code.startsWith("SQLITE_CONSTRAINT")) return false;
  return kind === undefined || code === `SQLITE_CONSTRAINT_${kind}`;
}
