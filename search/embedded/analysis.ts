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
}

export function toEntry(id: number, doc: SupplierDoc, cols: string[][]): Entry {
  const kindOf = (c: string) => getConcept(c)?.kind;
  return {
    id,
    ref: doc.ref,
    doc,
    cols,
    concepts: new Set(doc.concepts),
    processIds: doc.concepts.filter((c) => kindOf(c) === "process"),
    materialIds: doc.concepts.filter((c) => kindOf(c) === "material"),
    certs: doc.certifications.map((c) => ({ id: c.id, validUntil: c.validUntil })),
    sector: doc.sector,
    zoneKey: doc.industrialZone ? zoneKey(doc.industrialZone) : null,
    band: employeesBand(doc.employees),
    sortName: (doc.name.vi ?? doc.name.en ?? doc.name.ja ?? doc.ref).toLocaleLowerCase(),
  };
}

export function displayName(doc: SupplierDoc): string {
  return doc.name.vi ?? doc.name.en ?? doc.name.ja ?? doc.ref;
}
