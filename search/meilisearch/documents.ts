// SupplierDoc -> the document Meilisearch stores. Searchable text is the shared analyser's output
// (so Vietnamese folding, "đ" and part codes behave as in the embedded engine); the original
// document rides along, unsearched, for highlights and `cli search-check`.
import { allConcepts, getConcept, labelsOf } from "../../app/modules/taxonomy/index";
import { tokenize } from "../../app/modules/text/analyser";
import type { SupplierDoc } from "../engine";
import { employeesBand, zoneKey } from "../settings";

export interface MeiliDoc {
  ref: string;
  name: string[];
  capabilities: string[];
  /** Every label of the firm's concepts, in every language: cross-language matching. */
  conceptLabels: string[];
  description: string[];
  concepts: string[];
  processIds: string[];
  materialIds: string[];
  sector: string | null;
  zone: string | null;
  zoneKey: string | null;
  verified: boolean;
  employeesBand: string | null;
  /** Sort and tie-break fields (docs/decisions/230): the name as the embedded engine sorts it,
   * verified as 0/1, completeness 0..100, last change as yyyymmddhhmmss. */
  sortName: string;
  verifiedRank: number;
  completeness: number;
  updated: number;
  /** The original document (not searchable). */
  source: SupplierDoc;
  hash: string;
  /** cert_<id>: last valid day as yyyymmdd (0 when undated: never valid, by the one rule in
   * app/modules/certificates/validity.ts), for validity filters. */
  [certField: `cert_${string}`]: number;
}

/** An undated certificate: below every day, so `cert_x >= today` never accepts it. */
export const NO_EXPIRY = 0;

export function certField(id: string): `cert_${string}` {
  return `cert_${id.replace(/[^A-Za-z0-9_]/g, "_")}`;
}

export function dateNumber(isoDate: string): number {
  return Number(isoDate.slice(0, 10).replace(/-/g, ""));
}

/** Certification filter fields: one per taxonomy certification. */
export function certFields(): string[] {
  return allConcepts("certification").map((c) => certField(c.id));
}

const analysed = (texts: (string | null | undefined)[]) =>
  texts.filter((t): t is string => !!t).map((t) => tokenize(t).join(" "));

export function toMeiliDoc(doc: SupplierDoc, hash: string): MeiliDoc {
  const kinds = (kind: string) => doc.concepts.filter((c) => getConcept(c)?.kind === kind);
  const labels = new Set<string>();
  for (const c of doc.concepts)
    if (getConcept(c)?.kind !== "certification")
      for (const l of labelsOf(c)) labels.add(tokenize(l).join(" "));
  const out: MeiliDoc = {
    ref: doc.ref,
    name: analysed([doc.name.vi, doc.name.en, doc.name.ja]),
    capabilities: analysed([...doc.processes, ...doc.materials, ...doc.products]),
    conceptLabels: [...labels],
    description: analysed([
      doc.description.vi,
      doc.description.en,
      doc.description.ja,
      doc.industrialZone,
      doc.commune,
    ]),
    concepts: doc.concepts,
    processIds: kinds("process"),
    materialIds: kinds("material"),
    sector: doc.sector,
    zone: doc.industrialZone,
    zoneKey: doc.industrialZone ? zoneKey(doc.industrialZone) : null,
    verified: doc.verified,
    employeesBand: employeesBand(doc.employees),
    sortName: (doc.name.vi ?? doc.name.en ?? doc.name.ja ?? doc.ref).toLocaleLowerCase(),
    verifiedRank: doc.verified ? 1 : 0,
    completeness: doc.completeness ?? 0,
    updated: doc.updatedAt ? Number(doc.updatedAt.replace(/\D/g, "").slice(0, 14).padEnd(14, "0")) : 0,
    source: doc,
    hash,
  };
  for (const c of doc.certifications) {
    const f = certField(c.id);
    const until = c.validUntil ? dateNumber(c.validUntil) : NO_EXPIRY;
    out[f] = Math.max(out[f] ?? 0, until);
  }
  return out;
}
