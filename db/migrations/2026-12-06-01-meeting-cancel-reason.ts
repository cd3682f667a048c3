import { sql, type Kysely } from "kysely";

// Frozen once landed. Why a participant cancelled an accepted meeting, in its own words: asked
// for on cancelling and shown to the other party (issue 13). NULL for every other request and
// for cancellations made before this migration.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE meeting_requests ADD COLUMN cancel_reason TEXT CHECK (cancel_reason IS NULL OR length(cancel_reason) <= 500)`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE meeting_requests DROP COLUMN cancel_reason`.execute(db);
}
