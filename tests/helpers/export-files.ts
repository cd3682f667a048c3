import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import { expect } from "vitest";

// Reading back the files the portal serves for download, as a person's spreadsheet program
// would: the answer must be a 200 of the right type before its content is worth reading.

/** An Excel download: its bytes, first sheet, and that sheet's rows as arrays of cell values. */
export async function readXlsx(res: Response) {
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toMatch(/spreadsheetml/);
  const buf = Buffer.from(await res.arrayBuffer());
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  const rows: unknown[][] = [];
  // exceljs puts column A at index 1; drop the empty slot 0.
  ws.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
  return { buf, ws, rows };
}

export const xlsxRows = async (res: Response): Promise<unknown[][]> => (await readXlsx(res)).rows;

/** A CSV download's rows (a leading BOM, as Excel wants it, is dropped). */
export async function csvRows(res: Response): Promise<string[][]> {
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toMatch(/text\/csv/);
  return parse(await res.text(), { bom: true, relax_column_count: true }) as string[][];
}
