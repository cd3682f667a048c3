// Typo tolerance in Meilisearch's manner, computed over the index vocabulary: a query word of 5+
// characters may differ by 1 edit, of 9+ by 2; words with digits (part numbers, grades) never.
// An edit is an insertion, deletion, substitution or transposition of two neighbours
// (optimal string alignment distance), so "stampign" is one typo from "stamping". As in
// Meilisearch, a word that differs in its first letter counts one typo more ("lasting" is two
// typos from "casting", so only words of 9+ letters reach it): people rarely mistype the letter
// they start with, and two real words that differ there are usually two words.
import { isCodeToken } from "../../app/modules/text/analyser";
import { TYPO_TOLERANCE } from "../settings";

export function allowedTypos(word: string): number {
  if (TYPO_TOLERANCE.disableOnNumbers && isCodeToken(word)) return 0;
  const n = [...word].length;
  if (n >= TYPO_TOLERANCE.twoTypos) return 2;
  if (n >= TYPO_TOLERANCE.oneTypo) return 1;
  return 0;
}

// Rows of the distance table, reused across calls (the vocabulary scan calls this thousands of
// times per query word); grown when a longer word comes.
let prev2 = new Int32Array(64);
let prev = new Int32Array(64);
let cur = new Int32Array(64);

/**
 * Optimal string alignment distance if it is <= max, else max + 1. What cannot be within `max`
 * is never computed: the common start and end are cut first (an edit elsewhere leaves them
 * aligned), one edit is decided by looking at what remains, and otherwise only the band of
 * cells within `max` of the diagonal is filled, stopping at the first row past `max`.
 */
export function boundedDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  let la = a.length;
  let lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  let s = 0;
  while (s < la && s < lb && a.charCodeAt(s) === b.charCodeAt(s)) s++;
  while (la > s && lb > s && a.charCodeAt(la - 1) === b.charCodeAt(lb - 1)) {
    la--;
    lb--;
  }
  const n = la - s;
  const m = lb - s;
  // What remains differs in its first and last characters (or is empty on one side).
  if (n <= 1 && m <= 1) return max >= 1 ? 1 : max + 1;
  if (
    n === 2 &&
    m === 2 &&
    a.charCodeAt(s) === b.charCodeAt(s + 1) &&
    a.charCodeAt(s + 1) === b.charCodeAt(s)
  )
    return max >= 1 ? 1 : max + 1;
  if (max <= 1) return max + 1;
  if (prev.length <= m + 1) {
    prev2 = new Int32Array(m * 2 + 2);
    prev = new Int32Array(m * 2 + 2);
    cur = new Int32Array(m * 2 + 2);
  }
  const out = max + 1;
  // Row 0 over its band; the cell past a band's end reads as out of reach for the next row.
  for (let j = 0; j <= Math.min(m, max); j++) prev[j] = j;
  if (max + 1 <= m) prev[max + 1] = out;
  for (let i = 1; i <= n; i++) {
    const lo = i - max > 1 ? i - max : 1;
    const hi = i + max < m ? i + max : m;
    cur[lo - 1] = lo === 1 ? i : out;
    let rowMin = cur[lo - 1];
    const ca = a.charCodeAt(s + i - 1);
    const ca2 = i > 1 ? a.charCodeAt(s + i - 2) : -1;
    for (let j = lo; j <= hi; j++) {
      const cb = b.charCodeAt(s + j - 1);
      let v = prev[j - 1] + (ca === cb ? 0 : 1);
      if (prev[j] + 1 < v) v = prev[j] + 1;
      if (cur[j - 1] + 1 < v) v = cur[j - 1] + 1;
      if (j > 1 && ca === b.charCodeAt(s + j - 2) && ca2 === cb && prev2[j - 2] + 1 < v) v = prev2[j - 2] + 1;
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (hi + 1 <= m) cur[hi + 1] = out;
    if (rowMin > max) return out;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return prev[m] <= max ? prev[m] : out;
}

export interface TypoCandidate {
  word: string;
  typos: number;
  /** Documents containing the word (0 for words known only from the taxonomy). */
  docs: number;
}

/**
 * The words of the index (and of the taxonomy's labels) bucketed by length, so a query word is
 * compared only with words whose length is within the allowed number of edits.
 */
export class Vocabulary {
  /** Words by length, and by length and first letter (bucketKey): the scan reads only these. */
  private byLength = new Map<number, string[]>();
  private byStart = new Map<number, string[]>();
  private docs = new Map<string, number>();

  add(word: string, docs: number): void {
    if (isCodeToken(word)) return; // never a typo target either
    const prev = this.docs.get(word);
    if (prev !== undefined) {
      this.docs.set(word, Math.max(prev, docs));
      return;
    }
    this.docs.set(word, docs);
    push(this.byLength, word.length, word);
    push(this.byStart, bucketKey(word), word);
  }

  has(word: string): boolean {
    return this.docs.has(word);
  }

  docCount(word: string): number {
    return this.docs.get(word) ?? 0;
  }

  get size(): number {
    return this.docs.size;
  }

  /**
   * Words within `max` typos of `word` (excluding the word itself), nearest and commonest first.
   * A different first letter costs one typo more, unless `anyFirstLetter` (did-you-mean's looser
   * suggestions). Only words of a length within reach are read, and with one typo to spend only
   * those of the same first letter.
   */
  near(word: string, max: number, anyFirstLetter = false): TypoCandidate[] {
    if (max <= 0) return [];
    const out: TypoCandidate[] = [];
    const len = word.length;
    const first = word.charCodeAt(0);
    const take = (w: string, d: number) => {
      if (d <= max && w !== word) out.push({ word: w, typos: d, docs: this.docs.get(w) ?? 0 });
    };
    for (let l = len - max; l <= len + max; l++) {
      if (anyFirstLetter) {
        for (const w of this.byLength.get(l) ?? []) take(w, boundedDistance(word, w, max));
        continue;
      }
      for (const w of this.byStart.get(l * 0x10000 + first) ?? []) take(w, boundedDistance(word, w, max));
      // Another first letter spends one typo: within reach only with two to spend.
      if (max >= 2)
        for (const w of this.byLength.get(l) ?? [])
          if (w.charCodeAt(0) !== first) take(w, boundedDistance(word, w, max - 1) + 1);
    }
    return out.sort((a, b) => a.typos - b.typos || b.docs - a.docs || (a.word < b.word ? -1 : 1));
  }
}

/** Length and first letter (a UTF-16 code unit) of a word as one number. */
function bucketKey(word: string): number {
  return word.length * 0x10000 + word.charCodeAt(0);
}

function push<K>(map: Map<K, string[]>, key: K, word: string): void {
  const list = map.get(key);
  if (list) list.push(word);
  else map.set(key, [word]);
}
