import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Insertable, Kysely, Selectable } from "kysely";
import { openDatabase, openPostgres, type Db, type OpenDb } from "../../db/connection";
import type { DB } from "../../db/schema";
import { migrateToLatest } from "../../db/migrate";
import { freshPostgres, postgresDirs } from "./postgres";

let template: string | undefined;

/**
 * A real, migrated SQLite file of its own for each caller: the schema is migrated once per
 * test process into a template file, then copied (cheaper than migrating each time).
 */
/** On PostgreSQL, `url` names the test's database and `file` is empty. */
export async function freshDb(): Promise<OpenDb & { file: string; dir: string; url?: string }> {
  // `npm run test:postgres` runs the same suites on a PostgreSQL database of their own each.
  if (process.env.CNHT_TEST_DATABASE === "postgres") return freshPostgres();
  if (!template) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cnht-template-"));
    template = path.join(dir, "template.db");
    const t = openDatabase(template);
    await migrateToLatest(t.db);
    t.sqlite.pragma("wal_checkpoint(TRUNCATE)");
    await t.close();
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cnht-test-"));
  const file = path.join(dir, "portal.db");
  fs.copyFileSync(template, file);
  const opened = openDatabase(file);
  return { ...opened, file, dir };
}

/** What freshDb() gives: a migrated database of the caller's own, its folder, and its file or URL. */
export type FreshDb = Awaited<ReturnType<typeof freshDb>>;

/**
 * `fn` on a fresh database of its own (freshDb), closed after it whatever happens: for a test that
 * needs a database no other test of its file touches.
 */
export async function withFreshDb<T>(fn: (t: FreshDb) => Promise<T>): Promise<T> {
  const t = await freshDb();
  try {
    return await fn(t);
  } finally {
    await t.close();
  }
}

/** Is this test database (its `file`) a PostgreSQL URL (`npm run test:postgres`)? */
export function isPostgresUrl(file: string): boolean {
  return /^postgres(ql)?:\/\//.test(file);
}

/**
 * The environment that points a child process (the CLI, the server) at a test's database: the
 * SQLite file, or on PostgreSQL the URL, with DATABASE_PATH in a folder of the child's own (the
 * data folder: generated secret, uploads).
 */
export function dbEnv(file: string): { DATABASE_PATH: string; DATABASE_URL: string } {
  // An empty DATABASE_URL counts as unset (app/utils/env.server.ts): SQLite, whatever the caller's env.
  if (!isPostgresUrl(file)) return { DATABASE_PATH: file, DATABASE_URL: "" };
  // The test's own folder when freshDb() made this database here, as `dir` is beside a SQLite file.
  const dir = postgresDirs.get(file) ?? fs.mkdtempSync(path.join(os.tmpdir(), "cnht-pg-data-"));
  return { DATABASE_URL: file, DATABASE_PATH: path.join(dir, "portal.db") };
}

/** A second, independent connection to a test's database (SQLite file or PostgreSQL URL). */
export function reopen(t: { file: string; url?: string }): OpenDb {
  return t.url ? openPostgres(t.url, { max: 2 }) : openDatabase(t.file);
}

/** The same connection, seen as tables of untyped columns (for the two helpers below). */
type LooseDb = Kysely<Record<string, Record<string, unknown>>>;

/**
 * The rows whose columns equal `where`, with the named columns, as stored now: what a test
 * reads when the answer may be no row (nothing was written) or several.
 */
export async function storedRows<T extends keyof DB, C extends keyof Selectable<DB[T]> & string>(
  db: Db,
  table: T,
  where: Partial<Selectable<DB[T]>>,
  columns: C[],
): Promise<Pick<Selectable<DB[T]>, C>[]> {
  // Kysely's builder types cannot follow a table the caller chooses; the signature above keeps
  // every call site checked against the schema instead.
  let q = (db as unknown as LooseDb).selectFrom(table as string).select(columns as string[]);
  for (const [k, v] of Object.entries(where)) q = q.where(k, "=", v);
  return (await q.execute()) as Pick<Selectable<DB[T]>, C>[];
}

/**
 * One column of the one row whose columns equal `where`, as stored now: what a test reads to
 * check what a request did. Throws when there is no such row, so a missing row fails loudly.
 */
export async function storedValue<T extends keyof DB, C extends keyof Selectable<DB[T]> & string>(
  db: Db,
  table: T,
  where: Partial<Selectable<DB[T]>>,
  column: C,
): Promise<Selectable<DB[T]>[C]> {
  const [row] = await storedRows(db, table, where, [column]);
  if (!row) throw new Error(`no ${String(table)} row where ${JSON.stringify(where)}`);
  return row[column];
}

/** The audit actions recorded against one ref, oldest first: a firm's history as the log keeps it. */
export async function auditActionsOf(db: Db, entityRef: string): Promise<string[]> {
  const rows = await db
    .selectFrom("auditLog")
    .where("entityRef", "=", entityRef)
    .select("action")
    .orderBy("id")
    .execute();
  return rows.map((a) => a.action);
}

type TableWithId = { [K in keyof DB]: "id" extends keyof DB[K] ? K : never }[keyof DB];

/** Inserts one row and gives back its id: the set-up step most fixtures repeat. */
export async function insertedId<T extends TableWithId>(
  db: Db,
  table: T,
  values: Insertable<DB[T]>,
): Promise<number> {
  const row = await (db as unknown as LooseDb)
    .insertInto(table as string)
    .values(values)
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id as number;
}

/** A term of a sourcing request (what it asks for), as `requestWithTerms` takes it. */
export type RequestTerm = Omit<Insertable<DB["requestTerms"]>, "requestId">;

/**
 * A sourcing request and the terms it asks for, the set-up every matching test starts from;
 * gives back the request's id.
 */
export async function requestWithTerms(
  db: Db,
  request: Insertable<DB["sourcingRequests"]>,
  terms: RequestTerm[],
): Promise<number> {
  const requestId = await insertedId(db, "sourcingRequests", request);
  await db
    .insertInto("requestTerms")
    .values(terms.map((term) => ({ ...term, requestId })))
    .execute();
  return requestId;
}
