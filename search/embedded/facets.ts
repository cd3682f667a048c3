// Filters and facet counts over the in-memory mirror. Certificates count only when valid on asOf,
// so an expiry is reflected the next day without touching the index.
import type { FacetName, SearchParams } from "../engine";
import { certValid, zoneKey } from "../settings";
import type { Entry } from "./analysis";

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

/** Facet value -> count. Zones are counted by folded name and shown in the spelling most firms use. */
export function countFacets(
  entries: Iterable<Entry>,
  names: FacetName[],
  asOf: string,
): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  if (names.length === 0) return out;
  const counts = new Map<FacetName, Map<string, number>>(names.map((n) => [n, new Map()]));
  const zoneSpellings = new Map<string, Map<string, number>>();
  const inc = (m: Map<string, number> | undefined, v: string | null) => {
    if (m && v != null) m.set(v, (m.get(v) ?? 0) + 1);
  };
  for (const e of entries) {
    for (const id of e.processIds) inc(counts.get("process"), id);
    for (const id of e.materialIds) inc(counts.get("material"), id);
    const cm = counts.get("certification");
    if (cm) {
      const valid = new Set(e.certs.filter((c) => certValid(c.validUntil, asOf)).map((c) => c.id));
      for (const id of valid) inc(cm, id);
    }
    inc(counts.get("sector"), e.sector);
    if (counts.has("zone") && e.zoneKey && e.doc.industrialZone) {
      inc(counts.get("zone"), e.zoneKey);
      let sp = zoneSpellings.get(e.zoneKey);
      if (!sp) zoneSpellings.set(e.zoneKey, (sp = new Map()));
      inc(sp, e.doc.industrialZone);
    }
    inc(counts.get("verified"), String(e.doc.verified));
    inc(counts.get("employees"), e.band);
  }
  for (const [name, m] of counts) {
    const sorted = [...m.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    out[name] = Object.fromEntries(
      name === "zone" ? sorted.map(([k, n]) => [preferredSpelling(zoneSpellings.get(k)!), n]) : sorted,
    );
  }
  return out;
}

/** The commonest spelling, preferring one with diacritics (the official name) on a tie. */
function preferredSpelling(m: Map<string, number>): string {
  const marks = (s: string) => s.normalize("NFD").length - s.length;
  return [...m.entries()].sort(
    (a, b) => b[1] - a[1] || marks(b[0]) - marks(a[0]) || (a[0] < b[0] ? -1 : 1),
  )[0][0];
}
