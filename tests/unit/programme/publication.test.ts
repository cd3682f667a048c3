import { describe, expect, it } from "vitest";
import { computeKpis } from "~/modules/programme/kpi";
import { buildPublication, directoryRows, toCsv } from "~/modules/programme/publication";

const firm = (id: number, createdAt: string) => ({
  id, ref: `S${id}`, nameVi: `Công ty ${id}`, nameEn: null, website: null, createdAt,
  sector: "mechanical", city: null, industrialZone: null, founded: null, employees: null,
});

describe("buildPublication", () => {
  it("lists exactly the firms the figures count (Hanoi calendar) and only certificates valid on the date", () => {
    const firms = [firm(1, "2026-01-01T00:00:00Z"), firm(2, "2026-12-31T18:00:00Z")]; // 2 joins on 1 Jan 2027 in Hanoi
    const figures = computeKpis({ firms: firms.map((f) => ({ orgId: f.id, createdAt: f.createdAt, status: "active" as const, sector: f.sector })), certificates: [], meetings: [], outcomes: [] }, "2026-12-31");
    const p = buildPublication({
      year: 2026, asOf: "2026-12-31", figures, firms,
      certs: [{ orgId: 1, standard: "ISO 9001", validUntil: "2026-12-31" }, { orgId: 1, standard: "ISO 14001", validUntil: "2026-12-30" }],
    });
    expect(p.directory.map((d) => d.ref)).toEqual(["S1"]);
    expect(p.directory.length).toBe(figures.firms);
    expect(p.directory[0]!.certificates).toEqual([{ standard: "ISO 9001", validUntil: "2026-12-31" }]);
    expect(directoryRows(p)[0]!.at(-1)).toBe("ISO 9001 (2026-12-31)");
  });

  it("CSV quotes separators and defuses spreadsheet formulas", () => {
    expect(toCsv(["a", "b"], [["=HYPERLINK(\"x\")", "Hà Nội, VN"], [null, 3]])).toBe(
      '\uFEFFa,b\r\n"\'=HYPERLINK(""x"")","Hà Nội, VN"\r\n,3\r\n',
    );
  });
});
