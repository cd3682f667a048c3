// Highlights: the original text (diacritics and all), HTML-escaped, with <mark> around every word
// whose analysed form matched a query word, and around capability terms matched through a concept
// ("ép nhựa" lit up for "injection moulding").
import { tokenize } from "../../app/modules/text/analyser";
import { isA, mapTerm } from "../../app/modules/taxonomy/index";
import type { SearchHit, SupplierDoc } from "../engine";
import { encodeToken } from "./fts";

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

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

function markWords(text: string, isMatch: (tok: string) => boolean): { html: string; marked: boolean } {
  let html = "";
  let last = 0;
  let marked = false;
  for (const m of text.matchAll(WORD)) {
    const start = m.index!;
    const word = m[0];
    html += escapeHtml(text.slice(last, start));
    if (wordTokens(word).some(isMatch)) {
      html += `<mark>${escapeHtml(word)}</mark>`;
      marked = true;
    } else html += escapeHtml(word);
    last = start + word.length;
  }
  html += escapeHtml(text.slice(last));
  return { html, marked };
}

function pick(texts: (string | undefined)[], isMatch: (tok: string) => boolean): string | undefined {
  let first: string | undefined;
  for (const t of texts) {
    if (!t) continue;
    const r = markWords(t, isMatch);
    if (r.marked) return r.html;
    first ??= r.html;
  }
  return first;
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
        const id = concepts.length > 0 ? mapTerm(term) : null;
        if (id && concepts.some((c) => isA(id, c))) return `<mark>${escapeHtml(term)}</mark>`;
        return markWords(term, isMatch).html;
      })
      .join(", ");
  }
  return out;
}
