// Filters and facet counts over the in-memory mirror. Certificates count only when valid on asOf,
// so an expiry is reflected the next day without touching the index.
import type { FacetName, SearchParams } from "../engine";
import { isCertificateValid } from "../../app/modules/certificates/validity";
import { zoneKey } from "../settings";
import { codeNames, type Entry } from "./analysis";

export type Filter = (e: Entry) => boolean;

export function buildFilter(filters: SearchParams["filters"], asOf: string): Filter | null {
  if (!filters) return null;
  const checks: Filter[] = [];
  // Stated concepts only, as the facets count them (not those read from the description alone).
  const anyConcept = (ids: string[] | undefined) => {
    if (ids && ids.length > 0) checks.push((e) => ids.some((id) => e.stated.has(id)));
  };
  anyConcept(filters.process);
  anyConcept(filters.material);
  if (filters.certification?.length) {
    const ids = filters.certification;
    checks.push((e) => e.certs.some((c) => ids.includes(c.id) && isCertificateValid(c.validUntil, asOf)));
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

/** Every document of the index, and the facet counts over all of them (cached by the store). */
export interface FacetUniverse {
  all: Entry[];
  totals(asOf: string): Int32Array;
  /** Each document's facet values on asOf, flat by serial (cached by the store). */
  codes(asOf: string): FacetCodes;
}

/**
 * The facet codes of the document with serial s are codes[start[s]] .. codes[start[s + 1] - 1]:
 * its values and its certificates valid on asOf. Counting reads these two typed arrays only, not
 * the thousands of entry objects of a broad query (the facets were a third of its time).
 */
export interface FacetCodes {
  start: Int32Array;
  codes: Int32Array;
}

export function facetCodesOf(entries: Entry[], asOf: string): FacetCodes {
  let max = 0;
  for (const e of entries) if (e.serial > max) max = e.serial;
  const valid = (e: Entry) => {
    let n = 0;
    for (const u of e.certUntil) if (isCertificateValid(u, asOf)) n++;
    return n;
  };
  const start = new Int32Array(max + 2);
  for (const e of entries) start[e.serial + 1] = e.facetCodes.length + valid(e);
  for (let s = 1; s < start.length; s++) start[s] += start[s - 1];
  const codes = new Int32Array(start[max + 1]);
  for (const e of entries) {
    let k = start[e.serial];
    codes.set(e.facetCodes, k);
    k += e.facetCodes.length;
    for (let i = 0; i < e.certUntil.length; i++)
      if (isCertificateValid(e.certUntil[i], asOf)) codes[k++] = e.certCodes[i];
  }
  return { start, codes };
}

/** Adds (or with -1 takes away) one document's facet values, certificates valid on asOf only. */
function tally(counts: Int32Array, e: Entry, asOf: string, sign: 1 | -1): void {
  const fc = e.facetCodes;
  for (let i = 0; i < fc.length; i++) counts[fc[i]] += sign;
  const until = e.certUntil;
  for (let i = 0; i < until.length; i++)
    if (isCertificateValid(until[i], asOf)) counts[e.certCodes[i]] += sign;
}

export function tallyAll(entries: Entry[], asOf: string): Int32Array {
  const counts = new Int32Array(codeNames.length);
  for (const e of entries) tally(counts, e, asOf, 1);
  return counts;
}

/**
 * Facet value -> count over the given documents, commonest first. Certificates count only when
 * valid on asOf. Zones are counted by folded name and shown in the spelling `zoneLabel` gives.
 * When the documents are most of the index (short or common words, the listing without words),
 * the counts are the index's totals minus the documents left out: fewer documents to visit.
 */
export function countFacets(
  entries: Entry[],
  names: FacetName[],
  asOf: string,
  zoneLabel: (key: string) => string,
  universe: FacetUniverse,
): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  if (names.length === 0) return out;
  const { start, codes } = universe.codes(asOf);
  const max = start.length - 2;
  // Codes interned since the totals were counted (another index in the process) count 0 here.
  const counts = new Int32Array(codeNames.length);
  const add = (serial: number, sign: 1 | -1) => {
    if (serial > max) return;
    for (let k = start[serial]; k < start[serial + 1]; k++) counts[codes[k]] += sign;
  };
  if (entries.length * 2 <= universe.all.length) for (const e of entries) add(e.serial, 1);
  else {
    counts.set(universe.totals(asOf));
    if (entries.length < universe.all.length) {
      const kept = new Uint8Array(max + 1);
      for (const e of entries) if (e.serial <= max) kept[e.serial] = 1;
      // Serials that are no document have no codes: the whole range can be walked.
      for (let s = 0; s <= max; s++) if (kept[s] === 0) add(s, -1);
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
