// The index follows the database through the outbox, and an engine that is down never fails or
// loses a write: rows wait (with backoff) and are applied when the engine is back.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { importDirectory } from "../../../app/services/import/run.server";
import type { SearchEngine, SearchParams, SupplierDoc } from "../../../search/engine";
import { EmbeddedEngine } from "../../../search/embedded/engine";
import { MeilisearchEngine } from "../../../search/meilisearch/engine";
import { supplierDocs } from "../../../search/documents";
import { docHash } from "../../../search/hash";
import { applyOutbox } from "../../../search/outbox";
import { startOutboxWorker, type WorkerLog } from "../../../search/worker";
import { freshDb } from "../../helpers/db";
import { embeddedEngineFor } from "../../helpers/search-index";

type Opened = Awaited<ReturnType<typeof freshDb>>;

function directory(suppliers: { ref: string; name: string; process: string }[]) {
  return {
    format: "cnht-directory/1",
    suppliers: suppliers.map((s) => ({
      ref: s.ref,
      name: { vi: s.name },
      description: { vi: `${s.name} chuyên ${s.process}` },
      capabilities: { processes: [s.process], materials: [], products: [] },
      certifications: [],
      exportMarkets: [],
    })),
    buyers: [],
    requests: [],
  };
}

/**
 * Stands in for the outside search server going down and coming back: while `down`, every call
 * fails as a network error would; otherwise it is the real embedded engine.
 */
class SwitchableEngine implements SearchEngine {
  readonly name = "embedded" as const;
  down = false;
  constructor(private inner: EmbeddedEngine) {}
  private check() {
    if (this.down) throw new Error("connect ECONNREFUSED 127.0.0.1:7700");
  }
  async init() {
    this.check();
    return this.inner.init();
  }
  async upsert(d: SupplierDoc[]) {
    this.check();
    return this.inner.upsert(d);
  }
  async remove(r: string[]) {
    this.check();
    return this.inner.remove(r);
  }
  async clear() {
    this.check();
    return this.inner.clear();
  }
  async search(p: SearchParams) {
    this.check();
    return this.inner.search(p);
  }
  async suggest(prefix: string, limit?: number) {
    this.check();
    return this.inner.suggest(prefix, limit);
  }
  async health() {
    return this.down ? { ok: false, detail: "down" } : this.inner.health();
  }
  async count() {
    this.check();
    return this.inner.count();
  }
}

const silent: WorkerLog & { warnings: string[] } = {
  warnings: [],
  info() {},
  warn(_o, msg) {
    this.warnings.push(msg);
  },
};

describe("search outbox", () => {
  let o: Opened;
  let embedded: EmbeddedEngine;
  let closeIndex: () => void;
  const refsFor = async (engine: SearchEngine, q: string) =>
    (await engine.search({ q })).hits.map((h) => h.ref);
  const pendingRows = () => o.db.selectFrom("searchOutbox").selectAll().where("doneAt", "is", null).execute();

  beforeEach(async () => {
    o = await freshDb();
    // In the SQLite file, or on PostgreSQL in a local index file, as the server keeps it.
    ({ engine: embedded, close: closeIndex } = embeddedEngineFor(o));
    await embedded.init();
    silent.warnings.length = 0;
  });
  afterEach(async () => {
    closeIndex();
    await o.close();
  });

  it("applies imported changes and marks rows done only after the engine confirmed", async () => {
    await importDirectory(o, directory([{ ref: "S-1", name: "Cơ khí Quang Minh", process: "tiện CNC" }]));
    expect(await pendingRows()).toHaveLength(1);
    const r = await applyOutbox(o, embedded);
    expect(r).toMatchObject({ applied: 1, failed: 0, pending: 0 });
    expect(await refsFor(embedded, "quang minh")).toEqual(["S-1"]);
    expect(await refsFor(embedded, "CNC turning")).toEqual(["S-1"]);
  });

  it("keeps rows pending with the error when a real adapter cannot reach its server, and backs off", async () => {
    const dead = new MeilisearchEngine({
      host: "http://127.0.0.1:9",
      indexPrefix: "dead",
      taskTimeoutMs: 1000,
    });
    const report = await importDirectory(
      o,
      directory([{ ref: "S-1", name: "Đúc Hà Nội", process: "đúc áp lực" }]),
    );
    expect(report).toBeTruthy(); // the write itself succeeded without touching the engine
    const now = new Date("2026-11-22T10:00:00Z");
    const r = await applyOutbox(o, dead, { now });
    expect(r.applied).toBe(0);
    expect(r.failed).toBe(1);
    const [row] = await pendingRows();
    expect(row.attempts).toBe(1);
    expect(row.lastError).toMatch(/fetch|ECONNREFUSED|request/i);
    expect(Date.parse(row.nextAttemptAt!)).toBeGreaterThan(now.getTime());
    // Not due yet: nothing is tried again straight away.
    const again = await applyOutbox(o, dead, { now: new Date(now.getTime() + 500) });
    expect(again).toMatchObject({ applied: 0, failed: 0, pending: 1 });
  });

  it("loses nothing while the engine is down mid-stream and catches up when it is back", async () => {
    const engine = new SwitchableEngine(embedded);
    await importDirectory(
      o,
      directory([
        { ref: "S-1", name: "Alpha Mould", process: "làm khuôn" },
        { ref: "S-2", name: "Beta Plating", process: "mạ kẽm" },
      ]),
    );
    expect((await applyOutbox(o, engine)).applied).toBe(2);

    engine.down = true;
    // Writes go on: an update, a new firm, and (with --replace) a deletion.
    await importDirectory(
      o,
      directory([
        { ref: "S-2", name: "Gamma Plating", process: "mạ kẽm" },
        { ref: "S-3", name: "Delta Springs", process: "sản xuất lò xo" },
      ]),
      { replace: true },
    );
    const t0 = new Date();
    const down = await applyOutbox(o, engine, { now: t0 });
    expect(down.applied).toBe(0);
    expect(down.failed).toBeGreaterThan(0);
    expect((await pendingRows()).every((r) => r.lastError?.includes("ECONNREFUSED"))).toBe(true);

    engine.down = false;
    // Still within the backoff: nothing happens yet…
    expect((await applyOutbox(o, engine, { now: t0 })).applied).toBe(0);
    // …and once due, everything is applied.
    const back = await applyOutbox(o, engine, { now: new Date(t0.getTime() + 60_000) });
    expect(back).toMatchObject({ failed: 0, pending: 0 });
    expect(await refsFor(engine, "gamma")).toEqual(["S-2"]);
    expect(await refsFor(engine, "beta")).toEqual([]);
    expect(await refsFor(engine, "delta")).toEqual(["S-3"]);
    expect(await refsFor(engine, "alpha")).toEqual([]);
    // The index now equals the database, document for document.
    const expected = new Map((await supplierDocs(o.db)).map((d) => [d.ref, docHash(d)]));
    expect(await embedded.fingerprints()).toEqual(expected);
  });

  it("holds back only the document the engine refuses", async () => {
    class Picky extends SwitchableEngine {
      async upsert(d: SupplierDoc[]) {
        if (d.some((x) => x.ref === "S-BAD")) throw new Error("invalid document S-BAD");
        return super.upsert(d);
      }
    }
    const engine = new Picky(embedded);
    await importDirectory(
      o,
      directory([
        { ref: "S-OK", name: "Good Co", process: "hàn" },
        { ref: "S-BAD", name: "Bad Co", process: "hàn" },
      ]),
    );
    const r = await applyOutbox(o, engine);
    expect(r).toMatchObject({ applied: 1, failed: 1, pending: 1 });
    expect((await pendingRows())[0].ref).toBe("S-BAD");
    expect(await refsFor(engine, "good")).toEqual(["S-OK"]);
  });

  it("runs as a worker loop that survives an engine outage", async () => {
    const engine = new SwitchableEngine(embedded);
    engine.down = true;
    const worker = startOutboxWorker(o, { engine, intervalMs: 10, log: silent });
    try {
      await importDirectory(o, directory([{ ref: "S-1", name: "Epsilon Forge", process: "rèn" }]));
      await worker.tick();
      expect(await pendingRows()).toHaveLength(1);
      expect(silent.warnings.length).toBeGreaterThan(0);
      engine.down = false;
      await o.db.updateTable("searchOutbox").set({ nextAttemptAt: null }).execute(); // skip the backoff wait
      await expect.poll(async () => (await pendingRows()).length, { timeout: 5000, interval: 20 }).toBe(0);
      expect(await refsFor(engine, "epsilon")).toEqual(["S-1"]);
    } finally {
      await worker.stop();
    }
  });

  it("refills an empty index from the directory when the worker starts", async () => {
    await importDirectory(o, directory([{ ref: "S-1", name: "Zeta Cartons", process: "thùng carton" }]));
    await o.db.updateTable("searchOutbox").set({ doneAt: new Date().toISOString() }).execute();
    const worker = startOutboxWorker(o, { engine: embedded, intervalMs: 10, log: silent });
    try {
      await expect.poll(() => embedded.count(), { timeout: 5000, interval: 20 }).toBe(1);
    } finally {
      await worker.stop();
    }
  });
});
