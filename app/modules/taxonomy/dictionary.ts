/**
 * Japanese terms read through a dictionary (decision 660): data/dictionary-ja.json holds
 * headwords of JMdict (EDRDG, CC BY-SA 3.0, via Debian's dict-freedict-jpn-eng) whose English
 * gloss the lexicon reads wholly and surely as one concept ("旋削" "turning (on a lathe)",
 * "浸炭" "carburizing"), selected by scripts/terminology/freedict-jpn.ts. The product reads only
 * that committed file.
 *
 * Such a reading is near, never sure: the gloss is the dictionary's, the concept the lexicon's
 * reading of it. It is taken only when the term's own words give nothing (index.ts scoreTerm),
 * so a phrase of the lexicon, an attached term or a near reading of the term's own words always
 * wins, and the reasons say where it came from ("Turning ~ from '旋削', dictionary: 'turning (on
 * a lathe)'"). The term must be the headword whole, but for generic words ("旋削加工") and, for
 * a process or a product, the materials it names ("アルミ旋削": aluminium is the material, 旋削
 * the process), read as the lexicon reads them.
 */
import { isCjkCode } from "~/modules/text/analyser";
import { genericMask, keyTokens } from "./keys";
import { perLexicon } from "./lexicon";
import type { ConceptKind } from "./types";
import dictionary from "./data/dictionary-ja.json";

/** How sure a dictionary reading is: below the lexicon's near readings of a term's own words (0.9). */
export const DICTIONARY_CONFIDENCE = 0.85;
/** … and with a material set aside: the rest of the term is the headword, the whole is not. */
export const DICTIONARY_PART_CONFIDENCE = 0.8;

export interface DictionaryEntry {
  ja: string;
  gloss: string;
  concept: string;
  source: string;
}

export interface DictionarySource {
  id: string;
  name: string;
  licence: string;
}

export const DICTIONARY_SOURCE: DictionarySource = dictionary.source;
export const DICTIONARY_ENTRIES: readonly DictionaryEntry[] = dictionary.entries;

/** Lookup key (keyTokens, so okurigana and kana spellings fold as the lexicon's) -> entry, per kind. */
const byKey = perLexicon((lex) => {
  const map = new Map<string, DictionaryEntry & { kind: ConceptKind }>();
  for (const e of DICTIONARY_ENTRIES) {
    const c = lex.concepts.get(e.concept);
    if (!c || c.kind === "certification") continue; // a hard constraint is never read near
    const key = `${c.kind}\u0000${keyTokens(e.ja).join(" ")}`;
    if (!map.has(key)) map.set(key, { ...e, kind: c.kind });
  }
  return map;
});

export interface DictionaryReading {
  id: string;
  confidence: number;
  /** The headword as the term writes it. */
  via: string;
  /** The dictionary's gloss the concept was read from. */
  gloss: string;
}

/**
 * The concept of `kind` a Japanese term names through the dictionary, or null. `materialSpans`:
 * the lookup-token spans the lexicon reads as materials in the term (index.ts), set aside for a
 * process or a product.
 */
export function dictionaryConcept(
  text: string,
  kind: ConceptKind,
  materialSpans: () => { start: number; end: number }[] = () => [],
): DictionaryReading | null {
  if (kind === "certification") return null;
  const toks = keyTokens(text);
  if (!toks.some((t) => isCjkCode(t.charCodeAt(0)))) return null;
  const map = byKey();
  const generic = genericMask(toks);
  const look = (keep: (i: number) => boolean, confidence: number): DictionaryReading | null => {
    const rest = toks.filter((_, i) => keep(i) && !generic[i]);
    if (rest.length === 0) return null;
    const e = map.get(`${kind}\u0000${rest.join(" ")}`);
    return e ? { id: e.concept, confidence, via: e.ja, gloss: e.gloss } : null;
  };
  const whole = look(() => true, DICTIONARY_CONFIDENCE);
  if (whole || kind === "material") return whole;
  const spans = materialSpans();
  if (spans.length === 0) return null;
  const material = new Set<number>();
  for (const s of spans) for (let k = s.start; k < s.end; k++) material.add(k);
  return look((i) => !material.has(i), DICTIONARY_PART_CONFIDENCE);
}
