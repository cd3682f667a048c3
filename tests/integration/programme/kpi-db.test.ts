import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDb, insertedId } from "../../helpers/db";
import { computeKpis } from "../../../app/modules/programme/kpi";
import { loadKpiData } from "../../../db/queries/programme";
import { programmeFixture } from "./fixture";

// The queries feed the pure module the right rows: figures on a real SQLite file, by hand.
let t: Awaited<ReturnType<typeof freshDb>>;
let fx: Awaited<ReturnType<typeof programmeFixture>>;
beforeAll(async () => {
  t = await freshDb();
  fx = await programmeFixture(t.db);
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

  it("certified through a support scheme: approved ISO 9001 support and a certificate valid on the day", async () => {
    const scheme = async (standard: "iso9001" | "lean") =>
      await insertedId(t.db, "supportSchemes", {
        nameVi: standard,
        nameEn: standard,
        kind: "management_system",
        standard,
        budget: 10_000_000,
        opensOn: "2026-01-01",
        closesOn: "2026-12-31",
      });
    const [iso, lean] = [await scheme("iso9001"), await scheme("lean")];
    await t.db
      .insertInto("schemeApplications")
      .values([
        // S1: approved at 20:00 UTC on 1 May, already 2 May in Hanoi.
        {
          schemeId: iso,
          orgId: fx.s1,
          status: "approved",
          amount: 1000,
          decidedAt: "2026-05-01T20:00:00.000Z",
        },
        // S2: approved in April; its ISO 9001 is valid through 30 June.
        {
          schemeId: iso,
          orgId: fx.s2,
          status: "approved",
          amount: 1000,
          decidedAt: "2026-04-01T03:00:00.000Z",
        },
        // S3: rejected; S4: approved but suspended; S1 under lean too (no certificate, no second count).
        {
          schemeId: iso,
          orgId: fx.s3,
          status: "rejected",
          reason: "no",
          decidedAt: "2026-04-01T03:00:00.000Z",
        },
        {
          schemeId: iso,
          orgId: fx.s4,
          status: "approved",
          amount: 1000,
          decidedAt: "2026-04-01T03:00:00.000Z",
        },
        {
          schemeId: lean,
          orgId: fx.s1,
          status: "approved",
          amount: 1000,
          decidedAt: "2026-03-01T03:00:00.000Z",
        },
      ])
      .execute();
    const data = await loadKpiData(t.db);
    expect(computeKpis(data, "2026-03-31").schemeCertified).toBe(0); // nothing approved yet
    expect(computeKpis(data, "2026-05-01").schemeCertified).toBe(1); // S2 (S1's approval is 2 May in Hanoi)
    expect(computeKpis(data, "2026-05-02").schemeCertified).toBe(2); // S1, S2
    expect(computeKpis(data, "2026-06-30").schemeCertified).toBe(2);
    expect(computeKpis(data, "2026-07-01").schemeCertified).toBe(1); // S2's certificate lapsed
  });
});
