// From the user's query to the terms the engine matches: words with their typo variants and, over
// them, the taxonomy concepts they name. A concept phrase ("injection moulding", "ép nhựa",
// "射出成形") is ONE term that matches the concept (in any language the firm wrote it) OR its
// words; certificates named in the query become "holds a certificate valid on asOf".
import { tokenize, isCodeToken } from "../../app/modules/text/analyser";
import {
  dictionaryReading,
  fuzzyConcept,
  getConcept,
  gradeAt,
  learnedConcept,
  phraseSpans,
  relatedConcepts,
} from "../../app/modules/taxonomy/index";
import { getLexicon, perLexicon } from "../../app/modules/taxonomy/lexicon";
import { keyTokens } from "../../app/modules/taxonomy/keys";
import { MAX_QUERY_WORDS } from "../settings";
import { encodeToken } from "./fts";
import { allowedTypos, type Vocabulary } from "./typos";

export interface Slot {
  /** The query word (analysed, FTS-encoded). */
  word: string;
  /** Acceptable tokens -> typos (the word itself -> 0). */
  alts: Map<string, number>;
  /** Last word of a query not followed by a space: any token starting with it. */
  prefix: boolean;
}

export interface Group {
  slots: number[];
  /** Concept route: the document must have, for every set, one of its concepts. Empty: words only. */
  conceptSets: string[][];
  /** Broader route (same capability family, e.g. CNC turning -> CNC machining): ranked one typo down. */
  relatedSets: string[][];
  /** Typos spent recognising the concept ("injetcion moulding"). */
  conceptTypos: number;
  /** A certification: only a certificate valid on asOf matches (never the words). */
  certs: string[] | null;
  /** A word that names no concept: dropped first when nothing matches everything. */
  plain: boolean;
  label: string;
}

export interface ParsedQuery {
  slots: Slot[];
  groups: Group[];
}

export function parseQuery(q: string, vocab: Vocabulary): ParsedQuery {
  const words = tokenize(q).slice(0, MAX_QUERY_WORDS).map(encodeToken);
  const endsInWord = words.length > 0 && !/[\s\p{P}]$/u.test(q);
  const slots: Slot[] = words.map((word, i) => {
    const alts = new Map<string, number>([[word, 0]]);
    for (const c of vocab.near(word, allowedTypos(word))) alts.set(c.word, c.typos);
    return { word, alts, prefix: endsInWord && i === words.length - 1 };
  });
  const fixed = correctedWords(words, slots, vocab);
  const spans = findSpans(words, fixed);
  addNearConcepts(words, fixed, spans);
  const groups: Group[] = [];
  let i = 0;
  while (i < slots.length) {
    const span = spans.find((s) => s.start === i);
    if (!span) {
      groups.push(wordGroup(i, words[i]));
      i++;
      continue;
    }
    const range = Array.from({ length: span.end - span.start }, (_, k) => span.start + k);
    const label = range.map((k) => words[k]).join(" ");
    const kinds = span.sets.flat().map((id) => getConcept(id)?.kind);
    if (kinds.length > 0 && kinds.every((k) => k === "certification")) {
      const ids = [...new Set(span.sets.flat().flatMap((id) => relatedConcepts(id)))];
      groups.push({
        slots: range,
        conceptSets: [],
        relatedSets: [],
        conceptTypos: 0,
        certs: ids,
        plain: false,
        label,
      });
    } else {
      groups.push({
        slots: range,
        conceptSets: span.sets,
        relatedSets: span.sets.map((set) => [...new Set(set.flatMap((id) => relatedConcepts(id)))]),
        conceptTypos: span.typos,
        certs: null,
        plain: false,
        label,
      });
    }
    i = span.end;
  }
  return { slots, groups };
}

function wordGroup(i: number, word: string): Group {
  return {
    slots: [i],
    conceptSets: [],
    relatedSets: [],
    conceptTypos: 0,
    certs: null,
    plain: true,
    label: word,
  };
}

/**
 * Runs of query words that name no concept of the lexicon but clearly name one by their words
 * ("xử lý anode" ~ anodising, "NC旋盤" ~ CNC turning; taxonomy/fuzzy.ts; a Japanese word through
 * the dictionary, "研削" ~ grinding, taxonomy/dictionary.ts): a concept term like
 * the others, ranked one typo down, and still matching its words as text.
 */
function addNearConcepts(words: string[], fixed: Corrected, spans: Span[]): void {
  const covered = new Array<boolean>(words.length).fill(false);
  for (const s of spans) for (let k = s.start; k < s.end; k++) covered[k] = true;
  const found: Span[] = [];
  let i = 0;
  const plain = words.map((w) => w.replace(/_/g, "-"));
  while (i < words.length) {
    // A material grade or trade name ("SCM420", "A5052 H32", "Duracon"; taxonomy/grades.ts),
    // codes included: a concept term one typo down like the near concepts.
    const grade = covered[i] ? null : gradeAt(plain, i);
    if (grade && !covered.slice(i, grade.end).some(Boolean)) {
      found.push({ start: i, end: grade.end, sets: [[grade.id]], typos: 1 });
      i = grade.end;
      continue;
    }
    if (covered[i] || isCodeToken(words[i])) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < words.length && !covered[j] && !isCodeToken(words[j]) && !gradeAt(plain, j)) j++;
    const best = nearConcept(words.slice(i, j));
    // A misspelt word is read as the word it stands for ("tnaning" as "tanning"), the typos
    // spent on top of the near reading's own typo.
    const spent = fixed.typos.slice(i, j).reduce((a, t) => a + t, 0);
    const read = best ? null : spent > 0 ? nearConcept(fixed.words.slice(i, j)) : null;
    if (best) found.push({ start: i, end: j, sets: [[best.id]], typos: 1 });
    else if (read) found.push({ start: i, end: j, sets: [[read.id]], typos: 1 + spent });
    i = j;
  }
  if (found.length === 0) return;
  spans.push(...found);
  spans.sort((a, b) => a.start - b.start);
}

const NEAR_KINDS = ["process", "product", "material"] as const;

/** The surest near concept of any kind the words name (fuzzy.ts, the dictionary, then what the directory taught). */
function nearConcept(words: string[]): { id: string; confidence: number } | null {
  const text = words.join(" ").replace(/_/g, "-");
  let best: { id: string; confidence: number } | null = null;
  for (const kind of NEAR_KINDS) {
    const f = fuzzyConcept(text, kind) ?? dictionaryReading(text, kind) ?? learnedConcept(text, kind);
    if (f && (!best || f.confidence > best.confidence)) best = f;
  }
  return best;
}

/** The query's words as read for concepts, with the typos each correction spent (0: as typed). */
interface Corrected {
  words: string[];
  typos: number[];
}

/**
 * A word that is neither the taxonomy's nor in any document is a misspelling: it is read as its
 * nearest known word within the typo tolerance (fewest typos; then a word of the taxonomy; then
 * the commonest in the index), so "injetcion" reaches injection moulding and "tnaning" the near
 * reading of "tanning". A known word is never corrected (Norvig's rule: a word the documents
 * use is a word): "binding" is no misspelt "bending", "filling" no misspelt "milling"; it is read
 * as typed, for concepts and as text, and its typo variants still match as words.
 */
function correctedWords(words: string[], slots: Slot[], vocab: Vocabulary): Corrected {
  const out = words.slice();
  const typos = new Array<number>(words.length).fill(0);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (isCodeToken(w) || isTaxonomyWord(w) || vocab.docCount(w) > 0) continue;
    // The alternatives come nearest first, then commonest: the first word of the taxonomy
    // among the nearest, else the commonest word of the index among them.
    let best: [string, number] | null = null;
    for (const [alt, t] of slots[i].alts) {
      if (t === 0) continue;
      if (best && t > best[1]) break;
      if (isTaxonomyWord(alt)) {
        best = [alt, t];
        break;
      }
      if (!best && vocab.docCount(alt) > 0) best = [alt, t];
    }
    if (best) {
      out[i] = best[0];
      typos[i] = best[1];
    }
  }
  return { words: out, typos };
}

interface Span {
  start: number;
  end: number;
  /** One set of concept ids per phrase found in the span (several inside one Japanese run). */
  sets: string[][];
  typos: number;
}

/**
 * Concept phrases over the query words, with the taxonomy's own phrase index and normalisation
 * (plurals, British/American spelling, codes, CJK characters), leftmost-longest. Words not
 * covered are retried as corrected (correctedWords) when that is a word of the taxonomy, so typos
 * still reach the concept.
 */
function findSpans(words: string[], fixed: Corrected): Span[] {
  const spans = scanSlots(words, new Array(words.length).fill(0));
  const covered = new Set(spans.flatMap((s) => range(s.start, s.end)));
  // Words inside a phrase found as typed stay as typed.
  const corrected = words.map((w, i) =>
    covered.has(i) || !isTaxonomyWord(fixed.words[i]) ? w : fixed.words[i],
  );
  const typos = corrected.map((w, i) => (w === words[i] ? 0 : fixed.typos[i]));
  if (!corrected.some((w, i) => w !== words[i])) return spans;
  // A corrected word may extend a phrase ("pcb asssembly" -> "pcb assembly"): a new span that
  // contains a corrected word replaces the spans it swallows whole, and no span is cut in two.
  let result = spans;
  for (const r of scanSlots(corrected, typos)) {
    if (!range(r.start, r.end).some((k) => corrected[k] !== words[k])) continue;
    const overlapping = result.filter((s) => s.start < r.end && r.start < s.end);
    if (overlapping.some((s) => s.start < r.start || s.end > r.end)) continue;
    result = [...result.filter((s) => !overlapping.includes(s)), r];
  }
  return result.sort((a, b) => a.start - b.start);
}

function range(a: number, b: number): number[] {
  return Array.from({ length: b - a }, (_, k) => a + k);
}

// Per lexicon: a set kept from an earlier lexicon read "cacbon steel" as carbon steel or as steel
// depending on whether a query ran before organisers attached a term (or the bench withheld some).
const taxonomyWordSet = perLexicon((lex) => {
  const set = new Set<string>();
  for (const key of lex.phrases.keys()) for (const t of key.split(" ")) set.add(t);
  return set;
});
function isTaxonomyWord(w: string): boolean {
  const words = taxonomyWordSet();
  return keyTokens(w).every((k) => words.has(k));
}

function scanSlots(words: string[], typos: number[]): Span[] {
  const lex = getLexicon();
  const keys: { key: string; slot: number }[] = [];
  words.forEach((w, slot) => {
    for (const key of keyTokens(w.replace(/_/g, "-"))) keys.push({ key, slot });
  });
  if (keys.length === 0) return [];
  const raw: { start: number; end: number; ids: string[] }[] = [];
  const whole = lex.exact.get(keys.map((k) => k.key).join(" "));
  if (whole && whole.length > 0) raw.push({ start: 0, end: keys.length, ids: whole });
  // The taxonomy's own scan (leftmost-longest, material-bound heads), so a query reads a phrase
  // exactly as a firm's term is read.
  else raw.push(...phraseSpans(keys.map((k) => k.key)));
  // Key-token spans -> word spans; phrases inside one word (a Japanese run) share that word.
  const spans: Span[] = [];
  for (const r of raw) {
    const start = keys[r.start].slot;
    const end = keys[r.end - 1].slot + 1;
    const last = spans[spans.length - 1];
    if (last && start < last.end) {
      last.end = Math.max(last.end, end);
      last.sets.push(r.ids);
    } else spans.push({ start, end, sets: [r.ids], typos: 0 });
  }
  for (const s of spans) for (let k = s.start; k < s.end; k++) s.typos += typos[k];
  return spans;
}
