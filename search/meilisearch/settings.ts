import type { Settings } from "meilisearch";
import {
  MATCHING_STRATEGY,
  RANKING_RULES,
  SEARCHABLE_ATTRIBUTES,
  TYPO_TOLERANCE,
  taxonomySynonyms,
} from "../settings";
import { certFields } from "./documents";

export const MEILI_MATCHING_STRATEGY = MATCHING_STRATEGY;

/** Facet name (SearchParams) -> attribute holding its values. Certificates are counted apart,
 * because only valid ones count and validity depends on the query's date. */
export const FACET_ATTRIBUTE = {
  process: "processIds",
  material: "materialIds",
  sector: "sector",
  zone: "zone",
  verified: "verified",
  employees: "employeesBand",
} as const;

/** The index settings, from the same data the embedded engine follows (search/settings.ts). */
export function meiliSettings(): Settings {
  return {
    searchableAttributes: [...SEARCHABLE_ATTRIBUTES],
    filterableAttributes: [
      "concepts",
      "processIds",
      "materialIds",
      "sector",
      "zone",
      "zoneKey",
      "verified",
      "employeesBand",
      ...certFields(),
    ],
    sortableAttributes: ["ref"],
    displayedAttributes: ["ref", "source", "hash"],
    rankingRules: [...RANKING_RULES, "sort"],
    synonyms: taxonomySynonyms(),
    typoTolerance: {
      enabled: true,
      minWordSizeForTypos: { oneTypo: TYPO_TOLERANCE.oneTypo, twoTypos: TYPO_TOLERANCE.twoTypos },
      disableOnNumbers: TYPO_TOLERANCE.disableOnNumbers,
    },
    faceting: { maxValuesPerFacet: 1000 },
    pagination: { maxTotalHits: 100000 },
  };
}
