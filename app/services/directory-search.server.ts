import { fold } from "~/modules/text/analyser";
import {
  SECTORS,
  getConcept,
  mapTerm,
  suggest as suggestConcepts,
  type ConceptKind,
} from "~/modules/taxonomy";
import {
  SORTS,
  type FacetName,
  type SearchParams,
  type SearchResult,
  type SortOrder,
} from "../../search/engine";
import { EMPLOYEE_BANDS } from "../../search/settings";
import { getSearchEngine } from "../utils/search-engine.server";

// The glue between the directory's URLs (the /suppliers page and GET /api/v1/suppliers) and the
// search engine: one parser for the query string so that a page URL and an API URL with the same
// parameters mean the same search, and one place that calls the engine.

export const FILTER_PARAMS = ["process", "material", "certification", "sector", "zone", "employees"] as const;
export type FilterParam = (typeof FILTER_PARAMS)[number];
export const FACETS: FacetName[] = [
  "sector",
  "process",
  "material",
  "certification",
  "zone",
  "employees",
  "verified",
];
export const MAX_QUERY_LENGTH = 200;

export interface DirectoryQuery {
  q: string;
  filters: Partial<Record<FilterParam, string[]>>;
  verified?: boolean;
  /** The list's order (`?sort=`); relevance when absent. */
  sort: SortOrder;
}

export class QueryError extends Error {
  constructor(
    readonly param: string,
    message: string,
  ) {
    super(message);
  }
}

const CONCEPT_KIND: Partial<Record<FilterParam, ConceptKind>> = {
  process: "process",
  material: "material",
  certification: "certification",
};

/** `?process=a,b&process=c` → ["a","b","c"]: comma-separated, repeated, or both. */
function listParam(url: URL, name: string): string[] {
  return [
    ...new Set(
      url.searchParams
        .getAll(name)
        .flatMap((v) => v.split(","))
        .map((v) => v.trim())
        .filter(Boolean),
    ),
  ];
}

/**
 * A filter value as the engine wants it. Concept filters accept the taxonomy id
 * ("injection-moulding") or the words a person would type ("ép nhựa", "ISO 9001:2015").
 */
function normaliseValue(name: FilterParam, raw: string): string | null {
  const kind = CONCEPT_KIND[name];
  if (kind) {
    const c = getConcept(raw);
    if (c && c.kind === kind) return c.id;
    return mapTerm(raw, kind);
  }
  if (name === "sector") return SECTORS.some((s) => s.id === raw) ? raw : null;
  if (name === "employees") return EMPLOYEE_BANDS.some((b) => b.id === raw) ? raw : null;
  return fold(raw) ? raw : null;
}

/**
 * Reads q and the filters from a URL. `strict` (the API) rejects values it cannot interpret with
 * a QueryError naming the parameter; the page (not strict) silently drops them, because a stale
 * bookmark should still show a page.
 */
export function parseDirectoryQuery(url: URL, strict: boolean): DirectoryQuery {
  const q = (url.searchParams.get("q") ?? "").trim();
  if (q.length > MAX_QUERY_LENGTH) {
    if (strict) throw new QueryError("q", `q must be at most ${MAX_QUERY_LENGTH} characters`);
  }
  const filters: DirectoryQuery["filters"] = {};
  for (const name of FILTER_PARAMS) {
    const values: string[] = [];
    for (const raw of listParam(url, name)) {
      const v = normaliseValue(name, raw);
      if (v) values.push(v);
      else if (strict) throw new QueryError(name, `unknown ${name} "${raw.slice(0, 80)}"`);
    }
    if (values.length) filters[name] = [...new Set(values)];
  }
  const verifiedRaw = url.searchParams.get("verified");
  let verified: boolean | undefined;
  if (verifiedRaw === "true" || verifiedRaw === "false") verified = verifiedRaw === "true";
  else if (verifiedRaw && strict) throw new QueryError("verified", "verified must be true or false");
  const sortRaw = url.searchParams.get("sort") ?? "relevance";
  const sort = (SORTS as readonly string[]).includes(sortRaw) ? (sortRaw as SortOrder) : "relevance";
  if (sort !== sortRaw && strict) throw new QueryError("sort", `sort must be one of ${SORTS.join(", ")}`);
  return { q: q.slice(0, MAX_QUERY_LENGTH), filters, verified, sort };
}

/** Parameters of a directory URL (what the profile's breadcrumb may carry back to the list). */
export const DIRECTORY_PARAMS: readonly string[] = ["q", ...FILTER_PARAMS, "verified", "sort", "page"];

/**
 * The directory URL a profile's breadcrumb goes back to: the list's own query string (`?from=`)
 * with only the directory's parameters kept, so the link can lead nowhere but /suppliers.
 */
export function directoryBackHref(from: string | null): string {
  if (!from) return "/suppliers";
  const kept = new URLSearchParams();
  for (const [k, v] of new URLSearchParams(from.slice(0, 2000)))
    if (DIRECTORY_PARAMS.includes(k)) kept.append(k, v);
  const s = kept.toString();
  return s ? `/suppliers?${s}` : "/suppliers";
}

/** Whether the engine is needed (words or a facet filter), or a plain database page will do. */
export function needsEngine(query: DirectoryQuery): boolean {
  return (
    query.q !== "" ||
    query.verified !== undefined ||
    // The database lists by ref: any other order is the engine's.
    query.sort !== "relevance" ||
    Object.entries(query.filters).some(([k, v]) => k !== "sector" && v && v.length > 0)
  );
}

export async function searchDirectory(
  query: DirectoryQuery,
  page: { limit: number; offset: number },
): Promise<SearchResult> {
  const params: SearchParams = {
    q: query.q || undefined,
    limit: page.limit,
    offset: page.offset,
    filters: { ...query.filters, verified: query.verified },
    facets: FACETS,
    highlight: true,
    sort: query.sort,
  };
  return getSearchEngine().search(params);
}

/**
 * The facet counts for a query without words (the browsed directory, perhaps narrowed to a
 * sector), so that the list page offers the same filters as a search.
 */
export async function directoryFacets(query: DirectoryQuery): Promise<SearchResult["facets"]> {
  const result = await getSearchEngine().search({
    q: undefined,
    limit: 0,
    filters: { ...query.filters, verified: query.verified },
    facets: FACETS,
    highlight: false,
  });
  return result.facets;
}

export interface DirectorySuggestion {
  href: string;
  label: string;
  kind: "supplier" | "concept";
}

/**
 * Suggestions while typing: capability concepts in the reader's language (choosing one searches
 * for it), then firms by name. The engine being down leaves the concept suggestions.
 */
export async function suggestForDirectory(
  prefix: string,
  locale: "vi" | "en" | "ja",
): Promise<DirectorySuggestion[]> {
  const concepts = suggestConcepts(prefix, { lang: locale, limit: 5 }).map((c) => ({
    href: `/suppliers?${new URLSearchParams({ q: c.label })}`,
    label: c.label,
    kind: "concept" as const,
  }));
  let firms: DirectorySuggestion[] = [];
  try {
    firms = (await getSearchEngine().suggest(prefix, 5)).map((s) => ({
      href: `/suppliers/${encodeURIComponent(s.ref)}`,
      label: s.label,
      kind: "supplier" as const,
    }));
  } catch {
    // Concepts alone are still useful; the page's own search reports the engine's state.
  }
  return [...concepts, ...firms];
}

// The door for routes to these reads and writes (routes never import db/ or search/;
// docs/decisions/250-layers.md).
export { SORTS, type SearchHit, type SearchResult } from "../../search/engine";
