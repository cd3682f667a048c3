// Vietnamese typed in the legacy 8-bit font encodings TCVN3 (ABC) and VNI-Windows, as it reaches
// us from old workbooks: Excel stored the bytes as Windows-1252 characters, so "Công ty TNHH cơ
// khí" typed in a .VnTime font reads "C«ng ty TNHH c¬ khÝ", and in a VNI-Times font "Coâng ty
// TNHH cô khí". No maintained npm package converts these (see docs/decisions/092-spreadsheet-import.md), so the tables
// are ours: TCVN3 from TCVN 5712:1993 (VN3, checked against glibc's TCVN5712-1 in the tests),
// VNI from the VNI-Windows layout (a base letter followed by shape and tone characters).
//
// Which encoding a cell is in cannot be read off its characters alone — "Công" is valid Unicode,
// TCVN3 for "Cụng" and VNI for "Cơng". So each cell is decoded all three ways and the reading
// with the most well-formed Vietnamese syllables wins; a tie keeps the cell as it is.

export type CellEncoding = "unicode" | "tcvn3" | "vni";

// ---- TCVN3 (ABC): one byte per letter, lowercase letters only (capitals come from a separate
// "H" font that draws the same codes as capitals; only the seven unaccented capitals have codes).
// prettier-ignore
export const TCVN3_PAIRS: [number, string][] = [
  [0xa1, "Ă"], [0xa2, "Â"], [0xa3, "Ê"], [0xa4, "Ô"], [0xa5, "Ơ"], [0xa6, "Ư"], [0xa7, "Đ"],
  [0xa8, "ă"], [0xa9, "â"], [0xaa, "ê"], [0xab, "ô"], [0xac, "ơ"], [0xad, "ư"], [0xae, "đ"],
  [0xb5, "à"], [0xb6, "ả"], [0xb7, "ã"], [0xb8, "á"], [0xb9, "ạ"],
  [0xbb, "ằ"], [0xbc, "ẳ"], [0xbd, "ẵ"], [0xbe, "ắ"], [0xc6, "ặ"],
  [0xc7, "ầ"], [0xc8, "ẩ"], [0xc9, "ẫ"], [0xca, "ấ"], [0xcb, "ậ"],
  [0xcc, "è"], [0xce, "ẻ"], [0xcf, "ẽ"], [0xd0, "é"], [0xd1, "ẹ"],
  [0xd2, "ề"], [0xd3, "ể"], [0xd4, "ễ"], [0xd5, "ế"], [0xd6, "ệ"],
  [0xd7, "ì"], [0xd8, "ỉ"], [0xdc, "ĩ"], [0xdd, "í"], [0xde, "ị"],
  [0xdf, "ò"], [0xe1, "ỏ"], [0xe2, "õ"], [0xe3, "ó"], [0xe4, "ọ"],
  [0xe5, "ồ"], [0xe6, "ổ"], [0xe7, "ỗ"], [0xe8, "ố"], [0xe9, "ộ"],
  [0xea, "ờ"], [0xeb, "ở"], [0xec, "ỡ"], [0xed, "ớ"], [0xee, "ợ"],
  [0xef, "ù"], [0xf1, "ủ"], [0xf2, "ũ"], [0xf3, "ú"], [0xf4, "ụ"],
  [0xf5, "ừ"], [0xf6, "ử"], [0xf7, "ữ"], [0xf8, "ứ"], [0xf9, "ự"],
  [0xfa, "ỳ"], [0xfb, "ỷ"], [0xfc, "ỹ"], [0xfd, "ý"], [0xfe, "ỵ"],
];
// Accented capitals of TCVN 5712's full set (VN1) that files typed with a VN1-capable keyboard
// driver contain; the bytes 0x80–0x9F reach us as their Windows-1252 characters. (VN1's
// capitals in control-code positions 0x01–0x17 cannot be stored in a workbook cell.)
// prettier-ignore
export const VN1_CAPITALS: [number, string][] = [
  [0x80, "À"], [0x81, "Ả"], [0x82, "Ã"], [0x83, "Á"], [0x84, "Ạ"], [0x85, "Ặ"], [0x86, "Ậ"],
  [0x87, "È"], [0x88, "Ẻ"], [0x89, "Ẽ"], [0x8a, "É"], [0x8b, "Ẹ"], [0x8c, "Ệ"], [0x8d, "Ì"],
  [0x8e, "Ỉ"], [0x8f, "Ĩ"], [0x90, "Í"], [0x91, "Ị"], [0x92, "Ò"], [0x93, "Ỏ"], [0x94, "Õ"],
  [0x95, "Ó"], [0x96, "Ọ"], [0x97, "Ộ"], [0x98, "Ờ"], [0x99, "Ở"], [0x9a, "Ỡ"], [0x9b, "Ớ"],
  [0x9c, "Ợ"], [0x9d, "Ù"], [0x9e, "Ủ"], [0x9f, "Ũ"],
  [0xaf, "Ằ"], [0xba, "Ẳ"], [0xbf, "Ẵ"], [0xc0, "Ắ"], [0xc1, "Ầ"], [0xc2, "Ẩ"], [0xc3, "Ẫ"],
  [0xc4, "Ấ"], [0xc5, "Ề"], [0xcd, "Ể"], [0xd9, "Ễ"], [0xda, "Ế"], [0xdb, "Ồ"], [0xe0, "Ổ"],
  [0xf0, "Ỗ"], [0xff, "Ố"],
];
const CP1252 = new TextDecoder("windows-1252");
const TCVN3 = new Map<string, string>();
for (const [b, u] of [...TCVN3_PAIRS, ...VN1_CAPITALS]) {
  TCVN3.set(CP1252.decode(Uint8Array.of(b)), u);
  TCVN3.set(String.fromCharCode(b), u); // the C1 control itself, when a tool kept the raw byte
}

/** TCVN3 text (bytes read as Latin-1 characters) to Unicode NFC. */
export function decodeTcvn3(s: string): string {
  let out = "";
  for (const ch of s) out += TCVN3.get(ch) ?? ch;
  // A cell typed in the capitals font: every plain letter is a capital, so the accented ones
  // (which TCVN3 can only write as lowercase codes) were capitals too.
  const ascii = s.match(/[A-Za-z]/g) ?? [];
  if (ascii.length >= 2 && ascii.every((c) => c >= "A" && c <= "Z")) out = out.toUpperCase();
  return out.normalize("NFC");
}

// ---- VNI-Windows: a base letter followed by shape and tone characters.
// prettier-ignore
const VNI_TONE: Record<string, string> = {
  "ù": "\u0301", "ø": "\u0300", "û": "\u0309", "õ": "\u0303", "ï": "\u0323",
  "Ù": "\u0301", "Ø": "\u0300", "Û": "\u0309", "Õ": "\u0303", "Ï": "\u0323",
};
// Circumflex combined with a tone (â alone is the circumflex), breve combined with a tone (ê
// alone is the breve).
// prettier-ignore
const VNI_CIRC: Record<string, string> = {
  "â": "", "á": "\u0301", "à": "\u0300", "å": "\u0309", "ã": "\u0303", "ä": "\u0323",
  "Â": "", "Á": "\u0301", "À": "\u0300", "Å": "\u0309", "Ã": "\u0303", "Ä": "\u0323",
};
// prettier-ignore
const VNI_BREVE: Record<string, string> = {
  "ê": "", "é": "\u0301", "è": "\u0300", "ú": "\u0309", "ü": "\u0303", "ë": "\u0323",
  "Ê": "", "É": "\u0301", "È": "\u0300", "Ú": "\u0309", "Ü": "\u0303", "Ë": "\u0323",
};
// Letters VNI writes as one character of their own.
// prettier-ignore
const VNI_SINGLE: Record<string, string> = {
  "ñ": "đ", "Ñ": "Đ", "ô": "ơ", "Ô": "Ơ", "ö": "ư", "Ö": "Ư",
  "ì": "ì", "í": "í", "æ": "ỉ", "ó": "ĩ", "ò": "ị",
  "Ì": "Ì", "Í": "Í", "Æ": "Ỉ", "Ó": "Ĩ", "Ò": "Ị",
  "î": "ỵ", "Î": "Ỵ",
};

/** VNI-Windows text (bytes read as Windows-1252 characters) to Unicode NFC. */
export function decodeVni(s: string): string {
  const chars = [...s];
  let out = "";
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    const next = chars[i + 1];
    if (/[aeoAEO]/.test(c) && next !== undefined && next in VNI_CIRC) {
      out += c + "\u0302" + VNI_CIRC[next];
      i++;
    } else if (/[aA]/.test(c) && next !== undefined && next in VNI_BREVE) {
      out += c + "\u0306" + VNI_BREVE[next];
      i++;
    } else if (/[aeiouyAEIOUYôöÔÖ]/.test(c) && next !== undefined && next in VNI_TONE) {
      out += (VNI_SINGLE[c] ?? c) + VNI_TONE[next];
      i++;
    } else out += VNI_SINGLE[c] ?? c;
  }
  return out.normalize("NFC");
}

// ---- Which reading is Vietnamese: count well-formed syllables.
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
// prettier-ignore
const NUCLEI = [
  "uyê", "uya", "uyu", "iêu", "yêu", "oai", "oao", "oay", "oeo", "uây", "uôi", "ươi", "ươu",
  "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi", "ôi",
  "ơi", "oo", "ua", "uâ", "uê", "ui", "uô", "uơ", "ươ", "ưa", "ưi", "ưu", "uy", "yê", "ya", "uyê",
  "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y",
];
const SYLLABLE = new RegExp(
  `^(ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnpqrstvx])?(${NUCLEI.join("|")})(ch|ng|nh|[cmnpt])?$`,
);

/** 1 for a well-formed Vietnamese syllable, -1 for a word with non-ASCII letters that is not one. */
function wordScore(word: string): number {
  // A capital after a small letter ("khÝ", "NguyÔn") is a legacy code read as Latin-1, not a word.
  if (/\p{Ll}\p{Lu}/u.test(word)) return /[^\p{ASCII}]/u.test(word) ? -1 : 0;
  const nfd = word.toLowerCase().normalize("NFD");
  const tones = nfd.match(TONES)?.length ?? 0;
  const bare = nfd.replace(TONES, "").normalize("NFC");
  if (tones <= 1 && SYLLABLE.test(bare)) return 1;
  return /[^\p{ASCII}]/u.test(word) ? -1 : 0;
}

export function vietnameseScore(text: string): number {
  let score = 0;
  for (const w of text.split(/[^\p{L}\p{M}\u00a1-\u00bf\u00d7\u00f7]+/u)) if (w) score += wordScore(w);
  return score;
}

const COMBINING = /[\u0300-\u036f]/;
// Letters that exist only in Unicode Vietnamese (never produced by reading legacy bytes as 1252).
const UNICODE_ONLY =
  /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/;

export interface CellText {
  text: string;
  encoding: CellEncoding;
  /** The cell was decomposed (NFD) Unicode and was recomposed. */
  nfd: boolean;
}

/** One cell's text as Unicode NFC, with the encoding it was found in. */
export function toUnicode(s: string): CellText {
  const nfc = s.normalize("NFC");
  const nfd = nfc !== s;
  // Plain ASCII, already Unicode Vietnamese, or decomposed Unicode: nothing legacy about it.
  if (
    !/[\u0080-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u2122]/.test(nfc) ||
    UNICODE_ONLY.test(nfc) ||
    COMBINING.test(s)
  )
    return { text: nfc, encoding: "unicode", nfd };
  const asIs = vietnameseScore(nfc);
  const tcvn = decodeTcvn3(nfc);
  const vni = decodeVni(nfc);
  const tScore = vietnameseScore(tcvn);
  const vScore = vietnameseScore(vni);
  if (vScore > asIs && vScore >= tScore && vni !== nfc) return { text: vni, encoding: "vni", nfd };
  if (tScore > asIs && tcvn !== nfc) return { text: tcvn, encoding: "tcvn3", nfd };
  return { text: nfc, encoding: "unicode", nfd };
}
