import { sql, type Kysely } from "kysely";

// Frozen once landed. API tokens get an expiry (ADR 021). Tokens that exist today keep working
// for 90 days from this migration (nothing an integration relies on breaks overnight), then
// need replacing like any other. Code always writes the column; a NULL left by hand counts as
// expired (fail closed).
export async function up(db: Kysely<any>): Promise<void> {
  await sql.raw(`ALTER TABLE api_tokens ADD COLUMN expires_at TEXT`).execute(db);
  await sql
    .raw(`UPDATE api_tokens SET expires_at = strftime('%Y-%m-%dT%H:%M:%fZ','now','+90 days')`)
    .execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql.raw(`ALTER TABLE api_tokens DROP COLUMN expires_at`).execute(db);
}
