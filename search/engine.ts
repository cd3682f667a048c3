// The search interface every engine implements (agreed in .team/SEARCH-API.md: the pages and
// API code against it, the contract suite in tests/contract runs against every adapter).

export interface SupplierDoc {
  ref: string;
  name: { vi?: string; en?: string; ja?: string };
  description: { vi?: string; en?: string; ja?: string };
  /** Terms as the firm wrote them. */
  processes: string[];
  materials: string[];
  products: string[];
  /** Taxonomy concept ids of those terms + their ancestors. */
  concepts: string[];
  /**
   * Concepts (with their ancestors) named only in the free-text description, not in `concepts`:
   * a firm that writes its process in words the taxonomy cannot read in the list often names it
   * readably in its description. They match a concept term one typo down and are not facets.
   */
  describedConcepts?: string[];
  /** id = taxonomy certification id; validity is judged at query time against SearchParams.asOf. */
  certifications: { id: string; standard: string; validUntil: string | null }[];
  sector: string | null;
  industrialZone: string | null;
  commune: string | null;
  verified: boolean;
  employees: number | null;
  exportMarkets: string[];
  /** Profile completeness 0..100 (app/modules/profile/completeness.ts, without the date-dependent
   * expiry checks): a tie-break among equally relevant firms and a sort order. */
  completeness?: number;
  /** Last change of the firm's record (ISO date-time): freshness, the last tie-break before the ref. */
  updatedAt?: string | null;
}

/** Orders of the list: relevance (the ranking rules, then fit), or one the buyer picks. */
export const SORTS = ["relevance", "name", "updated", "completeness"] as const;
export type SortOrder = (typeof SORTS)[number];

export type FacetName =
  "process" | "material" | "certification" | "sector" | "zone" | "verified" | "employees";

export interface SearchParams {
  q?: string;
  limit?: number;
  offset?: number;
  /** Values are concept ids / zone names / employee band ids (search/settings.ts EMPLOYEE_BANDS). */
  filters?: {
    process?: string[];
    material?: string[];
    certification?: string[];
    sector?: string[];
    zone?: string[];
    verified?: boolean;
    employees?: string[];
  };
  facets?: FacetName[];
  highlight?: boolean;
  /** ISO date for certificate validity; default today. */
  asOf?: string;
  /** Default relevance; the others order the matching firms by name, freshness or completeness. */
  sort?: SortOrder;
}

export interface SearchHit {
  ref: string;
  score: number;
  /** HTML-escaped text with <mark>…</mark> around matches (safe to render as HTML). */
  highlights?: Partial<Record<"name" | "description" | "capabilities", string>>;
}

export interface SearchResult {
  hits: SearchHit[];
  total: number;
  facets: Record<string, Record<string, number>>;
  didYouMean?: string;
  tookMs: number;
}

export interface SearchEngine {
  readonly name: "embedded" | "meilisearch";
  /** Create the index / apply settings. */
  init(): Promise<void>;
  upsert(docs: SupplierDoc[]): Promise<void>;
  remove(refs: string[]): Promise<void>;
  clear(): Promise<void>;
  search(p: SearchParams): Promise<SearchResult>;
  suggest(prefix: string, limit?: number): Promise<{ ref: string; label: string }[]>;
  health(): Promise<{ ok: boolean; detail?: string }>;
  count(): Promise<number>;
}
