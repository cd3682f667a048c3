import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase, type OpenDb } from "../../db/connection";
import { migrateToLatest } from "../../db/migrate";
import { freshPostgres } from "./postgres";

let template: string | undefined;

/**
 * A real, migrated SQLite file of its own for each caller: the schema is migrated once per
 * test process into a template file, then copied (cheaper than migrating each time).
 */
export async function freshDb(): Promise<OpenDb & { file: string; dir: string }> {
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
