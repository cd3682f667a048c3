import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import iconv from "iconv-lite";
import zlib from "node:zlib";
import type { CellValue, Grid } from "./types";
import { fileMessage as file, ImportMessageError } from "../messages";

// Reading the files organisers have: .xlsx through exceljs, .csv through csv-parse in UTF-8
// (with or without BOM) or Windows-1258, the code page Vietnamese Windows saves CSV in.

export class SpreadsheetError extends ImportMessageError {
  override name = "SpreadsheetError";
}

export type SheetKind = "xlsx" | "csv";

export function sheetKind(fileName: string): SheetKind | null {
  const ext = fileName.toLowerCase().split(".").pop();
  if (ext === "xlsx" || ext === "xlsm") return "xlsx";
  if (ext === "csv" || ext === "txt") return "csv";
  return null;
}

/**
 * A CSV file's text: UTF-16 when it starts with a UTF-16 byte-order mark (Excel's "Unicode
 * text" and several accounting programs save so), UTF-8 (BOM dropped) when it is valid UTF-8,
 * otherwise Windows-1258.
 */
export function decodeCsv(buf: Uint8Array): {
  text: string;
  encoding: "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be" | "windows-1258";
} {
  // TextDecoder drops the BOM itself; an odd trailing byte becomes U+FFFD rather than a throw.
  if (buf[0] === 0xff && buf[1] === 0xfe)
    return { text: new TextDecoder("utf-16le").decode(buf), encoding: "utf-16le" };
  if (buf[0] === 0xfe && buf[1] === 0xff)
    return { text: new TextDecoder("utf-16be").decode(buf), encoding: "utf-16be" };
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf)
    return { text: new TextDecoder("utf-8").decode(buf.subarray(3)), encoding: "utf-8-bom" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(buf), encoding: "utf-8" };
  } catch {
    // Windows-1258 writes tones as combining marks; the grid's normalisation composes them (NFC).
    return { text: iconv.decode(Buffer.from(buf), "windows-1258"), encoding: "windows-1258" };
  }
}

export function readCsv(buf: Uint8Array, sheet = "CSV"): Grid & { encoding: string } {
  const { text, encoding } = decodeCsv(buf);
  const firstLines = text.split(/\r?\n/, 20).join("\n");
  const delimiter = [",", ";", "\t"]
    .map((d) => ({ d, n: firstLines.split(d).length }))
    .sort((a, b) => b.n - a.n)[0].d;
  let rows: string[][];
  try {
    rows = parse(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false });
  } catch (e) {
    throw new SpreadsheetError(file("file.csvUnreadable", { detail: (e as Error).message }));
  }
  // A leading apostrophe is how CSV exports (ours included) defuse a cell Excel would run as a
  // formula ("'=…", "'+84 …"): it is not part of the value.
  const value = (v: string) => (v === "" ? null : /^'[=+\-@\t\r]/.test(v) ? v.slice(1) : v);
  return { sheet, rows: rows.map((r) => r.map(value)), encoding };
}

function valueOf(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number") return v;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (v instanceof Date) return v;
  if (typeof v === "object") {
    if ("richText" in v) return v.richText.map((t) => t.text).join("");
    if ("formula" in v || "sharedFormula" in v)
      return valueOf((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ("text" in v && "hyperlink" in v)
      return valueOf((v as ExcelJS.CellHyperlinkValue).text as ExcelJS.CellValue);
    if ("error" in v) return null;
  }
  return String(v);
}

/**
 * What an .xlsx (a zip) may unpack to. The upload limit counts compressed bytes, and deflate
 * packs a repetitive sheet a thousandfold, so a 50 MB upload could ask exceljs to hold tens of
 * gigabytes and take the server down. A 10,000-firm list unpacks to about 10 MB; 200 MB leaves
 * room for lists twenty times larger.
 */
export const XLSX_MAX_UNPACKED = 200 * 1024 * 1024;

/**
 * Refuses a workbook that unpacks to more than `limit` bytes, before exceljs inflates it. The
 * sizes a zip declares can lie, so each entry is inflated here with the remaining budget as the
 * output limit (zlib stops there); nothing but a byte count is kept.
 */
export function checkUnpackedSize(buf: Uint8Array, limit = XLSX_MAX_UNPACKED): void {
  const b = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  const notZip = () => new SpreadsheetError(file("file.notZip"));
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--)
    if (b.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  if (eocd < 0) throw notZip();
  const entries = b.readUInt16LE(eocd + 10);
  let at = b.readUInt32LE(eocd + 16);
  if (entries === 0xffff || at === 0xffffffff) throw new SpreadsheetError(file("file.zip64"));
  const shown = limit >= 1 << 20 ? `${Math.floor(limit / (1 << 20))} MB` : `${limit} bytes`;
  const tooBig = () => new SpreadsheetError(file("file.tooBig", { size: shown }));
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > b.length || b.readUInt32LE(at) !== 0x02014b50) throw notZip();
    const method = b.readUInt16LE(at + 10);
    const compressed = b.readUInt32LE(at + 20);
    const local = b.readUInt32LE(at + 42);
    at += 46 + b.readUInt16LE(at + 28) + b.readUInt16LE(at + 30) + b.readUInt16LE(at + 32);
    if (local + 30 > b.length || b.readUInt32LE(local) !== 0x04034b50) throw notZip();
    const start = local + 30 + b.readUInt16LE(local + 26) + b.readUInt16LE(local + 28);
    const data = b.subarray(start, start + compressed);
    if (method === 0) total += data.length;
    else if (method === 8) {
      try {
        total += zlib.inflateRawSync(data, { maxOutputLength: limit - total + 1 }).length;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") throw tooBig();
        throw new SpreadsheetError(file("file.xlsxUnreadable", { detail: (e as Error).message }));
      }
    } else throw new SpreadsheetError(file("file.compression", { method: String(method) }));
    if (total > limit) throw tooBig();
  }
}

export async function readXlsx(buf: Uint8Array): Promise<{ sheets: string[]; grids: Map<string, Grid> }> {
  checkUnpackedSize(buf);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(buf) as unknown as ArrayBuffer);
  } catch (e) {
    throw new SpreadsheetError(file("file.xlsxUnreadable", { detail: (e as Error).message }));
  }
  const grids = new Map<string, Grid>();
  for (const ws of wb.worksheets) {
    const rows: CellValue[][] = [];
    const width = ws.columnCount;
    ws.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      const cells: CellValue[] = [];
      for (let c = 1; c <= width; c++) {
        const cell = row.getCell(c);
        // A merged cell reads as its master's value, so a header merged over two rows or a
        // group title over several columns names each column it covers.
        cells.push(valueOf(cell.isMerged ? cell.master.value : cell.value));
      }
      rows[rowNumber - 1] = cells;
    });
    for (let i = 0; i < rows.length; i++) rows[i] ??= [];
    grids.set(ws.name, { sheet: ws.name, rows });
  }
  return { sheets: wb.worksheets.map((w) => w.name), grids };
}

/** The sheet to import: the one named, or the first with any data. */
export async function readSheet(
  buf: Uint8Array,
  fileName: string,
  sheetName?: string,
): Promise<Grid & { sheets: string[] }> {
  const kind = sheetKind(fileName);
  if (kind === "csv") {
    const base =
      fileName
        .split(/[\\/]/)
        .pop()!
        .replace(/\.[^.]+$/, "") || "CSV";
    const g = readCsv(buf, base);
    return { ...g, sheets: [g.sheet] };
  }
  if (kind !== "xlsx") throw new SpreadsheetError(file("file.notSheet", { file: fileName }));
  const { sheets, grids } = await readXlsx(buf);
  if (sheetName !== undefined) {
    const g = grids.get(sheetName);
    if (!g)
      throw new SpreadsheetError(
        file("file.noSheet", { sheet: sheetName, sheets: sheets.map((s) => `"${s}"`).join(", ") }),
      );
    return { ...g, sheets };
  }
  const first = [...grids.values()].find((g) => g.rows.some((r) => r.some((v) => v !== null)));
  if (!first) throw new SpreadsheetError(file("file.noData"));
  return { ...first, sheets };
}
