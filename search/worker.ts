// The outbox worker inside the server process: a timer loop that applies pending outbox rows.
// It never throws out of the loop and never makes a web request wait: writes only add rows, and
// this loop catches up whenever the engine is reachable again.
import { sql } from "kysely";
import type { Db } from "../db/connection";
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
  let stopped = false;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<OutboxReport | null> | null = null;
  let lastError: string | undefined;
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
      if (r.error && r.error !== lastError)
        log.warn({ pending: r.pending, error: r.error }, "search index behind: engine failed, will retry");
      if (!r.error && lastError)
        log.info({ pending: r.pending }, "search engine reachable again, catching up");
      lastError = r.error;
      return r;
    } catch (e) {
      // The database itself failed (closed, locked for longer than the busy timeout): retry later.
      const msg = e instanceof Error ? e.message : String(e);
      if (msg !== lastError) log.warn({ error: msg }, "search outbox pass failed, will retry");
      lastError = msg;
      return null;
    }
  }

  function schedule(ms: number) {
    if (stopped) return;
    timer = setTimeout(async () => {
      running = pass();
      const r = await running;
      running = null;
      // A full batch means more is waiting: go on at once.
      schedule(r && !r.error && r.applied >= batch ? 0 : interval);
    }, ms);
    timer.unref();
  }

  let lastPrune = 0;
  const prune = setInterval(() => {
    if (Date.now() - lastPrune < 3600_000) return;
    lastPrune = Date.now();
    pruneOutbox(services).catch(() => {});
  }, 60_000);
  prune.unref();

  schedule(0);
  return {
    async tick() {
      if (running) await running;
      return pass();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      clearInterval(prune);
      if (running) await running;
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
