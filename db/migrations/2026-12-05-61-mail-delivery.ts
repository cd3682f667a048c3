import { sql, type Kysely } from "kysely";
import { NOW } from "./kit";

// Frozen once landed: write a new dated migration instead of editing this one.
// Mail delivery: the outbox rows gain a delivery state machine (pending → claimed → sending →
// sent | failed, back to pending after a temporary failure), an HTML part, calendar parts, the
// recipient's language, a stable Message-ID and a de-duplication key (reminders and schedule
// notices are queued at most once per key). meeting_invitations remembers, per meeting, what the
// participants' calendars were last told (UID sequence, time, table) so that a changed meeting
// is sent as an update with a higher SEQUENCE and a dropped one as a CANCEL.

const statements = [
  `ALTER TABLE mail_outbox ADD COLUMN state TEXT NOT NULL DEFAULT 'pending'
     CHECK (state IN ('pending','claimed','sending','sent','failed'))`,
  `ALTER TABLE mail_outbox ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0`,
  `ALTER TABLE mail_outbox ADD COLUMN next_attempt_at TEXT`,
  `ALTER TABLE mail_outbox ADD COLUMN claimed_at TEXT`,
  `ALTER TABLE mail_outbox ADD COLUMN claim_token TEXT`,
  `ALTER TABLE mail_outbox ADD COLUMN message_id TEXT`,
  `ALTER TABLE mail_outbox ADD COLUMN html TEXT`,
  // JSON [{ "filename", "method", "content" }]: iCalendar objects sent as text/calendar parts.
  `ALTER TABLE mail_outbox ADD COLUMN calendar TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(calendar))`,
  `ALTER TABLE mail_outbox ADD COLUMN locale TEXT CHECK (locale IS NULL OR locale IN ('vi','en'))`,
  `ALTER TABLE mail_outbox ADD COLUMN dedupe_key TEXT`,
  `ALTER TABLE mail_outbox ADD COLUMN failed_at TEXT`,
  `UPDATE mail_outbox SET state = 'sent' WHERE sent_at IS NOT NULL`,
  `CREATE UNIQUE INDEX mail_outbox_dedupe ON mail_outbox(dedupe_key) WHERE dedupe_key IS NOT NULL`,
  `CREATE INDEX mail_outbox_due ON mail_outbox(state, next_attempt_at, id)`,
  // No foreign key to meetings: the row must outlive a deleted meeting so its CANCEL can go out.
  `CREATE TABLE meeting_invitations (
  meeting_id INTEGER PRIMARY KEY,
  event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  a_id INTEGER NOT NULL,
  b_id INTEGER NOT NULL,
  sequence INTEGER NOT NULL DEFAULT 0 CHECK (sequence >= 0),
  starts_at TEXT NOT NULL,
  minutes INTEGER NOT NULL,
  table_name TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('active','cancelled')),
  updated_at TEXT NOT NULL DEFAULT ${NOW}
)`,
  `CREATE INDEX meeting_invitations_event ON meeting_invitations(event_id, state)`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const s of statements) await sql.raw(s).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql.raw(`DROP TABLE IF EXISTS meeting_invitations`).execute(db);
  await sql.raw(`DROP INDEX IF EXISTS mail_outbox_due`).execute(db);
  await sql.raw(`DROP INDEX IF EXISTS mail_outbox_dedupe`).execute(db);
  for (const c of [
    "failed_at",
    "dedupe_key",
    "locale",
    "calendar",
    "html",
    "message_id",
    "claim_token",
    "claimed_at",
    "next_attempt_at",
    "attempts",
    "state",
  ])
    await sql.raw(`ALTER TABLE mail_outbox DROP COLUMN ${c}`).execute(db);
}
