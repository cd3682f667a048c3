import { expect, it } from "vitest";
import { withFreshDb } from "../../helpers/db";
import { importSpreadsheet, planSpreadsheet } from "../../../app/services/import/spreadsheet.server";
import { bigWorkbook } from "../../../scripts/fixtures/spreadsheets";
import { generateDirectory } from "../../../scripts/bench/import";
import { count } from "./snapshot";

// Issue 12's 10,000-row file, built here (never committed): every row imported, progress
// reported along the way, and the same workbook again all unchanged. Speed is the bench's
// business (`npm run bench -- import-xlsx`), not this test's.
it("imports a 10,000-row workbook with progress, then finds it all unchanged", async () => {
  await withFreshDb(async (t) => {
    const doc = { ...generateDirectory(10_000), buyers: [], requests: [] };
    const xlsx = await bigWorkbook(doc);
    const progress: number[] = [];
    const plan = await planSpreadsheet(xlsx, "danh-sach.xlsx");
    expect(plan.headerRow).toBe(2);
    expect(plan.missing).toEqual([]);
    const r = await importSpreadsheet(t, plan, { onProgress: (done) => progress.push(done) });
    expect(r.rejections).toEqual([]);
    expect(r.suppliers).toMatchObject({ created: 10_000, rejected: 0 });
    expect(r.spreadsheet.dataRows).toBe(10_000);
    expect(progress.length).toBeGreaterThanOrEqual(20);
    expect(progress.at(-1)).toBe(10_000);
    expect(await count(t, "SELECT count(*) FROM organisations WHERE kind = 'supplier'")).toBe(10_000);
    const again = await importSpreadsheet(t, await planSpreadsheet(xlsx, "danh-sach.xlsx"));
    expect(again.suppliers).toMatchObject({ created: 0, updated: 0, unchanged: 10_000, rejected: 0 });
  });
}, 600_000);
