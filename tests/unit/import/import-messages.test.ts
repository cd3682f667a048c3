import { describe, expect, it } from "vitest";
import { messages } from "../../../app/modules/i18n/messages/index";
import { translator } from "../../../app/modules/i18n/translate";
import {
  englishOf,
  IMPORT_CODES,
  importMessage,
  renderImportMessage,
  schemaMessage,
} from "../../../app/modules/import/messages";
import * as cell from "../../../app/modules/import/spreadsheet/cells";
import { formatReport } from "../../../app/modules/import/report";
import { emptyCounts } from "../../../app/modules/import/report";
import { problem } from "../../../app/modules/import/validate";

// Every code the importer builds has Vietnamese and English text, each placeholder is filled,
// and the English is the text the CLI and the API have always printed.

const vi = translator("vi");
const en = translator("en");
// Codes whose text is only placeholders and punctuation: the same in every language.
const FORMAT_ONLY = new Set(["pos", "posRef", "text", "schema.other"]);

describe("import message codes", () => {
  it.each(IMPORT_CODES.map((c) => [c]))("%s has vi and en text", (code) => {
    const key = `import.msg.${code}`;
    expect(messages.vi[key], `vi ${key}`).toBeTruthy();
    expect(messages.en[key], `en ${key}`).toBeTruthy();
    if (!FORMAT_ONLY.has(code)) expect(messages.vi[key]).not.toBe(messages.en[key]);
    // Every placeholder the English names, the Vietnamese fills too (fieldReason: label vs path).
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    if (code !== "fieldReason") expect(names(messages.vi[key])).toEqual(names(messages.en[key]));
    const params = Object.fromEntries(
      [...names(messages.vi[key]), ...names(messages.en[key])].map((n) => [n, "X"]),
    );
    for (const t of [vi, en])
      expect(renderImportMessage(importMessage(code, params), t)).not.toMatch(/\{\w+\}/);
  });

  it("the CLI's report lines have vi and en text", () => {
    const keys = Object.keys(messages.en).filter((k) => k.startsWith("import.cli."));
    expect(keys.length).toBeGreaterThan(20);
    for (const k of keys) expect(messages.vi[k], k).toBeTruthy();
  });

  it("a cell's message renders in each language, nested reasons included", () => {
    const bad = cell.date("31/02/2027");
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    const m = importMessage("certValidity", { reason: bad.message });
    expect(renderImportMessage(m, en)).toBe(
      'certificate validity: "31/02/2027" is not a real date (day/month/year)',
    );
    expect(renderImportMessage(m, vi)).toBe(
      "hiệu lực chứng nhận: “31/02/2027” không phải là ngày có thật (ngày/tháng/năm)",
    );
    expect(englishOf(m)).toBe(renderImportMessage(m, en));
  });

  it("the directory schema's English messages keep their text and gain Vietnamese", () => {
    for (const text of [
      "is required",
      "must be at most 200 characters",
      "must be 10 or 13 digits",
      "XX is not an ISO 3166-1 country code",
      "must be a web address such as https://example.vn",
      "must be at least 1",
    ]) {
      const m = schemaMessage(text);
      expect(m.code).not.toBe("import.msg.schema.other");
      expect(englishOf(m)).toBe(text);
      expect(renderImportMessage(m, vi)).not.toBe(text);
    }
    expect(renderImportMessage(schemaMessage("something new"), en)).toBe("something new");
  });

  it("the CLI report: English by default, Vietnamese when asked", () => {
    const report = {
      dryRun: true,
      replace: false,
      suppliers: { ...emptyCounts(), created: 2, rejected: 1 },
      buyers: emptyCounts(),
      requests: emptyCounts(),
      rejections: [
        {
          section: "suppliers" as const,
          index: -1,
          ref: null,
          at: "DS!12",
          problems: [problem("taxCode", importMessage("taxDigits", { digits: 8 }), "DS!C12")],
        },
      ],
      kept: [],
      replaceSkipped: null,
      durationMs: 1500,
      conflicts: [],
    };
    expect(formatReport(report)).toBe(
      [
        "Dry run (nothing written) finished in 1.5 s",
        "  suppliers 2 created, 0 updated, 0 unchanged, 1 rejected",
        "  buyers    0 created, 0 updated, 0 unchanged, 0 rejected",
        "  requests  0 created, 0 updated, 0 unchanged, 0 rejected",
        "Rejected 1 record (left as they were in the directory):",
        "  DS!C12: tax code has 8 digits (a tax code has 10, or 13 for a branch)",
      ].join("\n"),
    );
    const inVi = formatReport(report, vi);
    expect(inVi).toContain("Chạy thử (không ghi gì) xong trong 1.5 giây");
    expect(inVi).toContain(
      "  DS!C12: mã số thuế có 8 chữ số (mã số thuế có 10 chữ số, hoặc 13 với chi nhánh)",
    );
  });
});
