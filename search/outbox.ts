// Applying the search outbox. Every write that changes what is searchable records an outbox row
// in its own transaction (the importer, the profile pages); this turns pending rows into engine
// calls. Rows are marked done only after the engine confirmed; a failure leaves them pending with
// the error, the attempt count and a time before which they are not retried (exponential backoff).
import { sql } from "kysely";
import type { Db } from "../db/connection";
import { isPostgres } from "../db/dialect";
import type { SearchEngine } from "./engine";
import { supplierDocs } from "./documents";

export interface OutboxOptions {
  /** Most rows applied per call. */
  batch?: number;
  /** The clock, for tests of the backoff. */
  now?: Date;
}

export interface OutboxReport {
  /** Rows marked done. */
  applied: number;
  /** Rows that failed in this call (still pending, retried later). */
  failed: number;
  /** Rows still pending after this call (due now or later). */
  pending: number;
  error?: string;
}

const BASE_BACKOFF_S = 2;
const MAX_BACKOFF_S = 300;

export function backoffSeconds(attempts: number): number {
  return Math.min(MAX_BACKOFF_S, BASE_BACKOFF_S * 2 ** Math.max(0, attempts - 1));
}

/**
 * Applies up to `batch` due rows. The engine receives the database's CURRENT state of each ref
 * (rows of one ref collapse into one change; a ref that is gone or suspended is removed), so the
 * order of rows and repeated rows do not matter and replaying a row is harmless.
 */
export async function applyOutbox(
  services: { db: Db },
  engine: SearchEngine,
  opts: OutboxOptions = {},
): Promise<OutboxReport> {
  // On PostgreSQL several instances run this worker: each takes its rows with FOR UPDATE SKIP
  // LOCKED inside a transaction that also marks them, so no row is applied by two at once.
  if (isPostgres(services.db))
    return services.db.transaction().execute((tx) => applyBatch(tx, engine, opts, true));
  return applyBatch(services.db, engine, opts, false);
}

async function applyBatch(
  db: Db,
  engine: SearchEngine,
  opts: OutboxOptions,
  lock: boolean,
): Promise<OutboxReport> {
  const now = (opts.now ?? new Date()).toISOString();
  const rows = await db
    .selectFrom("searchOutbox")
    .select(["id", "ref", "attempts"])
    .where("doneAt", "is", null)
    .where((eb) => eb.or([eb("nextAttemptAt", "is", null), eb("nextAttemptAt", "<=", now)]))
    .orderBy("id")
    .limit(opts.batch ?? 500)
    .$if(lock, (q) => q.forUpdate().skipLocked())
    .execute();
  let applied = 0;
  let failed = 0;
  let error: string | undefined;
  if (rows.length > 0) {
    try {
      await applyRefs(
        db,
        engine,
        rows.map((r) => r.ref),
      );
      await markDone(db, rows, now);
      applied = rows.length;
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
      // A reachable engine that refused the batch: one document is at fault, so apply them one
      // by one and hold back only the refs that fail. An unreachable engine: hold back them all.
      const isolate = rows.length > 1 && (await engine.health().catch(() => ({ ok: false }))).ok;
      const failedRows: typeof rows = [];
      if (isolate) {
        for (const ref of new Set(rows.map((r) => r.ref))) {
          const mine = rows.filter((r) => r.ref === ref);
          try {
            await applyRefs(db, engine, [ref]);
            await markDone(db, mine, now);
            applied += mine.length;
          } catch (e2) {
            error = e2 instanceof Error ? e2.message : String(e2);
            failedRows.push(...mine);
          }
        }
      } else failedRows.push(...rows);
      failed = failedRows.length;
      for (const r of failedRows) {
        const attempts = r.attempts + 1;
        const next = new Date(Date.parse(now) + backoffSeconds(attempts) * 1000).toISOString();
        await db
          .updateTable("searchOutbox")
          .set({ attempts, lastError: error.slice(0, 1000), nextAttemptAt: next })
          .where("id", "=", r.id)
          .execute();
      }
      if (failed === 0) error = undefined;
    }
  }
  const { n } = await db
    .selectFrom("searchOutbox")
    .select(sql<number>`count(*)`.as("n"))
    .where("doneAt", "is", null)
    .executeTakeFirstOrThrow();
  return { applied, failed, pending: Number(n), ...(error ? { error } : {}) };
}

async function applyRefs(db: Db, engine: SearchEngine, refs: string[]): Promise<void> {
  const unique = [...new Set(refs)];
  const docs = await supplierDocs(db, unique);
  const present = new Set(docs.map((d) => d.ref));
  await engine.upsert(docs);
  await engine.remove(unique.filter((r) => !present.has(r)));
}

async function markDone(db: Db, rows: { id: number }[], now: string): Promise<void> {
  await db
    .updateTable("searchOutbox")
    .set({ doneAt: now, lastError: null, nextAttemptAt: null })
    .where(
      "id",
      "in",
      rows.map((r) => r.id),
    )
    .execute();
}

/**
 * Marks every pending row up to `lastId` done, as a full rebuild does: the index was built from
 * the database after those rows were written, so it holds what they asked for.
 */
export async function markDoneUpTo(db: Db, lastId: number): Promise<void> {
  await db
    .updateTable("searchOutbox")
    .set({ doneAt: new Date().toISOString(), lastError: null, nextAttemptAt: null })
    .where("doneAt", "is", null)
    .where("id", "<=", lastId)
    .execute();
}

/** Applies every due row now (for `cli reindex` and tests); stops at the first failure. */
export async function drainOutbox(
  services: { db: Db },
  engine: SearchEngine,
  opts: OutboxOptions = {},
): Promise<OutboxReport> {
  const total: OutboxReport = { applied: 0, failed: 0, pending: 0 };
  for (;;) {
    const r = await applyOutbox(services, engine, opts);
    total.applied += r.applied;
    total.failed += r.failed;
    total.pending = r.pending;
    if (r.error) return { ...total, error: r.error };
    if (r.applied === 0) return total;
  }
}

/** Done rows are kept a week for inspection, then deleted. */
export async function pruneOutbox(services: { db: Db }, now = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - 7 * 86400_000).toISOString();
  const r = await services.db.deleteFrom("searchOutbox").where("doneAt", "<", cutoff).executeTakeFirst();
  return Number(r.numDeletedRows);
}
