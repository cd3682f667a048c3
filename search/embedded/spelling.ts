// "Did you mean": when a query finds (almost) nothing, each word that is not in the index is
// replaced by the commonest index word within a looser edit distance than typo tolerance allows
// (1 edit from 3 characters, 2 from 7), so "bolr" suggests "bolt" although it never matches it.
import { isCodeToken, tokenize } from "../../app/modules/text/analyser";
import { encodeToken } from "./fts";
import type { ParsedQuery } from "./query";
import type { Vocabulary } from "./typos";

export function didYouMean(q: string, pq: ParsedQuery, vocab: Vocabulary): string | undefined {
  const words = tokenize(q);
  let changed = false;
  const out = words.slice(0, pq.slots.length).map((w, i) => {
    const enc = encodeToken(w);
    if (isCodeToken(w) || vocab.docCount(enc) > 0 || pq.slots[i].prefix) return w;
    const max = w.length >= 7 ? 2 : w.length >= 3 ? 1 : 0;
    const best = vocab.near(enc, max, true).filter((c) => c.docs > 0)[0];
    if (!best || best.word.includes("_")) return w;
    changed = true;
    return best.word;
  });
  return changed ? out.join(" ") : undefined;
}
