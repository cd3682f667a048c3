/**
 * Readings learned from the directory itself (issue 15, docs/decisions/610-learned-readings.md).
 * Firms say the same thing twice: a capability list in their own words and a description that
 * names the same processes, materials and products, often in the other language or in the
 * taxonomy's words. A term no concept reads ("GTAW", "cán tôn"), written by several firms whose
 * records otherwise name one concept of the same kind far more often than chance, most likely
 * names that concept. Pure: the records are passed in, the readings come out; nothing here knows
 * the database, and the same records always give the same readings.
 */
import type { TermKind } from "./types";

/** What one firm's record says, as the taxonomy reads it. */
export interface FirmRecord {
  /** The firm's capability terms no concept reads, by kind and lookup key (keys.ts phraseKey). */
  unmapped: { kind: TermKind; key: string }[];
  /** Concepts its descriptions name (any language). */
  described: { id: string; kind: TermKind }[];
  /** Concepts its other capability entries read. */
  listed: { id: string; kind: TermKind }[];
}

export interface LearnedReading {
  kind: TermKind;
  key: string;
  conceptId: string;
  /** Firms writing the term whose record names the concept elsewhere ("12 of 14 firms"). */
  support: number;
  /** Firms writing the term. */
  firms: number;
  /** How sure the reading is: always below 1, and below the readings of the term's own words. */
  confidence: number;
}

export interface LearnOptions {
  /** Is `a` the same as or under `b` in the taxonomy (a runner-up in the winner's family is no rival). */
  isA?: (a: string, b: string) => boolean;
  /** Fewest distinct firms writing a term before anything is learned from it. */
  minFirms?: number;
  /** Least weighted share of those firms whose record names the concept. */
  minShare?: number;
  /** Least lift: the share among the term's firms over the share among all firms. */
  minLift?: number;
  /** How many times the runner-up's weighted support the winner's must be. */
  minLead?: number;
}

export const LEARN_DEFAULTS = { minFirms: 3, minShare: 0.4, minLift: 4, minLead: 2 } as const;

/**
 * A concept the description names that no mapped capability entry accounts for is what the
 * unmapped term most likely says (weight 1); one the firm also lists in mapped words is weaker
 * evidence (the term may be something else the firm does), and counts this much.
 */
export const ACCOUNTED_WEIGHT = 0.5;

/** Learned readings rank below every reading of the term's own words. */
export const MAX_LEARNED_CONFIDENCE = 0.8;
const MIN_LEARNED_CONFIDENCE = 0.5;

/** Wilson score lower bound (95 %): a share seen on few firms counts for less than on many. */
function lowerBound(share: number, n: number): number {
  const z = 1.96;
  const z2 = z * z;
  const centre = share + z2 / (2 * n);
  const spread = z * Math.sqrt((share * (1 - share)) / n + z2 / (4 * n * n));
  return Math.max(0, (centre - spread) / (1 + z2 / n));
}

/**
 * For each unmapped term key written by enough distinct firms, the concept of the same kind it
 * most likely names, or nothing when the evidence is not strong: a high share of its firms name
 * the concept elsewhere in their record, clearly more than firms in general do (lift over the
 * concept's base rate), clearly more than any other concept outside its family. Sorted by kind,
 * then key.
 */
export function learnReadings(firms: readonly FirmRecord[], opts: LearnOptions = {}): LearnedReading[] {
  return weighTerms(firms, opts)
    .filter((t) => t.strong)
    .map(({ strong: _, ...reading }) => reading);
}

/** A term's likeliest concept and its evidence, strong enough to be learned or not. */
export interface TermEvidence extends LearnedReading {
  /** Every test of learnReadings passed: the reading is learned. Otherwise only a suggestion. */
  strong: boolean;
}

/**
 * Every unmapped term with the concept its firms' records most often name beside it (a
 * suggestion for organisers, /admin/taxonomy), marked strong when learnReadings would learn it.
 */
export function weighTerms(firms: readonly FirmRecord[], opts: LearnOptions = {}): TermEvidence[] {
  const { minFirms, minShare, minLift, minLead } = { ...LEARN_DEFAULTS, ...opts };
  const isA = opts.isA ?? ((a: string, b: string) => a === b);
  const total = firms.length;
  if (total === 0) return [];

  // Base rates: how many firms name each concept anywhere in their record.
  const named = new Map<string, number>();
  // Per term: the firms writing it and, per candidate concept, their weighted and plain support.
  const terms = new Map<
    string,
    { kind: TermKind; key: string; firms: number; cands: Map<string, { weight: number; firms: number }> }
  >();
  for (const f of firms) {
    const listed = new Set(f.listed.map((c) => `${c.kind}\u0000${c.id}`));
    const all = new Map<string, { kind: TermKind; id: string; weight: number }>();
    for (const c of f.listed) all.set(`${c.kind}\u0000${c.id}`, { ...c, weight: ACCOUNTED_WEIGHT });
    for (const c of f.described) {
      const k = `${c.kind}\u0000${c.id}`;
      if (!listed.has(k)) all.set(k, { ...c, weight: 1 });
    }
    for (const c of all.values()) named.set(c.id, (named.get(c.id) ?? 0) + 1);
    const seen = new Set<string>();
    for (const u of f.unmapped) {
      const tk = `${u.kind}\u0000${u.key}`;
      if (!u.key || seen.has(tk)) continue;
      seen.add(tk);
      let t = terms.get(tk);
      if (!t) terms.set(tk, (t = { kind: u.kind, key: u.key, firms: 0, cands: new Map() }));
      t.firms++;
      for (const c of all.values()) {
        if (c.kind !== u.kind) continue;
        const cand = t.cands.get(c.id) ?? { weight: 0, firms: 0 };
        cand.weight += c.weight;
        cand.firms++;
        t.cands.set(c.id, cand);
      }
    }
  }

  const out: TermEvidence[] = [];
  for (const t of terms.values()) {
    const ranked = [...t.cands.entries()].sort(
      (a, b) => b[1].weight - a[1].weight || b[1].firms - a[1].firms || (a[0] < b[0] ? -1 : 1),
    );
    if (ranked.length === 0) continue;
    const [bestId, best] = ranked[0];
    const share = best.weight / t.firms;
    const base = (named.get(bestId) ?? 0) / total;
    // The nearest rival outside the winner's family (a broader or narrower concept agrees with it).
    const rival = ranked.slice(1).find(([id]) => !isA(id, bestId) && !isA(bestId, id));
    const strong =
      t.firms >= minFirms &&
      share >= minShare &&
      (base === 0 || share / base >= minLift) &&
      (!rival || best.weight >= minLead * rival[1].weight);
    const sure = lowerBound(Math.min(1, share), t.firms) * Math.max(0, 1 - base / share);
    const confidence =
      Math.round(
        (MIN_LEARNED_CONFIDENCE + (MAX_LEARNED_CONFIDENCE - MIN_LEARNED_CONFIDENCE) * Math.min(1, sure)) *
          100,
      ) / 100;
    out.push({
      kind: t.kind,
      key: t.key,
      conceptId: bestId,
      support: best.firms,
      firms: t.firms,
      confidence,
      strong,
    });
  }
  return out.sort((a, b) =>
    a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0,
  );
}
