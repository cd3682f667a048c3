/**
 * Terms outside the taxonomy: a firm's or buyer's own words that match no phrase of the lexicon
 * ("xử lý bề mặt anode", "xi crom", "NC旋盤", "bulong neo") but clearly name a concept.
 *
 * How (see docs/taxonomy.md "Terms outside the taxonomy" and decision 150):
 * - the term is read in lookup tokens (keys.ts: folded, singular, American spelling); Japanese
 *   runs become character bigrams, so "アルマイト加工" meets "アルマイト処理";
 * - words that belong to another kind are modifiers and set aside ("nhôm" in "xử lý anode nhôm"
 *   is the material; what remains names the process);
 * - each remaining word is compared with the lexicon's words: equal, a prefix of at least four
 *   letters ("anod" / "anode"), one edit in a word of five letters or more ("galvanising" /
 *   "galvanizing"), or a Vietnamese compound written as one word ("bulong" = "bu long");
 * - every phrase of every concept of the asked kind is scored by an IDF-weighted cosine over
 *   those word matches: distinctive words ("anode", "crom", "旋盤") carry the score, words the
 *   lexicon uses everywhere ("gia công", "sản xuất", "xử lý", "加工") carry almost none;
 * - the best concept is taken when its score reaches MIN_CONFIDENCE and no unrelated concept comes
 *   within AMBIGUITY_MARGIN of it. Otherwise the term stays text (searchable as text), never a
 *   guess.
 * The confidence travels with the mapping: matching scales the fit by it, search ranks such a
 * concept one typo down, and the reasons say "Anodising ~ from 'xử lý anode'".
 */
import { isCjkCode } from "~/modules/text/analyser";
import { glossaryConcept } from "./glossary";
import { katakanaConcept } from "./katakana";
import { reorderedConcept } from "./order";
import { englishStem, genericMask, genericWords, keyTokens, VI_SYLLABLE } from "./keys";
import { getLexicon, type Lexicon } from "./lexicon";
import type { ConceptKind } from "./types";

/** Below this a near concept is not taken: the term stays text. */
export const MIN_CONFIDENCE = 0.62;
/** An unrelated runner-up this close means the words do not say which concept: none is taken. */
export const AMBIGUITY_MARGIN = 0.06;
/** Words in phrases of more than about one concept in twelve ("gia công", "sản xuất", "加工") are generic: never a head. */
const GENERIC_IDF = Math.log(13);

export interface FuzzyMatch {
  id: string;
  /** 0..1; 1 only for an exact phrase of the lexicon (not produced here). */
  confidence: number;
  /** The words of the term that carried the match, as lookup tokens joined ("xu ly anode"). */
  via: string;
}

interface Phrase {
  id: string;
  kind: ConceptKind;
  /** the phrase's lookup tokens joined */
  key: string;
  feats: string[];
  norm: number;
}

interface FuzzyIndex {
  lex: Lexicon;
  phrases: Phrase[];
  /** feature -> phrases holding it */
  byFeat: Map<string, number[]>;
  idf: Map<string, number>;
  maxIdf: number;
  /** non-CJK features by first letter, for the near-word look-up */
  words: Map<string, string[]>;
  /** head ends of phrases, for headContained() */
  heads: ReturnType<typeof headEnds>;
}

/** Lookup tokens -> features: words as they are, Japanese runs as their characters and bigrams. */
function features(toks: string[]): string[] {
  const out: string[] = [];
  let run = "";
  const flush = () => {
    // Characters too: one kanji is a word ("靴" shoe, "鋼" steel); bigrams keep the order.
    for (const ch of run) out.push(ch);
    for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
    run = "";
  };
  for (const t of toks) {
    if (t.length === 1 && isCjkCode(t.charCodeAt(0))) run += t;
    else {
      flush();
      out.push(t);
    }
  }
  flush();
  return out;
}

let index: FuzzyIndex | null = null;

function getIndex(): FuzzyIndex {
  const lex = getLexicon();
  if (index && index.lex === lex) return index;
  memo.clear(); // answers of another lexicon (withholdSynonyms)
  nearMemo.clear();
  const phrases: Phrase[] = [];
  const byFeat = new Map<string, number[]>();
  const conceptsWith = new Map<string, Set<string>>();
  const addPhrase = (key: string, id: string) => {
    const feats = [...new Set(features(key.split(" ")))];
    if (feats.length === 0) return;
    const kind = lex.concepts.get(id)!.kind;
    const n = phrases.push({ id, kind, key, feats, norm: 0 }) - 1;
    for (const f of feats) {
      (byFeat.get(f) ?? byFeat.set(f, []).get(f)!).push(n);
      (conceptsWith.get(f) ?? conceptsWith.set(f, new Set()).get(f)!).add(id);
    }
  };
  for (const [key, ids] of lex.phrases) for (const id of ids) addPhrase(key, id);
  for (const [key, ids] of lex.exact) for (const id of ids) addPhrase(key, id);
  const total = lex.concepts.size;
  const idf = new Map<string, number>();
  let maxIdf = 0;
  for (const [f, ids] of conceptsWith) {
    const v = Math.log(1 + total / ids.size);
    idf.set(f, v);
    if (v > maxIdf) maxIdf = v;
  }
  for (const p of phrases) p.norm = Math.sqrt(p.feats.reduce((a, f) => a + idf.get(f)! ** 2, 0));
  const words = new Map<string, string[]>();
  for (const f of byFeat.keys()) {
    if (isCjkCode(f.charCodeAt(0)) || f.length < 4 || /\d/.test(f)) continue;
    (words.get(f[0]) ?? words.set(f[0], []).get(f[0])!).push(f);
  }
  index = { lex, phrases, byFeat, idf, maxIdf, words, heads: headEnds(lex) };
  return index;
}

/** Optimal string alignment distance, stopping early above `max`. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push(new Array(b.length + 1).fill(0));
    rows[i][0] = i;
  }
  for (let j = 0; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    let best = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, rows[i - 2][j - 2] + 1);
      rows[i][j] = v;
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
  }
  return rows[a.length][b.length];
}

/** Lexicon words near a word of the term, with a similarity (1 for the word itself). */
const nearMemo = new Map<string, [string, number][]>();

/** Remembered per word (a query is read for three kinds; the lexicon's words scan is the cost). */
function nearWords(ix: FuzzyIndex, w: string): [string, number][] {
  let hit = nearMemo.get(w);
  if (!hit) {
    if (nearMemo.size > 50_000) nearMemo.clear();
    nearMemo.set(w, (hit = scanNearWords(ix, w)));
  }
  return hit;
}

function scanNearWords(ix: FuzzyIndex, w: string): [string, number][] {
  const out: [string, number][] = [];
  if (ix.byFeat.has(w)) out.push([w, 1]);
  if (w.length < 4 || isCjkCode(w.charCodeAt(0)) || /\d/.test(w)) return out;
  // Other forms of one verb, only for a word the lexicon does not hold: a word it holds is read
  // as itself ("milling" is not also "mill", a textile mill; "plating" not also "plate").
  const stem = ix.byFeat.has(w) || VI_SYLLABLE.test(w) ? w : englishStem(w);
  for (const v of ix.words.get(w[0]) ?? []) {
    if (v === w) continue;
    const short = v.length < w.length ? v : w;
    const long = v.length < w.length ? w : v;
    // "anod" / "anode", "galvaniz" / "galvanizing": a stem of four letters or more.
    if (long.startsWith(short) && long.length - short.length <= 2) out.push([v, 0.85]);
    // "anodized" / "anodizing", "treated" / "treatment", "coiling" / "coil": one verb's forms
    // (keys.ts englishStem), as sure as a short ending.
    else if (stem.length >= 4 && stem !== w && englishStem(v) === stem) out.push([v, 0.85]);
    else if (short.length >= 5 && editDistance(w, v, 1) <= 1) out.push([v, 0.8]);
    // "shield" / "shielding", "machin" / "machined": a longer English ending on a stem of five
    // letters or more, a little less sure than the short endings.
    else if (short.length >= 5 && long.startsWith(short) && long.length - short.length <= 3)
      out.push([v, 0.8]);
  }
  return out;
}

/** "bulong" -> ["bu", "long"] when both halves are lexicon words (Vietnamese syllables run together). */
function splitCompound(ix: FuzzyIndex, w: string): string[] | null {
  if (w.length < 4 || ix.byFeat.has(w) || isCjkCode(w.charCodeAt(0))) return null;
  if (nearWords(ix, w).length > 0) return null; // "coiled" is "coil", not "coil" + "ed"
  for (let i = 2; i <= w.length - 2; i++) {
    const a = w.slice(0, i);
    const b = w.slice(i);
    if (VI_SYLLABLE.test(a) && VI_SYLLABLE.test(b) && ix.byFeat.has(a) && ix.byFeat.has(b)) return [a, b];
  }
  return null;
}

/** Vietnamese puts the head word first ("mài phẳng chính xác" is grinding), English last. */
function isVietnamese(text: string, toks: string[]): boolean {
  // In NFD ă â ê ô ơ ư and the tones are combining marks after a base letter; đ stays whole.
  if (/đ|[\u0300-\u0303\u0306\u0309\u031b\u0323]/i.test(text.normalize("NFD"))) return true;
  return toks.length > 0 && toks.every((t) => VI_SYLLABLE.test(t));
}

/**
 * Index among keyTokens(text) of the term's head word for `kind` (first distinctive word in
 * Vietnamese, last in English; generic words and modifiers skipped), or -1 when there is none.
 */
export function headWord(text: string, kind: ConceptKind): number {
  const ix = getIndex();
  const toks = keyTokens(text);
  const lex = ix.lex;
  const qualifies = (other: ConceptKind) =>
    kind === "material" ? other !== "material" : other === "material";
  const candidates: number[] = [];
  toks.forEach((t, i) => {
    if (isCjkCode(t.charCodeAt(0)) || /\d/.test(t)) return;
    const ids = lex.phrases.get(t);
    if (ids && ids.length > 0 && ids.every((id) => qualifies(lex.concepts.get(id)!.kind))) return;
    const near = nearWords(ix, t);
    if (near.length === 0) return;
    if (Math.max(...near.map(([v]) => ix.idf.get(v)!)) < GENERIC_IDF) return;
    candidates.push(i);
  });
  if (candidates.length === 0) return -1;
  return isVietnamese(text, toks) ? candidates[0] : candidates[candidates.length - 1];
}

const memo = new Map<string, FuzzyMatch | null>();

/**
 * The concept of `kind` a term clearly names although no phrase of the lexicon matches it, or
 * null. Call it only for terms that mapTerm() did not map (it does not look for exact phrases).
 */
export function fuzzyConcept(text: string, kind: ConceptKind): FuzzyMatch | null {
  const ix = getIndex();
  const memoKey = `${kind}\u0000${text}`;
  if (memo.has(memoKey)) return memo.get(memoKey)!;
  if (memo.size > 20_000) memo.clear();
  // Another katakana spelling of a lexicon phrase ("ワイアカット"), a Vietnamese compound in the
  // other order of head and modifier ("nhiệt xử lý"), or a term whose words rendered through the
  // glossary are an English phrase of the lexicon ("uốn ống", tube bending) is read as that
  // phrase before the words are compared one by one (katakana.ts, order.ts, glossary.ts): a whole
  // phrase found says more than words.
  const result =
    kind === "certification"
      ? null
      : katakanaConcept(text, kind) || reorderedConcept(text, kind) || glossaryOrOwn(ix, text, kind);
  memo.set(memoKey, result);
  return result;
}

/**
 * The glossary's reading (glossary.ts) when it has one and the term's own words read another
 * concept or none; when both agree, the own words' reading (and its confidence) stands.
 */
function glossaryOrOwn(ix: FuzzyIndex, text: string, kind: ConceptKind): FuzzyMatch | null {
  const g = glossaryConcept(ix.lex, text, kind, (ids) => commonConcept(ix.lex, ids));
  const own = ownWords(ix, text, kind);
  if (!g || (own && own.id === g.id)) return own;
  return { id: g.id, confidence: g.confidence, via: g.via };
}

/**
 * The term's words compared with the lexicon's; when they name nothing, the same without its
 * generic words (keys.ts GENERIC_WORDS: "printing services", "gia công dây điện", "旋盤加工"),
 * first compared word by word, then read as the head end of phrases (headContained).
 */
function ownWords(ix: FuzzyIndex, text: string, kind: ConceptKind): FuzzyMatch | null {
  const toks = keyTokens(text);
  const vietnamese = isVietnamese(text, toks);
  // A phrase of the lexicon but for a generic word of the same class is read before the words
  // are compared one by one, as katakana spellings and word orders are: a whole phrase found says
  // more than words ("linh kiện dập" is "chi tiết dập", stamped parts, not "linh kiện xe đạp").
  const found = alikeGeneric(ix, toks, kind) ?? compute(ix, toks, vietnamese, kind);
  if (found) return found;
  const mask = genericMask(toks);
  const rest = toks.filter((_, i) => !mask[i]);
  if (rest.length === 0) return null; // only generic words: says nothing
  const lessGeneric = rest.length < toks.length ? compute(ix, rest, vietnamese, kind) : null;
  if (lessGeneric)
    return { ...lessGeneric, confidence: Math.min(lessGeneric.confidence, GENERIC_LESS_CONFIDENCE) };
  return headContained(ix, rest, vietnamese, kind);
}

/**
 * The term with one generic word replaced by another of its class (keys.ts GENERIC_WORDS) is a
 * phrase of the lexicon of one concept of the kind: "plastic components" is "plastic parts",
 * "rubber products" "rubber parts", "fastener production" "fastener manufacturing".
 */
function alikeGeneric(ix: FuzzyIndex, toks: string[], kind: ConceptKind): FuzzyMatch | null {
  const lex = ix.lex;
  const found = new Set<string>();
  let via = ""; // the lexicon's phrase it was read as ("plastic part")
  for (const g of genericWords(toks).slice(0, 2))
    for (const w of g.alike) {
      const key = [...toks.slice(0, g.start), w, ...toks.slice(g.start + g.length)].join(" ");
      for (const id of [...(lex.phrases.get(key) ?? []), ...(lex.exact.get(key) ?? [])])
        if (lex.concepts.get(id)!.kind === kind) {
          found.add(id);
          via = key;
        }
    }
  if (found.size === 0) return null;
  const id = found.size === 1 ? [...found][0] : commonConcept(lex, [...found]);
  return id ? { id, confidence: GENERIC_ALIKE_CONFIDENCE, via } : null;
}

/** How sure a reading through another generic word of the same class is. */
export const GENERIC_ALIKE_CONFIDENCE = 0.9;
/** How sure a reading without the term's generic words is, at most (it said more than that). */
export const GENERIC_LESS_CONFIDENCE = 0.9;
/** How sure a term read as the head end of longer phrases of one concept is. */
export const CONTAINED_CONFIDENCE = 0.75;
/** … and of phrases of several concepts of one family, read as their nearest common concept. */
export const FAMILY_CONFIDENCE = 0.7;

/**
 * A term that is the head end of longer phrases of exactly one concept — or of several concepts
 * that all sit under one concept that is not an umbrella, read as that concept — is read so:
 * "động cơ" is the start of "động cơ điện" (motor), "旋盤" the end of "CNC旋盤加工" and "汎用旋盤"
 * (CNC and manual turning, both machining). The head end only: Vietnamese puts the head first,
 * English and Japanese last, so "フェライト" in "フェライトコア" or "染め" inside "黒染めリン酸塩処理"
 * (black oxide) qualify a head and are not read. Both sides without their generic words, whole
 * words only (a katakana word is not cut: "ライト" is not the end of "フェライト"); a term of
 * one Latin word needs four letters, a Japanese one two characters.
 */
function headContained(
  ix: FuzzyIndex,
  toks: string[],
  vietnamese: boolean,
  kind: ConceptKind,
): FuzzyMatch | null {
  if (toks.some((t) => /\d/.test(t))) return null; // codes and sizes are not heads
  if (toks.length === 1 && toks[0].length < 4) return null;
  if (toks.every((t) => isCjkCode(t.charCodeAt(0))) && toks.length < 2) return null;
  if (toks.length > MAX_HEAD_TOKENS) return null;
  const key = toks.join(" ");
  const ids = (vietnamese ? ix.heads.first : ix.heads.last).get(`${kind}\u0000${key}`);
  if (!ids || ids.size === 0) return null;
  const id = ids.size === 1 ? [...ids][0] : commonConcept(ix.lex, [...ids]);
  if (!id) return null;
  // No unrelated concept of the kind may hold the words anywhere else in a phrase: "wire" ends
  // phrases of cable making only, but wire forming and wire EDM hold it too.
  const lex = ix.lex;
  for (const p of ix.byFeat.get(toks[0]) ?? []) {
    const { id: other, kind: otherKind, key: phrase } = ix.phrases[p];
    if (otherKind !== kind || other === id || !holdsWords(phrase, key)) continue;
    if (!isUnder(lex, other, id) && !isUnder(lex, id, other) && !sameFamily(lex, id, other)) return null;
  }
  return { id, confidence: ids.size === 1 ? CONTAINED_CONFIDENCE : FAMILY_CONFIDENCE, via: key };
}

/** Whether a phrase's lookup tokens hold `words` as whole words (a katakana word is not cut). */
function holdsWords(phrase: string, words: string): boolean {
  const at = (" " + phrase + " ").indexOf(" " + words + " ");
  if (at < 0) return false;
  const toks = phrase.split(" ");
  const start = at === 0 ? 0 : phrase.slice(0, at - 1).split(" ").length;
  const end = start + words.split(" ").length;
  const cut = (a: string | undefined, b: string | undefined) => isKana(a) && isKana(b);
  return !cut(toks[start - 1], toks[start]) && !cut(toks[end - 1], toks[end]);
}

const isKana = (t: string | undefined) => !!t && /^[\u30a1-\u30fc]$/.test(t);

/** The nearest concept, not an umbrella, that every one of `ids` is or is under; null when none. */
export function commonConcept(lex: Lexicon, ids: string[]): string | null {
  const chain = (id: string): string[] => {
    const out = [id];
    for (let i = 0; i < out.length; i++)
      for (const p of lex.concepts.get(out[i])!.parents) if (!out.includes(p)) out.push(p);
    return out;
  };
  for (const a of chain(ids[0])) {
    if (lex.concepts.get(a)!.broad) continue;
    if (ids.every((id) => id === a || isUnder(lex, id, a))) return a;
  }
  return null;
}

/** kind + head-end words -> concepts with a longer phrase starting (first) or ending (last) so. */
function headEnds(lex: Lexicon): { first: Map<string, Set<string>>; last: Map<string, Set<string>> } {
  const first = new Map<string, Set<string>>();
  const last = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, key: string, ids: string[]) => {
    for (const id of ids) {
      const k = `${lex.concepts.get(id)!.kind}\u0000${key}`;
      (map.get(k) ?? map.set(k, new Set()).get(k)!).add(id);
    }
  };
  for (const source of [lex.phrases, lex.exact])
    for (const [phrase, ids] of source) {
      if (ids.length === 0) continue;
      const all = phrase.split(" ");
      const mask = genericMask(all);
      const toks = all.filter((_, i) => !mask[i]);
      const n = Math.min(toks.length, MAX_HEAD_TOKENS);
      // A katakana word is not cut: the end starts, or the start ends, at a word's edge.
      if (toks.every((t) => VI_SYLLABLE.test(t))) {
        let key = "";
        for (let k = 1; k <= n; k++) {
          key = k === 1 ? toks[0] : key + " " + toks[k - 1];
          if (!(isKana(toks[k - 1]) && isKana(toks[k]))) add(first, key, ids);
        }
      } else {
        let key = "";
        for (let k = 1; k <= n; k++) {
          const at = toks.length - k;
          key = k === 1 ? toks[at] : toks[at] + " " + key;
          if (!(isKana(toks[at]) && isKana(toks[at - 1]))) add(last, key, ids);
        }
      }
    }
  return { first, last };
}

/** Longest head end looked up, in lookup tokens (a Japanese word is one token per character). */
const MAX_HEAD_TOKENS = 8;

function compute(
  ix: FuzzyIndex,
  termToks: string[],
  vietnamese: boolean,
  kind: ConceptKind,
): FuzzyMatch | null {
  if (kind === "certification") return null; // a hard constraint is never guessed
  if (termToks.length === 0 || termToks.length > 12) return null;
  const toks = termToks.flatMap((t) => splitCompound(ix, t) ?? [t]);
  // Modifiers: words of the term that are, on their own, a phrase of another kind only
  // ("nhôm" aluminium in "xử lý anode nhôm", "inox" in "uốn ống inox"). They qualify the term:
  // they may help a phrase that has them ("rubber profiles" ~ "rubber extrusion") but, absent
  // from it, they cost nothing, and they never carry a match alone.
  const lex = ix.lex;
  // A material qualifies a process or a product; a process or a product qualifies a material.
  // (A product is not a modifier of a process: in "cable manufacturing" it is what is made.)
  const qualifies = (other: ConceptKind) =>
    kind === "material" ? other !== "material" : other === "material";
  const isModifier = (t: string) => {
    const ids = lex.phrases.get(t);
    return !!ids && ids.length > 0 && ids.every((id) => qualifies(lex.concepts.get(id)!.kind));
  };
  const feats = [...new Set(features(toks))];
  if (feats.length === 0) return null;
  const modifier = feats.map(isModifier);
  if (modifier.every(Boolean)) return null;
  // Each term feature: its near lexicon words; unknown words still weigh (at the rarest weight)
  // in the term's norm, so a term of mostly unknown words does not map on one known word.
  const near = feats.map((f) => nearWords(ix, f));
  const weightOf = (f: string) => ix.idf.get(f) ?? ix.maxIdf;
  const termNorm = Math.sqrt(
    feats.reduce(
      (a, f, i) =>
        a +
        (modifier[i]
          ? 0
          : (near[i].length ? Math.max(...near[i].map(([v]) => weightOf(v))) : ix.maxIdf) ** 2),
      0,
    ),
  );
  // The head word: the first distinctive word in Vietnamese, the last in English. When the
  // lexicon knows it, a match must go through it ("mài phẳng chính xác" is not precision
  // machining because "chính xác" matched).
  const distinctive = feats
    .map((_, i) => i)
    .filter((i) => !modifier[i] && near[i].length > 0)
    .filter((i) => Math.max(...near[i].map(([v]) => weightOf(v))) >= GENERIC_IDF);
  if (distinctive.length === 0) return null; // only generic words and modifiers: says nothing
  const words = distinctive.filter((i) => !isCjkCode(feats[i].charCodeAt(0)));
  const head = words.length ? (vietnamese ? words[0] : words[words.length - 1]) : -1;
  const scores = new Map<number, { dot: number; used: Set<number> }>();
  feats.forEach((_, i) => {
    for (const [v, sim] of near[i]) {
      const w = ix.idf.get(v)!;
      for (const p of ix.byFeat.get(v)!) {
        if (ix.phrases[p].kind !== kind) continue;
        const s = scores.get(p) ?? { dot: 0, used: new Set<number>() };
        if (s.used.has(i)) continue; // one phrase word per term word (the first, nearest listed first)
        s.used.add(i);
        s.dot += w * w * sim;
        scores.set(p, s);
      }
    }
  });
  const best = new Map<string, { score: number; used: Set<number> }>();
  for (const [p, s] of scores) {
    if (head >= 0 && !s.used.has(head)) continue;
    if (!distinctive.some((i) => s.used.has(i))) continue;
    const phrase = ix.phrases[p];
    const score = s.dot / (termNorm * phrase.norm);
    const prev = best.get(phrase.id);
    if (!prev || score > prev.score) best.set(phrase.id, { score, used: s.used });
  }
  const ranked = [...best.entries()].sort((a, b) => b[1].score - a[1].score);
  if (ranked.length === 0 || ranked[0][1].score < MIN_CONFIDENCE) return null;
  const [id, top] = ranked[0];
  const related = (a: string, b: string) =>
    a === b || isUnder(lex, a, b) || isUnder(lex, b, a) || sameFamily(lex, a, b);
  for (const [other, s] of ranked.slice(1)) {
    if (top.score - s.score >= AMBIGUITY_MARGIN) break;
    if (!related(id, other)) return null;
  }
  // The words that carried the match must point at this concept only: when an unrelated concept
  // of the kind also holds all of them in one phrase ("chính xác" is precision machining and
  // investment casting, "fabrication" is sheet metal and steel structures), they do not say which.
  const usedNear = [...top.used].map((i) => new Set(near[i].map(([v]) => v)));
  for (const [other] of ranked.slice(1)) {
    if (related(id, other)) continue;
    const holds = ix.phrases.some(
      (p) => p.id === other && usedNear.every((alts) => p.feats.some((f) => alts.has(f))),
    );
    if (holds) return null;
  }
  // And one of them must be characteristic of the concept, found in two or more of its family's
  // phrases ("anod" in "anốt hóa", "mạ anod", "anod hóa nhôm"…), not in one incidental phrase
  // ("nhà máy" in "nhà máy đúc" is not sand casting).
  const characteristic = [...top.used].some((i, k) => {
    if (!distinctive.includes(i)) return false;
    const alts = usedNear[k];
    let n = 0;
    for (const p of ix.phrases)
      if (related(id, p.id) && p.feats.some((f) => alts.has(f)) && ++n >= 2) return true;
    return false;
  });
  if (!characteristic) return null;
  const via = [...top.used].sort((a, b) => a - b).map((i) => feats[i]);
  return { id, confidence: Math.round(Math.min(0.95, top.score) * 100) / 100, via: via.join(" ") };
}

/** Same capability family: under one non-umbrella ancestor (CNC turning and CNC milling). */
function sameFamily(lex: Lexicon, a: string, b: string): boolean {
  const root = (id: string): string => {
    let c = lex.concepts.get(id)!;
    for (;;) {
      const p = c.parents.map((x) => lex.concepts.get(x)!).find((x) => !x.broad);
      if (!p || p.id === id) return c.id;
      c = p;
    }
  };
  return !lex.concepts.get(a)!.broad && !lex.concepts.get(b)!.broad && root(a) === root(b);
}

function isUnder(lex: Lexicon, id: string, ancestor: string): boolean {
  const stack = [...(lex.concepts.get(id)?.parents ?? [])];
  const seen = new Set<string>();
  while (stack.length) {
    const p = stack.pop()!;
    if (p === ancestor) return true;
    if (seen.has(p)) continue;
    seen.add(p);
    stack.push(...(lex.concepts.get(p)?.parents ?? []));
  }
  return false;
}
