import { describe, expect, it } from "vitest";
import * as cell from "../../../app/modules/import/spreadsheet/cells";
import {
  columnLetters,
  findHeaderRow,
  missingFields,
  proposeMapping,
  recogniseHeader,
  headerKey,
} from "../../../app/modules/import/spreadsheet/headers";

describe("tax codes", () => {
  it.each([
    ["0101234567", "0101234567"],
    ["0101234567-001", "0101234567001"],
  ])("keeps 10 and 13 digits: %s → %s", (raw, value) => {
    expect(cell.taxCode(raw)).toEqual({ ok: true, value });
  });

  it.each([
    ["101234567", "0101234567"],
    ["101234567001", "0101234567001"],
  ])("restores a lost zero where the length proves it: %s → %s", (raw, value) => {
    expect(cell.taxCode(raw)).toMatchObject({ ok: true, value });
  });

  it("restores no zero where the length does not prove it, and refuses other characters", () => {
    // The reason in English, and the same as a code with values for the reader's language.
    expect(cell.taxCode("012345678")).toEqual({
      ok: false,
      reason: "tax code has 9 digits (a tax code has 10, or 13 for a branch)",
      message: { code: "import.msg.taxDigits", params: { digits: 9 } },
    });
    expect(cell.taxCode("12345678")).toMatchObject({
      ok: false,
      reason: "tax code has 8 digits (a tax code has 10, or 13 for a branch)",
    });
    expect(cell.taxCode("01012345678")).toMatchObject({ ok: false });
    expect(cell.taxCode("MST 0101")).toMatchObject({
      ok: false,
      reason: 'tax code "MST 0101" has characters other than digits',
    });
  });
});

describe("several values in one cell", () => {
  it("splits on ; , new lines and bullets, not inside numbers", () => {
    expect(cell.splitValues("ép nhựa; dập kim loại,  hàn\n- sơn tĩnh điện")).toEqual([
      "ép nhựa",
      "dập kim loại",
      "hàn",
      "sơn tĩnh điện",
    ]);
    expect(cell.splitValues("thép 1,5 mm")).toEqual(["thép 1,5 mm"]);
  });
  it("splits phones", () => {
    expect(cell.phones("024 3883 1234 - 0912 345 678")).toEqual(["024 3883 1234", "0912 345 678"]);
    expect(cell.phones("0987 654 321 / 0904 111 222")).toEqual(["0987 654 321", "0904 111 222"]);
    expect(cell.phones("ĐT: 0243 525 8888; DĐ: 0988 777 666")).toEqual(["0243 525 8888", "0988 777 666"]);
  });
});

describe("dates", () => {
  it("reads dd/mm/yyyy, month/year, ISO and Excel serials; day first", () => {
    expect(cell.date("31/12/2027")).toEqual({ ok: true, value: "2027-12-31" });
    expect(cell.date("1.6.2015")).toEqual({ ok: true, value: "2015-06-01" });
    expect(cell.date("02/2028")).toEqual({ ok: true, value: "2028-02-29" });
    expect(cell.date("2027-09-30")).toEqual({ ok: true, value: "2027-09-30" });
    expect(cell.date(46660)).toEqual({ ok: true, value: "2027-09-30" });
    expect(cell.date(42429)).toEqual({ ok: true, value: "2016-02-29" });
    expect(cell.date("31/02/2027")).toMatchObject({ ok: false });
    expect(cell.date("12/31/2027")).toMatchObject({ ok: false });
    expect(cell.year(2011)).toEqual({ ok: true, value: 2011 });
    expect(cell.year(37726)).toEqual({ ok: true, value: 2003 });
    expect(cell.year("15/03/2008")).toEqual({ ok: true, value: 2008 });
    expect(cell.count("khoảng 1.200")).toEqual({ ok: true, value: 1200 });
  });
});

describe("numbers in cells (employees, capital, revenue, volumes)", () => {
  it("reads thousands grouped the Vietnamese way and the English way", () => {
    // Employees
    expect(cell.count("1.000.000")).toEqual({ ok: true, value: 1000000 });
    expect(cell.count("1,000,000")).toEqual({ ok: true, value: 1000000 });
    expect(cell.count("khoảng 12.500 lao động")).toEqual({ ok: true, value: 12500 });
    expect(cell.count("50-100")).toEqual({ ok: true, value: 100 });
    expect(cell.count("1.000 - 2.000")).toEqual({ ok: true, value: 2000 });
    // Capital (vốn điều lệ) and revenue (doanh thu), as the lists write them
    expect(cell.parseNumber("1.000.000.000")).toBe(1000000000);
    expect(cell.parseNumber("25,000,000,000")).toBe(25000000000);
    expect(cell.numbersIn("Vốn điều lệ: 1.000.000.000 đồng")).toEqual([1000000000]);
    expect(cell.parseNumber("1.234,5")).toBe(1234.5);
    expect(cell.parseNumber("1,234.5")).toBe(1234.5);
    expect(cell.parseNumber("12.345.678,25")).toBe(12345678.25);
    expect(cell.parseNumber("12,345,678.25")).toBe(12345678.25);
    expect(cell.numbersIn("Doanh thu 2024: 1.234,5 tỷ")).toEqual([2024, 1234.5]);
    // Plain decimals
    expect(cell.parseNumber("1,5")).toBe(1.5);
    expect(cell.parseNumber("2.75")).toBe(2.75);
  });

  it("reads an ambiguous single group of three as thousands, in both conventions", () => {
    expect(cell.parseNumber("1.500")).toBe(1500);
    expect(cell.parseNumber("1,500")).toBe(1500);
    expect(cell.count("1.500")).toEqual({ ok: true, value: 1500 });
    // A leading zero cannot open a thousands group: that one is a decimal.
    expect(cell.parseNumber("0,500")).toBe(0.5);
  });

  it("refuses badly grouped numbers and fractional head counts, naming the cell text", () => {
    expect(cell.parseNumber("1.00.000")).toBeNull();
    expect(cell.parseNumber("1.000,000.5")).toBeNull();
    expect(cell.parseNumber("1,234,5")).toBeNull();
    expect(cell.count("1.00.000")).toMatchObject({
      ok: false,
      reason: '"1.00.000" is not a number (write 1.000.000 or 1,000,000)',
    });
    expect(cell.count("1.234,5")).toMatchObject({ ok: false, reason: '"1.234,5" is not a whole number' });
    expect(cell.count("không rõ")).toMatchObject({ ok: false, reason: '"không rõ" is not a number' });
  });
});

describe("certifications", () => {
  it("parses standards with their validity", () => {
    expect(cell.certifications("ISO 9001:2015; IATF 16949")).toEqual({
      ok: true,
      value: [{ standard: "ISO 9001:2015" }, { standard: "IATF 16949" }],
    });
    expect(cell.certifications("ISO9001:2015 (HL đến 31/12/2027), ISO 14001 hết hạn 06/2026")).toEqual({
      ok: true,
      value: [
        { standard: "ISO9001:2015", validUntil: "2027-12-31" },
        { standard: "ISO 14001", validUntil: "2026-06-30" },
      ],
    });
    expect(cell.certifications("ISO 9001:2015 valid until 31/12/2027")).toEqual({
      ok: true,
      value: [{ standard: "ISO 9001:2015", validUntil: "2027-12-31" }],
    });
  });
});

describe("headers", () => {
  it("recognises Vietnamese with and without diacritics, abbreviations and English", () => {
    const cases: [string, string | null][] = [
      ["STT", "rowNumber"],
      ["Tên doanh nghiệp", "nameVi"],
      ["TEN CONG TY", "nameVi"],
      ["MST", "taxCode"],
      ["Mã số thuế", "taxCode"],
      ["Ma so thue", "taxCode"],
      ["ĐT", "contactPhone"],
      ["SĐT", "contactPhone"],
      ["Số điện thoại", "contactPhone"],
      ["KCN/CCN", "industrialZone"],
      ["Khu công nghiệp", "industrialZone"],
      ["Company name", "nameVi"],
      ["Tax code", "taxCode"],
      ["Tên tiếng Anh", "nameEn"],
      ["Email liên hệ", "contactEmail"],
      ["Ngày thành lập", "founded"],
      ["Số LĐ", "employees"],
      ["Chứng chỉ", "certifications"],
      ["Ngày hết hạn", "certificationValidUntil"],
      ["Ghi chú", null],
      ["Hội viên", null],
    ];
    for (const [h, f] of cases) expect(recogniseHeader(h), h).toBe(f);
  });

  it("recognises the Japanese headers of a ja export, whatever the punctuation; other Japanese is no name", () => {
    const cases: [string, string | null][] = [
      ["番号", "ref"],
      ["企業名", "nameVi"],
      ["税番号", "taxCode"],
      ["社・坊", "commune"],
      ["社/坊", "commune"],
      ["省・市", "city"],
      ["ウェブサイト", "website"],
      ["従業員数", "employees"],
      ["メール", "contactEmail"],
      ["備考", null],
      ["・", null],
    ];
    for (const [h, f] of cases) expect(recogniseHeader(h), h).toBe(f);
    // Voiced kana survive the diacritic folding that Vietnamese needs (ブ is not フ).
    expect(headerKey("ウェブサイト")).toBe("ウェブサイト");
    expect(headerKey("Mã số thuế")).toBe("ma so thue");
  });

  it("finds the header under title rows, proposes a mapping and says what it lacks", () => {
    const rows = [
      ["DANH SÁCH DOANH NGHIỆP"],
      [],
      ["STT", "Tên DN", "MST", "Ghi chú"],
      ["1", "Cty A", "0101234567", ""],
    ];
    expect(findHeaderRow(rows)).toBe(2);
    const m = proposeMapping(rows[2]);
    expect(m.map((c) => [c.column, c.field])).toEqual([
      ["A", "rowNumber"],
      ["B", "nameVi"],
      ["C", "taxCode"],
      ["D", null],
    ]);
    expect(missingFields(m)).toEqual([]);
    expect(missingFields(proposeMapping(["TT", "Hội viên", "Số ĐKKD"]))).toEqual(["nameVi", "taxCode"]);
    expect([1, 26, 27, 52, 703].map(columnLetters)).toEqual(["A", "Z", "AA", "AZ", "AAA"]);
  });
});
