export type ConceptKind = "process" | "material" | "product" | "certification";

/** The kinds a firm's or buyer's own term can have (certificates are records, not terms). */
export const TERM_KINDS = ["process", "material", "product"] as const;
export type TermKind = (typeof TERM_KINDS)[number];

export type SectorId = "mechanical" | "electronics" | "textile-footwear" | "plastics-rubber" | "packaging";

export type Lang = "vi" | "en" | "ja";

export interface Concept {
  /** Stable id, e.g. "injection-moulding", "stainless-steel", "iso9001", "iatf16949". */
  id: string;
  kind: ConceptKind;
  labels: { vi: string; en: string; ja: string };
  /** Phrasings firms write, any language, with or without diacritics (folded at lookup). */
  synonyms: string[];
  /** Direct parents: "cnc-turning" -> ["cnc-machining"]; "iatf16949" -> ["iso9001"]. */
  parents: string[];
  /** Programme sector of a process or product (inherited from parents when absent in the data). */
  sector?: SectorId;
  /**
   * An umbrella concept ("surface treatment", "casting", "steel"): its children are distinct
   * capabilities, so relatedConcepts() does not treat siblings under it as the same thing.
   */
  broad?: boolean;
}

/**
 * How a concept is written in the data files: flat labels so an organiser can add one in a
 * single object literal. The kind comes from the file it is in.
 *
 * A synonym starting with "=" counts only when it is the WHOLE term ("=tiện" maps the process
 * field "tiện" to CNC turning, but "tiện" inside a sentence — "thuận tiện" — is ignored).
 */
export interface ConceptInput {
  id: string;
  vi: string;
  en: string;
  ja: string;
  synonyms?: string[];
  parents?: string[];
  sector?: SectorId;
  broad?: boolean;
}
