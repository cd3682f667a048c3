// The embedded search engine: SQLite FTS5 in the portal's own database file, the default when no
// MEILISEARCH_URL is set. See docs/search.md for the relevance rules it implements.
import type SQLite from "better-sqlite3";
import type { SearchEngine, SearchHit, SearchParams, SearchResult, SupplierDoc } from "../engine";
import { DEFAULT_LIMIT, FACETS, FALLBACK_BELOW, FEW_HITS, MAX_LIMIT } from "../settings";
import { todayInHanoi } from "../../app/modules/clock";
import { displayName, SORT_ORDERS, type Entry } from "./analysis";
import { buildFilter, countFacets } from "./facets";
import { allOf, isStoredToken, slotExpression } from "./fts";
import { highlightDoc } from "./highlight";
import { getConcept } from "../../app/modules/taxonomy/index";
import { parseQuery, type Group, type ParsedQuery } from "./query";
import { createMatcher, RankScratch, scoreOf, smallestInOrder, type RankKey } from "./rank";
import { ensureSchema } from "./schema";
import { IndexStore } from "./store";
import { didYouMean } from "./spelling";

export class EmbeddedEngine implements SearchEngine {
  readonly name = "embedded" as const;
  private store: IndexStore | null = null;
  /** Zeroed scratch space over document ids, kept across searches (see Postings.docsWithAll). */
  private stamp = new Int32Array(0);
  /** Scratch over document ids, zero between uses (each use clears what it marked). */
  private marks = new Uint8Array(0);
  /** The ranking's arrays and the candidates' places, kept across searches. */
  private rankScratch = new RankScratch();
  private places = new Float64Array(0);

  constructor(private sqlite: SQLite.Database) {}

  async init(): Promise<void> {
    ensureSchema(this.sqlite);
    this.store = new IndexStore(this.sqlite);
  }

  private get s(): IndexStore {
    if (!this.store) throw new Error("embedded search engine used before init()");
    return this.store;
  }

  async upsert(docs: SupplierDoc[]): Promise<void> {
    if (docs.length) this.s.upsert(docs);
  }

  async remove(refs: string[]): Promise<void> {
    if (refs.length) this.s.remove(refs);
  }

  async clear(): Promise<void> {
    this.s.clear();
  }

  async count(): Promise<number> {
    return this.s.count();
  }

  async health(): Promise<{ ok: boolean; detail?: string }> {
    try {
      return { ok: true, detail: `${this.s.count()} documents` };
    } catch (e) {
      return { ok: false, detail: e instanceof Error ? e.message : String(e) };
    }
  }

  /** ref -> content hash of every indexed document (for `cli search-check`). */
  async fingerprints(): Promise<Map<string, string>> {
    return this.s.hashes();
  }

  async suggest(prefix: string, limit = 8): Promise<{ ref: string; label: string }[]> {
    const r = await this.search({ q: prefix, limit });
    return r.hits.map((h) => ({
      ref: h.ref,
      label: displayName(this.s.entries.get(this.s.byRef.get(h.ref)!)!.doc),
    }));
  }

  async search(p: SearchParams): Promise<SearchResult> {
    return this.run(p, Infinity);
  }

  /**
   * The search; with a finite `stopAbove`, only whether more than that many documents match:
   * ranking stops at the first document past it (`total` is then stopAbove + 1 at most) and no
   * did-you-mean is looked for. What did-you-mean's own check needs, at a fraction of the cost.
   */
  private async run(p: SearchParams, stopAbove: number): Promise<SearchResult> {
    const t0 = performance.now();
    const store = this.s;
    store.sync();
    const asOf = p.asOf ?? todayInHanoi(new Date());
    const limit = Math.max(0, Math.min(p.limit ?? DEFAULT_LIMIT, MAX_LIMIT));
    const offset = Math.max(0, p.offset ?? 0);
    const filter = buildFilter(p.filters, asOf);
    const pq = parseQuery(p.q ?? "", store.vocabulary);

    // Every matching document (for the total and the facets) and the page of hits, in order.
    let matching: Entry[];
    let page: { e: Entry; key: RankKey | null }[];
    let isMatchToken: (tok: string) => boolean = () => false;
    // An order the buyer picked instead of relevance (unknown values are relevance).
    const sorter = p.sort && p.sort in SORT_ORDERS ? SORT_ORDERS[p.sort as keyof typeof SORT_ORDERS] : null;
    if (pq.groups.length === 0) {
      matching = [];
      for (const e of store.sortedByName()) if (!filter || filter(e)) matching.push(e);
      if (sorter && p.sort !== "name") matching.sort(sorter);
      page = matching.slice(offset, offset + limit).map((e) => ({ e, key: null }));
    } else {
      const order = dropOrder(pq, store);
      const matcher = createMatcher(pq, order, asOf, store, this.rankScratch);
      isMatchToken = matcher.isMatchToken;
      const candidates: Entry[] = [];
      for (const id of this.candidateIds(pq, order, asOf)) {
        const e = store.entries.get(id);
        if (e && (!filter || filter(e))) candidates.push(e);
      }
      matcher.prepare(candidates);
      // Each document's place under the rules, then how well it fits (docs/decisions/230): the
      // query's concepts it holds, its valid certificates, then its static fit rank (verified,
      // completeness, freshness, ref), packed into one number: sorting numbers, not key objects,
      // and nothing allocated per candidate. At most ~1e13 for 10 groups and 10^5 firms: exact.
      const { rankOf, byRank } = store.refOrder();
      const n = byRank.length;
      const rLack = matcher.maxLack + 1;
      if (this.places.length < candidates.length)
        this.places = new Float64Array(Math.max(candidates.length, this.places.length * 2));
      const places = this.places;
      const validCerts = store.validCertificateCounts(asOf);
      matching = [];
      for (const e of candidates) {
        if (matching.length > stopAbove) break;
        const o = matcher.order(e);
        if (o < 0) continue;
        const certs = MAX_CERT_TIE - Math.min(MAX_CERT_TIE, validCerts[e.serial]);
        places[matching.length] =
          ((o * rLack + matcher.lack()) * (MAX_CERT_TIE + 1) + certs) * n + rankOf[e.serial];
        matching.push(e);
      }
      page = [];
      if (sorter) {
        const list = [...matching].sort(sorter);
        for (const e of list.slice(offset, offset + limit)) page.push({ e, key: matcher.rank(e) });
      } else {
        const sorted = smallestInOrder(places.subarray(0, matching.length), offset + limit);
        for (let i = offset; i < Math.min(sorted.length, offset + limit); i++) {
          const e = byRank[sorted[i] % n];
          page.push({ e, key: matcher.rank(e) });
        }
      }
    }

    const nSlots = pq.slots.length;
    const hits: SearchHit[] = page.map(({ e, key }) => {
      const hit: SearchHit = { ref: e.ref, score: key ? scoreOf(key, pq.groups.length, nSlots) : 1 };
      if (p.highlight) hit.highlights = highlightDoc(e.doc, isMatchToken, key?.concepts ?? []);
      return hit;
    });
    const result: SearchResult = {
      hits,
      total: matching.length,
      facets: countFacets(
        matching,
        (p.facets ?? []).filter((f) => (FACETS as readonly string[]).includes(f)),
        asOf,
        store.zoneLabel,
        store.facetUniverse(),
      ),
      tookMs: 0,
    };
    if (matching.length < FEW_HITS && nSlots > 0 && stopAbove === Infinity) {
      const suggestion = didYouMean(p.q ?? "", pq, store.vocabulary);
      if (suggestion) {
        const alt = await this.run(
          { ...p, q: suggestion, limit: 0, facets: [], highlight: false },
          matching.length,
        );
        if (alt.total > matching.length) result.didYouMean = suggestion;
      }
    }
    result.tookMs = Math.round((performance.now() - t0) * 100) / 100;
    return result;
  }

  /**
   * Documents worth ranking. When at least FALLBACK_BELOW documents can match every term, only
   * those; otherwise also the partial matches the strategy falls back to, i.e. every document
   * matching the term it never drops (Meilisearch's words rule, bounded so that a query with
   * plenty of complete matches is not padded with thousands of partial ones).
   */
  private candidateIds(pq: ParsedQuery, order: number[], asOf: string): number[] {
    // Each group's documents once: the fallback below reuses the kept group's list (gathering it
    // again meant a second FTS query and concept scan, the same answer, on the slowest queries).
    const byGroup = pq.groups.map((g) => this.groupDocs(g, pq, asOf));
    const lists = [...byGroup].sort((a, b) => a.length - b.length);
    let full = lists[0];
    if (lists.length > 1) {
      const inOther = this.zeroMarks();
      for (const other of lists.slice(1)) {
        for (const id of other) inOther[id] = 1;
        full = full.filter((id) => inOther[id] === 1);
        for (const id of other) inOther[id] = 0;
      }
    }
    if (pq.groups.length === 1 || full.length >= FALLBACK_BELOW) return full;
    return byGroup[lastKept(pq, order)];
  }

  /** The marks scratch, maxId + 1 long at least and zero. */
  private zeroMarks(): Uint8Array {
    if (this.marks.length <= this.s.maxId) this.marks = new Uint8Array(this.s.maxId + 1);
    return this.marks;
  }

  private scratch(size: number): Int32Array {
    if (this.stamp.length < size) this.stamp = new Int32Array(size);
    return this.stamp;
  }

  /** Documents that may match one term (a superset: the matcher has the last word), each once. */
  private groupDocs(g: Group, pq: ParsedQuery, asOf: string): number[] {
    const out: number[] = [];
    const seen = this.zeroMarks();
    const add = (id: number) => {
      if (seen[id] === 0) {
        seen[id] = 1;
        out.push(id);
      }
    };
    try {
      this.gather(g, pq, asOf, add);
    } finally {
      for (const id of out) seen[id] = 0;
    }
    return out;
  }

  private gather(g: Group, pq: ParsedQuery, asOf: string, add: (id: number) => void): void {
    const store = this.s;
    if (g.certs) {
      // The holders of any of the certificates, valid on asOf (the candidates' order is free: each
      // document's place is its own, and counts do not depend on it).
      for (const cert of g.certs) for (const id of store.validCertDocs(cert, asOf)) add(id);
      return;
    }
    // The first concept set is enough to gather candidates; the matcher checks the others.
    const conceptIds = [...new Set([...(g.conceptSets[0] ?? []), ...(g.relatedSets[0] ?? [])])];
    for (const id of conceptIds) for (const d of store.conceptDocs.get(id) ?? []) add(d);
    const slots = g.slots.map((i) => {
      const s = pq.slots[i];
      return { words: [...s.alts.keys()], prefix: s.prefix ? s.word : undefined };
    });
    // The documents holding every word: from the in-memory postings when FTS5 would read each
    // token as itself (the same set, in the same ascending order), else from FTS5.
    if (
      slots.length > 0 &&
      slots.every((s) => s.words.every(isStoredToken) && isStoredToken(s.prefix ?? "_"))
    ) {
      const text: number[] = [];
      store.postings.docsWithAll(slots, this.scratch(store.maxId + 1), text);
      for (const id of text) add(id);
    } else {
      const exprs = slots.map(slotExpression);
      if (exprs.every((x): x is string => x !== null)) for (const id of store.match(allOf(exprs))) add(id);
    }
  }
}

/** Valid certificates beyond this many do not tell two firms apart. */
const MAX_CERT_TIE = 3;

/**
 * The order in which terms are given up when a document does not match them all: words that name
 * nothing in the taxonomy first, commonest first ("sản xuất", "production"), then certificates
 * (firms that can do the work come before firms that merely hold the certificate), then the
 * concepts: materials, then products, then processes, each from the end of the query (as
 * Meilisearch's "last" strategy). The first process (else product, else material) stays.
 */
function dropOrder(pq: ParsedQuery, store: IndexStore): number[] {
  const idx = pq.groups.map((_, i) => i);
  const freq = (g: Group) => Math.max(...g.slots.map((s) => store.vocabulary.docCount(pq.slots[s].word)));
  const plain = idx.filter((i) => pq.groups[i].plain);
  const certs = idx.filter((i) => pq.groups[i].certs);
  const concepts = idx.filter((i) => !pq.groups[i].plain && !pq.groups[i].certs);
  plain.sort((a, b) => freq(pq.groups[b]) - freq(pq.groups[a]) || b - a);
  // What the buyer asks to be done is kept longest: materials are given up first, then products,
  // then processes (a firm working the right steel is no lead for a process it does not do).
  const rank = (i: number) => KEEP_ORDER.indexOf(groupKind(pq.groups[i]));
  concepts.sort((a, b) => rank(a) - rank(b) || b - a);
  const order = [...plain, ...certs.reverse(), ...concepts];
  return order.slice(0, pq.groups.length - 1);
}

const KEEP_ORDER = ["material", "product", "process"];

/** The kind a concept group names: process when any of its concepts is one, then product, else material. */
function groupKind(g: Group): string {
  const kinds = new Set(g.conceptSets.flat().map((id) => getConcept(id)?.kind));
  return kinds.has("process") ? "process" : kinds.has("product") ? "product" : "material";
}

function lastKept(pq: ParsedQuery, order: number[]): number {
  const dropped = new Set(order);
  return pq.groups.findIndex((_, i) => !dropped.has(i));
}
