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

/**
 * Light English suffix folding for near-word comparison (fuzzy.ts), never for the lexicon's keys:
 * the -ing, -ed, -ment, -ization and -e forms of one verb meet ("anodized" / "anodizing" /
 * "anodize", "treated" / "treatment", "stamped" / "stamping", "coiling" / "coil"). Deliberately
 * narrower than a full stemmer: -er, -ation and -ion are kept ("washer" is not "washing",
 * "fabrication" not "fabric", "extrusion" not "extruded"), and a stem shorter than four letters is
 * no stem ("spring" stays "spring", "wired" stays "wired"). Lower-case Latin words only.
 */
export function englishStem(w: string): string {
  if (w.length < 5 || !/^[a-z]+$/.test(w)) return w;
  let s = w;
  for (const suffix of ["ization", "ment", "ing", "ed"]) {
    if (s.endsWith(suffix) && s.length - suffix.length >= MIN_STEM) {
      s = s.slice(0, s.length - suffix.length) + (suffix === "ization" ? "iz" : "");
      // "cutting" -> "cut", "spinning" -> "spin"; but "rolled" -> "roll", "pressed" -> "press".
      if (
        suffix !== "ment" &&
        /([b-df-hj-km-np-rtv-y])\1$/.test(s) &&
        !/[lsz]$/.test(s) &&
        s.length > MIN_STEM
      )
        s = s.slice(0, -1);
      return s;
    }
  }
  if (s.endsWith("e") && s.length - 1 >= MIN_STEM) return s.slice(0, -1);
  return s;
}

const MIN_STEM = 4;

/** A Vietnamese syllable once accents are folded: initial consonant, vowels, allowed final. */
export const VI_SYLLABLE =
  /^(?:ngh|ng|nh|ch|tr|th|ph|kh|gh|gi|qu|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?$/;

/**
 * Words that carry no concept, whatever the trade, in classes of words that say the same thing in
 * vi, en and ja: making something ("production", "sản xuất", "gia công", "加工"), the thing as a
 * piece ("parts", "linh kiện", "部品"), a service ("dịch vụ"), the place it is done ("shop",
 * "xưởng", "工場"), and other padding ("các loại", "custom"). The one list, as lookup tokens
 * (keyTokens: singular, folded; a Japanese word as its characters). A term is read without them
 * when its own words name nothing, and with one replaced by another of its class when that is a
 * phrase of the lexicon ("plastic components" is "plastic parts"; fuzzy.ts); a verb with its
 * material may stand beside them (heads.ts). Words that do tell trades apart are NOT here:
 * "fabrication" and "chế tạo" (fabricating, not assembling: "chế tạo bo mạch" is PCB making, not
 * PCB assembly; "chế tạo máy" is machine building), "assembly", "processing", "xử lý" (treatment).
 */
export const GENERIC_WORDS: Record<"making" | "piece" | "service" | "place" | "padding", string[]> = {
  making: [
    ..."san xuat|gia cong".split("|"),
    ..."production|manufacturing|manufacture|manufacturer|making|maker".split("|"),
    ..."加 工|製 造|生 産|製 作".split("|"),
  ],
  piece: [..."chi tiet|linh kien|san pham".split("|"), "part", "component", "product", "部 品", "製 品"],
  service: ["dich vu", "service", "サ ー ビ ス"],
  place: [..."xuong|nha may|cong ty".split("|"), "shop", "workshop", "factory", "company", "工 場"],
  padding: ["cac loai", "theo yeu cau", "job", "work", "custom"],
};

/** Generic words by their first token, longest first. */
const GENERIC_SEQUENCES = new Map<string, string[][]>();
for (const w of Object.values(GENERIC_WORDS).flat()) {
  const seq = w.split(" ");
  (GENERIC_SEQUENCES.get(seq[0]) ?? GENERIC_SEQUENCES.set(seq[0], []).get(seq[0])!).push(seq);
}
for (const list of GENERIC_SEQUENCES.values()) list.sort((a, b) => b.length - a.length);

/** The class of each generic word, by its lookup tokens joined. */
const GENERIC_CLASS = new Map(
  Object.entries(GENERIC_WORDS).flatMap(([c, words]) => words.map((w) => [w, c] as const)),
);

/**
 * The generic words of a term: where each starts, how many tokens it spans, and the other words of
 * its class ("padding" has none: its words are not alike, only empty).
 */
export function genericWords(toks: string[]): { start: number; length: number; alike: string[] }[] {
  const out: { start: number; length: number; alike: string[] }[] = [];
  for (let i = 0; i < toks.length; i++) {
    const seq = GENERIC_SEQUENCES.get(toks[i])?.find((g) => g.every((t, k) => toks[i + k] === t));
    if (!seq) continue;
    const word = seq.join(" ");
    const cls = GENERIC_CLASS.get(word)! as keyof typeof GENERIC_WORDS;
    const alike = cls === "padding" ? [] : GENERIC_WORDS[cls].filter((w) => w !== word);
    out.push({ start: i, length: seq.length, alike });
    i += seq.length - 1;
  }
  return out;
}

/** For each lookup token: whether it belongs to a generic word of GENERIC_WORDS (longest first). */
export function genericMask(toks: string[]): boolean[] {
  const mask = toks.map(() => false);
  for (const g of genericWords(toks)) for (let k = 0; k < g.length; k++) mask[g.start + k] = true;
  return mask;
}
