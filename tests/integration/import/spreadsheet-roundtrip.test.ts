import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDb } from "../../helpers/db";
import { importDirectory } from "../../../app/services/import/run.server";
import { exportDirectory } from "../../../app/services/import/export.server";
import { directoryCsv, directoryXlsx } from "../../../app/modules/import/spreadsheet/export";
import { importSpreadsheet, planSpreadsheet } from "../../../app/services/import/spreadsheet.server";
import { snapshot } from "./snapshot";

// Issue 12: an export → import round trip of a workbook reports everything unchanged — on the
// 1,200-firm sample, whose Vietnamese (with and without diacritics) must come back byte for byte.
const SAMPLE = fs.readFileSync(
  path.resolve(import.meta.dirname, "../../fixtures/directory-sample.json"),
  "utf8",
);

let t: Awaited<ReturnType<typeof freshDb>>;
beforeAll(async () => {
  t = await freshDb();
  await importDirectory(t, SAMPLE);
});
afterAll(() => t?.close());

describe("directory export as a spreadsheet", () => {
  it("exported in each language (vi, en, ja; xlsx and CSV) it imports back all unchanged", async () => {
    const { suppliers } = await exportDirectory(t.db);
    expect(suppliers.length).toBe(1200);
    const before = await snapshot(t);
    for (const [name, buf] of [
      ["danh-ba.xlsx", await directoryXlsx(suppliers, "vi", "Danh bạ")],
      ["directory.csv", Buffer.from(directoryCsv(suppliers, "en"), "utf8")],
      ["meibo.xlsx", await directoryXlsx(suppliers, "ja", "企業名簿")],
      ["meibo.csv", Buffer.from(directoryCsv(suppliers, "ja"), "utf8")],
    ] as const) {
      const plan = await planSpreadsheet(buf, name);
      expect(plan.missing, name).toEqual([]);
      expect(
        plan.mapping.filter((m) => !m.field),
        name,
      ).toEqual([]);
      const r = await importSpreadsheet(t, plan);
      expect(r.rejections, name).toEqual([]);
      expect(r.suppliers, name).toMatchObject({ created: 0, updated: 0, unchanged: 1200, rejected: 0 });
      expect(r.spreadsheet.converted, name).toEqual({ tcvn3: 0, vni: 0, nfd: 0 });
    }
    // The ja files really carry Japanese headers (the import read them, not English ones).
    const ja = await planSpreadsheet(await directoryXlsx(suppliers, "ja", "企業名簿"), "meibo.xlsx");
    expect(ja.mapping.slice(0, 4).map((m) => [m.header, m.field])).toEqual([
      ["番号", "ref"],
      ["企業名", "nameVi"],
      ["英語名", "nameEn"],
      ["税番号", "taxCode"],
    ]);
    expect(await snapshot(t)).toEqual(before);
  }, 600_000);

  it("writes tax codes as text, years as numbers, and formulas never", async () => {
    const s = {
      ref: "X-1",
      name: { vi: '=HYPERLINK("http://evil","Công ty")' },
      taxCode: "0101234567",
      founded: 2003,
      contact: { phone: "+84 24 3883 1234" },
    };
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await directoryXlsx([s], "en", "Directory")) as unknown as ArrayBuffer);
    const row = wb.worksheets[0].getRow(2);
    expect(row.getCell(2).type).toBe(ExcelJS.ValueType.String);
    expect(row.getCell(2).value).toBe(s.name.vi);
    expect(row.getCell(4).value).toBe("0101234567");
    expect(row.getCell(6).value).toBe(2003);
    expect(wb.worksheets[0].getRow(1).getCell(4).value).toBe("Tax code");
    const csv = directoryCsv([s], "vi");
    expect(csv.startsWith("\uFEFFMã,Tên doanh nghiệp,")).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"",""Công ty"")"`);
    expect(csv).toContain("'+84 24 3883 1234");
  });
});
