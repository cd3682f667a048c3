// Highlights: the original text (diacritics and all), HTML-escaped, with <mark> around every word
// whose analysed form matched a query word, and around capability terms matched through a concept
// ("ép nhựa" lit up for "injection moulding").
import { tokenize } from "../../app/modules/text/analyser";
import { isA, mapTerm } from "../../app/modules/taxonomy/index";
import { perLexicon } from "../../app/modules/taxonomy/lexicon";
import type { SearchHit, SupplierDoc } from "../engine";
import { encodeToken } from "./fts";
import { escapeHtml } from "../../app/modules/html/escape";

export { escapeHtml };

// Words as the analyser sees them: letters/digits with joiners inside codes ("6061-T6", "1.25").
const WORD = /[\p{L}\p{N}\p{M}]+(?:[-./,][\p{L}\p{N}\p{M}]+)*/gu;

// Words recur across documents and queries: their analysed tokens are remembered (bounded).
const tokenCache = new Map<string, string[]>();
function wordTokens(word: string): string[] {
  let toks = tokenCache.get(word);
  if (!toks) {
    if (tokenCache.size > 50_000) tokenCache.clear();
    toks = tokenize(word).map(encodeToken);
    tokenCache.set(word, toks);
  }
  return toks;
}

/** A text cut into its words (with their tokens) and the escaped text around them. */
interface Segments {
  /** gaps[i] precedes words[i]; the last gap follows the last word. All HTML-escaped. */
  gaps: string[];
  words: string[];
  tokens: string[][];
  /** The whole text escaped: what marking no word gives (escaping goes character by character). */
  plain: string;
}

// The same names, descriptions and capability terms are highlighted again and again (a firm shown
// for many queries): cutting a text into words is done once per text, and a query only decides
// which words to mark. Bounded like the token cache.
const segmentCache = new Map<string, Segments>();
function segments(text: string): Segments {
  let seg = segmentCache.get(text);
  if (!seg) {
    if (segmentCache.size > 20_000) segmentCache.clear();
    seg = { gaps: [], words: [], tokens: [], plain: escapeHtml(text) };
    let last = 0;
    for (const m of text.matchAll(WORD)) {
      const start = m.index!;
      const word = m[0];
      seg.gaps.push(escapeHtml(text.slice(last, start)));
      seg.words.push(escapeHtml(word));
      seg.tokens.push(wordTokens(word));
      last = start + word.length;
    }
    seg.gaps.push(escapeHtml(text.slice(last)));
    segmentCache.set(text, seg);
  }
  return seg;
}

function isMarked(tokens: string[], isMatch: (tok: string) => boolean): boolean {
  for (const t of tokens) if (isMatch(t)) return true;
  return false;
}

/** The index of the first word whose tokens match, or -1. */
function firstMarked(seg: Segments, isMatch: (tok: string) => boolean): number {
  for (let i = 0; i < seg.tokens.length; i++) if (isMarked(seg.tokens[i], isMatch)) return i;
  return -1;
}

/** The text with its matching words marked; `from` is the first one (firstMarked). */
function markWords(
  seg: Segments,
  isMatch: (tok: string) => boolean,
  from = firstMarked(seg, isMatch),
): string {
  if (from < 0) return seg.plain;
  let html = "";
  for (let i = 0; i < seg.words.length; i++) {
    html += seg.gaps[i];
    html +=
      i === from || (i > from && isMarked(seg.tokens[i], isMatch))
        ? `<mark>${seg.words[i]}</mark>`
        : seg.words[i];
  }
  return html + seg.gaps[seg.words.length];
}

/** The first text with a matched word, marked; else the first non-empty text as it is. */
function pick(texts: (string | undefined)[], isMatch: (tok: string) => boolean): string | undefined {
  let first: Segments | undefined;
  for (const t of texts) {
    if (!t) continue;
    const seg = segments(t);
    const from = firstMarked(seg, isMatch);
    if (from >= 0) return markWords(seg, isMatch, from);
    first ??= seg;
  }
  return first?.plain;
}

// Capability term -> its concept (or null): the taxonomy lookup is pure for one lexicon, and terms
// recur. A new lexicon (attached terms) starts a new memo, so no mapping outlives it.
const termConceptMemo = perLexicon(() => new Map<string, string | null>());
function termConcept(term: string): string | null {
  const termConcepts = termConceptMemo();
  let id = termConcepts.get(term);
  if (id === undefined) {
    if (termConcepts.size > 50_000) termConcepts.clear();
    id = mapTerm(term);
    termConcepts.set(term, id);
  }
  return id;
}

export function highlightDoc(
  doc: SupplierDoc,
  isMatch: (tok: string) => boolean,
  concepts: string[],
): NonNullable<SearchHit["highlights"]> {
  const out: NonNullable<SearchHit["highlights"]> = {};
  const name = pick([doc.name.vi, doc.name.en, doc.name.ja], isMatch);
  if (name !== undefined) out.name = name;
  const description = pick([doc.description.vi, doc.description.en, doc.description.ja], isMatch);
  if (description !== undefined) out.description = description;
  const terms = [...doc.processes, ...doc.materials, ...doc.products];
  if (terms.length > 0) {
    out.capabilities = terms
      .map((term) => {
        const id = concepts.length > 0 ? termConcept(term) : null;
        if (id && concepts.some((c) => isA(id, c))) return `<mark>${escapeHtml(term)}</mark>`;
        return markWords(segments(term), isMatch);
      })
      .join(", ");
  }
  return out;
}
