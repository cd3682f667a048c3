import ExcelJS from "exceljs";

// CSV and XLSX of the report rows. CSV gets a BOM so Excel opens Vietnamese text as UTF-8, and
// cells that a spreadsheet would run as a formula are quoted with a leading apostrophe.

const FORMULA = /^[=+\-@\t\r]/;

function csvCell(v: string | number): string {
  let s = String(v);
  if (typeof v === "string" && FORMULA.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: string[], rows: (string | number)[][]): string {
  return "\uFEFF" + [header, ...rows].map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

export async function toXlsx(sheet: string, header: string[], rows: (string | number)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "CNHT portal";
  const ws = wb.addWorksheet(sheet.slice(0, 31));
  ws.addRow(header).font = { bold: true };
  for (const r of rows) ws.addRow(r);
  ws.columns.forEach((c, i) => (c.width = i === header.length - 1 ? 12 : 36));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
