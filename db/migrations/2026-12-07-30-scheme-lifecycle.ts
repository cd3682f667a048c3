import { sql, type Kysely } from "kysely";
import { NOW } from "./kit";

// Frozen once landed: write a new dated migration instead of editing this one.
// Issue 16, finishing schemes and news (docs/decisions/330-scheme-lifecycle.md):
// - `version` on schemes and articles: an edit names the version it was made on, and a stale one
//   is refused (409) instead of overwriting a colleague's edit.
// - `archived_at` on both: archived rows leave the lists and the public pages and can be restored.
// - `recognition` on a scheme: an approval shows on the firm's public profile.
// - `withdrawn_at` on an application, and `scheme_info_requests` for "more information, please".
//   scheme_applications.status keeps its CHECK (submitted/approved/rejected): SQLite cannot
//   change a CHECK without rebuilding the table (and the documents that reference it), so
//   "withdrawn" and "information requested" are facts in their own columns and rows, and the
//   state shown is computed from them (app/modules/schemes/rules.ts applicationState).

export async function up(db: Kysely<any>): Promise<void> {
  for (const stmt of [
    `ALTER TABLE support_schemes ADD COLUMN version INTEGER NOT NULL DEFAULT 1`,
    `ALTER TABLE support_schemes ADD COLUMN archived_at TEXT`,
    `ALTER TABLE support_schemes ADD COLUMN recognition INTEGER NOT NULL DEFAULT 0 CHECK (recognition IN (0, 1))`,
    `ALTER TABLE news_articles ADD COLUMN version INTEGER NOT NULL DEFAULT 1`,
    `ALTER TABLE news_articles ADD COLUMN archived_at TEXT`,
    `CREATE INDEX news_articles_scheme ON news_articles(scheme_id)`,
    `ALTER TABLE scheme_applications ADD COLUMN withdrawn_at TEXT`,
    `CREATE TABLE scheme_info_requests (
  id INTEGER PRIMARY KEY,
  application_id INTEGER NOT NULL REFERENCES scheme_applications(id) ON DELETE CASCADE,
  question TEXT NOT NULL CHECK (length(question) BETWEEN 1 AND 2000),
  asked_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
  asked_at TEXT NOT NULL DEFAULT ${NOW},
  answer TEXT CHECK (length(answer) BETWEEN 1 AND 4000),
  answered_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
  answered_at TEXT,
  CHECK ((answer IS NULL) = (answered_at IS NULL))
)`,
    `CREATE INDEX scheme_info_requests_application ON scheme_info_requests(application_id)`,
    `ALTER TABLE scheme_documents ADD COLUMN info_request_id INTEGER REFERENCES scheme_info_requests(id) ON DELETE SET NULL`,
  ])
    await sql.raw(stmt).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const stmt of [
    `ALTER TABLE scheme_documents DROP COLUMN info_request_id`,
    `DROP TABLE IF EXISTS scheme_info_requests`,
    `ALTER TABLE scheme_applications DROP COLUMN withdrawn_at`,
    `DROP INDEX IF EXISTS news_articles_scheme`,
    `ALTER TABLE news_articles DROP COLUMN archived_at`,
    `ALTER TABLE news_articles DROP COLUMN version`,
    `ALTER TABLE support_schemes DROP COLUMN recognition`,
    `ALTER TABLE support_schemes DROP COLUMN archived_at`,
    `ALTER TABLE support_schemes DROP COLUMN version`,
  ])
    await sql.raw(stmt).execute(db);
}
