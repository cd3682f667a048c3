// /readyz's judgement, on a real database: migrations, and search judged by the engine's health
// and by how far the search outbox has fallen behind (a real Meilisearch adapter pointed at a
// port where nothing listens stands for an engine that is down). On PostgreSQL (`npm run
// test:postgres`) the embedded engine is the instance's local index file, as the server builds it.
import net from "node:net";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { freshDb } from "../../helpers/db";
import { readiness, OUTBOX_LAG_LIMIT_S } from "../../../app/utils/health.server";
import { migrations } from "../../../db/migrations/index";
import { MeilisearchEngine } from "../../../search/meilisearch/engine";
import { createSearchEngine } from "../../../search/index";
import { openPostgres } from "../../../db/connection";

const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

async function deadPort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

async function setup() {
  const t = await freshDb();
  closers.push(() => t.close());
  const down = new MeilisearchEngine({ host: `http://127.0.0.1:${await deadPort()}`, indexPrefix: "ready" });
  // The embedded engine the server would build on this database: in the SQLite file itself, or
  // on PostgreSQL in a local index file of the instance's own (search/index.ts).
  const embedded = () =>
    createSearchEngine({
      env: { MEILISEARCH_INDEX_PREFIX: "ready", SEARCH_INDEX_PATH: path.join(t.dir, "search-index.db") },
      sqlite: t.sqlite,
      dialect: t.dialect,
    });
  return { t, down, embedded, names: Object.keys(migrations) };
}

describe("readiness", () => {
  it("is ready on a migrated database with a healthy embedded engine", async () => {
    const { t, embedded, names } = await setup();
    const r = await readiness({
      db: t.db,
      engine: embedded(),
      migrationNames: names,
    });
    expect(r.ready).toBe(true);
    expect(r.checks.search).toMatchObject({ ok: true, healthy: true, pending: 0, lagSeconds: 0 });
  });

  it("names the migrations the database lacks", async () => {
    const { t, embedded, names } = await setup();
    const r = await readiness({
      db: t.db,
      engine: embedded(),
      migrationNames: [...names, "2099-01-01-01-future"],
    });
    expect(r.ready).toBe(false);
    expect(r.checks.migrations).toEqual({ ok: false, pending: ["2099-01-01-01-future"] });
  });

  it("stays ready while the engine is down and the outbox is only a little behind, not when it lags too long", async () => {
    const { t, down, embedded, names } = await setup();
    const now = new Date("2026-12-05T12:00:00.000Z");
    const at = (s: number) => new Date(now.getTime() - s * 1000).toISOString();
    const empty = await readiness({ db: t.db, engine: down, migrationNames: names }, now);
    expect(empty.ready).toBe(true);
    expect(empty.checks.search.healthy).toBe(false);
    expect(empty.checks.search.detail).toBeTruthy();

    await t.db
      .insertInto("searchOutbox")
      .values({ entity: "supplier", ref: "S-1", op: "upsert", createdAt: at(30) })
      .execute();
    const fresh = await readiness({ db: t.db, engine: down, migrationNames: names }, now);
    expect(fresh.ready).toBe(true);
    expect(fresh.checks.search).toMatchObject({ ok: true, healthy: false, pending: 1, lagSeconds: 30 });

    await t.db
      .insertInto("searchOutbox")
      .values({ entity: "supplier", ref: "S-2", op: "upsert", createdAt: at(OUTBOX_LAG_LIMIT_S + 1) })
      .execute();
    const stale = await readiness({ db: t.db, engine: down, migrationNames: names }, now);
    expect(stale.ready).toBe(false);
    expect(stale.checks.search).toMatchObject({ ok: false, pending: 2, lagSeconds: OUTBOX_LAG_LIMIT_S + 1 });

    // The same lag with a healthy engine: it is catching up, the portal serves.
    const healthy = await readiness(
      { db: t.db, engine: embedded(), migrationNames: names },
      now,
    );
    expect(healthy.ready).toBe(true);
  });

  it("is not ready when the database does not answer", async () => {
    const { t, embedded, names } = await setup();
    const engine = embedded();
    if (t.dialect === "sqlite") {
      // The SQLite file's handle closed under the portal.
      t.sqlite.close();
      const r = await readiness({ db: t.db, engine, migrationNames: names });
      expect(r.ready).toBe(false);
      expect(r.checks.database.ok).toBe(false);
      expect(r.checks.database.error).toMatch(/not open|closed/i);
    } else {
      // A PostgreSQL server that is down: the same database's URL on a port where nothing listens.
      const url = new URL(t.url!);
      url.port = String(await deadPort());
      const gone = openPostgres(url.toString(), { max: 1 });
      closers.push(() => gone.close());
      const r = await readiness({ db: gone.db, engine, migrationNames: names });
      expect(r.ready).toBe(false);
      expect(r.checks.database.ok).toBe(false);
      expect(r.checks.database.error).toMatch(/ECONNREFUSED/);
    }
  });
});
