import { describe, expect, it } from "vitest";
import { actualFor, computeKpis, hanoiDate, progress, yearOverYear, type KpiData } from "~/modules/programme/kpi";

// A small directory whose figures were worked out by hand (the comments show the working).
const data: KpiData = {
  firms: [
    { orgId: 1, createdAt: "2025-03-01T00:00:00Z", status: "active", sector: "mechanical" },
    { orgId: 2, createdAt: "2025-06-01T00:00:00Z", status: "active", sector: "mechanical" },
    { orgId: 3, createdAt: "2026-02-01T00:00:00Z", status: "active", sector: "electronics" },
    { orgId: 4, createdAt: "2026-02-01T00:00:00Z", status: "suspended", sector: "electronics" },
    // 2026-12-31T18:00Z is already 1 January 2027 in Hanoi.
    { orgId: 5, createdAt: "2026-12-31T18:00:00Z", status: "active", sector: null },
  ],
  certificates: [
    { orgId: 1, conceptId: "iso9001", validUntil: "2026-06-30" },
    { orgId: 1, conceptId: "iatf16949", validUntil: "2027-06-30" },
    { orgId: 2, conceptId: "iso9001", validUntil: "2027-01-01" },
    { orgId: 3, conceptId: "rohs", validUntil: "2030-01-01" }, // not a management standard
    { orgId: 4, conceptId: "iso9001", validUntil: "2030-01-01" }, // suspended firm
    { orgId: 3, conceptId: null, validUntil: "2030-01-01" }, // unrecognised standard
  ],
  meetings: [
    // Japanese buyer 10 met firm 1 (held 2026-03-10).
    { meetingId: 100, heldAt: "2026-03-10T02:00:00Z", sides: [{ orgId: 10, kind: "buyer", country: "JP" }, { orgId: 1, kind: "supplier", country: null }] },
    // Vietnamese buyer 11 met firm 2: held, but not a multinational.
    { meetingId: 101, heldAt: "2026-03-10T03:00:00Z", sides: [{ orgId: 11, kind: "buyer", country: "VN" }, { orgId: 2, kind: "supplier", country: null }] },
    // Korean buyer met firm 3 in 2025 (before firm 3 joined? it joined 2026-02: not active then).
    { meetingId: 102, heldAt: "2025-11-10T03:00:00Z", sides: [{ orgId: 12, kind: "buyer", country: "KR" }, { orgId: 3, kind: "supplier", country: null }] },
    // Held after the as-of date used below.
    { meetingId: 103, heldAt: "2026-11-10T03:00:00Z", sides: [{ orgId: 12, kind: "buyer", country: "KR" }, { orgId: 2, kind: "supplier", country: null }] },
  ],
  outcomes: [
    { meetingId: 100, outcome: "samples_requested", recordedAt: "2026-03-11T00:00:00Z" },
    { meetingId: 100, outcome: "samples_requested", recordedAt: "2026-03-12T00:00:00Z" }, // other side, same meeting
    { meetingId: 100, outcome: "order_placed", recordedAt: "2026-05-01T00:00:00Z" },
    { meetingId: 101, outcome: "no_further_contact", recordedAt: "2026-03-11T00:00:00Z" },
    { meetingId: 101, outcome: "quotation_requested", recordedAt: "2026-07-01T00:00:00Z" }, // after asOf
  ],
};

describe("computeKpis", () => {
  it("matches the hand-computed figures on 2026-06-30", () => {
    const f = computeKpis(data, "2026-06-30");
    // Active on 2026-06-30: firms 1, 2, 3 (4 suspended, 5 not yet in).
    expect(f.firms).toBe(3);
    expect(f.firmsBySector).toEqual({ mechanical: 2, electronics: 1 });
    expect(f.sectorShares).toEqual({ mechanical: 66.7, electronics: 33.3 });
    // Firm 1 (ISO 9001 valid through the day, IATF) and firm 2 (ISO 9001); rohs does not count.
    expect(f.certified).toBe(2);
    expect(f.certifiedByStandard).toEqual({ iso9001: 2, iatf16949: 1 });
    // Held in 2026 up to 30 June: 100 and 101; only 100 has a foreign buyer.
    expect(f.meetings).toBe(2);
    expect(f.mncSuppliers).toBe(1);
    // Meeting 100: samples and order; 101's quotation comes after asOf.
    expect(f.outcomesByKind).toEqual({ samples_requested: 1, quotation_requested: 0, order_placed: 1 });
    expect(f.outcomes).toBe(1);
  });

  it("an expired certificate stops counting the day after", () => {
    const f = computeKpis(data, "2026-07-01");
    expect(f.certifiedByStandard).toEqual({ iso9001: 1, iatf16949: 1 });
    expect(f.certified).toBe(2);
    expect(computeKpis(data, "2026-07-01").outcomesByKind.quotation_requested).toBe(1);
  });

  it("counts by Hanoi's calendar and year over year", () => {
    expect(hanoiDate("2026-12-31T18:00:00Z")).toBe("2027-01-01");
    const [y25, y26, y27] = yearOverYear(data, 2025, "2027-01-05");
    expect([y25.asOf, y26.asOf, y27.asOf]).toEqual(["2025-12-31", "2026-12-31", "2027-01-05"]);
    expect([y25.firms, y26.firms, y27.firms]).toEqual([2, 3, 4]);
    // 2025: meeting 102 held, but firm 3 was not in the directory yet.
    expect([y25.meetings, y25.mncSuppliers]).toEqual([1, 0]);
    // 2026: 100, 101, 103 held; foreign buyers met firms 1 and 2.
    expect([y26.meetings, y26.mncSuppliers]).toEqual([3, 2]);
    expect([y27.meetings, y27.outcomes]).toEqual([0, 0]);
    expect(y27.sectorShares.unknown).toBe(25);
  });

  it("progress and target metrics", () => {
    const f = computeKpis(data, "2026-06-30");
    expect(progress(3, 900)).toBe(0.3);
    expect(progress(3, 0)).toBeNull();
    expect(actualFor(f, "sector:mechanical")).toBe(66.7);
    expect(actualFor(f, "sector:packaging")).toBe(0);
    expect(actualFor(f, "certified")).toBe(2);
    expect(() => computeKpis(data, "30/06/2026")).toThrow(/YYYY-MM-DD/);
  });
});
