import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type pg from "pg";
import { openPostgres, type OpenDb } from "../../db/connection";
import { migrateToLatest } from "../../db/migrate";
import { withPostgresClient } from "../../scripts/lib/postgres";

/**
 * PostgreSQL for the tests: TEST_POSTGRES_URL names a server and a role allowed to create
 * databases (`.ci/run` makes one). Each caller gets a database of its own, created from a
 * template migrated once per test process and dropped again by close().
 */
export const TEST_POSTGRES_URL = process.env.TEST_POSTGRES_URL || undefined;

/** The reason PostgreSQL tests are skipped, said once per file so a skipped run is never mistaken for a pass. */
export function postgresSkipReason(): string | undefined {
  if (TEST_POSTGRES_URL) return undefined;
  const reason =
    "TEST_POSTGRES_URL is not set: the PostgreSQL tests are SKIPPED (set it to postgres://user:pass@host/db of a role with CREATEDB, or run .ci/run)";
  console.warn(reason);
  return reason;
}

function urlFor(database: string): string {
  const u = new URL(TEST_POSTGRES_URL!);
  u.pathname = `/${database}`;
  return u.toString();
}

/** `fn` on a client of the test server's maintenance database (CREATE and DROP DATABASE). */
const admin = <T>(fn: (c: pg.Client) => Promise<T>): Promise<T> => withPostgresClient(TEST_POSTGRES_URL!, fn);

let template: Promise<string> | undefined;

/** Each test database's own folder (freshPostgres's `dir`), by URL: its data folder for dbEnv(). */
export const postgresDirs = new Map<string, string>();

async function makeTemplate(): Promise<string> {
  const name = `cnht_tmpl_${process.pid}_${crypto.randomBytes(3).toString("hex")}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  const t = openPostgres(urlFor(name), { max: 1 });
  try {
    await migrateToLatest(t.db);
  } finally {
    await t.close();
  }
  return name;
}

/** For vitest's globalSetup: one migrated template for the whole run, named to the workers by env. */
export async function createRunTemplate(): Promise<string> {
  return makeTemplate();
}

/**
 * An empty, migrated PostgreSQL database of its own; close() drops it. `file` is its URL, so the
 * shared suites' `startServer({ databasePath: t.file })` and `dbEnv(t.file)` (tests/helpers/db.ts)
 * point a server or a CLI at it unchanged; `dir` is a temporary folder of its own, as on SQLite.
 */
export async function freshPostgres(): Promise<OpenDb & { file: string; dir: string; url: string }> {
  if (!TEST_POSTGRES_URL) throw new Error("TEST_POSTGRES_URL is not set");
  // The run's template (tests/helpers/postgres-setup.ts), or one for this process.
  template ??= process.env.CNHT_PG_TEMPLATE ? Promise.resolve(process.env.CNHT_PG_TEMPLATE) : makeTemplate();
  const tmpl = await template;
  const name = `cnht_test_${crypto.randomBytes(6).toString("hex")}`;
  await admin((c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${tmpl}`));
  const url = urlFor(name);
  const opened = openPostgres(url, { max: 4 });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cnht-pg-test-"));
  postgresDirs.set(url, dir);
  return {
    ...opened,
    url,
    file: url,
    dir,
    async close() {
      await opened.close();
      await dropDatabase(name);
      fs.rmSync(dir, { recursive: true, force: true });
      postgresDirs.delete(url);
    },
  };
}

export async function dropDatabase(name: string): Promise<void> {
  // WITH (FORCE) ends the database's other sessions, and PostgreSQL refuses (42501, "must be a
  // member of the role whose process is being terminated") when one of them is an autovacuum
  // worker that started on the freshly filled database: it belongs to no role the test role is a
  // member of. .ci/run grants pg_signal_backend, which allows it; elsewhere the worker is done in
  // moments, so wait and try again rather than fail a suite that passed.
  for (let attempt = 1; ; attempt++) {
    try {
      await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
      return;
    } catch (e) {
      if ((e as { code?: string }).code !== "42501" || attempt >= 20) throw e;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

/** Drops this process's template (call from afterAll of a file that used freshPostgres). */
export async function dropTemplate(): Promise<void> {
  if (!template) return;
  const name = await template.catch(() => undefined);
  template = undefined;
  if (name) await dropDatabase(name);
}
