import { sql, type Kysely } from "kysely";
import { NOW } from "./kit";

// Frozen once landed. Sessions become rows (ADR 021): the cookie carries only a random session
// id, whose SHA-256 is stored here, so a session can end on the server (logout, timeouts,
// revocation from /my/account, suspension, a new password). users.session_version, which the
// old stateless cookie carried, has no use any more and goes: every cookie issued before this
// migration stops working and its holder logs in again. No user data is touched.

export async function up(db: Kysely<any>): Promise<void> {
  await sql
    .raw(
      `CREATE TABLE sessions (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  token_hash TEXT NOT NULL UNIQUE CHECK (length(token_hash) = 64),
  user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at TEXT NOT NULL DEFAULT ${NOW},
  last_seen_at TEXT NOT NULL DEFAULT ${NOW},
  expires_at TEXT NOT NULL,
  user_agent TEXT CHECK (user_agent IS NULL OR length(user_agent) <= 512),
  ip TEXT CHECK (ip IS NULL OR length(ip) <= 64)
)`,
    )
    .execute(db);
  await sql.raw(`CREATE INDEX sessions_user ON sessions(user_id, last_seen_at)`).execute(db);
  await sql.raw(`ALTER TABLE users DROP COLUMN session_version`).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql.raw(`DROP TABLE IF EXISTS sessions`).execute(db);
  await sql.raw(`ALTER TABLE users ADD COLUMN session_version INTEGER NOT NULL DEFAULT 1`).execute(db);
}
