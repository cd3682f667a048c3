/**
 * Vietnamese compounds in the other order of head and modifier (decision 536). Vietnamese puts
 * the head first ("xử lý nhiệt", treatment + heat; "thép tấm"), while Sino-Vietnamese compounds
 * keep the Chinese order, modifier first ("nhiệt xử lý", 熱處理; "tấm thép"), and firms write
 * both (the Từ điển Bách khoa Việt Nam and TCVN technical vocabularies list both orders for many
 * terms). So a term the lexicon does not know is also read with its two parts swapped: when one
 * swap — and one concept of the asked kind — is a phrase of the lexicon, that concept is the
 * reading, held below sure. Latin-script words only (a Japanese run has no such word order), no
 * codes, and never when the words in their own order are already a phrase of any kind: "nhôm
 * đúc" (cast aluminium, a material) is not read as "đúc nhôm" (aluminium casting, a process).
 */
import { keyTokens } from "./keys";
import { getLexicon } from "./lexicon";
import type { ConceptKind } from "./types";

/** How sure a reading in the other word order is: like a verb with its material (heads.ts). */
export const ORDER_CONFIDENCE = 0.85;
const LATIN_WORD = /^[a-z]+$/;

export function reorderedConcept(
  text: string,
  kind: ConceptKind,
): { id: string; confidence: number; via: string } | null {
  const toks = keyTokens(text);
  if (toks.length < 2 || toks.length > 6 || !toks.every((t) => LATIN_WORD.test(t))) return null;
  const lex = getLexicon();
  const ofKind = (key: string) =>
    (lex.phrases.get(key) ?? []).filter((id) => lex.concepts.get(id)!.kind === kind);
  // The words in their own order already name something (of another kind): that is what they say.
  if ((lex.phrases.get(toks.join(" ")) ?? []).length > 0) return null;
  const found = new Set<string>();
  for (let k = 1; k < toks.length; k++)
    for (const id of ofKind([...toks.slice(k), ...toks.slice(0, k)].join(" "))) found.add(id);
  if (found.size !== 1) return null;
  const [id] = found;
  return { id, confidence: ORDER_CONFIDENCE, via: text.trim() };
}
