import { sql, type Kysely } from "kysely";
import { NOW } from "./kit";

// Frozen once landed. A buyer's "not relevant" verdict on a suggested supplier, with a reason
// code: it removes the supplier from that request's list and feeds the organisers' report on
// why suggestions miss (so the codes are a closed set, checked here).

// Copied, not imported, from app/modules/matching/dismiss-reasons.ts: a migration must not change
// when app code does.
const DISMISS_REASONS = [
  "missing_certificate",
  "wrong_process",
  "wrong_material",
  "too_small",
  "price",
  "already_supplier",
  "other",
] as const;

export async function up(db: Kysely<any>): Promise<void> {
  await sql
    .raw(
      `CREATE TABLE match_dismissals (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  request_id INTEGER NOT NULL REFERENCES sourcing_requests(id) ON DELETE CASCADE,
  supplier_org_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  reason TEXT NOT NULL CHECK (reason IN (${DISMISS_REASONS.map((r) => `'${r}'`).join(",")})),
  note TEXT CHECK (note IS NULL OR length(note) <= 500),
  score REAL,
  created_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
  created_at TEXT NOT NULL DEFAULT ${NOW},
  UNIQUE (request_id, supplier_org_id)
)`,
    )
    .execute(db);
  await sql.raw(`CREATE INDEX match_dismissals_reason ON match_dismissals(reason, created_at)`).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql.raw(`DROP TABLE IF EXISTS match_dismissals`).execute(db);
}
