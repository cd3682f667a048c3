// Matching one document against a parsed query and computing its place under Meilisearch's
// ranking rules: words (how many terms matched) -> typo -> proximity -> attribute -> exactness.
import { ATTRIBUTE_RANK, COL_SPAN, COLUMNS, type Entry } from "./analysis";
import type { Postings } from "./postings";
import type { Group, ParsedQuery } from "./query";

/** What the matcher reads from the index besides the candidates themselves (IndexStore has it). */
export interface MatchIndex {
  postings: Postings;
  /** Concept -> ids of the documents holding it (Entry.concepts). */
  conceptDocs: Map<string, Set<number>>;
  /** Concept -> ids of the documents holding it surely (Entry.sure). */
  sureDocs: Map<string, Set<number>>;
  /** Ids of the documents holding a certificate of the standard valid on asOf. */
  validCertDocs(standard: string, asOf: string): number[];
  /** The largest document id. */
  maxId: number;
}

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

/**
 * Typed arrays a matcher fills, kept by the engine from one search to the next. One matcher owns
 * them at a time: creating another takes them, and the older one then refuses to rank.
 */
export class RankScratch {
  owner: object | null = null;
  local = new Int32Array(0);
  head = new Int32Array(0);
  kTyposOf = new Int32Array(0);
  kExact = new Uint8Array(0);
  posAt = new Int32Array(1024);
  nextAt = new Int32Array(1024);
  private heldByGroup: Uint8Array[] = [];

  /** The group's holder levels, `size` long (at least) and zero. */
  held(group: number, size: number): Uint8Array {
    const a = this.heldByGroup[group];
    if (a && a.length >= size) return a.fill(0);
    return (this.heldByGroup[group] = new Uint8Array(size));
  }
}

export interface Matcher {
  /** Gathers the query words' positions in these documents (call before rank). */
  prepare(candidates: Entry[]): void;
  /**
   * The document's place under the rules as one number (lower ranks first; equal numbers tie),
   * or -1 when it does not match: the hot loop, without the concepts and without allocating.
   */
  order(e: Entry): number;
  /** The full key, with the concepts matched (for highlighting): for the hits shown. */
  rank(e: Entry): RankKey | null;
  /** Tokens that count as a match of some query word, for highlighting. */
  isMatchToken(tok: string): boolean;
  /**
   * How far the document last passed to `order` is from holding every concept the query names
   * (a tie-break among equal places, lower first): 2 per concept or certificate it does not hold,
   * 1 per concept it holds only as a near concept or through the family; 0..maxLack.
   */
  lack(): number;
  readonly maxLack: number;
}

/**
 * `dropOrder` lists group indexes in the order the matching strategy gives them up when a
 * document does not match everything; the last group is never dropped.
 */
export function createMatcher(
  pq: ParsedQuery,
  dropOrder: number[],
  asOf: string,
  index: MatchIndex,
  scratch: RankScratch = new RankScratch(),
): Matcher {
  const postings = index.postings;
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
  const nSlots = pq.slots.length;

  // What prepare() found, in flat typed arrays (nothing allocated per candidate: on broad queries
  // with thousands of candidates, per-candidate objects made a fifth of the time garbage
  // collection). A candidate's local number li (1-based; 0 = not a candidate) is local[serial];
  // its slot k = (li - 1) * nSlots + slot has the fewest typos of its variants found (kTyposOf),
  // whether one was typed exactly (kExact), and its positions as a chain through posAt/nextAt
  // from head[k] (newest first, -1 ends; -1 at head: the slot's words are not in the document).
  // Every use of the positions takes a minimum or asks whether one exists: their order is free.
  // The arrays are the scratch's, reused from search to search (grown, never shrunk): allocating
  // them afresh for every search was most of what a search left for the garbage collector.
  const mine = {};
  scratch.owner = mine;
  let local = scratch.local;
  let head = scratch.head;
  let kTyposOf = scratch.kTyposOf;
  let kExact = scratch.kExact;
  let posAt = scratch.posAt;
  let nextAt = scratch.nextAt;
  let nPos = 0;
  const ownScratch = () => {
    if (scratch.owner !== mine) throw new Error("a matcher used after another search took its scratch");
  };

  /** Positions of every query word in the candidates, read from the postings of its variants. */
  function prepare(candidates: Entry[]): void {
    ownScratch();
    let max = 0;
    for (const e of candidates) if (e.serial > max) max = e.serial;
    if (local.length <= max) local = scratch.local = new Int32Array(Math.max(max + 1, local.length * 2));
    else local.fill(0);
    for (let i = 0; i < candidates.length; i++) local[candidates[i].serial] = i + 1;
    const nKeys = candidates.length * nSlots;
    if (head.length < nKeys) {
      const size = Math.max(nKeys, head.length * 2);
      head = scratch.head = new Int32Array(size);
      kTyposOf = scratch.kTyposOf = new Int32Array(size);
      kExact = scratch.kExact = new Uint8Array(size);
    }
    head.fill(-1, 0, nKeys);
    nPos = 0;
    const read = (tok: string, slot: number, typos: number, exact: boolean) => {
      const list = postings.get(tok);
      if (!list) return;
      for (let i = 0; i < list.length; i += 2) {
        const serial = list[i];
        if (serial > max) continue;
        const li = local[serial];
        if (li === 0) continue;
        const k = (li - 1) * nSlots + slot;
        const h = head[k];
        if (h < 0) {
          kTyposOf[k] = typos;
          kExact[k] = exact ? 1 : 0;
        } else {
          if (typos < kTyposOf[k]) kTyposOf[k] = typos;
          if (exact) kExact[k] = 1;
        }
        if (nPos === posAt.length) {
          const p = new Int32Array(nPos * 2);
          p.set(posAt);
          posAt = scratch.posAt = p;
          const n = new Int32Array(nPos * 2);
          n.set(nextAt);
          nextAt = scratch.nextAt = n;
        }
        posAt[nPos] = list[i + 1];
        nextAt[nPos] = h;
        head[k] = nPos++;
      }
    };
    for (const [tok, found] of alts) for (const [slot, typos] of found) read(tok, slot, typos, typos === 0);
    if (prefixSlot >= 0)
      for (const tok of postings.withPrefix(prefix))
        if (tok.length > prefix.length) read(tok, prefixSlot, 0, false);
  }

  /** The first slot index k of the document's slots, or -1 when it is no candidate. */
  function baseOf(e: Entry): number {
    const li = e.serial < local.length ? local[e.serial] : 0;
    return li === 0 ? -1 : (li - 1) * nSlots;
  }

  // How each concept or certificate group holds each document, by id, worked out once per query
  // from the index's holder lists (HELD_SURELY, HELD_LOOSELY: near concept or family, else 0):
  // the ranking loop reads one byte per group instead of checking thousands of documents'
  // concepts or certificates one by one.
  const held = pq.groups.map((g, gi) => holdLevels(g, index, asOf, () => scratch.held(gi, index.maxId + 1)));

  /** One concept of each set that the document has, or null. */
  function pickConcepts(sets: string[][], held: Set<string>): string[] | null {
    const out: string[] = [];
    for (const set of sets) {
      let found: string | undefined;
      for (const id of set)
        if (held.has(id)) {
          found = id;
          break;
        }
      if (found === undefined) return null;
      out.push(found);
    }
    return out;
  }

  // The state of each group for the document being ranked (reused: nothing allocated per group).
  const matched = new Uint8Array(nGroups);
  const gTypos = new Int32Array(nGroups);
  const gAttribute = new Int32Array(nGroups);
  /** The slots whose positions place the group when matched through its words; null through a
   * concept or certificate. */
  const gSlots: (number[] | null)[] = new Array(nGroups).fill(null);
  const gConcepts: string[][] = pq.groups.map(() => []);
  const active = new Uint8Array(nGroups);
  /** 0 held surely, 1 near or family, 2 not held as a concept (matched by words only, or not at all). */
  const gLack = new Uint8Array(nGroups);
  // The words route's answer (set by wordsRoute).
  let wTypos = 0;
  let wAttribute = 0;
  let wSlots: number[] | null = null;

  /** The better of the group's routes: its concept (or its family), or its words. */
  function evalGroup(gi: number, e: Entry, base: number, withConcepts: boolean): void {
    const g = pq.groups[gi];
    matched[gi] = 0;
    gSlots[gi] = null;
    gLack[gi] = 0;
    if (withConcepts) gConcepts[gi] = [];
    if (g.certs) {
      gLack[gi] = 2;
      if (held[gi]![e.id] === HELD_SURELY) {
        gLack[gi] = 0;
        matched[gi] = 1;
        gTypos[gi] = 0;
        gAttribute[gi] = ATTRIBUTE_RANK.concept;
      }
      return;
    }
    if (g.conceptSets.length > 0) {
      // The concept as the firm surely states it; else held only as a near concept of its own
      // words, or only its family: one typo down.
      let down = -1;
      if (withConcepts) {
        const sure = pickConcepts(g.conceptSets, e.sure);
        const near = sure ?? (e.sure !== e.concepts ? pickConcepts(g.conceptSets, e.concepts) : null);
        const family = near ? null : pickConcepts(g.relatedSets, e.concepts);
        down = sure ? 0 : near || family ? 1 : -1;
        if (near ?? family) gConcepts[gi] = (near ?? family)!;
      } else {
        const h = held[gi]![e.id];
        down = h === HELD_SURELY ? 0 : h === HELD_LOOSELY ? 1 : -1;
      }
      gLack[gi] = down < 0 ? 2 : down;
      if (down >= 0) {
        matched[gi] = 1;
        gTypos[gi] = g.conceptTypos + down;
        gAttribute[gi] = ATTRIBUTE_RANK.concept;
      }
    }
    if (
      wordsRoute(g, base) &&
      (!matched[gi] || wTypos < gTypos[gi] || (wTypos === gTypos[gi] && wAttribute < gAttribute[gi]))
    ) {
      matched[gi] = 1;
      gTypos[gi] = wTypos;
      gAttribute[gi] = wAttribute;
      gSlots[gi] = wSlots;
      if (withConcepts) gConcepts[gi] = [];
    }
  }

  /** All the group's words; several words must stand together (a phrase, give or take a word). */
  function wordsRoute(g: Group, base: number): boolean {
    if (base < 0) return false;
    const gs = g.slots;
    let typos = 0;
    for (let j = 0; j < gs.length; j++) {
      const k = base + gs[j];
      if (head[k] < 0) return false;
      typos += kTyposOf[k];
    }
    if (gs.length === 1) {
      let min = posAt[head[base + gs[0]]];
      for (let q = head[base + gs[0]]; q >= 0; q = nextAt[q]) if (posAt[q] < min) min = posAt[q];
      wTypos = typos;
      wAttribute = Math.floor(min / COL_SPAN);
      wSlots = gs;
      return true;
    }
    const window = gs.length + 1;
    let bestCol = -1;
    for (let q0 = head[base + gs[0]]; q0 >= 0; q0 = nextAt[q0]) {
      const p0 = posAt[q0];
      const col = Math.floor(p0 / COL_SPAN);
      if (bestCol !== -1 && col >= bestCol) continue;
      let all = true;
      for (let j = 0; j < gs.length && all; j++) {
        let near = false;
        for (let q = head[base + gs[j]]; q >= 0; q = nextAt[q]) {
          const p = posAt[q];
          if (Math.floor(p / COL_SPAN) === col && Math.abs(p - p0) <= window) {
            near = true;
            break;
          }
        }
        all = near;
      }
      if (all) bestCol = col;
    }
    if (bestCol === -1) return false;
    wTypos = typos;
    wAttribute = bestCol;
    wSlots = gs;
    return true;
  }

  /** The smallest distance between a position of slots `a` and one of slots `b` in one column. */
  function distance(base: number, a: number[], b: number[]): number {
    let d = MAX_PROXIMITY;
    for (const sa of a)
      for (let qa = head[base + sa]; qa >= 0; qa = nextAt[qa]) {
        const x = posAt[qa];
        const col = Math.floor(x / COL_SPAN);
        for (const sb of b)
          for (let qb = head[base + sb]; qb >= 0; qb = nextAt[qb]) {
            const y = posAt[qb];
            if (Math.floor(y / COL_SPAN) !== col) continue;
            const v = Math.abs(x - y);
            if (v < d) d = v;
          }
      }
    return d;
  }

  // Radixes of the packed order: each rule's value range for this query, so that comparing the
  // packed numbers is comparing the rules one after the other (words more, typos fewer, …).
  // typos: per group at most its words' worst variants or its concept's typos + 1 (the family);
  // proximity: per consecutive pair distance - 1, in -1..MAX_PROXIMITY - 1;
  // attribute: per group a column index or the concept rank; exactness: 0..nSlots.
  const slotMaxTypos = pq.slots.map((s) => Math.max(...s.alts.values()));
  const maxTypos = pq.groups.reduce(
    (n, g) =>
      n +
      Math.max(
        g.slots.reduce((m, i) => m + slotMaxTypos[i], 0),
        g.conceptTypos + 1,
      ),
    0,
  );
  const R_TYPOS = maxTypos + 1;
  const R_PROXIMITY = MAX_PROXIMITY * Math.max(1, nGroups) + 1;
  const R_ATTRIBUTE = Math.max(COLUMNS.length - 1, ATTRIBUTE_RANK.concept) * nGroups + 1;
  const R_EXACTNESS = nSlots + 1;

  /** Words, typos, proximity, attribute and exactness of the document; false if it does not match. */
  let kWords = 0;
  let kTypos = 0;
  let kProximity = 0;
  let kAttribute = 0;
  let kExactness = 0;
  function evaluate(e: Entry, withConcepts: boolean): boolean {
    const base = baseOf(e);
    let unmatched = 0;
    for (let i = 0; i < nGroups; i++) {
      evalGroup(i, e, base, withConcepts);
      if (!matched[i]) unmatched++;
    }
    // Words rule: drop groups in the strategy's order until the rest all match.
    active.fill(1);
    let dropped = 0;
    while (unmatched > 0) {
      if (dropped >= dropOrder.length) return false;
      const d = dropOrder[dropped++];
      active[d] = 0;
      if (!matched[d]) unmatched--;
    }
    let typos = 0;
    let attribute = 0;
    let proximity = 0;
    let prev = -1;
    for (let i = 0; i < nGroups; i++) {
      if (!active[i]) continue;
      typos += gTypos[i];
      attribute += gAttribute[i];
      if (prev >= 0) {
        const a = gSlots[prev];
        const b = gSlots[i];
        proximity += a && b ? distance(base, a, b) - 1 : 0;
      }
      prev = i;
    }
    let exactness = 0;
    if (base >= 0)
      for (let k = base; k < base + nSlots; k++) if (head[k] >= 0 && kExact[k] === 1) exactness++;
    kWords = nGroups - dropped;
    kTypos = typos;
    kProximity = proximity;
    kAttribute = attribute;
    kExactness = exactness;
    return true;
  }

  return {
    prepare,
    order(e) {
      ownScratch();
      if (!evaluate(e, false)) return -1;
      return (
        ((((nGroups - kWords) * R_TYPOS + kTypos) * R_PROXIMITY + kProximity + nGroups) * R_ATTRIBUTE +
          kAttribute) *
          R_EXACTNESS +
        (nSlots - kExactness)
      );
    },
    rank(e) {
      ownScratch();
      if (!evaluate(e, true)) return null;
      const concepts: string[] = [];
      for (let i = 0; i < nGroups; i++) if (active[i]) concepts.push(...gConcepts[i]);
      return {
        words: kWords,
        typos: kTypos,
        proximity: kProximity,
        attribute: kAttribute,
        exactness: kExactness,
        concepts,
      };
    },
    lack() {
      let n = 0;
      for (let i = 0; i < nGroups; i++) n += gLack[i];
      return n;
    },
    maxLack: 2 * nGroups,
    isMatchToken(tok) {
      return alts.has(tok) || (prefixSlot >= 0 && tok.length > prefix.length && tok.startsWith(prefix));
    },
  };
}

const HELD_SURELY = 2;
const HELD_LOOSELY = 1;

/**
 * By document id, how a concept or certificate group holds the document: HELD_SURELY when it
 * holds, for every concept set, one concept surely (a certificate group: a certificate of one of
 * the standards valid on asOf); else HELD_LOOSELY when it holds every set's concept at all, or
 * one concept of every related set (the family); else 0. Null for a group of plain words.
 */
function holdLevels(g: Group, index: MatchIndex, asOf: string, zeroed: () => Uint8Array): Uint8Array | null {
  if (!g.certs && g.conceptSets.length === 0) return null;
  const out = zeroed();
  if (g.certs) {
    for (const standard of g.certs)
      for (const id of index.validCertDocs(standard, asOf)) out[id] = HELD_SURELY;
    return out;
  }
  // No related set to miss holds every document loosely (as "one concept of each set" does).
  if (g.relatedSets.length === 0) out.fill(HELD_LOOSELY);
  else markHoldingAll(g.relatedSets, index.conceptDocs, out, HELD_LOOSELY);
  markHoldingAll(g.conceptSets, index.conceptDocs, out, HELD_LOOSELY);
  markHoldingAll(g.conceptSets, index.sureDocs, out, HELD_SURELY);
  return out;
}

/** `out[id] = level` for every document that holds, for each set, one of its concepts. */
function markHoldingAll(
  sets: string[][],
  holders: Map<string, Set<number>>,
  out: Uint8Array,
  level: number,
): void {
  if (sets.length === 1) {
    for (const c of sets[0]) for (const id of holders.get(c) ?? []) out[id] = level;
    return;
  }
  // sets[j] lifts only the documents that held sets 0..j-1 (each once, whatever its concepts).
  const through = new Uint16Array(out.length);
  for (let j = 0; j < sets.length; j++)
    for (const c of sets[j])
      for (const id of holders.get(c) ?? []) if (through[id] === j) through[id] = j + 1;
  for (let id = 0; id < through.length; id++) if (through[id] === sets.length) out[id] = level;
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

/**
 * The `k` smallest of `values`, ascending: what `values.sort().subarray(0, k)` gives, without
 * sorting every candidate when a page of 20 is wanted out of thousands. Kept sorted while
 * scanning; each value only compared with the largest kept one unless it belongs in. For large
 * `k` (deep pages, big limits) the plain sort, which is then no slower.
 */
export function smallestInOrder(values: Float64Array, k: number): Float64Array {
  if (k * 8 >= values.length || k > 256) return values.sort().subarray(0, k);
  const kept = new Float64Array(k);
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (n === k) {
      if (!(v < kept[k - 1])) continue;
    } else n++;
    let j = n - 1;
    while (j > 0 && kept[j - 1] > v) {
      kept[j] = kept[j - 1];
      j--;
    }
    kept[j] = v;
  }
  return kept.subarray(0, n);
}
