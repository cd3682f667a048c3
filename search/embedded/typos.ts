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
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** Optimal string alignment distance if it is <= max, else max + 1 (stops early). */
export function boundedDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  if (rows[0].length <= lb) rows = rows.map(() => new Int32Array(lb * 2 + 1));
  // Three rolling rows are enough for OSA.
  let [prev2, prev, cur] = rows;
  prev2.fill(0, 0, lb + 1);
  for (let j = 0; j <= lb; j++) prev[j] = j;
  for (let i = 1; i <= la; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= lb; j++) {
      const cb = b.charCodeAt(j - 1);
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb)
        v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[lb] <= max ? prev[lb] : max + 1;
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
  private byLength = new Map<number, string[]>();
  private docs = new Map<string, number>();

  add(word: string, docs: number): void {
    if (isCodeToken(word)) return; // never a typo target either
    const prev = this.docs.get(word);
    if (prev !== undefined) {
      this.docs.set(word, Math.max(prev, docs));
      return;
    }
    this.docs.set(word, docs);
    const len = word.length;
    const list = this.byLength.get(len);
    if (list) list.push(word);
    else this.byLength.set(len, [word]);
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
   * suggestions).
   */
  near(word: string, max: number, anyFirstLetter = false): TypoCandidate[] {
    if (max <= 0) return [];
    const out: TypoCandidate[] = [];
    const len = word.length;
    const first = word.charCodeAt(0);
    for (let l = len - max; l <= len + max; l++) {
      const list = this.byLength.get(l);
      if (!list) continue;
      for (const w of list) {
        if (w === word) continue;
        const extra = anyFirstLetter || w.charCodeAt(0) === first ? 0 : 1;
        const d = boundedDistance(word, w, max - extra) + extra;
        if (d <= max) out.push({ word: w, typos: d, docs: this.docs.get(w) ?? 0 });
      }
    }
    return out.sort((a, b) => a.typos - b.typos || b.docs - a.docs || (a.word < b.word ? -1 : 1));
  }
}
