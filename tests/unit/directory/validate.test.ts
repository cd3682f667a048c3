import { describe, expect, it } from "vitest";
import {
  DirectoryFormatError,
  formatRejection,
  parseDirectoryJson,
  validateDirectory,
} from "../../../app/modules/import/validate";
import { detectLang } from "../../../app/modules/import/lang";

const none = { organisations: new Map<string, "supplier" | "buyer" | "organiser">() };
const sup = (ref: string, extra: object = {}) => ({ ref, name: { vi: `Công ty ${ref}` }, ...extra });
const lines = (raw: unknown, existing = none) =>
  validateDirectory(raw, existing).rejections.flatMap(formatRejection);

describe("validateDirectory", () => {
  it("refuses a file that is not cnht-directory/1 as a whole", () => {
    expect(() => parseDirectoryJson("{not json")).toThrow(DirectoryFormatError);
    expect(() => validateDirectory([], none)).toThrow(/expected a JSON object/);
    expect(() => validateDirectory({ format: "cnht-directory/2", suppliers: [] }, none)).toThrow(
      'not a cnht-directory/1 file: unknown format "cnht-directory/2", expected "cnht-directory/1"',
    );
    expect(() => validateDirectory({ suppliers: [] }, none)).toThrow('missing "format": "cnht-directory/1"');
    expect(() => validateDirectory({ format: "cnht-directory/1" }, none)).toThrow("suppliers: is required");
    expect(() => validateDirectory({ format: "cnht-directory/1", suppliers: [], extra: 1 }, none)).toThrow(
      /Unrecognized key/,
    );
  });

  it("names the record, its ref, the field and the reason", () => {
    const suppliers = Array.from({ length: 13 }, (_, i) => sup(`S-${String(i + 1).padStart(5, "0")}`));
    suppliers[12] = sup("S-00013", { taxCode: "12345" });
    suppliers[3] = { name: { en: "No ref" } } as never;
    expect(lines({ format: "cnht-directory/1", suppliers })).toEqual([
      "suppliers[3]: ref: is required",
      "suppliers[12] (S-00013): taxCode: must be 10 or 13 digits",
    ]);
  });

  it("refuses both records of a ref given twice, across suppliers and buyers", () => {
    const v = validateDirectory(
      {
        format: "cnht-directory/1",
        suppliers: [sup("S-1"), sup("X-1"), sup("S-2")],
        buyers: [{ ref: "X-1", name: { en: "Buyer" } }],
      },
      none,
    );
    expect(v.suppliers.map((a) => a.record.ref)).toEqual(["S-1", "S-2"]);
    expect(v.rejections.flatMap(formatRejection)).toEqual([
      "suppliers[1] (X-1): ref: X-1 appears more than once in the file (also buyers[0])",
      "buyers[0] (X-1): ref: X-1 appears more than once in the file (also suppliers[1])",
    ]);
  });

  it("refuses two suppliers with one tax code, and a ref that is another kind in the directory", () => {
    const existing = { organisations: new Map([["B-1", "buyer" as const]]) };
    expect(
      lines(
        {
          format: "cnht-directory/1",
          suppliers: [
            sup("S-1", { taxCode: "0100000001" }),
            sup("S-2", { taxCode: "0100000001" }),
            sup("B-1"),
          ],
        },
        existing,
      ),
    ).toEqual([
      "suppliers[0] (S-1): taxCode: 0100000001 is also given to suppliers[1] (S-2)",
      "suppliers[1] (S-2): taxCode: 0100000001 is also given to suppliers[0] (S-1)",
      "suppliers[2] (B-1): ref: B-1 already belongs to a buyer, not a supplier",
    ]);
  });

  it("accepts a request whose buyer is valid in the file or already in the directory, and only then", () => {
    const existing = {
      organisations: new Map([
        ["B-db", "buyer" as const],
        ["S-db", "supplier" as const],
      ]),
    };
    const req = (ref: string, buyer: string) => ({ ref, buyer, title: { en: "Parts" } });
    const v = validateDirectory(
      {
        format: "cnht-directory/1",
        suppliers: [],
        buyers: [
          { ref: "B-file", name: { en: "B" } },
          { ref: "B-bad", name: { en: "B" }, country: "xx" },
        ],
        requests: [
          req("R-1", "B-file"),
          req("R-2", "B-db"),
          req("R-3", "B-none"),
          req("R-4", "B-bad"),
          req("R-5", "S-db"),
        ],
      },
      existing,
    );
    expect(v.requests.map((a) => a.record.ref)).toEqual(["R-1", "R-2"]);
    expect(v.rejections.flatMap(formatRejection)).toEqual([
      "buyers[1] (B-bad): country: must be a two-letter country code in capitals (e.g. JP)",
      "requests[2] (R-3): buyer: no buyer with ref B-none in the file or the directory",
      "requests[3] (R-4): buyer: buyer B-bad is rejected in this file and not in the directory",
      "requests[4] (R-5): buyer: S-db is a supplier, not a buyer",
    ]);
  });
});

describe("detectLang", () => {
  it("tells Vietnamese (with or without diacritics), English, Japanese and bare codes apart", () => {
    expect(
      [
        "ép nhựa",
        "gia cong CNC",
        "thep SS400",
        "injection moulding",
        "SS400 steel",
        "射出成形",
        "ADC12",
        "SUS 316",
      ].map(detectLang),
    ).toEqual(["vi", "vi", "vi", "en", "en", "ja", null, null]);
  });
});
