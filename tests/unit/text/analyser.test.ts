import { describe, expect, it } from "vitest";
import { fold, isCodeToken, tokenize } from "../../../app/modules/text/analyser";

describe("fold", () => {
  it("strips Vietnamese marks and lower-cases", () => {
    expect(fold("Hà Nội")).toBe("ha noi");
    expect(fold("ĐÚC ÁP LỰC")).toBe("duc ap luc");
    expect(fold("Ứng dụng ơ ư Ă Â Ê Ô")).toBe("ung dung o u a a e o");
  });

  it("folds đ/Đ to d, which NFD alone does not", () => {
    expect(fold("đồng Đông Anh")).toBe("dong dong anh");
  });

  it("collapses and trims whitespace", () => {
    expect(fold("  ép \t nhựa\n PP  ")).toBe("ep nhua pp");
  });

  it("keeps CJK as written, including voiced kana", () => {
    expect(fold("射出成形")).toBe("射出成形");
    expect(fold("ダイカスト")).toBe("ダイカスト");
    expect(fold("ガスケット")).toBe("ガスケツト"); // voiced kana kept; small ッ full size (foldKana)
  });

  it("maps full-width letters and unit symbols to ASCII", () => {
    expect(fold("ＳＵＳ３０４ 10㎜")).toBe("sus304 10mm");
  });

  it("is idempotent", () => {
    for (const s of ["Hà Nội", "ĐÚC ÁP LỰC", "アルミダイカスト", "SUS304 6061-T6"])
      expect(fold(fold(s))).toBe(fold(s));
  });
});

describe("tokenize", () => {
  it("keeps part codes, grades and sizes whole", () => {
    expect(tokenize("SUS304")).toEqual(["sus304"]);
    expect(tokenize("6061-T6")).toEqual(["6061-t6"]);
    expect(tokenize("M8x1.25")).toEqual(["m8x1.25"]);
    expect(tokenize("3.5mm")).toEqual(["3.5mm"]);
    expect(tokenize("ống 1,5mm, ren 1/2 inch")).toEqual(["ong", "1,5mm", "ren", "1/2", "inch"]);
  });

  it("splits Vietnamese into syllables", () => {
    expect(tokenize("gia công CNC")).toEqual(["gia", "cong", "cnc"]);
    expect(tokenize("Sản xuất lò xo, bu-lông")).toEqual(["san", "xuat", "lo", "xo", "bu", "long"]);
  });

  it("splits lists and standard names at punctuation that is not part of a code", () => {
    expect(tokenize("PP/PE, ABS")).toEqual(["pp", "pe", "abs"]);
    expect(tokenize("ISO 9001:2015")).toEqual(["iso", "9001", "2015"]);
    expect(tokenize("OEKO-TEX® Standard 100")).toEqual(["oeko", "tex", "standard", "100"]);
    expect(tokenize('AND OR NOT "quoted" (x*)')).toEqual(["and", "or", "not", "quoted", "x"]);
  });

  it("makes each run of CJK characters one token", () => {
    expect(tokenize("射出成形")).toEqual(["射出成形"]);
    expect(tokenize("アルミダイカスト加工 と SUS304")).toEqual(["アルミダイカスト加工", "ト", "sus304"]);
    expect(tokenize("金型製作、プレス加工")).toEqual(["金型製作", "プレス加工"]);
  });

  it("returns nothing for empty or punctuation-only input", () => {
    expect(tokenize("")).toEqual([]);
    expect(tokenize(" -- ,. ")).toEqual([]);
  });

  // Speed belongs in `npm run bench -- search`; here only that a long mixed text tokenizes.
  it("tokenizes long mixed-script text over and over without error", () => {
    const text =
      "Công ty TNHH Cơ khí Lạc Hồng chuyên gia công CNC, dập tấm SUS304 6061-T6 M8x1.25 cho giá đỡ; 射出成形 ";
    let n = 0;
    for (let i = 0; i < 2_000; i++) n += tokenize(text).length;
    expect(n).toBe(2_000 * tokenize(text).length);
  });
});

describe("isCodeToken", () => {
  it("is true for tokens with a digit (no typo tolerance on them)", () => {
    for (const t of ["sus304", "6061-t6", "m8x1.25", "3.5mm", "9001"]) expect(isCodeToken(t)).toBe(true);
    for (const t of ["cnc", "nhua", "射出成形", ""]) expect(isCodeToken(t)).toBe(false);
  });
});
