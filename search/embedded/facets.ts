// Filters and facet counts over the in-memory mirror. Certificates count only when valid on asOf,
// so an expiry is reflected the next day without touching the index.
import type { FacetName, SearchParams } from "../engine";
import { certValid, zoneKey } from "../settings";
import { codeNames, type Entry } from "./analysis";

export type Filter = (e: Entry) => boolean;

export function buildFilter(filters: SearchParams["filters"], asOf: string): Filter | null {
  if (!filters) return null;
  const checks: Filter[] = [];
  const anyConcept = (ids: string[] | undefined) => {
    if (ids && ids.length > 0) checks.push((e) => ids.some((id) => e.concepts.has(id)));
  };
  anyConcept(filters.process);
  anyConcept(filters.material);
  if (filters.certification?.length) {
    const ids = filters.certification;
    checks.push((e) => e.certs.some((c) => ids.includes(c.id) && certValid(c.validUntil, asOf)));
  }
  if (filters.sector?.length) {
    const s = filters.sector;
    checks.push((e) => e.sector != null && s.includes(e.sector));
  }
  if (filters.zone?.length) {
    const keys = filters.zone.map(zoneKey);
    checks.push((e) => e.zoneKey != null && keys.includes(e.zoneKey));
  }
  if (filters.verified !== undefined) {
    const v = filters.verified;
    checks.push((e) => e.doc.verified === v);
  }
  if (filters.employees?.length) {
    const bands = filters.employees;
    checks.push((e) => e.band != null && bands.includes(e.band));
  }
  if (checks.length === 0) return null;
  return (e) => checks.every((c) => c(e));
}

/**
 * Facet value -> count over the given documents, commonest first. Certificates count only when
 * valid on asOf. Zones are counted by folded name and shown in the spelling `zoneLabel` gives.
 */
export function countFacets(
  entries: Entry[],
  names: FacetName[],
  asOf: string,
  zoneLabel: (key: string) => string,
): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  if (names.length === 0) return out;
  const counts = new Int32Array(codeNames.length);
  const wantCerts = names.includes("certification");
  for (const e of entries) {
    const fc = e.facetCodes;
    for (let i = 0; i < fc.length; i++) counts[fc[i]]++;
    if (wantCerts) {
      const until = e.certUntil;
      for (let i = 0; i < until.length; i++) if (certValid(until[i], asOf)) counts[e.certCodes[i]]++;
    }
  }
  const lists = new Map<string, [string, number][]>(names.map((n) => [n, []]));
  for (let c = 0; c < counts.length; c++) {
    if (counts[c] === 0) continue;
    const [facet, value] = codeNames[c];
    lists.get(facet)?.push([facet === "zone" ? zoneLabel(value) : value, counts[c]]);
  }
  for (const [name, list] of lists) {
    list.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    out[name] = Object.fromEntries(list);
  }
  return out;
}

/** The commonest spelling, preferring one with diacritics (the official name) on a tie. */
export function preferredSpelling(m: Map<string, number>): string {
  const marks = (s: string) => s.normalize("NFD").length - s.length;
  return (
    [...m.entries()]
      .filter(([, n]) => n > 0)
      .sort((a, b) => b[1] - a[1] || marks(b[0]) - marks(a[0]) || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? ""
  );
}
