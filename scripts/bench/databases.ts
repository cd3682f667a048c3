// The database a bench runs on, chosen as the app chooses it (docs/decisions/220-postgresql.md):
// SQLite, always; PostgreSQL when a server is named. The benches that touch the database
// (pages, search, import, fair) run on every database available and print the figures side by
// side: the SQLite run's figures where they always were (the README's tables and anything else
// reading the JSON keep working), and the PostgreSQL run's under `postgres` — or, when there is
// no server, `postgres.notMeasured` saying why, so a missing column is never mistaken for a pass.
// Each PostgreSQL run gets a database of its own, created and dropped again (as the tests' are),
// so a bench never writes into a portal's database.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase, openPostgres, type OpenDb } from "../../db/connection";
import { migrateToLatest } from "../../db/migrate";
import { withPostgresClient } from "../lib/postgres";

export type BenchDatabase = "sqlite" | "postgres";

export interface BenchDb extends OpenDb {
  /** The SQLite file, or the PostgreSQL database's URL (what tests/helpers/server.ts takes). */
  file: string;
  /** A temporary folder of the run's own: the data folder (uploads, the server's search index). */
  dir: string;
}

const isPostgresUrl = (u: string | undefined): u is string => !!u && /^postgres(ql)?:\/\//.test(u);

/**
 * The PostgreSQL server to measure on: DATABASE_URL when it names one (the app's own switch),
 * else BENCH_POSTGRES_URL, else TEST_POSTGRES_URL. Its role must be allowed to CREATE DATABASE.
 */
export function benchPostgresUrl(env: Record<string, string | undefined> = process.env): string | undefined {
  return [env.DATABASE_URL, env.BENCH_POSTGRES_URL, env.TEST_POSTGRES_URL].find(isPostgresUrl);
}

export const NO_POSTGRES =
  "no PostgreSQL named: set BENCH_POSTGRES_URL (or TEST_POSTGRES_URL, or DATABASE_URL) to postgres://user:pass@host/db of a role allowed to CREATE DATABASE";

/**
 * `--db sqlite` or `--db postgres` runs on that one only; without the flag, on SQLite and on
 * PostgreSQL when a server is named. Unknown values are refused, saying which.
 */
export function databasesFrom(
  args: string[],
  env: Record<string, string | undefined> = process.env,
): BenchDatabase[] {
  const at = args.findIndex((a) => a === "--db" || a.startsWith("--db="));
  const value = at < 0 ? undefined : args[at].startsWith("--db=") ? args[at].slice(5) : args[at + 1];
  if (at >= 0 && value !== "sqlite" && value !== "postgres")
    throw new Error(`--db takes sqlite or postgres, not ${value === undefined ? "nothing" : `"${value}"`}`);
  if (value === "postgres" && !benchPostgresUrl(env)) throw new Error(`--db postgres: ${NO_POSTGRES}`);
  if (value) return [value as BenchDatabase];
  return benchPostgresUrl(env) ? ["sqlite", "postgres"] : ["sqlite"];
}

/** A fresh, migrated database of the given kind; close() removes it (file, or DROP DATABASE). */
export async function openBenchDb(kind: BenchDatabase, name: string): Promise<BenchDb> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `cnht-bench-${name}-`));
  if (kind === "sqlite") {
    const file = path.join(dir, "portal.db");
    const opened = openDatabase(file);
    await migrateToLatest(opened.db);
    return {
      ...opened,
      file,
      dir,
      async close() {
        await opened.close();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const server = benchPostgresUrl()!;
  const database = `cnht_bench_${name.replace(/\W/g, "_")}_${crypto.randomBytes(4).toString("hex")}`;
  await withPostgresClient(server, (c) => c.query(`CREATE DATABASE ${database}`));
  const u = new URL(server);
  u.pathname = `/${database}`;
  const url = u.toString();
  const opened = openPostgres(url, { max: 4 });
  const close = async () => {
    await opened.close();
    await withPostgresClient(server, (c) => c.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    await migrateToLatest(opened.db);
  } catch (e) {
    await close();
    throw e;
  }
  return { ...opened, file: url, dir, close };
}

/**
 * Runs `measure` on each database of `args` (databasesFrom) and prints one JSON object: the
 * first run's figures as the bench always printed them, with `database` naming it, and the
 * PostgreSQL run's under `postgres` (or why it was not measured). A PostgreSQL server that cannot
 * be reached is said so there; an error during a measurement is an error.
 */
export async function onEachDatabase(
  args: string[],
  measure: (kind: BenchDatabase) => Promise<Record<string, unknown>>,
): Promise<Record<string, unknown>> {
  const kinds = databasesFrom(args);
  const runs: Partial<Record<BenchDatabase, Record<string, unknown>>> = {};
  let unavailable: string | undefined = kinds.includes("postgres") ? undefined : NO_POSTGRES;
  for (const kind of kinds) {
    if (kind === "postgres") {
      // Reachable at all? A refused connection is "not available", not a failed bench.
      const reason = await withPostgresClient(benchPostgresUrl()!, async () => undefined).catch(
        (e: Error) => `PostgreSQL at ${redact(benchPostgresUrl()!)} not reachable: ${e.message}`,
      );
      if (reason) {
        unavailable = reason;
        if (kinds.length === 1) throw new Error(reason);
        continue;
      }
    }
    runs[kind] = { ...(await measure(kind)), database: kind };
  }
  if (unavailable) console.error(`bench: PostgreSQL NOT measured — ${unavailable}`);
  const first = runs.sqlite ?? runs.postgres!;
  const figures =
    first === runs.postgres ? first : { ...first, postgres: runs.postgres ?? { notMeasured: unavailable } };
  console.log(JSON.stringify(figures, null, 2));
  return figures;
}

/** A URL as it may be printed: without its password. */
function redact(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = "***";
  return u.toString();
}
