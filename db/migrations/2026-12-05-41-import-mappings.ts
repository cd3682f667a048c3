import { sql, type Kysely } from "kysely";

// Frozen once landed. Spreadsheet column mappings an organiser saved on /admin/import, by name,
// to reuse for the next file of the same shape (the same header row): `shape` is the header
// row's normalised cells, `mapping` a cnht-sheet-mapping/1 document.
export async function up(db: Kysely<any>): Promise<void> {
  await sql
    .raw(
      `CREATE TABLE import_mappings (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 100),
        shape TEXT NOT NULL CHECK (length(shape) <= 10000),
        mapping TEXT NOT NULL CHECK (json_valid(mapping) AND length(mapping) <= 100000),
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
      )`,
    )
    .execute(db);
  await sql.raw(`CREATE INDEX import_mappings_shape ON import_mappings (shape)`).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql.raw(`DROP TABLE import_mappings`).execute(db);
}
