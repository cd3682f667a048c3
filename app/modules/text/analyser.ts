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
  if (ABOVE_LATIN.test(out)) {
    out = out.normalize("NFC");
    if (KANA.test(out)) out = foldKana(out);
  }
  return out.toLowerCase().replace(WHITESPACE, " ").trim();
}

const KANA = /[\u3041-\u30ff]/;

/** Small kana written full size, one for one: "フィルム" and "フイルム", "キャップ" and "キヤップ" are both in use. */
const SMALL_KANA = "ァィゥェォッャュョヮヵヶ";
const FULL_KANA = "アイウエオツヤユヨワカケ";
const SMALL_TO_FULL = new Map([...SMALL_KANA].map((k, i) => [k.charCodeAt(0), FULL_KANA.charCodeAt(i)]));

const CHOON = 0x30fc; // ー, the prolonged-sound mark
/** Dashes typed for ー after katakana (NFKD has already made "－" "-" and "ｰ" "ー"). */
function isDashForChoon(c: number): boolean {
  return c === 0x2d || (c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0x2500;
}
function isKatakana(c: number): boolean {
  return (c >= 0x30a1 && c <= 0x30fa) || c === CHOON || c === 0x30fd || c === 0x30fe;
}
/** Inside a compound: "ダイ・カスト", "ダイ カスト" and "ダイ゠カスト" are "ダイカスト". */
function isCompoundJoiner(c: number): boolean {
  return c === 0x30fb || c === 0x30a0 || c === 0x20 || c === 0x3000 || c === 0x09;
}

/**
 * Japanese spelling variants folded to one form, on both sides of every comparison (docs/search.md
 * "Analysis"): hiragana as katakana ("めっき" = "メッキ"); small kana as full ones; a dash after
 * katakana as ー; a word-final ー dropped after three or more kana ("カッター" = "カッタ",
 * "コンピューター" = "コンピュータ": JIS Z 8301 and the Cabinet notice 外来語の表記 leave it to
 * the writer, so both are everywhere), but kept after two ("カバー" is not "カバ"); the middle dot
 * or a space between two katakana words removed ("ダイ・カスト" = "ダイカスト"). ー inside a word
 * is a different word ("メーカー" is not "メカ"), so it stays.
 */
export function foldKana(s: string): string {
  s = dropOkurigana(s);
  const codes: number[] = [];
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0x3041 && c <= 0x3096) c += 0x60;
    else if (c === 0x309d || c === 0x309e) c += 0x60;
    c = SMALL_TO_FULL.get(c) ?? c;
    const prev = codes.length ? codes[codes.length - 1] : 0;
    if (isDashForChoon(c) && isKatakana(prev) && !(i + 1 < s.length && isAsciiDigit(s.charCodeAt(i + 1))))
      c = CHOON;
    if (c === CHOON && prev === CHOON) continue; // "ーー" is one
    codes.push(c);
  }
  // Word-final ー: the run of katakana before it, counted back from the mark.
  const kept: number[] = [];
  for (let i = 0; i < codes.length; i++) {
    const c = codes[i];
    if (c === CHOON && !(i + 1 < codes.length && isKatakana(codes[i + 1]) && codes[i + 1] !== CHOON)) {
      let run = 0;
      for (let k = kept.length - 1; k >= 0 && isKatakana(kept[k]); k--) run++;
      if (run >= 3) continue;
    }
    kept.push(c);
  }
  // Joiners between two katakana (after the final ー went: "カッター・ナイフ" = "カッタナイフ").
  const out: number[] = [];
  for (let i = 0; i < kept.length; i++) {
    const c = kept[i];
    if (isCompoundJoiner(c) && out.length && isKatakana(out[out.length - 1])) {
      let j = i + 1;
      while (j < kept.length && isCompoundJoiner(kept[j])) j++;
      if (j < kept.length && isKatakana(kept[j])) {
        i = j - 1;
        continue;
      }
    }
    out.push(c);
  }
  let r = "";
  for (let i = 0; i < out.length; i += 4096) r += String.fromCharCode(...out.slice(i, i + 4096));
  return r;
}

function isKanji(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    c === 0x3005
  );
}
function isHiragana(c: number): boolean {
  return c >= 0x3041 && c <= 0x3096;
}
/**
 * Particles between two nouns, never okurigana: "鉄と銅" (iron and copper) and "靴の吊り込み"
 * keep them, or two words would run together.
 */
const PARTICLES = new Set([..."のをはがへやでともにか"].map((ch) => ch.charCodeAt(0)));

/**
 * Okurigana of a compound noun, which the Cabinet notice 送り仮名の付け方 (1973, 通則6 and its
 * 許容) lets the writer keep or drop, and official and JIS texts drop ("焼入れ", "取付け",
 * "打抜き", "組立て" beside "焼き入れ", "取り付け", "打ち抜き", "組み立て", and "焼入", "取付"):
 * - one hiragana between two kanji ("焼き入れ" → "焼入れ"; "引っ張り" → "引張り");
 * - one word-final hiragana after two or more kanji ("焼入れ" → "焼入"), at the end of the run
 *   or before katakana ("取付けボルト").
 * Particles are kept ("鉄と銅", "鋼の板"), and so is any longer kana word ("亜鉛めっき",
 * "穴あけ", "焼なまし": a kana word, not an okurigana), and one kanji with its kana ("曲げ",
 * "焼き" are words of their own). Runs on the text before hiragana become katakana: katakana
 * between kanji is a word ("鋼ボルト"), never okurigana.
 */
export function dropOkurigana(s: string): string {
  let out = "";
  let kanjiRun = 0; // kanji at the end of `out`
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isHiragana(c) && kanjiRun > 0 && !PARTICLES.has(c)) {
      const next = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
      if (isKanji(next)) continue;
      const ends = !isCjkCode(next) || (next >= 0x30a1 && next <= 0x30fa);
      if (ends && kanjiRun >= 2) continue;
    }
    kanjiRun = isKanji(c) ? kanjiRun + 1 : 0;
    out += s[i];
  }
  return out;
}

function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
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
