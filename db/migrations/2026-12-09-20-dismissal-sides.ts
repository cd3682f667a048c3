import { sql, type Kysely } from "kysely";
import { isPostgres } from "../dialect";
import { NOW } from "./kit";

// Frozen once landed. Whose "not relevant" verdict it is (docs/decisions/703-whose-not-relevant-verdict.md):
// `given_by` says which side spoke ('buyer' or 'organiser'), and the unique key becomes
// (request, supplier, side), so an organiser's verdict no longer overwrites the buyer's reason and
// note, nor the reverse. SQLite cannot drop the inline UNIQUE of 2026-11-23-05, so the table is
// rebuilt (the same statements on PostgreSQL): create the new one, copy every row with its id,
// drop the old, rename. Existing rows: a creator who is an organiser or admin today is the best
// evidence there is → 'organiser'; everything else (a buyer, or a deleted user) stays 'buyer', as
// the report counted it until now.

// Copied, not imported, from app/modules/matching/dismiss-reasons.ts (as 2026-11-23-05 did): a
// migration must not change when app code does.
const DISMISS_REASONS = [
  "missing_certificate",
  "wrong_process",
  "wrong_material",
  "too_small",
  "price",
  "already_supplier",
  "other",
] as const;

const COLUMNS = "id, request_id, supplier_org_id, reason, note, score, created_by, created_at";

function createTable(name: string, sides: boolean) {
  return `CREATE TABLE ${name} (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  request_id INTEGER NOT NULL REFERENCES sourcing_requests(id) ON DELETE CASCADE,
  supplier_org_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  reason TEXT NOT NULL CHECK (reason IN (${DISMISS_REASONS.map((r) => `'${r}'`).join(",")})),
  note TEXT CHECK (note IS NULL OR length(note) <= 500),
  score REAL,
  created_by INTEGER REFERENCES users(id) ON DELETE SET NULL,
  created_at TEXT NOT NULL DEFAULT ${NOW},${
    sides
      ? `
  given_by TEXT NOT NULL DEFAULT 'buyer' CHECK (given_by IN ('buyer','organiser')),
  UNIQUE (request_id, supplier_org_id, given_by)`
      : `
  UNIQUE (request_id, supplier_org_id)`
  }
)`;
}

async function swapIn(db: Kysely<any>, statements: string[]) {
  for (const s of [
    ...statements,
    `DROP TABLE match_dismissals`,
    `ALTER TABLE match_dismissals_next RENAME TO match_dismissals`,
    `CREATE INDEX match_dismissals_reason ON match_dismissals(reason, created_at)`,
  ])
    await sql.raw(s).execute(db);
  // Copied ids are kept; PostgreSQL's identity must continue after the largest of them.
  if (isPostgres(db))
    await sql`SELECT setval(pg_get_serial_sequence('match_dismissals', 'id'), max(id)) FROM match_dismissals HAVING max(id) IS NOT NULL`.execute(
      db,
    );
}

export async function up(db: Kysely<any>): Promise<void> {
  await swapIn(db, [
    createTable("match_dismissals_next", true),
    `INSERT INTO match_dismissals_next (${COLUMNS}, given_by)
SELECT ${COLUMNS.split(", ")
      .map((c) => `d.${c}`)
      .join(", ")},
  CASE WHEN EXISTS (SELECT 1 FROM users u WHERE u.id = d.created_by AND u.role IN ('organiser','admin'))
    THEN 'organiser' ELSE 'buyer' END
FROM match_dismissals d`,
  ]);
}

/** Back to one verdict per pair: the buyer's is kept where both sides spoke. */
export async function down(db: Kysely<any>): Promise<void> {
  await swapIn(db, [
    createTable("match_dismissals_next", false),
    `INSERT INTO match_dismissals_next (${COLUMNS})
SELECT ${COLUMNS.split(", ")
      .map((c) => `d.${c}`)
      .join(", ")}
FROM match_dismissals d
WHERE d.given_by = 'buyer' OR NOT EXISTS (SELECT 1 FROM match_dismissals b
  WHERE b.request_id = d.request_id AND b.supplier_org_id = d.supplier_org_id AND b.given_by = 'buyer')`,
  ]);
}
