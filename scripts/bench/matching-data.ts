import { allConcepts, type Concept, type SectorId } from "../../app/modules/taxonomy";
import type { MatchRequest, MatchSupplier, Term } from "../../app/modules/matching";
import { makeRng } from "../../app/modules/scheduling/rng";

// Deterministic synthetic directories for the matching benchmark and the index tests: firms and
// requests drawn from the real taxonomy, sector by sector, like the programme's own data.

const COUNTRIES = ["JP", "KR", "US", "DE", "CN", "TW", "TH", "FR"];

export function syntheticDirectory(nSuppliers: number, nRequests: number, seed = 42) {
  // The seeds used (42, 7, 2026) are never 0, where makeRng would substitute its own.
  const rand = makeRng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)];
  const some = <T>(xs: T[], min: number, max: number): T[] => {
    const n = min + Math.floor(rand() * (max - min + 1));
    return [...new Set(Array.from({ length: n }, () => pick(xs)))];
  };
  const asTerms = (cs: Concept[]): Term[] => cs.map((c) => ({ conceptId: c.id, text: c.labels.vi }));
  const bySector = new Map<SectorId, { process: Concept[]; product: Concept[] }>();
  for (const c of allConcepts()) {
    if (!c.sector || (c.kind !== "process" && c.kind !== "product")) continue;
    const s = bySector.get(c.sector) ?? { process: [], product: [] };
    s[c.kind].push(c);
    bySector.set(c.sector, s);
  }
  const sectors = [...bySector.values()].filter((s) => s.process.length && s.product.length);
  const materials = allConcepts("material");
  const certs = allConcepts("certification");
  const date = () =>
    `${2024 + Math.floor(rand() * 6)}-${String(1 + Math.floor(rand() * 12)).padStart(2, "0")}-15`;

  const suppliers: MatchSupplier[] = Array.from({ length: nSuppliers }, (_, i) => {
    const sec = pick(sectors);
    return {
      ref: `S-${String(i + 1).padStart(5, "0")}`,
      name: { vi: `Công ty ${i + 1}`, en: `Company ${i + 1}` },
      description: {},
      processes: asTerms(some(sec.process, 1, 4)),
      materials: asTerms(some(materials, 1, 3)),
      products: asTerms(some(sec.product, 1, 3)),
      certifications: some(certs, 0, 3).map((c) => ({
        conceptId: c.id,
        standard: c.labels.en,
        validUntil: rand() < 0.05 ? null : date(),
      })),
      employees: rand() < 0.1 ? null : Math.round(Math.exp(2 + rand() * 6)),
      exportMarkets: some(COUNTRIES, 0, 2),
      verified: rand() < 0.3,
      updatedAt: date(),
    };
  });
  const requests: MatchRequest[] = Array.from({ length: nRequests }, (_, i) => {
    const sec = pick(sectors);
    return {
      ref: `R-${String(i + 1).padStart(5, "0")}`,
      title: { en: `Request ${i + 1}` },
      description: {},
      processes: asTerms(some(sec.process, 1, 2)),
      materials: asTerms(some(materials, 1, 1)),
      products: asTerms(some(sec.product, 1, 1)),
      requiredCertifications: asTerms(some(certs, 0, 2).filter(() => rand() < 0.6)),
      annualVolume: pick([5000, 20000, 50000, 100000, 500000]),
      buyerCountry: pick(COUNTRIES),
    };
  });
  return { suppliers, requests };
}
