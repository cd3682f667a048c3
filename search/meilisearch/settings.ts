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

/** The sort control's orders as Meilisearch sort expressions; ties go by the ranking rules. */
export const MEILI_SORT: Record<string, string[]> = {
  name: ["sortName:asc"],
  updated: ["updated:desc"],
  completeness: ["completeness:desc"],
};

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
    sortableAttributes: ["ref", "sortName", "completeness", "updated"],
    displayedAttributes: ["ref", "source", "hash"],
    // "sort" first: it does nothing unless a search asks for an order (the sort control), and
    // then that order wins. After the relevance rules, the static part of the fit tie-break
    // (docs/decisions/230). Meilisearch cannot rank by "holds every query concept" or by
    // certificates valid on the query's date: those tie-breaks are the embedded engine's only.
    rankingRules: ["sort", ...RANKING_RULES, "verifiedRank:desc", "completeness:desc", "updated:desc"],
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
