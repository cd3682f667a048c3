import { sql, type Kysely } from "kysely";

// Frozen once landed. Who created an API token (ADR 021): a token dies with its creator's
// account when that account is suspended, as it does with a suspended organisation. Tokens made
// with the CLI (and all older ones) have no creator.
// And the default expiry in the database itself: a row inserted without expires_at (by a script
// or an older code path) gets 90 days, as the portal's own default, instead of none.
export async function up(db: Kysely<any>): Promise<void> {
  await sql
    .raw(`ALTER TABLE api_tokens ADD COLUMN created_by INTEGER REFERENCES users(id) ON DELETE SET NULL`)
    .execute(db);
  await sql
    .raw(
      `CREATE TRIGGER api_tokens_default_expiry AFTER INSERT ON api_tokens WHEN NEW.expires_at IS NULL
BEGIN
  UPDATE api_tokens SET expires_at = strftime('%Y-%m-%dT%H:%M:%fZ','now','+90 days') WHERE id = NEW.id;
END`,
    )
    .execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql.raw(`DROP TRIGGER IF EXISTS api_tokens_default_expiry`).execute(db);
  await sql.raw(`ALTER TABLE api_tokens DROP COLUMN created_by`).execute(db);
}
