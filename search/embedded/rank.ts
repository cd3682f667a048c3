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

  // Per-document slot states, indexed by serial (typed-array membership: this is the hot loop).
  let states: ((SlotState | null)[] | undefined)[] = [];

  /** Positions of every query word in the candidates, read from the postings of its variants. */
  function prepare(candidates: Entry[]): void {
    let max = 0;
    for (const e of candidates) if (e.serial > max) max = e.serial;
    const wanted = new Uint8Array(max + 1);
    for (const e of candidates) wanted[e.serial] = 1;
    states = new Array(max + 1);
    const read = (tok: string, slot: number, typos: number, exact: boolean) => {
      const list = postings.get(tok);
      if (!list) return;
      for (let i = 0; i < list.length; i += 2) {
        const serial = list[i];
        if (serial > max || wanted[serial] === 0) continue;
        let st = states[serial];
        if (!st) states[serial] = st = pq.slots.map(() => null);
        const s = st[slot];
        if (!s) st[slot] = { typos, exact, positions: [list[i + 1]] };
        else {
          if (typos < s.typos) s.typos = typos;
          if (exact) s.exact = true;
          s.positions.push(list[i + 1]);
        }
      }
    };
    for (const [tok, found] of alts) for (const [slot, typos] of found) read(tok, slot, typos, typos === 0);
    if (prefixSlot >= 0)
      for (const tok of postings.withPrefix(prefix))
        if (tok.length > prefix.length) read(tok, prefixSlot, 0, false);
  }

  const noSlots: (SlotState | null)[] = pq.slots.map(() => null);
  function scan(e: Entry): (SlotState | null)[] {
    return states[e.serial] ?? noSlots;
  }

  const NONE: GroupState = { matched: false, typos: 0, attribute: 0, positions: null, concepts: [] };
  const CERT: GroupState = {
    matched: true,
    typos: 0,
    attribute: ATTRIBUTE_RANK.concept,
    positions: null,
    concepts: [],
  };

  /** One concept of each set that the document has, or null. */
  function pickConcepts(sets: string[][], e: Entry): string[] | null {
    const out: string[] = [];
    for (const set of sets) {
      let found: string | undefined;
      for (const id of set)
        if (e.concepts.has(id)) {
          found = id;
          break;
        }
      if (found === undefined) return null;
      out.push(found);
    }
    return out;
  }

  function hasValidCert(ids: string[], e: Entry): boolean {
    for (const c of e.certs) if (ids.includes(c.id) && certValid(c.validUntil, asOf)) return true;
    return false;
  }

  /** The better of the group's routes: its concept (or its family), or its words. */
  function evalGroup(g: Group, e: Entry, slots: (SlotState | null)[]): GroupState {
    if (g.certs) return hasValidCert(g.certs, e) ? CERT : NONE;
    let best = NONE;
    if (g.conceptSets.length > 0) {
      const direct = pickConcepts(g.conceptSets, e);
      const related = direct ? null : pickConcepts(g.relatedSets, e);
      const concepts = direct ?? related;
      if (concepts)
        best = {
          matched: true,
          typos: g.conceptTypos + (direct ? 0 : 1),
          attribute: ATTRIBUTE_RANK.concept,
          positions: null,
          concepts,
        };
    }
    const words = wordsRoute(g, slots);
    if (
      words.matched &&
      (!best.matched ||
        words.typos < best.typos ||
        (words.typos === best.typos && words.attribute < best.attribute))
    )
      best = words;
    return best;
  }

  /** All the group's words; several words must stand together (a phrase, give or take a word). */
  function wordsRoute(g: Group, slots: (SlotState | null)[]): GroupState {
    if (g.slots.length === 1) {
      const st = slots[g.slots[0]];
      if (!st) return NONE;
      let min = st.positions[0];
      for (const p of st.positions) if (p < min) min = p;
      return {
        matched: true,
        typos: st.typos,
        attribute: Math.floor(min / COL_SPAN),
        positions: st.positions,
        concepts: [],
      };
    }
    const states = g.slots.map((i) => slots[i]);
    if (states.some((s) => !s)) return NONE;
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
      const groups: GroupState[] = new Array(nGroups);
      let unmatched = 0;
      for (let i = 0; i < nGroups; i++) {
        groups[i] = evalGroup(pq.groups[i], e, slots);
        if (!groups[i].matched) unmatched++;
      }
      // Words rule: drop groups in the strategy's order until the rest all match.
      const active: boolean[] = new Array(nGroups).fill(true);
      let dropped = 0;
      while (unmatched > 0) {
        if (dropped >= dropOrder.length) return null;
        const d = dropOrder[dropped++];
        active[d] = false;
        if (!groups[d].matched) unmatched--;
      }
      const used = groups.map((g, i) => (active[i] ? g : null));
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
