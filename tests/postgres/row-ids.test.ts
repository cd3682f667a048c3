import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { up } from "../../db/migrations/2026-12-07-60-row-ids";
import { postgresSkipReason } from "../helpers/postgres";
import { postgresSuite } from "../helpers/postgres-hooks";

// Tables declared `id INTEGER PRIMARY KEY` (SQLite's rowid) take inserts without an id on
// PostgreSQL too: identities on a fresh database (db/dialect.ts), and on one migrated before
// that translation existed, through migration 2026-12-07-60.

const skip = postgresSkipReason();

describe.skipIf(!!skip)("row ids on PostgreSQL", () => {
  const pg = postgresSuite();

  const insert = (name: string) =>
    sql<{ id: number }>`INSERT INTO import_mappings (name, shape, mapping, created_by)
      VALUES (${name}, 's', '{}', 'test') RETURNING id`.execute(pg.db);

  it("an insert without id gets the next one", async () => {
    const a = (await insert("one")).rows[0]!.id;
    expect((await insert("two")).rows[0]!.id).toBe(a + 1);
  });

  it("a database migrated without identities is repaired, continuing after the largest id", async () => {
    await sql`ALTER TABLE import_mappings ALTER COLUMN id DROP IDENTITY`.execute(pg.db);
    await sql`INSERT INTO import_mappings (id, name, shape, mapping, created_by) VALUES (40, 'copied', 's', '{}', 'x')`.execute(
      pg.db,
    );
    await expect(insert("fails")).rejects.toThrow(/null value in column "id"/);
    await up(pg.db);
    expect((await insert("three")).rows[0]!.id).toBe(41);
    // Run again on a repaired database: nothing left to change.
    await up(pg.db);
    expect((await insert("four")).rows[0]!.id).toBe(42);
  });
});
