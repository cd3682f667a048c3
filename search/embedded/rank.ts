// Matching one document against a parsed query and computing its place under Meilisearch's
// ranking rules: words (how many terms matched) -> typo -> proximity -> attribute -> exactness.
import { certValid } from "../settings";
import { ATTRIBUTE_RANK, COL_SPAN, type Entry } from "./analysis";
import type { Postings } from "./postings";
import type { Group, ParsedQuery } from "./query";

const MAX_PROXIMITY = 8; // Meilisearch's cap: words further apart (or in other attributes) cost 7

export interface RankKey {
  /** Terms matched, counted after the matching strategy's drops (higher first). */
  words: number;
  typos: number;
  proximity: number;
  attribute: number;
  /** Query words found exactly as typed (higher first). */
  exactness: number;
  /** Concepts matched through the taxonomy, for highlighting. */
  concepts: string[];
}

export interface Matcher {
  /** Gathers the query words' positions in these documents (call before rank). */
  prepare(candidates: Entry[]): void;
  rank(e: Entry): RankKey | null;
  /** Tokens that count as a match of some query word, for highlighting. */
  isMatchToken(tok: string): boolean;
}

interface SlotState {
  typos: number;
  exact: boolean;
  positions: number[];
}

interface GroupState {
  matched: boolean;
  typos: number;
  attribute: number;
  /** Word positions when matched through the words; null through a concept or certificate. */
  positions: number[] | null;
  concepts: string[];
}

/**
 * `dropOrder` lists group indexes in the order the matching strategy gives them up when a
 * document does not match everything; the last group is never dropped.
 */
export function createMatcher(
  pq: ParsedQuery,
  dropOrder: number[],
  asOf: string,
  postings: Postings,
): Matcher {
  const alts = new Map<string, [number, number][]>();
  pq.slots.forEach((s, i) => {
    for (const [tok, typos] of s.alts) {
      const list = alts.get(tok);
      if (list) list.push([i, typos]);
      else alts.set(tok, [[i, typos]]);
    }
  });
  const prefixSlot = pq.slots.findIndex((s) => s.prefix);
  const prefix = prefixSlot >= 0 ? pq.slots[prefixSlot].word : "";
  const nGroups = pq.groups.length;

  let states = new Map<number, (SlotState | null)[]>();

  /** Positions of every query word in the candidates, read from the postings of its variants. */
  function prepare(candidates: Entry[]): void {
    states = new Map();
    const wanted = new Set(candidates.map((e) => e.serial));
    const hit = (serial: number, slot: number, typos: number, exact: boolean, pos: number) => {
      let st = states.get(serial);
      if (!st) states.set(serial, (st = pq.slots.map(() => null)));
      const s = st[slot];
      if (!s) st[slot] = { typos, exact, positions: [pos] };
      else {
        if (typos < s.typos) s.typos = typos;
        if (exact) s.exact = true;
        s.positions.push(pos);
      }
    };
    const read = (tok: string, slot: number, typos: number, exact: boolean) => {
      const list = postings.get(tok);
      if (!list) return;
      for (let i = 0; i < list.length; i += 2)
        if (wanted.has(list[i])) hit(list[i], slot, typos, exact, list[i + 1]);
    };
    for (const [tok, found] of alts) for (const [slot, typos] of found) read(tok, slot, typos, typos === 0);
    if (prefixSlot >= 0)
      for (const tok of postings.withPrefix(prefix))
        if (tok.length > prefix.length) read(tok, prefixSlot, 0, false);
  }

  const noSlots: (SlotState | null)[] = pq.slots.map(() => null);
  function scan(e: Entry): (SlotState | null)[] {
    return states.get(e.serial) ?? noSlots;
  }

  function evalGroup(g: Group, e: Entry, slots: (SlotState | null)[]): GroupState {
    const none: GroupState = { matched: false, typos: 0, attribute: 0, positions: null, concepts: [] };
    if (g.certs) {
      const ok = e.certs.some((c) => g.certs!.includes(c.id) && certValid(c.validUntil, asOf));
      return ok
        ? { matched: true, typos: 0, attribute: ATTRIBUTE_RANK.concept, positions: null, concepts: [] }
        : none;
    }
    let best = none;
    const consider = (s: GroupState) => {
      if (!s.matched) return;
      if (!best.matched || s.typos < best.typos || (s.typos === best.typos && s.attribute < best.attribute))
        best = s;
    };
    if (g.conceptSets.length > 0) {
      const hits = g.conceptSets.map((set) => set.find((id) => e.concepts.has(id)));
      if (hits.every(Boolean))
        consider({
          matched: true,
          typos: g.conceptTypos,
          attribute: ATTRIBUTE_RANK.concept,
          positions: null,
          concepts: hits as string[],
        });
      else {
        const rel = g.relatedSets.map((set) => set.find((id) => e.concepts.has(id)));
        if (rel.every(Boolean))
          consider({
            matched: true,
            typos: g.conceptTypos + 1,
            attribute: ATTRIBUTE_RANK.concept,
            positions: null,
            concepts: rel as string[],
          });
      }
    }
    consider(wordsRoute(g, slots));
    return best;
  }

  /** All the group's words; several words must stand together (a phrase, give or take a word). */
  function wordsRoute(g: Group, slots: (SlotState | null)[]): GroupState {
    const states = g.slots.map((i) => slots[i]);
    if (states.some((s) => !s))
      return { matched: false, typos: 0, attribute: 0, positions: null, concepts: [] };
    const ss = states as SlotState[];
    const typos = ss.reduce((n, s) => n + s.typos, 0);
    if (ss.length === 1) {
      const pos = ss[0].positions;
      return {
        matched: true,
        typos,
        attribute: Math.floor(Math.min(...pos) / COL_SPAN),
        positions: pos,
        concepts: [],
      };
    }
    const window = ss.length + 1;
    let bestCol = -1;
    for (const p0 of ss[0].positions) {
      const col = Math.floor(p0 / COL_SPAN);
      if (bestCol !== -1 && col >= bestCol) continue;
      if (
        ss.every((s) =>
          s.positions.some((p) => Math.floor(p / COL_SPAN) === col && Math.abs(p - p0) <= window),
        )
      )
        bestCol = col;
    }
    if (bestCol === -1) return { matched: false, typos: 0, attribute: 0, positions: null, concepts: [] };
    return {
      matched: true,
      typos,
      attribute: bestCol,
      positions: ss.flatMap((s) => s.positions),
      concepts: [],
    };
  }

  function distance(a: number[], b: number[]): number {
    let d = MAX_PROXIMITY;
    for (const x of a)
      for (const y of b) {
        if (Math.floor(x / COL_SPAN) !== Math.floor(y / COL_SPAN)) continue;
        const v = Math.abs(x - y);
        if (v < d) d = v;
      }
    return d;
  }

  return {
    prepare,
    rank(e) {
      const slots = scan(e);
      const groups = pq.groups.map((g) => evalGroup(g, e, slots));
      // Words rule: drop groups in the strategy's order until the rest all match.
      let dropped = 0;
      const active = new Set(groups.map((_, i) => i));
      const allMatch = () => [...active].every((i) => groups[i].matched);
      while (!allMatch()) {
        if (dropped >= dropOrder.length) return null;
        active.delete(dropOrder[dropped++]);
      }
      const used = groups.map((g, i) => (active.has(i) ? g : null));
      let typos = 0;
      let attribute = 0;
      let proximity = 0;
      let prev: GroupState | null = null;
      const concepts: string[] = [];
      for (const g of used) {
        if (!g) continue;
        typos += g.typos;
        attribute += g.attribute;
        concepts.push(...g.concepts);
        if (prev) proximity += prev.positions && g.positions ? distance(prev.positions, g.positions) - 1 : 0;
        prev = g;
      }
      let exactness = 0;
      for (const s of slots) if (s?.exact) exactness++;
      return { words: nGroups - dropped, typos, proximity, attribute, exactness, concepts };
    },
    isMatchToken(tok) {
      return alts.has(tok) || (prefixSlot >= 0 && tok.length > prefix.length && tok.startsWith(prefix));
    },
  };
}

export function compareKeys(a: RankKey, b: RankKey): number {
  return (
    b.words - a.words ||
    a.typos - b.typos ||
    a.proximity - b.proximity ||
    a.attribute - b.attribute ||
    b.exactness - a.exactness
  );
}

/** A 0..1 score that follows the rules' order (words weigh most, exactness least). */
export function scoreOf(k: RankKey, nGroups: number, nSlots: number): number {
  const words = nGroups ? k.words / nGroups : 1;
  const typo = 1 / (1 + k.typos);
  const prox = 1 / (1 + k.proximity / 4);
  const attr = 1 / (1 + k.attribute / Math.max(1, nGroups));
  const exact = nSlots ? k.exactness / nSlots : 1;
  return Math.round((words * 0.6 + typo * 0.2 + prox * 0.1 + attr * 0.07 + exact * 0.03) * 10000) / 10000;
}
