// Liveness and readiness, for the load balancer, systemd and the tests (GET /healthz, /readyz).
import { sql } from "kysely";
import type { Db } from "../../db/connection";
import type { SearchEngine } from "../../search/engine";

/** The search index may fall this far behind (oldest unapplied outbox row) and still be "ready". */
export const OUTBOX_LAG_LIMIT_S = 300;
/** A search engine that does not answer its health check within this is counted as down. */
const ENGINE_TIMEOUT_MS = 3000;

export interface Readiness {
  ready: boolean;
  checks: {
    database: { ok: boolean; error?: string };
    migrations: { ok: boolean; pending?: string[]; error?: string };
    search: {
      ok: boolean;
      engine: string;
      healthy: boolean;
      detail?: string;
      /** Unapplied outbox rows, and the age of the oldest in seconds. */
      pending: number;
      lagSeconds: number;
    };
  };
}

/**
 * Ready when the database answers, every migration the code knows is applied, and search is
 * usable: the engine is healthy, or it is not but the outbox has fallen behind by less than
 * OUTBOX_LAG_LIMIT_S (a short Meilisearch restart must not take the whole portal out of a load
 * balancer; writes never depend on it). Never throws.
 */
export async function readiness(
  deps: { db: Db; engine: SearchEngine; migrationNames: string[] },
  now: Date = new Date(),
): Promise<Readiness> {
  const { db, engine } = deps;
  const checks: Readiness["checks"] = {
    database: { ok: false },
    migrations: { ok: false },
    search: { ok: false, engine: engine.name, healthy: false, pending: 0, lagSeconds: 0 },
  };
  try {
    await sql`SELECT 1`.execute(db);
    checks.database = { ok: true };
  } catch (e) {
    checks.database = { ok: false, error: message(e) };
    return { ready: false, checks };
  }

  try {
    const applied = await sql<{ name: string }>`SELECT name FROM kysely_migration`.execute(db);
    const have = new Set(applied.rows.map((r) => r.name));
    const pending = deps.migrationNames.filter((n) => !have.has(n));
    checks.migrations = pending.length ? { ok: false, pending } : { ok: true };
  } catch (e) {
    // No migration table at all: nothing was ever migrated.
    checks.migrations = { ok: false, error: message(e), pending: deps.migrationNames };
  }

  try {
    const lag = await db
      .selectFrom("searchOutbox")
      .select((eb) => [eb.fn.countAll<number>().as("pending"), eb.fn.min("createdAt").as("oldest")])
      .where("doneAt", "is", null)
      .executeTakeFirstOrThrow();
    checks.search.pending = Number(lag.pending);
    checks.search.lagSeconds = lag.oldest
      ? Math.max(0, Math.round((now.getTime() - Date.parse(String(lag.oldest))) / 1000))
      : 0;
    const h = await withTimeout(engine.health(), ENGINE_TIMEOUT_MS);
    checks.search.healthy = h.ok;
    if (h.detail) checks.search.detail = h.detail;
  } catch (e) {
    checks.search.detail = message(e);
  }
  checks.search.ok = checks.search.healthy || checks.search.lagSeconds < OUTBOX_LAG_LIMIT_S;

  return {
    ready: checks.database.ok && checks.migrations.ok && checks.search.ok,
    checks,
  };
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function withTimeout<T extends { ok: boolean; detail?: string }>(p: Promise<T>, ms: number) {
  return new Promise<{ ok: boolean; detail?: string }>((resolve) => {
    const t = setTimeout(() => resolve({ ok: false, detail: `no answer within ${ms} ms` }), ms);
    p.then(
      (v) => {
        clearTimeout(t);
        resolve(v);
      },
      (e) => {
        clearTimeout(t);
        resolve({ ok: false, detail: message(e) });
      },
    );
  });
}
