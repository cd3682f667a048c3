import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  checkUnpackedSize,
  readSheet,
  SpreadsheetError,
  XLSX_MAX_UNPACKED,
} from "../../../app/modules/import/spreadsheet/read";
import { FIXTURE_DIR } from "../../../scripts/fixtures/spreadsheets";
import { zip } from "../../helpers/zip";

// A workbook is a zip: the upload limit counts compressed bytes, so a "zip bomb" (a sheet of one
// repeated byte, deflated a thousandfold) must be refused before exceljs inflates it.

describe("a workbook's unpacked size", () => {
  it("lets the fixtures through and counts what they unpack to, against any limit", async () => {
    const buf = fs.readFileSync(path.join(FIXTURE_DIR, "so-cong-thuong-2024.xlsx"));
    expect(() => checkUnpackedSize(buf)).not.toThrow();
    expect(() => checkUnpackedSize(buf, 2_000)).toThrow(
      "the workbook unpacks to more than 2000 bytes; split the list into several files",
    );
  });

  it("refuses a bomb whose sizes lie, by inflating it with a budget", () => {
    const bomb = zip([{ name: "xl/worksheets/sheet1.xml", data: Buffer.alloc(4 << 20, 0x20), declared: 10 }]);
    expect(bomb.length).toBeLessThan(16_000);
    expect(() => checkUnpackedSize(bomb, 1 << 20)).toThrow(SpreadsheetError);
    expect(() => checkUnpackedSize(bomb, 1 << 20)).toThrow(/unpacks to more than 1 MB/);
    expect(() => checkUnpackedSize(bomb, 8 << 20)).not.toThrow();
  });

  it("refuses a real-size bomb before exceljs sees it, with the reason", async () => {
    const bomb = zip([
      { name: "[Content_Types].xml", data: Buffer.from("<Types/>") },
      { name: "xl/worksheets/sheet1.xml", data: Buffer.alloc(XLSX_MAX_UNPACKED + 1024, 0x20) },
    ]);
    expect(bomb.length).toBeLessThan(XLSX_MAX_UNPACKED / 500);
    await expect(readSheet(bomb, "danh-sach.xlsx")).rejects.toThrow(
      "the workbook unpacks to more than 200 MB; split the list into several files",
    );
  });

  it("names a file that is not a zip, or a truncated one", async () => {
    await expect(readSheet(Buffer.from("STT,Tên DN\n1,A\n"), "list.xlsx")).rejects.toThrow(
      "not a readable .xlsx workbook: not a zip archive",
    );
    const buf = fs.readFileSync(path.join(FIXTURE_DIR, "so-cong-thuong-2024.xlsx"));
    await expect(readSheet(buf.subarray(0, buf.length / 2), "half.xlsx")).rejects.toThrow(
      /^not a readable \.xlsx workbook/,
    );
  });
});
