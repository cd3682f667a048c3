// A search document as the embedded engine indexes it: the analysed tokens of each searchable
// column (through the shared analyser, encoded for FTS5) and the facet values.
import { tokenize } from "../../app/modules/text/analyser";
import { ancestors, getConcept, mapTermScored } from "../../app/modules/taxonomy/index";
import type { SupplierDoc } from "../engine";
import { employeesBand, zoneKey } from "../settings";
import { encodeToken } from "./fts";

/** Column order = attribute ranking (name, capabilities, description). */
export const COLUMNS = ["name", "capabilities", "description"] as const;
export const ATTRIBUTE_RANK = { name: 0, capabilities: 1, concept: 1, description: 2 } as const;
/** Word positions are encoded as column * COL_SPAN + offset. */
export const COL_SPAN = 1 << 20;

export function analyse(text: string | undefined | null): string[] {
  return text ? tokenize(text).map(encodeToken) : [];
}

function analyseAll(texts: (string | undefined | null)[]): string[] {
  const out: string[] = [];
  for (const t of texts) for (const tok of analyse(t)) out.push(tok);
  return out;
}

/** The three analysed columns of a document. The zone and commune go with the description, so
 * "Thạch Thất" or "Quang Minh" finds the firms there, below firms that name it. */
export function documentColumns(doc: SupplierDoc): string[][] {
  return [
    analyseAll([doc.name.vi, doc.name.en, doc.name.ja]),
    analyseAll([...doc.processes, ...doc.materials, ...doc.products]),
    analyseAll([doc.description.vi, doc.description.en, doc.description.ja, doc.industrialZone, doc.commune]),
  ];
}

/** What the engine keeps in memory per document for matching, ranking, filters and facets. */
export interface Entry {
  id: number;
  /** Unique per version of a document in this process (postings refer to it). */
  serial: number;
  ref: string;
  doc: SupplierDoc;
  cols: string[][];
  concepts: Set<string>;
  /** The concepts of the firm's terms (doc.concepts): what filters and facets go by. */
  stated: Set<string>;
  processIds: string[];
  materialIds: string[];
  certs: { id: string; validUntil: string | null }[];
  sector: string | null;
  zoneKey: string | null;
  band: string | null;
  sortName: string;
  /** Interned facet values (facetCode) that do not depend on the date: concepts, sector, zone, … */
  facetCodes: Int32Array;
  /** Each certificate standard held once (facetCode), with its latest expiry (null: undated), so
   * the facet counts a firm once per standard when any of its certificates is valid. */
  certCodes: Int32Array;
  certUntil: (string | null)[];
  /** `concepts` interned (conceptCode), for membership tests in typed arrays while ranking. */
  conceptCodes: Int32Array;
  /**
   * The concepts the firm states surely: all of `concepts` except those it holds only as near
   * concepts of its own words (taxonomy/fuzzy.ts), which rank one typo down. The same objects as
   * `concepts` / `conceptCodes` when it has none.
   */
  sure: Set<string>;
  sureCodes: Int32Array;
}

/** Concepts of the document held only through near concepts of its terms (with their ancestors). */
function nearOnly(doc: SupplierDoc): Set<string> | null {
  const near = new Set<string>();
  const sure = new Set<string>();
  const read = (texts: string[], kind: "process" | "material" | "product") => {
    for (const t of texts) {
      const m = mapTermScored(t, kind);
      if (!m) continue;
      const into = m.confidence >= 1 ? sure : near;
      into.add(m.id);
      for (const a of ancestors(m.id)) into.add(a);
    }
  };
  read(doc.processes, "process");
  read(doc.materials, "material");
  read(doc.products, "product");
  if (near.size === 0) return null;
  for (const id of sure) near.delete(id);
  return near.size ? near : null;
}

/** Facet values interned as small integers, so counting is array increments. */
const codes = new Map<string, number>();
export const codeNames: [facet: string, value: string][] = [];
export function facetCode(facet: string, value: string): number {
  const key = `${facet}\u0000${value}`;
  let c = codes.get(key);
  if (c === undefined) {
    c = codeNames.length;
    codes.set(key, c);
    codeNames.push([facet, value]);
  }
  return c;
}

/** Concept ids interned as small integers (the same in every document of the process). */
const conceptCodes = new Map<string, number>();
export function conceptCode(id: string): number {
  let c = conceptCodes.get(id);
  if (c === undefined) conceptCodes.set(id, (c = conceptCodes.size));
  return c;
}
/** The code of a concept some document has had, or undefined (no document can match it). */
export function knownConceptCode(id: string): number | undefined {
  return conceptCodes.get(id);
}
export function conceptCodeCount(): number {
  return conceptCodes.size;
}

/** One entry per standard: the latest date; null (validity unknown, never valid by the rule in
 * app/modules/certificates/validity.ts) only when no certificate of that standard is dated. */
export function latestExpiry(certs: SupplierDoc["certifications"]): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const c of certs) {
    if (!out.has(c.id)) out.set(c.id, c.validUntil);
    else {
      const prev = out.get(c.id)!;
      if (c.validUntil !== null && (prev === null || c.validUntil > prev)) out.set(c.id, c.validUntil);
    }
  }
  return out;
}

let serials = 0;

export function toEntry(id: number, doc: SupplierDoc, cols: string[][]): Entry {
  const kindOf = (c: string) => getConcept(c)?.kind;
  const processIds = doc.concepts.filter((c) => kindOf(c) === "process");
  const materialIds = doc.concepts.filter((c) => kindOf(c) === "material");
  const zone = doc.industrialZone ? zoneKey(doc.industrialZone) : null;
  const band = employeesBand(doc.employees);
  const facetCodes = [
    ...processIds.map((id) => facetCode("process", id)),
    ...materialIds.map((id) => facetCode("material", id)),
    facetCode("verified", String(doc.verified)),
  ];
  if (doc.sector) facetCodes.push(facetCode("sector", doc.sector));
  if (zone) facetCodes.push(facetCode("zone", zone));
  if (band) facetCodes.push(facetCode("employees", band));
  const expiries = latestExpiry(doc.certifications);
  const stated = new Set(doc.concepts);
  const concepts = doc.describedConcepts?.length ? new Set(doc.concepts) : stated;
  let near = nearOnly(doc);
  // Concepts only the description names: held, but less surely than stated ones (one typo down).
  if (doc.describedConcepts?.length) {
    near ??= new Set();
    for (const c of doc.describedConcepts)
      if (!concepts.has(c)) {
        concepts.add(c);
        near.add(c);
      }
    if (near.size === 0) near = null;
  }
  const conceptCodes = Int32Array.from(concepts, conceptCode);
  const sure = near ? new Set(doc.concepts.filter((c) => !near.has(c))) : concepts;
  return {
    id,
    serial: ++serials,
    ref: doc.ref,
    doc,
    cols,
    concepts,
    stated,
    processIds,
    materialIds,
    certs: doc.certifications.map((c) => ({ id: c.id, validUntil: c.validUntil })),
    sector: doc.sector,
    zoneKey: zone,
    band,
    sortName: (doc.name.vi ?? doc.name.en ?? doc.name.ja ?? doc.ref).toLocaleLowerCase(),
    facetCodes: Int32Array.from(facetCodes),
    certCodes: Int32Array.from(expiries.keys(), (id) => facetCode("certification", id)),
    certUntil: [...expiries.values()],
    conceptCodes,
    sure,
    sureCodes: near ? Int32Array.from(sure, conceptCode) : conceptCodes,
  };
}

const byRef = (a: Entry, b: Entry) => (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0);
const byName = (a: Entry, b: Entry) => (a.sortName < b.sortName ? -1 : a.sortName > b.sortName ? 1 : 0);
const byCompleteness = (a: Entry, b: Entry) => (b.doc.completeness ?? 0) - (a.doc.completeness ?? 0);
const byFreshness = (a: Entry, b: Entry) => {
  const x = a.doc.updatedAt ?? "";
  const y = b.doc.updatedAt ?? "";
  return x > y ? -1 : x < y ? 1 : 0;
};

/**
 * The part of "how well the firm fits" that does not depend on the query (docs/decisions/230):
 * verified firms first, then the more complete profile, then the fresher one; the ref only
 * decides between firms equal in all of these, so the ranking never falls back to ref order
 * while something tells two firms apart.
 */
export function fitOrder(a: Entry, b: Entry): number {
  return (
    Number(b.doc.verified) - Number(a.doc.verified) ||
    byCompleteness(a, b) ||
    byFreshness(a, b) ||
    byRef(a, b)
  );
}

/** The orders a buyer can pick instead of relevance; ties go by fit. */
export const SORT_ORDERS = {
  name: (a: Entry, b: Entry) => byName(a, b) || fitOrder(a, b),
  updated: (a: Entry, b: Entry) => byFreshness(a, b) || fitOrder(a, b),
  completeness: (a: Entry, b: Entry) => byCompleteness(a, b) || fitOrder(a, b),
} as const;

export function displayName(doc: SupplierDoc): string {
  return doc.name.vi ?? doc.name.en ?? doc.name.ja ?? doc.ref;
}
