import { sql, type Kysely } from "kysely";

// Frozen once landed. Contact details only for organisers and for verified buyers
// (docs/decisions/091-contact-access.md): a confirmed email (users.email_verified_at, set through
// a single-use mailed link or a completed password reset), a buyer organisation the organisers
// approved (organisations.verified_at, already there), a daily read limit and a record of each
// view the firm can read (contact_views).
const UP = [
  `ALTER TABLE users ADD COLUMN email_verified_at TEXT`,
  `CREATE TABLE email_verifications (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    expires_at TEXT NOT NULL,
    used_at TEXT,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
  )`,
  `CREATE INDEX email_verifications_user ON email_verifications(user_id)`,
  `CREATE TABLE contact_views (
    id INTEGER PRIMARY KEY,
    org_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    viewer_user_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
    viewer_token_id INTEGER REFERENCES api_tokens(id) ON DELETE SET NULL,
    viewer_org_id INTEGER REFERENCES organisations(id) ON DELETE SET NULL,
    via TEXT NOT NULL CHECK (via IN ('page', 'api')),
    at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
    CHECK (viewer_user_id IS NOT NULL OR viewer_token_id IS NOT NULL)
  )`,
  `CREATE INDEX contact_views_org ON contact_views(org_id, at)`,
  `CREATE INDEX contact_views_user ON contact_views(viewer_user_id, at)`,
  `CREATE INDEX contact_views_token ON contact_views(viewer_token_id, at)`,
];

export async function up(db: Kysely<any>): Promise<void> {
  for (const s of UP) await sql.raw(s).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql.raw(`DROP TABLE contact_views`).execute(db);
  await sql.raw(`DROP TABLE email_verifications`).execute(db);
  await sql.raw(`ALTER TABLE users DROP COLUMN email_verified_at`).execute(db);
}
