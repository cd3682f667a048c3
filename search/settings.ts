// Index settings as data: both engines read them from here, so relevance rules are declared once.
// The embedded engine interprets them itself; the Meilisearch adapter sends them to the server.
import { allConcepts, labelsOf } from "../app/modules/taxonomy/index";
import { fold } from "../app/modules/text/analyser";

/** Searchable attributes in ranking order (the "attribute" rule): a match in the name or the
 * capabilities outranks one in the description. Concept labels sit beside the capabilities:
 * they are the capabilities, in the other languages. */
export const SEARCHABLE_ATTRIBUTES = ["name", "capabilities", "conceptLabels", "description"] as const;
export type SearchableAttribute = (typeof SEARCHABLE_ATTRIBUTES)[number];

/** Meilisearch's order, interpreted the same way by the embedded engine. */
export const RANKING_RULES = ["words", "typo", "proximity", "attribute", "exactness"] as const;

/** Meilisearch's defaults, which the brief asks for: 1 typo from 5 characters, 2 from 9; none on
 * tokens with digits (part numbers, grades, sizes). */
export const TYPO_TOLERANCE = { oneTypo: 5, twoTypos: 9, disableOnNumbers: true } as const;

/** Words dropped first when nothing matches every word ("frequency" strategy): a generic word such as
 * "sản xuất" or "production" goes before the capability the buyer actually typed. */
export const MATCHING_STRATEGY = "frequency" as const;

/** Partial matches (fewer terms) are ranked after the complete ones only when fewer than this
 * many documents match every term. */
export const FALLBACK_BELOW = 50;

export const FACETS = [
  "process",
  "material",
  "certification",
  "sector",
  "zone",
  "verified",
  "employees",
] as const;

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 100;
/** The longest query we interpret (like Meilisearch's 10 words); the rest is ignored. */
export const MAX_QUERY_WORDS = 10;
/** Below this many hits, a "did you mean" spelling is looked for. */
export const FEW_HITS = 3;

/** Employee bands (facet values and filter ids), in display order. */
export const EMPLOYEE_BANDS = [
  { id: "1-9", min: 1, max: 9 },
  { id: "10-49", min: 10, max: 49 },
  { id: "50-199", min: 50, max: 199 },
  { id: "200-499", min: 200, max: 499 },
  { id: "500+", min: 500, max: Infinity },
] as const;

export function employeesBand(n: number | null): string | null {
  if (n == null) return null;
  return EMPLOYEE_BANDS.find((b) => n >= b.min && n <= b.max)?.id ?? null;
}

/** Industrial zones are written with and without diacritics ("CCN Liên Phương", "CCN Lien Phuong"):
 * one facet value per folded name. */
export function zoneKey(zone: string): string {
  return fold(zone);
}

/**
 * Synonyms generated from the taxonomy: every label and synonym of a concept is a synonym of every
 * other, in all three languages (`ép nhựa` = `injection moulding` = `射出成形`). Keys are folded, as
 * Meilisearch folds queries itself. Whole-term-only synonyms ("=tiện") are left out: as a query
 * word they would fire inside unrelated phrases.
 */
export function taxonomySynonyms(): Record<string, string[]> {
  const out: Record<string, Set<string>> = {};
  for (const c of allConcepts()) {
    if (c.kind === "certification") continue; // certificates become validity filters, not words
    const labels = [
      ...new Set(
        labelsOf(c.id)
          .filter((l) => !l.startsWith("="))
          .map(fold),
      ),
    ].filter(Boolean);
    for (const l of labels) {
      const set = (out[l] ??= new Set());
      for (const other of labels) if (other !== l) set.add(other);
    }
  }
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, [...v]]));
}
