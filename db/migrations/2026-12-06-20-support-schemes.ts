import { sql, type Kysely } from "kysely";
import { NOW } from "./kit";

// Frozen once landed: write a new dated migration instead of editing this one.
// The programme's support schemes (docs/decisions/190-support-schemes.md): organisers publish a
// scheme with a budget and a window; a firm applies once per scheme with documents; an organiser
// approves (with an amount) or rejects (with a reason). Decisions are audited in audit_log; the
// row holds the current state. Amounts are whole VND.

export async function up(db: Kysely<any>): Promise<void> {
  for (const stmt of [
    `CREATE TABLE support_schemes (
  id INTEGER PRIMARY KEY,
  name_vi TEXT NOT NULL CHECK (length(name_vi) BETWEEN 1 AND 200),
  name_en TEXT NOT NULL CHECK (length(name_en) BETWEEN 1 AND 200),
  kind TEXT NOT NULL CHECK (kind IN ('management_system','rnd','trade_promotion','training')),
  standard TEXT CHECK (standard IN ('iso9001','iatf16949','iso14001','lean')),
  budget INTEGER NOT NULL CHECK (budget >= 0),
  opens_on TEXT NOT NULL CHECK (opens_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  closes_on TEXT NOT NULL CHECK (closes_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND closes_on >= opens_on),
  eligibility_vi TEXT NOT NULL DEFAULT '' CHECK (length(eligibility_vi) <= 4000),
  eligibility_en TEXT NOT NULL DEFAULT '' CHECK (length(eligibility_en) <= 4000),
  created_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
  created_at TEXT NOT NULL DEFAULT ${NOW},
  updated_at TEXT NOT NULL DEFAULT ${NOW},
  CHECK ((kind = 'management_system') = (standard IS NOT NULL))
)`,
    `CREATE TABLE scheme_applications (
  id INTEGER PRIMARY KEY,
  scheme_id INTEGER NOT NULL REFERENCES support_schemes(id) ON DELETE CASCADE,
  org_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  status TEXT NOT NULL DEFAULT 'submitted' CHECK (status IN ('submitted','approved','rejected')),
  note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 4000),
  amount INTEGER CHECK (amount > 0),
  reason TEXT CHECK (length(reason) <= 2000),
  submitted_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
  decided_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
  decided_at TEXT,
  created_at TEXT NOT NULL DEFAULT ${NOW},
  UNIQUE (scheme_id, org_id),
  CHECK ((status = 'approved') = (amount IS NOT NULL)),
  CHECK (status <> 'rejected' OR reason IS NOT NULL)
)`,
    `CREATE INDEX scheme_applications_org ON scheme_applications(org_id)`,
    `CREATE TABLE scheme_documents (
  id INTEGER PRIMARY KEY,
  application_id INTEGER NOT NULL REFERENCES scheme_applications(id) ON DELETE CASCADE,
  file_path TEXT NOT NULL,
  size INTEGER NOT NULL,
  created_at TEXT NOT NULL DEFAULT ${NOW}
)`,
    `CREATE INDEX scheme_documents_application ON scheme_documents(application_id)`,
  ])
    await sql.raw(stmt).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ["scheme_documents", "scheme_applications", "support_schemes"])
    await sql.raw(`DROP TABLE IF EXISTS ${t}`).execute(db);
}
