// On PostgreSQL without Meilisearch every instance keeps its own embedded index in a local SQLite
// file (SEARCH_INDEX_PATH): derived data, rebuilt from the database at start, then kept in step
// by FOLLOWING the search outbox — every row any instance's write adds, in id order — instead of
// claiming rows as the single-process worker does (search/worker.ts). A firm's edit on instance
// A is thus applied by A and by B, each to its own file, within one poll (docs/decisions/361-…).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import SQLite from "better-sqlite3";
import { sql } from "kysely";
import type { Db } from "../db/connection";
import { failureLog, pollLoop } from "../app/modules/poll-loop";
import type { SearchEngine } from "./engine";
import { supplierDocs } from "./documents";
import { markDoneUpTo, pruneOutbox } from "./outbox";
import type { WorkerLog } from "./worker";

/**
 * The local index file, emptied: it is rebuilt at every start, so a file left by an earlier
 * process (or another version of the engine) is never trusted. Default: one per process in the
 * system's temporary folder, so two instances on one machine never share one.
 */
export function openLocalIndex(file?: string): SQLite.Database {
  const at = file ?? path.join(os.tmpdir(), `cnht-search-${process.pid}.db`);
  fs.mkdirSync(path.dirname(path.resolve(at)), { recursive: true, mode: 0o700 });
  for (const f of [at, `${at}-wal`, `${at}-shm`]) fs.rmSync(f, { force: true });
  const sqlite = new SQLite(at);
  sqlite.pragma("journal_mode = WAL");
  // Derived data: a crash loses nothing the next start does not rebuild.
  sqlite.pragma("synchronous = OFF");
  return sqlite;
}

export interface IndexFollower {
  /** Applies what the outbox gained since the last call (also what the timer calls). */
  tick(): Promise<number>;
  /** Resolves once the start-up rebuild is done. */
  ready: Promise<void>;
  stop(): Promise<void>;
}

/** How long an id below the highest seen may still arrive (a transaction committing late). */
const GAP_WAIT_MS = 60_000;
/** How often the follower prunes rows applied a week ago (as the claiming worker does). */
const PRUNE_EVERY_MS = 3600_000;

export function startIndexFollower(
  services: { db: Db },
  opts: { engine: SearchEngine; log: WorkerLog; intervalMs?: number; batch?: number },
): IndexFollower {
  const { db } = services;
  const { engine, log } = opts;
  const interval = opts.intervalMs ?? 1000;
  const batch = opts.batch ?? 500;
  let watermark = 0;
  // Ids below the watermark not seen yet: a transaction that took its id before a later one
  // committed. Asked for again until they arrive or GAP_WAIT_MS passes (a rolled-back insert).
  const gaps = new Map<number, number>();
  const failures = failureLog();
  let lastPrune = 0;

  async function rebuild(): Promise<void> {
    const t0 = Date.now();
    // The watermark first: a change committed during the rebuild is applied again after it.
    const top = await db
      .selectFrom("searchOutbox")
      .select(sql<number | null>`max(id)`.as("id"))
      .executeTakeFirstOrThrow();
    watermark = Number(top.id ?? 0);
    await engine.clear();
    const refs = (
      await db
        .selectFrom("organisations")
        .select("ref")
        .where("kind", "=", "supplier")
        .where("status", "=", "active")
        .orderBy("ref")
        .execute()
    ).map((r) => r.ref);
    for (let i = 0; i < refs.length; i += batch)
      await engine.upsert(await supplierDocs(db, refs.slice(i, i + batch)));
    // Everything up to the watermark is now in this index: no longer pending.
    await markDoneUpTo(db, watermark);
    log.info({ suppliers: refs.length, ms: Date.now() - t0 }, "local search index rebuilt from the database");
  }

  async function pass(): Promise<number> {
    const now = Date.now();
    // Every instance prunes: deleting what is a week old is idempotent, and no instance is the
    // worker on its own. A follower never needs a pruned row: one down that long rebuilds at start.
    if (now - lastPrune > PRUNE_EVERY_MS) {
      lastPrune = now;
      const pruned = await pruneOutbox(services, new Date(now));
      if (pruned) log.info({ pruned }, "search outbox: rows applied a week ago pruned");
    }
    for (const [id, since] of gaps) if (now - since > GAP_WAIT_MS) gaps.delete(id);
    const waiting = [...gaps.keys()];
    const rows = await db
      .selectFrom("searchOutbox")
      .select(["id", "ref"])
      .where((eb) =>
        waiting.length
          ? eb.or([eb("id", ">", watermark), eb("id", "in", waiting)])
          : eb("id", ">", watermark),
      )
      .orderBy("id")
      .limit(batch)
      .execute();
    if (!rows.length) return 0;
    const refs = [...new Set(rows.map((r) => r.ref))];
    // The database's current state of each ref, as applyOutbox does: order and repeats do not matter.
    const docs = await supplierDocs(db, refs);
    const present = new Set(docs.map((d) => d.ref));
    await engine.upsert(docs);
    await engine.remove(refs.filter((r) => !present.has(r)));
    for (const r of rows) {
      gaps.delete(r.id);
      if (r.id > watermark) {
        for (let id = watermark + 1; id < r.id; id++) gaps.set(id, now);
        watermark = r.id;
      }
    }
    // Applied at least here: /readyz's lag and `cli search-check` read done_at.
    await db
      .updateTable("searchOutbox")
      .set({ doneAt: new Date(now).toISOString(), lastError: null, nextAttemptAt: null })
      .where(
        "id",
        "in",
        rows.map((r) => r.id),
      )
      .where("doneAt", "is", null)
      .execute();
    return rows.length;
  }

  async function guarded(): Promise<number> {
    try {
      const n = await pass();
      failures.worked(log, "search outbox readable again, following");
      return n;
    } catch (e) {
      failures.failed(log, e, "following the search outbox failed, will retry");
      return 0;
    }
  }

  const loop = pollLoop(guarded, { intervalMs: interval, again: (n) => n >= batch });

  const ready = (async () => {
    for (let pause = 500; !loop.stopped; pause = Math.min(pause * 2, 10_000)) {
      try {
        await rebuild();
        return;
      } catch (e) {
        log.warn(
          { error: e instanceof Error ? e.message : String(e) },
          "search index rebuild failed, will retry",
        );
        await new Promise((r) => setTimeout(r, pause).unref());
      }
    }
  })();
  void ready.then(() => loop.schedule(0));

  return {
    ready,
    async tick() {
      await ready;
      await loop.idle();
      return pass();
    },
    stop: () => loop.stop(),
  };
}
