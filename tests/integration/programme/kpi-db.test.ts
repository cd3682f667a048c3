import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDb } from "../../helpers/db";
import { computeKpis } from "../../../app/modules/programme/kpi";
import { loadKpiData } from "../../../db/queries/programme";
import { programmeFixture } from "./fixture";

// The queries feed the pure module the right rows: figures on a real SQLite file, by hand.
let t: Awaited<ReturnType<typeof freshDb>>;
beforeAll(async () => {
  t = await freshDb();
  await programmeFixture(t.db);
});
afterAll(async () => t?.close());

describe("programme figures from the database", () => {
  it("as of 2026-06-30", async () => {
    const f = computeKpis(await loadKpiData(t.db), "2026-06-30");
    expect(f.firms).toBe(3); // S1, S2, S3 (S4 suspended; buyers are not counted)
    expect(f.firmsBySector).toEqual({ mechanical: 2, electronics: 1 });
    expect(f.certified).toBe(2); // S1, S2 (S3's RoHS is not a management standard)
    expect(f.certifiedByStandard).toEqual({ iso9001: 2, iatf16949: 1 });
    expect(f.meetings).toBe(2); // the no-show does not count
    expect(f.mncSuppliers).toBe(1); // S1 met the Japanese buyer; S2 met a Vietnamese one
    expect(f.outcomesByKind).toEqual({ samples_requested: 1, quotation_requested: 1, order_placed: 1 });
    expect(f.outcomes).toBe(2);
  });

  it("as of 2026-07-01 S2's certificate has lapsed; as of 2026-01-31 S3 was not yet listed", async () => {
    const data = await loadKpiData(t.db);
    expect(computeKpis(data, "2026-07-01").certified).toBe(1);
    expect(computeKpis(data, "2026-01-31").firms).toBe(2);
    expect(computeKpis(data, "2026-03-09").meetings).toBe(0);
  });
});
