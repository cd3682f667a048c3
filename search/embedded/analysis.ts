// A search document as the embedded engine indexes it: the analysed tokens of each searchable
// column (through the shared analyser, encoded for FTS5) and the facet values.
import { tokenize } from "../../app/modules/text/analyser";
import { getConcept } from "../../app/modules/taxonomy/index";
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
  processIds: string[];
  materialIds: string[];
  certs: { id: string; validUntil: string | null }[];
  sector: string | null;
  zoneKey: string | null;
  band: string | null;
  sortName: string;
  /** Interned facet values (facetCode) that do not depend on the date: concepts, sector, zone, … */
  facetCodes: number[];
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
  return {
    id,
    serial: ++serials,
    ref: doc.ref,
    doc,
    cols,
    concepts: new Set(doc.concepts),
    processIds,
    materialIds,
    certs: doc.certifications.map((c) => ({ id: c.id, validUntil: c.validUntil })),
    sector: doc.sector,
    zoneKey: zone,
    band,
    sortName: (doc.name.vi ?? doc.name.en ?? doc.name.ja ?? doc.ref).toLocaleLowerCase(),
    facetCodes,
  };
}

export function displayName(doc: SupplierDoc): string {
  return doc.name.vi ?? doc.name.en ?? doc.name.ja ?? doc.ref;
}
