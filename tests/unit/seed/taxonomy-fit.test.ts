import { describe, expect, it } from "vitest";
import { generateDemoDirectory, REFERENCE_DATE } from "../../../scripts/seed";
import {
  certificationId,
  isA,
  mapTerm,
  sectorOf,
  type ConceptKind,
  type SectorId,
} from "../../../app/modules/taxonomy";

// The demo data must make the portal's taxonomy, facets and matching show sensible results:
// the firms' own words map to concepts, the sectors are spread like the city's programme, and
// every sourcing request has suppliers that can actually serve it.
const data = generateDemoDirectory();

const capabilityKinds: [keyof NonNullable<(typeof data.suppliers)[number]["capabilities"]>, ConceptKind][] = [
  ["processes", "process"],
  ["materials", "material"],
  ["products", "product"],
];

function concepts(terms: string[] | undefined, kind: ConceptKind): string[] {
  return (terms ?? []).map((t) => mapTerm(t, kind)).filter((id): id is string => id !== null);
}

describe("demo data against the taxonomy", () => {
  for (const [field, kind] of capabilityKinds) {
    it(`maps at least 95% of supplier ${field} terms to a ${kind} concept`, () => {
      const terms = data.suppliers.flatMap((s) => s.capabilities?.[field] ?? []);
      const unmapped = terms.filter((t) => mapTerm(t, kind) === null);
      expect(terms.length).toBeGreaterThan(900);
      expect(
        unmapped.length / terms.length,
        `unmapped: ${[...new Set(unmapped)].slice(0, 20).join(" | ")}`,
      ).toBeLessThan(0.05);
    });
  }

  it("names only certificates the taxonomy knows", () => {
    const standards = new Set([
      ...data.suppliers.flatMap((s) => (s.certifications ?? []).map((c) => c.standard)),
      ...data.requests.flatMap((r) => r.requiredCertifications ?? []),
    ]);
    const unknown = [...standards].filter((s) => certificationId(s) === null);
    expect(unknown).toEqual([]);
  });

  it("spreads suppliers over the programme's sectors, the three key sectors largest after mechanical", () => {
    const bySector = new Map<SectorId | null, number>();
    for (const s of data.suppliers) {
      const sector = sectorOf(concepts(s.capabilities?.processes, "process"));
      bySector.set(sector, (bySector.get(sector) ?? 0) + 1);
    }
    const n = (id: SectorId) => (bySector.get(id) ?? 0) / data.suppliers.length;
    expect(n("mechanical")).toBeGreaterThan(0.3);
    expect(n("electronics")).toBeGreaterThan(0.12);
    expect(n("textile-footwear")).toBeGreaterThan(0.1);
    expect(n("plastics-rubber")).toBeGreaterThan(0.08);
    expect(n("packaging")).toBeGreaterThan(0.06);
    expect((bySector.get(null) ?? 0) / data.suppliers.length).toBeLessThan(0.05);
  });

  it("gives every sourcing request at least 3 suppliers with its processes and valid required certificates", () => {
    const suppliers = data.suppliers.map((s) => ({
      ref: s.ref,
      processes: concepts(s.capabilities?.processes, "process"),
      validCerts: (s.certifications ?? [])
        .filter((c) => c.validUntil !== undefined && c.validUntil >= REFERENCE_DATE)
        .map((c) => certificationId(c.standard))
        .filter((id): id is string => id !== null),
    }));
    const thin: string[] = [];
    for (const r of data.requests) {
      const procs = (r.processes ?? []).map((t) => mapTerm(t, "process"));
      const certs = (r.requiredCertifications ?? []).map((t) => certificationId(t));
      expect(procs, `${r.ref} processes ${r.processes}`).not.toContain(null);
      expect(certs, `${r.ref} certificates ${r.requiredCertifications}`).not.toContain(null);
      const fit = suppliers.filter(
        (s) =>
          procs.every((p) => s.processes.some((c) => isA(c, p!))) &&
          certs.every((k) => s.validCerts.some((c) => isA(c, k!))),
      );
      if (fit.length < 3) thin.push(`${r.ref} (${fit.length})`);
    }
    expect(thin).toEqual([]);
  });

  it("has requests that need a certificate only some fitting suppliers hold valid (an expired one does not count)", () => {
    // The hard constraint must bite: for some request, a supplier offers the process but its
    // required certificate has expired.
    const excluded = data.requests.some((r) => {
      const need = (r.requiredCertifications ?? []).map((t) => certificationId(t)!);
      if (need.length === 0) return false;
      const procs = (r.processes ?? []).map((t) => mapTerm(t, "process")!);
      return data.suppliers.some(
        (s) =>
          procs.every((p) => concepts(s.capabilities?.processes, "process").some((c) => isA(c, p))) &&
          need.some((k) =>
            (s.certifications ?? []).some(
              (c) => certificationId(c.standard) === k && c.validUntil! < REFERENCE_DATE,
            ),
          ),
      );
    });
    expect(excluded).toBe(true);
  });
});
