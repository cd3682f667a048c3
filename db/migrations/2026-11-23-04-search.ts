import { sql, type Kysely } from "kysely";

// Frozen once landed. The outbox worker retries a failed row with exponential backoff: the row
// records when it may be tried again, so one bad document never holds up the others.
// (The embedded engine's FTS5 tables are created by the engine itself: docs/decisions/040.)
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE search_outbox ADD COLUMN next_attempt_at TEXT`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE search_outbox DROP COLUMN next_attempt_at`.execute(db);
}
