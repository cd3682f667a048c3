/**
 * The one text analyser shared by search documents, search queries, the taxonomy and matching.
 * Both sides of every comparison must go through the same functions, so that "Hà Nội", "ha noi"
 * and "HA NOI" meet, and part codes such as "SUS304", "6061-T6" or "M8x1.25" stay whole.
 *
 * Pure and allocation-light: it runs on every document and every keystroke of a query.
 * All regular expressions are compiled once, at module load.
 */

// Latin combining marks only (U+0300–U+036F): the Vietnamese tone and vowel marks live here.
// Japanese voicing marks (U+3099/U+309A) are deliberately NOT stripped — "ガ" must not become "カ".
const LATIN_MARKS = /[\u0300-\u036f]/g;
const D_STROKE = /[đĐ]/g;
const WHITESPACE = /\s+/g;
const NON_ASCII = /[^\u0000-\u007f]/;
const ABOVE_LATIN = /[\u3000-\uffff]/;

/**
 * Lower-cased, accent-free form used for every comparison.
 * NFKD also maps full-width "ＳＵＳ３０４" to ASCII and "㎜" to "mm" (common in Japanese documents).
 */
export function fold(s: string): string {
  if (!NON_ASCII.test(s)) return s.toLowerCase().replace(WHITESPACE, " ").trim();
  let out = s.normalize("NFKD").replace(LATIN_MARKS, "").replace(D_STROKE, "d");
  // Recompose kana decomposed by NFKD so CJK text is kept as written.
  if (ABOVE_LATIN.test(out)) out = out.normalize("NFC");
  return out.toLowerCase().replace(WHITESPACE, " ").trim();
}

/** CJK ideographs, kana (with prolonged-sound and voicing marks), half-width kana, Hangul. */
export function isCjkCode(c: number): boolean {
  return (
    (c >= 0x3040 && c <= 0x30ff) || // hiragana, katakana (incl. ー U+30FC, voicing marks)
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xff66 && c <= 0xff9f) ||
    (c >= 0xac00 && c <= 0xd7af) ||
    c === 0x3005 // 々 (repetition mark, part of a word)
  );
}

const OTHER_LETTER = /[\p{L}\p{N}]/u;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isWordCode(c: number, ch: string): boolean {
  if ((c >= 97 && c <= 122) || isDigit(c)) return true;
  if (c < 128) return false;
  return !isCjkCode(c) && OTHER_LETTER.test(ch);
}

/**
 * Splits folded text into tokens:
 * - words and Vietnamese syllables: runs of letters/digits;
 * - part codes and numbers stay whole: a "-" after a digit ("6061-t6"), a "." or "," between
 *   digits ("1.25", "1,5") and a "/" between digits ("1/2") join instead of splitting;
 * - each run of CJK characters is one token (Japanese is not space-separated).
 */
export function tokenize(s: string): string[] {
  const text = fold(s);
  const tokens: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isCjkCode(c)) {
      let j = i + 1;
      while (j < n && isCjkCode(text.charCodeAt(j))) j++;
      tokens.push(text.slice(i, j));
      i = j;
      continue;
    }
    if (!isWordCode(c, text[i])) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (isWordCode(d, text[j])) {
        j++;
        continue;
      }
      if (j + 1 < n) {
        const prev = text.charCodeAt(j - 1);
        const next = text.charCodeAt(j + 1);
        const joins =
          (d === 45 /* - */ && isDigit(prev) && isWordCode(next, text[j + 1])) ||
          ((d === 46 /* . */ || d === 44 /* , */ || d === 47) /* / */ && isDigit(prev) && isDigit(next));
        if (joins) {
          j += 2;
          continue;
        }
      }
      break;
    }
    tokens.push(text.slice(i, j));
    i = j;
  }
  return tokens;
}

const HAS_DIGIT = /\d/;

/** Part numbers, grades and sizes: matched exactly, never with typo tolerance. */
export function isCodeToken(tok: string): boolean {
  return HAS_DIGIT.test(tok);
}
