import ExcelJS from "exceljs";

// Every list the portal gives back as a spreadsheet goes through here (issue 12 §3): one table
// (header + rows) written as an Excel workbook or as CSV people open in Excel.
// - Workbook cells are values, never formulas; dates are real dates shown day first
//   (dd/mm/yyyy); text columns (tax codes, refs, phones) are formatted as text so Excel keeps
//   their leading zeros.
// - CSV starts with a BOM so Excel reads Vietnamese as UTF-8; a cell Excel would run as a
//   formula (= + - @, tab, CR) gets a leading apostrophe; dates are written dd/mm/yyyy (Vietnamese)
//   or yyyy-mm-dd (English), times as HH:mm.

export type CellValue = string | number | Date | null | undefined;

export interface Column {
  header: string;
  /** text: kept as typed (leading zeros); date / datetime: a Date or an ISO string. */
  kind?: "text" | "number" | "date" | "datetime";
  width?: number;
}

export interface Table {
  sheet: string;
  columns: Column[];
  rows: CellValue[][];
  /** Print across the page (a wide grid), fitted to one page wide, the header row on every page. */
  landscape?: boolean;
  /** Cells wrap their lines (a grid cell naming two firms on two lines). */
  wrap?: boolean;
}

export type ExportFormat = "xlsx" | "csv";
export type ExportLocale = "vi" | "en" | (string & {});

const FORMULA = /^[=+\-@\t\r]/;

/** An ISO date ("2027-03-01") or timestamp as a Date; a date alone is midnight UTC, as Excel wants it. */
function asDate(v: string | Date): Date | null {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v;
  const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(v) ? `${v}T00:00:00Z` : v);
  return Number.isNaN(d.getTime()) ? null : d;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** A date as people read it in the file's language (UTC parts: dates here are calendar dates or local times already). */
export function formatDate(d: Date, locale: ExportLocale, withTime = false): string {
  const day =
    locale === "vi"
      ? `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`
      : `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  return withTime ? `${day} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}` : day;
}

export function csvCell(v: CellValue, kind: Column["kind"], locale: ExportLocale): string {
  if (v === null || v === undefined) return "";
  let s: string;
  if ((kind === "date" || kind === "datetime") && (typeof v === "string" || v instanceof Date)) {
    const d = asDate(v);
    s = d ? formatDate(d, locale, kind === "datetime") : String(v);
  } else s = v instanceof Date ? formatDate(v, locale) : String(v);
  if (typeof v === "string" && FORMULA.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function tableCsv(t: Table, locale: ExportLocale): string {
  const lines = [
    t.columns.map((c) => csvCell(c.header, "text", locale)).join(","),
    ...t.rows.map((r) => t.columns.map((c, i) => csvCell(r[i], c.kind, locale)).join(",")),
  ];
  return "\uFEFF" + lines.join("\r\n") + "\r\n";
}

export async function tablesXlsx(tables: Table[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "CNHT portal";
  const used = new Set<string>();
  for (const t of tables) {
    // Sheet names: at most 31 characters, none of : \ / ? * [ ], unique.
    let name = t.sheet.replace(/[:\\/?*[\]]/g, " ").slice(0, 31) || "Sheet";
    for (let i = 2; used.has(name.toLowerCase()); i++) name = `${name.slice(0, 28)} ${i}`;
    used.add(name.toLowerCase());
    const ws = wb.addWorksheet(name);
    ws.addRow(t.columns.map((c) => c.header)).font = { bold: true };
    ws.views = [{ state: "frozen", ySplit: 1 }];
    if (t.landscape)
      ws.pageSetup = {
        orientation: "landscape",
        paperSize: 9, // A4
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: "1:1",
      };
    for (const r of t.rows)
      ws.addRow(
        t.columns.map((c, i) => {
          const v = r[i];
          if (v === null || v === undefined || v === "") return null;
          if ((c.kind === "date" || c.kind === "datetime") && typeof v === "string") return asDate(v) ?? v;
          return v;
        }),
      );
    t.columns.forEach((c, i) => {
      const col = ws.getColumn(i + 1);
      col.width =
        c.width ?? (c.kind === "date" ? 12 : c.kind === "datetime" ? 17 : c.kind === "number" ? 10 : 24);
      if (c.kind === "text") col.numFmt = "@";
      if (c.kind === "date") col.numFmt = "dd/mm/yyyy";
      if (c.kind === "datetime") col.numFmt = "dd/mm/yyyy hh:mm";
      // The header row keeps the general format.
      ws.getRow(1).getCell(i + 1).numFmt = "General";
      if (t.wrap) col.alignment = { wrapText: true, vertical: "top" };
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function tableFile(
  t: Table,
  format: ExportFormat,
  locale: ExportLocale,
): Promise<string | Buffer> {
  return format === "csv" ? tableCsv(t, locale) : tablesXlsx([t]);
}

export const CONTENT_TYPE: Record<ExportFormat | "json", string> = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv; charset=utf-8",
  json: "application/json; charset=utf-8",
};
