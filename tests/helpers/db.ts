import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase, openPostgres, type OpenDb } from "../../db/connection";
import { migrateToLatest } from "../../db/migrate";
import { freshPostgres } from "./postgres";

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

/** A second, independent connection to a test's database (SQLite file or PostgreSQL URL). */
export function reopen(t: { file: string; url?: string }): OpenDb {
  return t.url ? openPostgres(t.url, { max: 2 }) : openDatabase(t.file);
}
