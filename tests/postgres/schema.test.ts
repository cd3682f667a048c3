import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../db/connection";
import { migrateToLatest } from "../../db/migrate";
import { inspectSchema } from "../../db/inspect";
import { freshPostgres, postgresSkipReason } from "../helpers/postgres";

const skip = postgresSkipReason();

// The migrations are written once (SQLite's dialect) and translated by db/dialect.ts: the two
// databases they produce must have the same tables, columns, nullability and indexes.
describe.skipIf(!!skip)("the PostgreSQL schema matches SQLite's", () => {
  it("same tables, columns and indexes after every migration", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cnht-schema-"));
    const lite = openDatabase(path.join(dir, "portal.db"));
    const pg = await freshPostgres();
    try {
      await migrateToLatest(lite.db);
      await migrateToLatest(pg.db); // already migrated from the template: must be a no-op
      const [a, b] = [await inspectSchema(lite.db), await inspectSchema(pg.db)];
      expect(Object.keys(a.tables).length).toBeGreaterThan(20);
      expect(Object.keys(b.tables).sort()).toEqual(Object.keys(a.tables).sort());
      for (const t of Object.keys(a.tables)) expect({ [t]: b.tables[t] }).toEqual({ [t]: a.tables[t] });
      expect(a.indexes.length).toBeGreaterThan(20);
      expect(b.indexes).toEqual(a.indexes);
    } finally {
      await lite.close();
      await pg.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
