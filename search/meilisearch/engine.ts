// The Meilisearch adapter (official client), used when MEILISEARCH_URL is set. Settings come from
// search/settings.ts and are applied at init; every write awaits its task and a failed task is
// thrown with Meilisearch's own error, so the outbox keeps the row and retries it.
import {
  Meilisearch,
  type EnqueuedTaskPromise,
  type Index,
  type SearchParams as MeiliParams,
} from "meilisearch";
import { tokenize } from "../../app/modules/text/analyser";
import type { FacetName, SearchEngine, SearchHit, SearchParams, SearchResult, SupplierDoc } from "../engine";
import { docHash } from "../hash";
import { DEFAULT_LIMIT, MAX_LIMIT, MAX_QUERY_WORDS, zoneKey } from "../settings";
import { todayInHanoi } from "../../app/modules/clock";
import { displayName } from "../embedded/analysis";
import { encodeToken } from "../embedded/fts";
import { highlightDoc } from "../embedded/highlight";
import { parseQuery } from "../embedded/query";
import { allowedTypos, boundedDistance, Vocabulary } from "../embedded/typos";
import { toMeiliDoc, type MeiliDoc } from "./documents";
import { filterExpressions, validCertFilter } from "./filters";
import { FACET_ATTRIBUTE, MEILI_MATCHING_STRATEGY, MEILI_SORT, meiliSettings } from "./settings";
import { allConcepts } from "../../app/modules/taxonomy/index";

export interface MeilisearchOptions {
  host: string;
  apiKey?: string;
  /** Index uid prefix: one portal per prefix on a shared server, one per test run. */
  indexPrefix: string;
  /** How long to wait for a task before giving up (ms). */
  taskTimeoutMs?: number;
}

const NO_VOCABULARY = new Vocabulary(); // query parsing here only needs the taxonomy

export class MeilisearchEngine implements SearchEngine {
  readonly name = "meilisearch" as const;
  private client: Meilisearch;
  readonly uid: string;
  private timeout: number;

  constructor(opts: MeilisearchOptions) {
    this.client = new Meilisearch({ host: opts.host, apiKey: opts.apiKey });
    this.uid = `${opts.indexPrefix || "cnht"}-suppliers`;
    this.timeout = opts.taskTimeoutMs ?? 60_000;
  }

  private get index(): Index<MeiliDoc> {
    return this.client.index<MeiliDoc>(this.uid);
  }

  /** Awaits a task; a failed or cancelled task becomes an exception carrying Meilisearch's error. */
  private async settle(what: string, enqueued: EnqueuedTaskPromise): Promise<void> {
    const task = await enqueued.waitTask({ timeout: this.timeout });
    if (task.status !== "succeeded") {
      const err = task.error ? `${task.error.code}: ${task.error.message}` : task.status;
      throw new Error(`Meilisearch ${what} (task ${task.uid} on ${this.uid}) ${task.status}: ${err}`);
    }
  }

  async init(): Promise<void> {
    const task = await this.client
      .createIndex(this.uid, { primaryKey: "ref" })
      .waitTask({ timeout: this.timeout });
    if (task.status !== "succeeded" && task.error?.code !== "index_already_exists")
      throw new Error(
        `Meilisearch could not create index ${this.uid}: ${task.error?.message ?? task.status}`,
      );
    await this.settle("settings update", this.index.updateSettings(meiliSettings()));
  }

  async upsert(docs: SupplierDoc[]): Promise<void> {
    if (docs.length === 0) return;
    await this.settle("document upsert", this.index.addDocuments(docs.map((d) => toMeiliDoc(d, docHash(d)))));
  }

  async remove(refs: string[]): Promise<void> {
    if (refs.length === 0) return;
    await this.settle("document deletion", this.index.deleteDocuments(refs));
  }

  async clear(): Promise<void> {
    await this.settle("clear", this.index.deleteAllDocuments());
  }

  async count(): Promise<number> {
    return (await this.index.getStats()).numberOfDocuments;
  }

  async health(): Promise<{ ok: boolean; detail?: string }> {
    try {
      const h = await this.client.health();
      const n = await this.count();
      return { ok: h.status === "available", detail: `${this.uid}: ${n} documents (${h.status})` };
    } catch (e) {
      return { ok: false, detail: e instanceof Error ? e.message : String(e) };
    }
  }

  async fingerprints(): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (let offset = 0; ; offset += 1000) {
      const page = await this.index.getDocuments<Pick<MeiliDoc, "ref" | "hash">>({
        fields: ["ref", "hash"],
        limit: 1000,
        offset,
      });
      for (const d of page.results) out.set(d.ref, d.hash);
      if (page.results.length < 1000) return out;
    }
  }

  async suggest(prefix: string, limit = 8): Promise<{ ref: string; label: string }[]> {
    const r = await this.index.search(prefix, { limit, attributesToRetrieve: ["ref", "source"] });
    return r.hits.map((h) => ({ ref: h.ref, label: displayName(h.source) }));
  }

  async search(p: SearchParams): Promise<SearchResult> {
    const t0 = performance.now();
    const asOf = p.asOf ?? todayInHanoi(new Date());
    const limit = Math.max(0, Math.min(p.limit ?? DEFAULT_LIMIT, MAX_LIMIT));
    const offset = Math.max(0, p.offset ?? 0);
    const { q, certFilters } = translateQuery(p.q ?? "", asOf);
    const filter = [...filterExpressions(p.filters, asOf), ...certFilters];
    const wanted = p.facets ?? [];
    const facetAttrs = wanted.flatMap((f) => (f === "certification" ? [] : [FACET_ATTRIBUTE[f]]));
    const params: MeiliParams = {
      limit,
      offset,
      filter,
      facets: facetAttrs,
      attributesToRetrieve: ["ref", "source"],
      showRankingScore: true,
      matchingStrategy: MEILI_MATCHING_STRATEGY,
    };
    if (p.sort && MEILI_SORT[p.sort]) params.sort = MEILI_SORT[p.sort];
    const r = await this.index.search(q, params);
    const isMatch = matchTester(p.q ?? "");
    const hits: SearchHit[] = r.hits.map((h) => {
      const hit: SearchHit = { ref: h.ref, score: h._rankingScore ?? 0 };
      if (p.highlight) hit.highlights = highlightDoc(h.source, isMatch, []);
      return hit;
    });
    const facets: Record<string, Record<string, number>> = {};
    for (const f of wanted) {
      if (f === "certification") facets.certification = await this.certFacet(q, filter, asOf);
      else facets[f] = facetValues(f, r.facetDistribution?.[FACET_ATTRIBUTE[f]] ?? {});
    }
    return {
      hits,
      total: r.estimatedTotalHits ?? (r as { totalHits?: number }).totalHits ?? hits.length,
      facets,
      tookMs: Math.round((performance.now() - t0) * 100) / 100,
    };
  }

  /** Valid certificates only: one count per certification, in a single multi-search request. */
  private async certFacet(q: string, filter: string[], asOf: string): Promise<Record<string, number>> {
    const ids = allConcepts("certification").map((c) => c.id);
    const res = await this.client.multiSearch({
      queries: ids.map((id) => ({
        indexUid: this.uid,
        q,
        filter: [...filter, validCertFilter([id], asOf)],
        limit: 0,
        matchingStrategy: MEILI_MATCHING_STRATEGY,
      })),
    });
    const out: [string, number][] = [];
    res.results.forEach((r, i) => {
      const n = r.estimatedTotalHits ?? (r as { totalHits?: number }).totalHits ?? 0;
      if (n > 0) out.push([ids[i], n]);
    });
    return Object.fromEntries(out.sort((a, b) => b[1] - a[1]));
  }
}

/**
 * The query as Meilisearch receives it: the analyser's tokens (so folding matches the indexed
 * text), minus the certificates it names, which become validity filters on asOf — an expired
 * certificate must not match a query word either.
 */
export function translateQuery(raw: string, asOf: string): { q: string; certFilters: string[] } {
  const words = tokenize(raw).slice(0, MAX_QUERY_WORDS);
  const pq = parseQuery(raw, NO_VOCABULARY);
  const certSlots = new Set<number>();
  const certFilters: string[] = [];
  for (const g of pq.groups) {
    if (!g.certs) continue;
    g.slots.forEach((s) => certSlots.add(s));
    certFilters.push(validCertFilter(g.certs, asOf));
  }
  const rest = words.filter((_, i) => !certSlots.has(i));
  const trailing = rest.length > 0 && /[\s\p{P}]$/u.test(raw) ? " " : "";
  return { q: rest.join(" ") + trailing, certFilters };
}

/** Which document words to highlight: the query words, the last as a prefix, within the typo rule. */
function matchTester(raw: string): (tok: string) => boolean {
  const words = tokenize(raw).map(encodeToken);
  const last = words.length - 1;
  return (tok) =>
    words.some((w, i) => {
      if (tok === w || (i === last && tok.startsWith(w))) return true;
      const max = allowedTypos(w);
      return max > 0 && boundedDistance(w, tok, max) <= max;
    });
}

function facetValues(
  f: Exclude<FacetName, "certification">,
  dist: Record<string, number>,
): Record<string, number> {
  if (f !== "zone") return dist;
  // One value per folded zone name, in its commonest spelling.
  const byKey = new Map<string, { n: number; spelling: string; best: number }>();
  for (const [name, n] of Object.entries(dist)) {
    const k = zoneKey(name);
    const cur = byKey.get(k);
    if (!cur) byKey.set(k, { n, spelling: name, best: n });
    else {
      cur.n += n;
      if (n > cur.best) {
        cur.best = n;
        cur.spelling = name;
      }
    }
  }
  return Object.fromEntries([...byKey.values()].sort((a, b) => b.n - a.n).map((v) => [v.spelling, v.n]));
}
