import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { decodeTcvn3, decodeVni, toUnicode } from "../../../app/modules/import/spreadsheet/legacy";
import { encodeTcvn3, encodeVni } from "../../../scripts/fixtures/legacy-encode";

// Every Vietnamese letter with every tone mark, in both legacy encodings, lower and upper case.
const VOWELS = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"];
const TONES = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"]; // none, huyền, sắc, hỏi, ngã, nặng
const LOWER = [...VOWELS.flatMap((v) => TONES.map((t) => (v + t).normalize("NFC"))), "đ"];
const UPPER = LOWER.map((l) => l.toUpperCase());

describe("TCVN3 (ABC)", () => {
  // The reference: glibc's TCVN5712-1 converter, whose lowercase half is TCVN3 (VN3).
  const bytes = Buffer.from(Array.from({ length: 0xff - 0x80 + 1 }, (_, i) => 0x80 + i));
  const cp1252 = new TextDecoder("windows-1252"); // how a workbook shows a byte of a legacy font
  // Unicode letter -> TCVN3 character (as Latin-1); plain letters are ASCII in every encoding.
  const reference = new Map<string, string>([..."aeiouyAEIOUY"].map((c) => [c, c]));
  const decoded = execFileSync("iconv", ["-f", "TCVN5712-1", "-t", "UTF-32LE"], { input: bytes });
  for (let i = 0; i < bytes.length; i++) {
    const ch = String.fromCodePoint(decoded.readUInt32LE(i * 4)).normalize("NFC");
    if (/\p{L}/u.test(ch) && !reference.has(ch)) reference.set(ch, cp1252.decode(bytes.subarray(i, i + 1)));
  }

  it("has a code for each of the 73 lowercase letters, and decodes each to it", () => {
    expect(LOWER).toHaveLength(73);
    for (const letter of LOWER) {
      const code = reference.get(letter);
      expect(code, `TCVN3 code of ${letter}`).toBeDefined();
      expect(decodeTcvn3(code!), `${letter} from ${code}`).toBe(letter);
      expect(encodeTcvn3(letter)).toBe(code); // the fixtures' encoder agrees with the reference
    }
  });

  it("decodes every capital with a code above 0x7F, and every capital in text typed in the capitals font", () => {
    let coded = 0;
    for (const cap of UPPER) {
      const code = reference.get(cap);
      if (code === undefined) continue; // VN1 puts it at a control code (0x01–0x17): not in a cell
      expect(decodeTcvn3(code), `${cap} from ${code}`).toBe(cap);
      coded++;
    }
    expect(coded).toBeGreaterThanOrEqual(60);
    // The ABC (.VnTimeH) capitals font draws the lowercase codes as capitals, so a cell whose
    // plain letters are all capitals is read as all capitals.
    for (const cap of UPPER) {
      const code = /^[A-Z]$/.test(cap) ? cap : reference.get(cap.toLowerCase())!;
      expect(decodeTcvn3(`TH${code}NG`), cap).toBe(`TH${cap}NG`);
    }
  });

  it("recognises TCVN3 cells and converts them", () => {
    expect(toUnicode("C«ng ty TNHH c¬ khÝ")).toEqual({
      text: "Công ty TNHH cơ khí",
      encoding: "tcvn3",
      nfd: false,
    });
    for (const phrase of PHRASES) expect(toUnicode(encodeTcvn3(phrase)).text).toBe(phrase);
    expect(toUnicode(encodeTcvn3("CÔNG TY CỔ PHẦN ĐIỆN TỬ HÀ NỘI")).text).toBe(
      "CÔNG TY CỔ PHẦN ĐIỆN TỬ HÀ NỘI",
    );
  });
});

describe("VNI-Windows", () => {
  // The VNI layout as its keyboard documents it, written out here independently of the decoder:
  // tones ù ø û õ ï after the vowel; â = circumflex (á à å ã ä with a tone); ê = breve
  // (é è ú ü ë with a tone); ô and ö stand for ơ and ư; i with a tone and ỵ are one character;
  // đ is ñ. Capitals use the capital forms of the same characters.
  const TONE: Record<string, string> = {
    "": "",
    "\u0300": "ø",
    "\u0301": "ù",
    "\u0309": "û",
    "\u0303": "õ",
    "\u0323": "ï",
  };
  const CIRC: Record<string, string> = {
    "": "â",
    "\u0300": "à",
    "\u0301": "á",
    "\u0309": "å",
    "\u0303": "ã",
    "\u0323": "ä",
  };
  const BREVE: Record<string, string> = {
    "": "ê",
    "\u0300": "è",
    "\u0301": "é",
    "\u0309": "ú",
    "\u0303": "ü",
    "\u0323": "ë",
  };
  const I: Record<string, string> = {
    "": "i",
    "\u0300": "ì",
    "\u0301": "í",
    "\u0309": "æ",
    "\u0303": "ó",
    "\u0323": "ò",
  };
  function vni(vowel: string, tone: string): string {
    if (vowel === "ă") return "a" + BREVE[tone];
    if (vowel === "â" || vowel === "ê" || vowel === "ô")
      return { â: "a", ê: "e", ô: "o" }[vowel] + CIRC[tone];
    if (vowel === "ơ") return "ô" + TONE[tone];
    if (vowel === "ư") return "ö" + TONE[tone];
    if (vowel === "i") return I[tone];
    if (vowel === "y" && tone === "\u0323") return "î";
    return vowel + TONE[tone];
  }

  it("decodes every letter with every tone, lower and upper case", () => {
    let n = 0;
    for (const v of VOWELS)
      for (const t of TONES) {
        const letter = (v + t).normalize("NFC");
        expect(decodeVni(vni(v, t)), `${letter} from ${vni(v, t)}`).toBe(letter);
        expect(decodeVni(vni(v, t).toUpperCase()), `${letter.toUpperCase()}`).toBe(letter.toUpperCase());
        expect(encodeVni(letter)).toBe(vni(v, t));
        n++;
      }
    expect(decodeVni("ñ")).toBe("đ");
    expect(decodeVni("Ñ")).toBe("Đ");
    expect(n + 1).toBe(73);
  });

  it("recognises VNI cells and converts them", () => {
    expect(toUnicode("Coâng ty TNHH cô khí")).toEqual({
      text: "Công ty TNHH cơ khí",
      encoding: "vni",
      nfd: false,
    });
    expect(toUnicode("Vieät Nam").text).toBe("Việt Nam");
    for (const phrase of PHRASES) expect(toUnicode(encodeVni(phrase)).text).toBe(phrase);
    expect(toUnicode(encodeVni("CÔNG TY CỔ PHẦN ĐIỆN TỬ HÀ NỘI")).text).toBe(
      "CÔNG TY CỔ PHẦN ĐIỆN TỬ HÀ NỘI",
    );
  });
});

const PHRASES = [
  "Công ty TNHH Cơ khí Chính xác Đông Anh",
  "Đường Nguyễn Trãi, Thanh Xuân, Hà Nội",
  "ép nhựa; dập kim loại; mạ kẽm nhúng nóng",
  "Lô 21, KCN Bắc Thăng Long",
  "khuôn mẫu, chi tiết máy, bánh răng",
  "Nguyễn Thị Thuỷ",
  "gioăng cao su chịu dầu",
  "sơn tĩnh điện, xử lý bề mặt",
  "hệ thống quản lý chất lượng",
  "Người liên hệ: Phạm Đức Anh",
];

describe("cells already in Unicode are left as they are", () => {
  it("keeps Unicode text, including words made only of Latin-1 letters", () => {
    for (const s of [
      ...PHRASES,
      "Công",
      "Hòa Bình",
      "Hoà",
      "café",
      "Nhà máy số 1",
      "Tô Hiến Thành",
      "ISO 9001:2015",
      "Sóc Sơn",
    ])
      expect(toUnicode(s)).toEqual({ text: s, encoding: "unicode", nfd: false });
  });

  it("recomposes decomposed (NFD) text", () => {
    for (const s of PHRASES) {
      const r = toUnicode(s.normalize("NFD"));
      expect(r.text).toBe(s);
      expect(r.encoding).toBe("unicode");
      expect(r.nfd).toBe(true);
    }
  });
});
