import type { ColumnMapping, Field } from "./headers";
import { englishOf, type ImportMessage } from "../messages";

/** The request fields a column can feed. */
export const REQUEST_FIELDS = [
  "rowNumber",
  "ref",
  "buyer",
  "titleVi",
  "titleEn",
  "titleJa",
  "descriptionVi",
  "descriptionEn",
  "descriptionJa",
  "processes",
  "materials",
  "products",
  "requiredCertifications",
  "annualVolume",
  "targetDate",
] as const;
export type RequestField = (typeof REQUEST_FIELDS)[number];

/** What kind of list a sheet is: the city's firms, or buyers' sourcing requests. */
export const LIST_KINDS = ["firms", "requests"] as const;
export type ListKind = (typeof LIST_KINDS)[number];

/** A cell as read from a workbook or CSV: text, a number, a date, or nothing. */
export type CellValue = string | number | Date | null;

/** One sheet as a grid: rows[0] is the sheet's row 1; a row's cells from column A. */
export interface Grid {
  sheet: string;
  rows: CellValue[][];
}

/** A saved or edited mapping (the file `--mapping MAP.json`, and the admin page's saved ones). */
export interface SheetMapping {
  format: "cnht-sheet-mapping/1";
  /** What the rows are: firms (the default, and what files without the key mean) or requests. */
  kind?: ListKind;
  /** 1-based row of the header, as the spreadsheet numbers it. */
  headerRow: number;
  columns: ColumnMapping<Field | RequestField>[];
}

export interface UnmappedTerm {
  kind: "process" | "material" | "product" | "certification";
  text: string;
  /** How many rows name it. */
  rows: number;
}

/** What the spreadsheet side of an import adds to the JSON import's report. */
export interface SheetSummary {
  file: string;
  sheet: string;
  headerRow: number;
  /** Rows read below the header (empty rows not counted). */
  dataRows: number;
  /** Firms or requests (absent in reports of firm lists written before requests were read). */
  kind?: ListKind;
  mapping: ColumnMapping<Field | RequestField>[];
  /** Cells converted to Unicode NFC, by what they were in. */
  converted: { tcvn3: number; vni: number; nfd: number };
  /** Tax codes whose lost leading zero was put back. */
  taxCodesRepaired: number;
  /** Capability and certification words no taxonomy concept matched: kept as the firm wrote them. */
  unmappedTerms: UnmappedTerm[];
  /** Changes made to a value that did not stop the row: "Sheet1!D7: tax code 101234567 lost …". */
  notes: SheetNote[];
}

/** A change made to a value that did not stop its row, at its cell; `text` is its English. */
export interface SheetNote {
  cell: string;
  text: string;
  message: ImportMessage;
}

export const sheetNote = (cell: string, message: ImportMessage): SheetNote => ({
  cell,
  text: englishOf(message),
  message,
});
