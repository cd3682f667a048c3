import { isCjkCode, tokenize } from "~/modules/text/analyser";

/**
 * Lookup keys of the taxonomy: the analyser's tokens, further normalised so that the spellings
 * firms actually use meet. Applied identically to the data (when the index is built) and to the
 * text being mapped, so it only has to be consistent, not linguistically perfect:
 * - codes split at letter/digit boundaries: "SUS304" = "SUS 304" = "sus-304", "IATF16949" = "IATF 16949";
 * - English plurals reduced: "brackets" = "bracket", "boxes" = "box", "batteries" = "battery";
 * - British and American spellings meet: "moulding" = "molding", "aluminium" = "aluminum",
 *   "anodising" = "anodizing", "fibre" = "fiber";
 * - CJK runs split into characters, so a Japanese synonym is found inside a longer run
 *   ("アルミダイカスト加工" contains "ダイカスト").
 */

const WORD_SPELLING = new Map<string, string>([
  ["aluminium", "aluminum"],
  ["colour", "color"],
  ["fibre", "fiber"],
  ["centre", "center"],
  ["grey", "gray"],
  ["tyre", "tire"],
  ["sulphur", "sulfur"],
  ["metre", "meter"],
  ["litre", "liter"],
  ["labelling", "labeling"],
  ["labelled", "labeled"],
  ["modelling", "modeling"],
  ["jewellery", "jewelry"],
  ["programme", "program"],
  ["enamelling", "enameling"],
  ["travelling", "traveling"],
  ["storey", "story"],
]);

const NO_PLURAL_ENDINGS = ["ss", "us", "is", "os"];

function singular(w: string): string {
  if (w.length <= 3 || !w.endsWith("s")) return w;
  if (NO_PLURAL_ENDINGS.some((e) => w.endsWith(e))) return w;
  if (w.endsWith("ies") && w.length > 4) return w.slice(0, -3) + "y";
  if (/(?:ss|sh|ch|x|z)es$/.test(w)) return w.slice(0, -2);
  return w.slice(0, -1);
}

function americanise(w: string): string {
  const mapped = WORD_SPELLING.get(w);
  if (mapped) return mapped;
  if (w.startsWith("mould")) return "mold" + w.slice(5);
  if (w.length > 6) {
    if (w.endsWith("ising")) return w.slice(0, -5) + "izing";
    if (w.endsWith("isation")) return w.slice(0, -7) + "ization";
    if (w.endsWith("ised")) return w.slice(0, -4) + "ized";
    if (w.endsWith("iser")) return w.slice(0, -4) + "izer";
  }
  if (w.length > 5 && w.endsWith("ise")) return w.slice(0, -3) + "ize";
  return w;
}

const LETTERS_OR_NUMBER = /[a-z\u00c0-\u024f\u0370-\u04ff]+|\d+(?:[.,]\d+)*/g;
const DIGIT = /\d/;

function pushWord(out: string[], w: string): void {
  out.push(americanise(singular(w)));
}

/** Normalised lookup tokens of a text (see the module comment). */
export function keyTokens(text: string): string[] {
  const out: string[] = [];
  for (const tok of tokenize(text)) {
    if (isCjkCode(tok.charCodeAt(0))) {
      for (const ch of tok) out.push(ch);
    } else if (DIGIT.test(tok)) {
      const parts = tok.match(LETTERS_OR_NUMBER);
      if (parts) for (const p of parts) out.push(p);
    } else {
      pushWord(out, tok);
    }
  }
  return out;
}

/** One string key for a whole phrase. */
export function phraseKey(text: string): string {
  return keyTokens(text).join(" ");
}
