import { createHash } from "node:crypto";
import type SQLite from "better-sqlite3";
import type { Db } from "../../../db/connection";
import { withStatements } from "../../../db/statements";

const TABLES = [
  "organisations",
  "supplier_profiles",
  "buyer_profiles",
  "capability_terms",
  "certifications",
  "sourcing_requests",
  "request_terms",
  "search_outbox",
  "audit_log",
];

/** A test's database as freshDb() gives it: SQLite, or PostgreSQL under `npm run test:postgres`. */
export type TestDb = { db: Db; sqlite: SQLite.Database; dialect: "sqlite" | "postgres" };

/**
 * Row count and a hash of every row of each directory table: equal snapshots, equal data.
 * SQLite in rowid order; PostgreSQL has no rowid, so its rows are hashed sorted.
 */
export async function snapshot(t: TestDb): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of TABLES) {
    let rows: string[];
    if (t.dialect === "sqlite")
      rows = (t.sqlite.prepare(`SELECT * FROM ${table} ORDER BY rowid`).raw().all() as unknown[]).map((r) =>
        JSON.stringify(r),
      );
    else rows = (await all(t, `SELECT * FROM ${table}`)).map((r) => JSON.stringify(Object.values(r))).sort();
    out[table] = `${rows.length}:${createHash("sha1")
      .update(`[${rows.join(",")}]`)
      .digest("hex")}`;
  }
  return out;
}

/** The first column of the first row (a count, an id), 0 when there is none. */
export async function count(t: TestDb, text: string, ...params: unknown[]): Promise<number> {
  const row = (await all(t, text, params))[0];
  return row ? ((Object.values(row)[0] as number) ?? 0) : 0;
}

/** The rows of one statement written in SQLite's dialect (translated on PostgreSQL). */
export function all(t: TestDb, text: string, params: unknown[] = []): Promise<Record<string, unknown>[]> {
  return withStatements(t, (st) => st.all<Record<string, unknown>>(text, params));
}

/** Runs one writing statement written in SQLite's dialect; the rows it changed. */
export function exec(t: TestDb, text: string, ...params: unknown[]): Promise<number> {
  return withStatements(t, (st) => st.run(text, params));
}
