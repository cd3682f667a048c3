import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateDemoDirectory, seedIfEmpty } from "../../../scripts/seed";
import { formatDirectory } from "../../../app/modules/directory/canonical";
import { exportDirectory } from "../../../app/services/import/export.server";
import { freshDb } from "../../helpers/db";

// A real migrated SQLite file; the seed goes through the real importer.
let t: Awaited<ReturnType<typeof freshDb>>;
beforeAll(async () => {
  t = await freshDb();
});
afterAll(() => t?.close());

describe("seedIfEmpty", () => {
  it("loads the demo directory into an empty database, and export gives it back unchanged", async () => {
    // Its speed is measured by `npm run bench -- import`, never asserted here (a loaded machine).
    const r = await seedIfEmpty(t);
    expect(r.seeded).toBe(true);
    expect(r.counts).toEqual({ suppliers: 1000, buyers: 30, requests: 100 });
    expect(r.import).toMatchObject({ created: 1130, updated: 0, unchanged: 0 });

    const exported = await exportDirectory(t.db);
    expect(formatDirectory(exported)).toBe(formatDirectory(generateDemoDirectory()));

    // Imported through the importer: terms mapped, search outbox filled.
    const mapped = t.sqlite
      .prepare("SELECT count(*) AS n FROM capability_terms WHERE concept_id IS NOT NULL")
      .get() as { n: number };
    expect(mapped.n).toBeGreaterThan(2000);
    const outbox = t.sqlite.prepare("SELECT count(*) AS n FROM search_outbox").get() as { n: number };
    expect(outbox.n).toBeGreaterThanOrEqual(1000);
  });

  it("leaves a database that already has directory records alone", async () => {
    const r = await seedIfEmpty(t);
    expect(r).toEqual({ seeded: false, counts: { suppliers: 1000, buyers: 30, requests: 100 } });
  });

  it("with force, upserts by ref: the same data again changes nothing", async () => {
    const r = await seedIfEmpty(t, { force: true });
    expect(r.seeded).toBe(true);
    expect(r.import).toMatchObject({ created: 0, updated: 0, unchanged: 1130 });
    expect(r.counts).toEqual({ suppliers: 1000, buyers: 30, requests: 100 });
  });
});
