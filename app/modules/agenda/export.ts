import { tableCsv, tablesXlsx } from "../export/workbook";

// CSV and XLSX of the report rows, through the one export module (export/workbook.ts): BOM,
// formulas defused, Vietnamese intact.

export function toCsv(header: string[], rows: (string | number)[][]): string {
  return tableCsv({ sheet: "", columns: header.map((h) => ({ header: h })), rows }, "vi");
}

export function toXlsx(sheet: string, header: string[], rows: (string | number)[][]): Promise<Buffer> {
  return tablesXlsx([
    { sheet, columns: header.map((h, i) => ({ header: h, width: i === header.length - 1 ? 12 : 36 })), rows },
  ]);
}
