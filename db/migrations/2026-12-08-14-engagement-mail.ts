import { sql, type Kysely } from "kysely";

// Frozen once landed. Whether a user wants mail about meeting requests and messages (issue 14,
// decision 390): on by default, switched off in /my/account. The in-app notifications stay.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE users ADD COLUMN mail_engagement INTEGER NOT NULL DEFAULT 1`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE users DROP COLUMN mail_engagement`.execute(db);
}
