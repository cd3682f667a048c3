import { validOn } from "./certificates";
import { coversAsked, doesAsked, termFit } from "./fit";
import {
  prepareRequest,
  prepareSupplier,
  type PreparedRequest,
  type PreparedSupplier,
  type Wanted,
} from "./prepare";
import { quickScore, scorePrepared } from "./score";
import type { MatchRequest, MatchResult, MatchSupplier } from "./types";

// Inverted indexes in both directions so that a request only looks at suppliers sharing a
// concept (or a parent/child of one) with it, and a supplier only at requests it could fit.
// A pair the index skips has a capability fit of zero and would never be listed anyway, so
// pruning changes speed, not results (tests/unit/matching/index.test.ts checks this).

export interface Ranked<T> {
  item: T;
  score: number;
  /** Requested processes the supplier does (requests naming processes): ranks before the score. */
  tier?: number;
}

export interface Explained<T> extends Ranked<T> {
  result: MatchResult;
}

function push(map: Map<string, number[]>, key: string, i: number) {
  const list = map.get(key);
  if (list) list.push(i);
  else map.set(key, [i]);
}

/** Only a supplier fitting one of these at least partly can be listed (see PreparedRequest.anchor). */
function anchorWanted(r: PreparedRequest): Wanted[] {
  return r.wanted[r.anchor];
}

export class MatchIndex {
  readonly suppliers: PreparedSupplier[];
  readonly requests: PreparedRequest[];
  // supplier side: concept -> suppliers listing it (direct) / it or something under it (expanded)
  private sDirect = new Map<string, number[]>();
  private sExpanded = new Map<string, number[]>();
  private sCert = new Map<string, number[]>();
  // request side: concept -> requests asking for it / for a child of it / for a descendant of it
  private rAsked = new Map<string, number[]>();
  private rByParent = new Map<string, number[]>();
  private rByAncestor = new Map<string, number[]>();
  private stamp: Uint32Array;
  private rStamp: Uint32Array;
  private epoch = 0;

  constructor(suppliers: MatchSupplier[], requests: MatchRequest[]) {
    this.suppliers = suppliers.map(prepareSupplier);
    this.requests = requests.map(prepareRequest);
    this.stamp = new Uint32Array(suppliers.length);
    this.rStamp = new Uint32Array(requests.length);
    this.suppliers.forEach((s, i) => {
      for (const k of new Set([...s.direct, ...s.describedDirect])) push(this.sDirect, k, i);
      for (const k of new Set([...s.expanded, ...s.describedExpanded])) push(this.sExpanded, k, i);
      for (const k of s.certs.keys()) push(this.sCert, k, i);
    });
    this.requests.forEach((r, i) => {
      const asked = new Set<string>();
      const parents = new Set<string>();
      const ancestors = new Set<string>();
      for (const w of anchorWanted(r)) {
        asked.add(w.key);
        if (w.nearParent !== undefined) parents.add(w.nearParent);
        for (const a of w.ancestors) ancestors.add(a);
      }
      for (const k of asked) push(this.rAsked, k, i);
      for (const k of parents) push(this.rByParent, k, i);
      for (const k of ancestors) push(this.rByAncestor, k, i);
    });
  }

  private nextEpoch(): number {
    if (++this.epoch === 0xffffffff) {
      this.stamp.fill(0);
      this.rStamp.fill(0);
      this.epoch = 1;
    }
    return this.epoch;
  }

  /** Suppliers that could fit the request (share a concept or a parent/child of one) and hold its certificates. */
  supplierCandidates(r: PreparedRequest, asOf: string): number[] {
    const e = this.nextEpoch();
    const out: number[] = [];
    // The certificate index narrows first: only suppliers holding every required certificate.
    let allowed: Set<number> | null = null;
    for (const w of r.requiredCerts) {
      const holders = (this.sCert.get(w.key) ?? []).filter((i) =>
        validOn(this.suppliers[i].certs.get(w.key), asOf),
      );
      allowed = new Set(allowed ? holders.filter((i) => allowed!.has(i)) : holders);
      if (allowed.size === 0) return out;
    }
    const take = (list: number[] | undefined) => {
      if (list)
        for (const i of list)
          if (this.stamp[i] !== e && (!allowed || allowed.has(i))) {
            this.stamp[i] = e;
            out.push(i);
          }
    };
    for (const w of anchorWanted(r)) {
      take(this.sExpanded.get(w.key));
      if (w.nearParent !== undefined) take(this.sExpanded.get(w.nearParent));
      for (const a of w.ancestors) take(this.sDirect.get(a));
    }
    return out;
  }

  /** Requests the supplier could fit, by the same parent/child rules seen from its side. */
  requestCandidates(s: PreparedSupplier): number[] {
    const e = this.nextEpoch();
    const out: number[] = [];
    const take = (list: number[] | undefined) => {
      if (list)
        for (const i of list)
          if (this.rStamp[i] !== e) {
            this.rStamp[i] = e;
            out.push(i);
          }
    };
    for (const k of [...s.expanded, ...s.describedExpanded]) {
      take(this.rAsked.get(k));
      take(this.rByParent.get(k));
    }
    for (const k of [...s.direct, ...s.describedDirect]) take(this.rByAncestor.get(k));
    return out;
  }

  /** Ranked listable suppliers for a request (scores only): the all-pairs building block. */
  rankSuppliers(r: PreparedRequest, asOf: string, limit = Infinity): Ranked<number>[] {
    const ranked: Ranked<number>[] = [];
    for (const i of this.supplierCandidates(r, asOf)) {
      const score = quickScore(r, this.suppliers[i], asOf);
      if (score >= 0) ranked.push({ item: i, score, tier: processesDone(r, this.suppliers[i]) });
    }
    return top(ranked, limit, (i) => this.suppliers[i].raw.ref);
  }

  rankRequests(s: PreparedSupplier, asOf: string, limit = Infinity): Ranked<number>[] {
    const ranked: Ranked<number>[] = [];
    for (const i of this.requestCandidates(s)) {
      const score = quickScore(this.requests[i], s, asOf);
      if (score >= 0) ranked.push({ item: i, score });
    }
    return top(ranked, limit, (i) => this.requests[i].raw.ref);
  }

  /** Suppliers for a request, best first, with reasons. The request need not be in the index. */
  suppliersFor(
    request: MatchRequest,
    opts: { asOf: string; limit: number; filter?: (s: MatchSupplier) => boolean },
  ) {
    const r = prepareRequest(request);
    const filter = opts.filter;
    const ranked = this.rankSuppliers(r, opts.asOf).filter(
      (x) => !filter || filter(this.suppliers[x.item].raw),
    );
    return ranked.slice(0, opts.limit).map(({ item, score }) => ({
      item: this.suppliers[item].raw,
      score,
      result: scorePrepared(r, this.suppliers[item], opts.asOf),
    })) satisfies Explained<MatchSupplier>[];
  }

  /**
   * Requests offered to a supplier, best first, with reasons: only those where it covers a
   * requested process or product (coversAsked). The supplier need not be in the index.
   */
  requestsFor(supplier: MatchSupplier, opts: { asOf: string; limit: number }) {
    const s = prepareSupplier(supplier);
    const offered = this.rankRequests(s, opts.asOf).filter(({ item }) => coversAsked(this.requests[item], s));
    return offered.slice(0, opts.limit).map(({ item, score }) => ({
      item: this.requests[item].raw,
      score,
      result: scorePrepared(this.requests[item], s, opts.asOf),
    })) satisfies Explained<MatchRequest>[];
  }

  /**
   * Requests the supplier fits on capabilities but misses only for certificates, grouped by the
   * certificate that is missing ("add IATF 16949 to qualify for 6 requests").
   */
  missingCertificates(supplier: MatchSupplier, opts: { asOf: string; minScore: number }) {
    const s = prepareSupplier(supplier);
    const byCert = new Map<string, { wanted: Wanted; requests: MatchRequest[] }>();
    for (const i of this.requestCandidates(s)) {
      const r = this.requests[i];
      const res = scorePrepared(r, s, opts.asOf);
      if (res.eligible || !res.relevant || res.score < opts.minScore) continue;
      const missing = r.requiredCerts.filter((w) => !validOn(s.certs.get(w.key), opts.asOf));
      // Only a single missing certificate is a clear, actionable step for the supplier.
      if (missing.length !== 1) continue;
      const w = missing[0];
      const entry = byCert.get(w.key) ?? { wanted: w, requests: [] };
      entry.requests.push(r.raw);
      byCert.set(w.key, entry);
    }
    return [...byCert.values()].sort((a, b) => b.requests.length - a.requests.length);
  }

  /** Every request against every supplier through the index: the top `perRequest` for each request. */
  allPairs(asOf: string, perRequest: number): Ranked<number>[][] {
    return this.requests.map((r) => this.rankSuppliers(r, asOf, perRequest));
  }
}

/**
 * Best first: a supplier doing more of the requested processes before one doing fewer, whatever
 * its material, product or soft facts (a firm that does one step of a two-step part is not a
 * better lead than one doing both because it works the right steel, nor is a firm stating only
 * the umbrella "casting" a better lead for steel casting than a steel foundry); then the score.
 */
export function byRank<T>(ref: (x: T) => string) {
  return (a: Ranked<T>, b: Ranked<T>) =>
    (b.tier ?? 0) - (a.tier ?? 0) || b.score - a.score || (ref(a.item) < ref(b.item) ? -1 : 1);
}

/**
 * How many of a request's processes the supplier does (fit.ts doesAsked: not through an
 * umbrella alone): its tier in the ranking, for one requested process as for several.
 */
export function processesDone(r: PreparedRequest, s: PreparedSupplier): number {
  let n = 0;
  for (const w of r.wanted.process) if (doesAsked(termFit(w, s))) n++;
  return n;
}

function top<T>(ranked: Ranked<T>[], limit: number, ref: (x: T) => string): Ranked<T>[] {
  ranked.sort(byRank(ref));
  return limit < ranked.length ? ranked.slice(0, limit) : ranked;
}
