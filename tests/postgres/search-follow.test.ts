import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { OpenDb } from "../../db/connection";
import { createSearchEngine, type SearchEngine } from "../../search/index";
import { startIndexFollower, type IndexFollower } from "../../search/follow";
import { importDirectory } from "../../app/services/import/run.server";
import { withStatements } from "../../db/statements";
import { freshPostgres, postgresSkipReason } from "../helpers/postgres";
import { reopen } from "../helpers/db";

// Two portal instances on one PostgreSQL database, each with its own embedded index file
// following the search outbox (search/follow.ts): a change written through A is found on B.

const skip = postgresSkipReason();
const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0)) await c();
});

const quiet = { info() {}, warn() {} };

function supplier(ref: string, name: string, process: string) {
  return { ref, name: { vi: name }, processes: [process], materials: [], products: [], certifications: [] };
}

async function instance(o: OpenDb, dir: string, name: string) {
  const engine: SearchEngine = createSearchEngine({
    env: { MEILISEARCH_INDEX_PREFIX: "t", SEARCH_INDEX_PATH: path.join(dir, `${name}.db`) },
    sqlite: o.sqlite,
    dialect: "postgres",
  });
  // A long interval: the test drives each pass with tick(), so nothing depends on timing.
  const follower: IndexFollower = startIndexFollower(o, { engine, log: quiet, intervalMs: 3_600_000 });
  cleanup.unshift(() => follower.stop());
  await follower.ready;
  return { engine, follower };
}

const refsFound = async (e: SearchEngine, q: string) => (await e.search({ q })).hits.map((h) => h.ref);

describe.skipIf(!!skip)("each instance's search index follows the outbox", () => {
  it("rebuilds from the database at start, then applies what any instance writes", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cnht-follow-"));
    const a = await freshPostgres();
    cleanup.push(() => a.close());
    const b = reopen(a);
    cleanup.unshift(() => b.close());
    await importDirectory(a, {
      format: "cnht-directory/1",
      suppliers: [supplier("S-1", "Cơ khí Quang Minh", "tiện CNC")],
    });

    // A row applied eight days ago: the followers prune it (no instance runs the claiming worker).
    const weekOld = new Date(Date.now() - 8 * 86400_000).toISOString();
    await a.db
      .insertInto("searchOutbox")
      .values({ entity: "supplier", ref: "S-1", op: "upsert", createdAt: weekOld, doneAt: weekOld })
      .execute();

    const onA = await instance(a, dir, "a");
    const onB = await instance(b, dir, "b");
    expect(await refsFound(onB.engine, "Quang Minh")).toEqual(["S-1"]);
    await onA.follower.tick();
    const old = await a.db.selectFrom("searchOutbox").select("id").where("doneAt", "=", weekOld).execute();
    expect(old).toEqual([]);
    expect((await a.db.selectFrom("searchOutbox").select("id").execute()).length).toBeGreaterThan(0);

    // Written through A: B's index has it after its next pass.
    await importDirectory(a, {
      format: "cnht-directory/1",
      suppliers: [
        supplier("S-1", "Cơ khí Quang Minh", "tiện CNC"),
        supplier("S-2", "Bao bì Thăng Long", "thùng carton"),
      ],
    });
    expect(await refsFound(onB.engine, "Thăng Long")).toEqual([]);
    expect(await onB.follower.tick()).toBeGreaterThan(0);
    expect(await refsFound(onB.engine, "Thăng Long")).toEqual(["S-2"]);

    // A removal (suspension) is followed too, and A applies its own writes the same way.
    await withStatements(b, (sx) =>
      sx.tx(async () => {
        await sx.run(`UPDATE organisations SET status = 'suspended' WHERE ref = ?`, ["S-1"]);
        await sx.run(`INSERT INTO search_outbox (entity, ref, op) VALUES ('supplier', ?, 'upsert')`, ["S-1"]);
      }),
    );
    await onA.follower.tick();
    await onB.follower.tick();
    expect(await refsFound(onA.engine, "Quang Minh")).toEqual([]);
    expect(await refsFound(onB.engine, "Quang Minh")).toEqual([]);
    expect(await refsFound(onA.engine, "Thăng Long")).toEqual(["S-2"]);
    const pending = await a.db.selectFrom("searchOutbox").select("id").where("doneAt", "is", null).execute();
    expect(pending).toEqual([]);
  });
});
