// The outbox worker inside the server process: a timer loop that applies pending outbox rows.
// It never throws out of the loop and never makes a web request wait: writes only add rows, and
// this loop catches up whenever the engine is reachable again.
import { sql } from "kysely";
import type { Db } from "../db/connection";
import { failureLog, pollLoop } from "../app/modules/poll-loop";
import type { SearchEngine } from "./engine";
import { applyOutbox, pruneOutbox, type OutboxReport } from "./outbox";

export interface WorkerLog {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

export interface WorkerOptions {
  /** The engine to apply changes to (the process's: app/utils/search-engine.server.ts). */
  engine: SearchEngine;
  /** Pause between polls when idle (ms). */
  intervalMs?: number;
  batch?: number;
  /** Where passes are logged (the process's: app/utils/logger.server.ts). */
  log: WorkerLog;
}

export interface OutboxWorker {
  /** Runs one pass now (also what the timer calls). */
  tick(): Promise<OutboxReport | null>;
  /** Stops the loop and waits for a pass in progress. */
  stop(): Promise<void>;
}

export function startOutboxWorker(services: { db: Db }, opts: WorkerOptions): OutboxWorker {
  const interval = opts.intervalMs ?? 1000;
  const batch = opts.batch ?? 500;
  const failures = failureLog();
  let bootstrapped = false;
  const engineP: Promise<SearchEngine> = Promise.resolve(opts.engine);
  const logP: Promise<WorkerLog> = Promise.resolve(opts.log);

  async function pass(): Promise<OutboxReport | null> {
    const log = await logP;
    try {
      const engine = await engineP;
      if (!bootstrapped) {
        await bootstrap(services.db, engine, log);
        bootstrapped = true;
      }
      const r = await applyOutbox(services, engine, { batch });
      const fields = { pending: r.pending };
      if (r.error) failures.failed(log, r.error, "search index behind: engine failed, will retry", fields);
      else failures.worked(log, "search engine reachable again, catching up", fields);
      return r;
    } catch (e) {
      // The database itself failed (closed, locked for longer than the busy timeout): retry later.
      failures.failed(log, e, "search outbox pass failed, will retry");
      return null;
    }
  }

  // A full batch means more is waiting: go on at once.
  const loop = pollLoop(pass, {
    intervalMs: interval,
    again: (r) => r !== null && !r.error && r.applied >= batch,
  });

  let lastPrune = 0;
  const prune = setInterval(() => {
    if (Date.now() - lastPrune < 3600_000) return;
    lastPrune = Date.now();
    pruneOutbox(services).catch(() => {});
  }, 60_000);
  prune.unref();

  loop.schedule(0);
  return {
    async tick() {
      await loop.idle();
      return pass();
    },
    async stop() {
      clearInterval(prune);
      await loop.stop();
    },
  };
}

/**
 * An empty index next to a directory with suppliers (first start with Meilisearch, or the embedded
 * tables recreated after an engine upgrade) is refilled through the outbox.
 */
async function bootstrap(db: Db, engine: SearchEngine, log: WorkerLog): Promise<void> {
  if ((await engine.count()) > 0) return;
  const pending = await db
    .selectFrom("searchOutbox")
    .select(sql<number>`count(*)`.as("n"))
    .where("doneAt", "is", null)
    .executeTakeFirstOrThrow();
  if (Number(pending.n) > 0) return;
  const r = await sql`INSERT INTO search_outbox (entity, ref, op)
    SELECT 'supplier', ref, 'upsert' FROM organisations WHERE kind = 'supplier' AND status = 'active'`.execute(
    db,
  );
  const n = Number(r.numAffectedRows ?? 0);
  if (n > 0) log.info({ suppliers: n }, "search index empty: queued every supplier for indexing");
}
