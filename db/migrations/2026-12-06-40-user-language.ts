import { sql, type Kysely } from "kysely";

// Frozen once landed. Japanese as a third interface language (issue 13). users.locale and
// mail_outbox.locale carry CHECK (… IN ('vi','en')), and SQLite cannot change a CHECK without
// rebuilding the table, so the language a user chose (vi, en or ja) and the language a queued
// mail is written in get their own nullable columns; locale keeps the nearest of vi/en
// (English for Japanese) for the code and reports that read it. NULL means "as locale".
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE users ADD COLUMN language TEXT CHECK (language IS NULL OR language IN ('vi','en','ja'))`.execute(
    db,
  );
  await sql`ALTER TABLE mail_outbox ADD COLUMN language TEXT CHECK (language IS NULL OR language IN ('vi','en','ja'))`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE mail_outbox DROP COLUMN language`.execute(db);
  await sql`ALTER TABLE users DROP COLUMN language`.execute(db);
}
