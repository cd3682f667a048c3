// How firms and buyers write each capability, keyed by the taxonomy concept it should map to.
// `vi` and `en` list real-world phrasings (the first is the most common one); a firm picks one of
// them, so the same concept appears in several spellings across the directory, as in real lists.
// `ja` is the phrase Japanese buyers use in request titles. tests/unit/seed checks that every
// phrasing here maps (taxonomy mapTerm) to a concept that is, or lies under, its key.
// The tables are data (vocabulary.json), each grouped by sector in the order mechanical,
// electronics, plastics and rubber, packaging, textile-garment-leather-footwear; the JSON import
// gives the keys their types and `satisfies` checks every entry is a Phrasing.
import vocabulary from "./vocabulary.json";

export interface Phrasing {
  vi: string[];
  en: string[];
  ja?: string;
}

export const PROCESSES = vocabulary.processes satisfies Record<string, Phrasing>;
export const MATERIALS = vocabulary.materials satisfies Record<string, Phrasing>;
export const PRODUCTS = vocabulary.products satisfies Record<string, Phrasing>;

export type ProcessKey = keyof typeof PROCESSES;
export type MaterialKey = keyof typeof MATERIALS;
export type ProductKey = keyof typeof PRODUCTS;
