import { sql, type Kysely } from "kysely";

// Frozen once landed. Field provenance for imported firms (docs/decisions/180-import-provenance.md):
// `import_snapshots` keeps, per organisation, the record the last import brought (canonical
// cnht-directory/1 JSON and its content hash), so a later import can tell the fields the firm
// changed on the portal (current value ≠ snapshot) from the fields that still hold the list's
// value. `import_conflicts` lists the fields an import did not overwrite because the firm had
// changed them and the file disagrees, until an organiser takes one side.
export async function up(db: Kysely<any>): Promise<void> {
  await sql
    .raw(
      `CREATE TABLE import_snapshots (
        org_id INTEGER PRIMARY KEY REFERENCES organisations(id) ON DELETE CASCADE,
        hash TEXT NOT NULL,
        record TEXT NOT NULL CHECK (json_valid(record)),
        source TEXT,
        imported_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
      )`,
    )
    .execute(db);
  await sql
    .raw(
      `CREATE TABLE import_conflicts (
        id INTEGER PRIMARY KEY,
        org_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        field TEXT NOT NULL CHECK (length(field) BETWEEN 1 AND 100),
        file_value TEXT NOT NULL CHECK (json_valid(file_value)),
        portal_value TEXT NOT NULL CHECK (json_valid(portal_value)),
        source TEXT,
        actor TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'import', 'portal')),
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        resolved_by TEXT,
        resolved_at TEXT
      )`,
    )
    .execute(db);
  // One open conflict per firm and field: a later import replaces the file's side of it.
  await sql
    .raw(
      `CREATE UNIQUE INDEX import_conflicts_open ON import_conflicts (org_id, field) WHERE status = 'open'`,
    )
    .execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql.raw(`DROP TABLE import_conflicts`).execute(db);
  await sql.raw(`DROP TABLE import_snapshots`).execute(db);
}
