import { createHash } from "node:crypto";
import type SQLite from "better-sqlite3";

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

/** Row count and a hash of every row of each directory table: equal snapshots, equal data. */
export function snapshot(sqlite: SQLite.Database): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of TABLES) {
    const rows = sqlite.prepare(`SELECT * FROM ${t} ORDER BY rowid`).raw().all();
    out[t] = `${rows.length}:${createHash("sha1").update(JSON.stringify(rows)).digest("hex")}`;
  }
  return out;
}

export function count(sqlite: SQLite.Database, sql: string, ...params: unknown[]): number {
  return (
    (sqlite
      .prepare(sql)
      .pluck()
      .get(...params) as number) ?? 0
  );
}
