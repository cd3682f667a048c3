// /readyz's judgement, on a real database: migrations, and search judged by the engine's health
// and by how far the search outbox has fallen behind (a real Meilisearch adapter pointed at a
// port where nothing listens stands for an engine that is down).
import net from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { freshDb } from "../../helpers/db";
import { readiness, OUTBOX_LAG_LIMIT_S } from "../../../app/utils/health.server";
import { migrations } from "../../../db/migrations/index";
import { EmbeddedEngine } from "../../../search/embedded/engine";
import { MeilisearchEngine } from "../../../search/meilisearch/engine";
import { initialisedOnUse } from "../../../search/index";

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
  return { t, down, names: Object.keys(migrations) };
}

describe("readiness", () => {
  it("is ready on a migrated database with a healthy embedded engine", async () => {
    const { t, names } = await setup();
    const r = await readiness({
      db: t.db,
      engine: initialisedOnUse(new EmbeddedEngine(t.sqlite)),
      migrationNames: names,
    });
    expect(r.ready).toBe(true);
    expect(r.checks.search).toMatchObject({ ok: true, healthy: true, pending: 0, lagSeconds: 0 });
  });

  it("names the migrations the database lacks", async () => {
    const { t, names } = await setup();
    const r = await readiness({
      db: t.db,
      engine: initialisedOnUse(new EmbeddedEngine(t.sqlite)),
      migrationNames: [...names, "2099-01-01-01-future"],
    });
    expect(r.ready).toBe(false);
    expect(r.checks.migrations).toEqual({ ok: false, pending: ["2099-01-01-01-future"] });
  });

  it("stays ready while the engine is down and the outbox is only a little behind, not when it lags too long", async () => {
    const { t, down, names } = await setup();
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
      { db: t.db, engine: initialisedOnUse(new EmbeddedEngine(t.sqlite)), migrationNames: names },
      now,
    );
    expect(healthy.ready).toBe(true);
  });

  it("is not ready when the database does not answer", async () => {
    const { t, names } = await setup();
    const engine = initialisedOnUse(new EmbeddedEngine(t.sqlite));
    t.sqlite.close();
    const r = await readiness({ db: t.db, engine, migrationNames: names });
    expect(r.ready).toBe(false);
    expect(r.checks.database.ok).toBe(false);
    expect(r.checks.database.error).toMatch(/not open|closed/i);
  });
});
