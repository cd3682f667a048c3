import countries from "i18n-iso-countries";
import countriesEn from "i18n-iso-countries/langs/en.json";
import countriesVi from "i18n-iso-countries/langs/vi.json";
import { certificationId, mapTerm } from "../../taxonomy/index";
import type { DirectoryFile, DirectorySupplier } from "../../directory/types";
import { problem, type Problem, type Rejection } from "../validate";
import { importMessage as msg, type ImportMessage } from "../messages";
import * as cell from "./cells";
import { columnLetters, headerKey, type ColumnMapping, type Field } from "./headers";
import { toUnicode } from "./legacy";
import {
  sheetNote,
  type CellValue,
  type Grid,
  type RequestField,
  type SheetNote,
  type SheetSummary,
  type UnmappedTerm,
} from "./types";

// Rows of a sheet to cnht-directory/1 suppliers, so that they go through the JSON import's own
// validation, taxonomy mapping, upsert and report. A cell that cannot be read (a 9-digit tax
// code… no: that one is repaired; an 8-digit one) rejects its row here, named by sheet, column
// and row as the organiser sees them: "Sheet1!D14: tax code has 8 digits".

countries.registerLocale(countriesEn);
countries.registerLocale(countriesVi);

/** Refs the portal hands out itself (P-…): an import may never create one. */
export const PORTAL_REF_PREFIX = "P-";

// Country names organisers write that the ISO list spells otherwise.
const MARKET_ALIASES: Record<string, string> = {
  my: "US",
  "hoa ky": "US",
  usa: "US",
  "u s a": "US",
  us: "US",
  uk: "GB",
  anh: "GB",
  "han quoc": "KR",
  korea: "KR",
  "dai loan": "TW",
  taiwan: "TW",
  nhat: "JP",
  "trung quoc": "CN",
  china: "CN",
  "hong kong": "HK",
  singapore: "SG",
  "thai lan": "TH",
  "an do": "IN",
  uc: "AU",
  phap: "FR",
  duc: "DE",
  nga: "RU",
  lao: "LA",
  campuchia: "KH",
  malaysia: "MY",
};

export function marketCode(name: string): string | null {
  const s = name.trim();
  if (/^[A-Za-z]{2}$/.test(s) && countries.isValid(s.toUpperCase())) return s.toUpperCase();
  return (
    countries.getAlpha2Code(s, "vi") ??
    countries.getAlpha2Code(s, "en") ??
    MARKET_ALIASES[headerKey(s)] ??
    null
  );
}

/** A converted firm list (or, with RequestField, a request list). */
export interface ConvertedSheet<F extends Field | RequestField = Field> {
  doc: DirectoryFile;
  /** The sheet row (1-based) of each record of doc, in order. */
  rowOf: number[];
  /** Rows refused before the JSON import saw them, with the cells at fault. */
  rejections: Rejection[];
  summary: Omit<SheetSummary, "file">;
  /** Column letters per field, to name the cell of a problem the JSON validation finds. */
  columnOf: Partial<Record<F, string>>;
}

export const isEmpty = (v: CellValue) => v === null || (typeof v === "string" && v.trim() === "");

/**
 * Cell text, whitespace collapsed; numbers written without exponent. `keepLines` keeps line
 * breaks, which separate the values of a multi-value cell.
 */
export function textOf(v: CellValue, keepLines = false): string {
  if (v === null) return "";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === "number") return Number.isInteger(v) ? v.toFixed(0) : String(v);
  if (!keepLines) return v.replace(/\s+/g, " ").trim();
  return v
    .replace(/[^\S\n]+/g, " ")
    .replace(/ ?\n ?/g, "\n")
    .trim();
}

/**
 * An empty row, a header repeated on a later page of a printed list, or the "(1) (2) (3)"
 * numbering row under a header: nothing to import.
 */
export function notData(row: CellValue[], headerKeys: string[]): boolean {
  if (row.every(isEmpty)) return true;
  if (row.every((v, i) => isEmpty(v) || headerKey(textOf(v)) === headerKeys[i])) return true;
  return row.every((v) => isEmpty(v) || /^\(?\d{1,2}\)?$/.test(textOf(v)));
}

/** Converts every text cell of the grid to Unicode NFC, counting what was converted. */
export function normaliseGrid(grid: Grid): { grid: Grid; converted: SheetSummary["converted"] } {
  const converted = { tcvn3: 0, vni: 0, nfd: 0 };
  const rows = grid.rows.map((r) =>
    r.map((v) => {
      if (typeof v !== "string") return v;
      const u = toUnicode(v);
      if (u.encoding === "tcvn3") converted.tcvn3++;
      else if (u.encoding === "vni") converted.vni++;
      else if (u.nfd) converted.nfd++;
      return u.text;
    }),
  );
  return { grid: { sheet: grid.sheet, rows }, converted };
}

/**
 * The sheet's rows under `headerRow` (1-based) as suppliers, with `mapping` naming each column's
 * field. `grid` must be normalised already (normaliseGrid).
 */
export function sheetToDirectory(
  grid: Grid,
  headerRow: number,
  mapping: ColumnMapping[],
  converted: SheetSummary["converted"],
): ConvertedSheet {
  const sheet = sheetConversion<Field, DirectorySupplier>(grid, headerRow, mapping, "suppliers");
  const { columnOf } = sheet;
  let taxCodesRepaired = 0;

  for (const { rowNo, at, raw, text, lines } of sheet.rows()) {
    const problems: Problem[] = [];
    const fail = (f: Field, why: ImportMessage) => problems.push(problem(f, why, at(f)));
    const note = (f: Field, why: ImportMessage) => sheet.notes.push(sheetNote(at(f), why));

    const s: DirectorySupplier = { ref: "", name: {} as DirectorySupplier["name"] };
    const nameVi = text("nameVi");
    const nameEn = text("nameEn");
    if (nameVi) s.name.vi = nameVi;
    if (nameEn) s.name.en = nameEn;
    if (!nameVi && !nameEn) {
      const col = columnOf.nameVi ? "nameVi" : "nameEn";
      fail(col, msg("nameEmpty"));
    }

    let tax: string | undefined;
    if (text("taxCode")) {
      const t = cell.taxCode(text("taxCode"));
      if (!t.ok) fail("taxCode", t.message);
      else {
        tax = t.value;
        s.taxCode = t.value;
        if (t.note) {
          taxCodesRepaired++;
          note("taxCode", t.note);
        }
      }
    }
    const ref = text("ref");
    if (ref) {
      if (ref.toUpperCase().startsWith(PORTAL_REF_PREFIX))
        fail("ref", msg("portalRef", { ref, prefix: PORTAL_REF_PREFIX }));
      else s.ref = ref;
    } else if (tax) s.ref = `MST-${tax}`;
    else if (!problems.some((p) => p.field === "taxCode"))
      problems.push(problem("ref", msg("noRefNoTax"), `${grid.sheet}!${rowNo}`));

    const website = text("website");
    if (website) s.website = website;
    if (!isEmpty(raw("founded"))) {
      const y = cell.year(raw("founded") as string | number | Date);
      if (y.ok) s.founded = y.value;
      else fail("founded", msg("founded", { reason: y.message }));
    }
    if (!isEmpty(raw("employees"))) {
      const n = cell.count(raw("employees") as string | number);
      if (n.ok) s.employees = n.value;
      else fail("employees", msg("employees", { reason: n.message }));
    }
    const location: NonNullable<DirectorySupplier["location"]> = {};
    if (text("address")) location.address = text("address");
    if (text("commune")) location.commune = text("commune");
    if (text("industrialZone")) location.industrialZone = text("industrialZone");
    if (text("city")) location.city = text("city");
    if (Object.keys(location).length) s.location = location;
    const description: Record<string, string> = {};
    if (text("descriptionVi")) description.vi = text("descriptionVi");
    if (text("descriptionEn")) description.en = text("descriptionEn");
    if (Object.keys(description).length) s.description = description as DirectorySupplier["name"];

    const caps: NonNullable<DirectorySupplier["capabilities"]> = {};
    for (const f of ["processes", "materials", "products"] as const) {
      const list = dedupe(cell.splitValues(lines(f)));
      if (list.length) caps[f] = list;
    }
    if (Object.keys(caps).length) s.capabilities = caps;

    if (text("certifications")) {
      const c = cell.certifications(lines("certifications"));
      if (!c.ok) fail("certifications", c.message);
      else {
        let validUntil: string | undefined;
        if (!isEmpty(raw("certificationValidUntil"))) {
          const d = cell.date(raw("certificationValidUntil") as string | number | Date);
          if (d.ok) validUntil = d.value;
          else fail("certificationValidUntil", msg("certValidity", { reason: d.message }));
        }
        s.certifications = c.value.map((x) => (x.validUntil || !validUntil ? x : { ...x, validUntil }));
      }
    }
    if (text("exportMarkets")) {
      const codes: string[] = [];
      for (const m of cell.splitValues(lines("exportMarkets"))) {
        const code = marketCode(m);
        if (code) {
          if (!codes.includes(code)) codes.push(code);
        } else note("exportMarkets", msg("marketUnknown", { market: m }));
      }
      if (codes.length) s.exportMarkets = codes;
    }
    const contact: NonNullable<DirectorySupplier["contact"]> = {};
    if (text("contactName")) contact.name = text("contactName");
    if (!isEmpty(raw("contactPhone"))) {
      const v = raw("contactPhone");
      // A phone stored as a number lost its leading zero, as tax codes do.
      const list = typeof v === "number" ? [`0${v.toFixed(0)}`] : cell.phones(lines("contactPhone"));
      const joined = list.join(", ");
      if (joined.length > 60) fail("contactPhone", msg("phonesTooLong", { phones: joined.slice(0, 40) }));
      else if (joined) contact.phone = joined;
    }
    if (text("contactEmail")) {
      const emails = cell.splitValues(lines("contactEmail")).filter((e) => e.includes("@"));
      if (emails.length) contact.email = emails[0];
      else fail("contactEmail", msg("notEmail", { raw: text("contactEmail") }));
      if (emails.length > 1) note("contactEmail", msg("emailsNote", { n: emails.length, first: emails[0] }));
    }
    if (Object.keys(contact).length) s.contact = contact;

    sheet.take(rowNo, s, s.ref, problems);
  }

  const suppliers = sheet.records;
  return sheet.result(
    { format: "cnht-directory/1", suppliers, buyers: [], requests: [] },
    { converted, taxCodesRepaired, unmappedTerms: unmappedTerms(suppliers) },
  );
}

export function dedupe(list: string[]): string[] {
  const seen = new Set<string>();
  return list.filter((x) => {
    const k = x.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * One sheet's conversion, the same for firm lists and request lists: its data rows (counted as
 * they are read), the records they became in row order with the row each came from, the rows
 * refused with their problems, the notes on values changed, and at the end the sheet's summary.
 */
export function sheetConversion<F extends Field | RequestField, T>(
  grid: Grid,
  headerRow: number,
  mapping: ColumnMapping<F>[],
  section: Rejection["section"],
) {
  const columns = mappedColumns(mapping);
  const records: T[] = [];
  const rowOf: number[] = [];
  const rejections: Rejection[] = [];
  const notes: SheetNote[] = [];
  let dataRows = 0;
  return {
    columnOf: columns.columnOf,
    records,
    rowOf,
    rejections,
    notes,
    *rows() {
      for (const row of cellsByRow(grid, headerRow, columns)) {
        dataRows++;
        yield row;
      }
    },
    /** Keeps a row's record, or refuses the row (named by its number) when it has problems. */
    take(rowNo: number, record: T, ref: string, problems: Problem[]) {
      if (problems.length)
        rejections.push({ section, index: -1, ref: ref || null, problems, at: `${grid.sheet}!${rowNo}` });
      else {
        records.push(record);
        rowOf.push(rowNo);
      }
    },
    /** What the sheet became; `kind` is written only for request lists, as reports have it. */
    result(
      doc: DirectoryFile,
      { kind, ...counts }: Pick<SheetSummary, "kind" | "converted" | "taxCodesRepaired" | "unmappedTerms">,
    ): ConvertedSheet<F> {
      const summary: Omit<SheetSummary, "file"> = {
        sheet: grid.sheet,
        headerRow,
        dataRows,
        ...(kind && { kind }),
        mapping,
        ...counts,
        notes,
      };
      return { doc, rowOf, rejections, columnOf: columns.columnOf, summary };
    },
  };
}

/** Capability and certification words the taxonomy has no concept for, most frequent first. */
export function unmappedTerms(suppliers: DirectorySupplier[]): UnmappedTerm[] {
  return countUnmapped(function* () {
    for (const s of suppliers) {
      for (const t of s.capabilities?.processes ?? []) yield ["process", t] as const;
      for (const t of s.capabilities?.materials ?? []) yield ["material", t] as const;
      for (const t of s.capabilities?.products ?? []) yield ["product", t] as const;
      for (const c of s.certifications ?? []) yield ["certification", c.standard] as const;
    }
  });
}

/**
 * Counts the terms (kept as written) that no taxonomy concept matches, most frequent first: the
 * one rule behind the unmapped-terms list of firm lists and of request lists.
 */
export function countUnmapped(
  terms: () => Iterable<readonly [UnmappedTerm["kind"], string]>,
): UnmappedTerm[] {
  const seen = new Map<string, UnmappedTerm>();
  const cache = new Map<string, boolean>();
  for (const [kind, text] of terms()) {
    const key = `${kind}\u0000${text}`;
    let mapped = cache.get(key);
    if (mapped === undefined) {
      mapped = (kind === "certification" ? certificationId(text) : mapTerm(text, kind)) !== null;
      cache.set(key, mapped);
    }
    if (mapped) continue;
    const u = seen.get(key);
    if (u) u.rows++;
    else seen.set(key, { kind, text, rows: 1 });
  }
  return [...seen.values()].sort(
    (a, b) => b.rows - a.rows || a.kind.localeCompare(b.kind) || a.text.localeCompare(b.text),
  );
}

/** Where each mapped field's cells are, by index and by letters; the first column mapped to a field wins. */
export function mappedColumns<F extends string>(mapping: ColumnMapping<F>[]) {
  const columnOf: Partial<Record<F, string>> = {};
  const indexOf = new Map<F, number>();
  for (const m of mapping) {
    if (!m.field || indexOf.has(m.field)) continue;
    indexOf.set(m.field, columnIndex(m.column));
    columnOf[m.field] = m.column;
  }
  return { columnOf, indexOf };
}

/**
 * The data rows under `headerRow` (1-based), skipping blank rows and repeated headers, each with
 * its cells read by field and `at(field)` naming the cell (`Sheet!C7`) for messages.
 */
export function* cellsByRow<F extends string>(
  grid: Grid,
  headerRow: number,
  { columnOf, indexOf }: ReturnType<typeof mappedColumns<F>>,
) {
  const headerKeys = grid.rows[headerRow - 1]?.map((v) => headerKey(textOf(v))) ?? [];
  for (let r = headerRow; r < grid.rows.length; r++) {
    const row = grid.rows[r] ?? [];
    const rowNo = r + 1;
    if (notData(row, headerKeys)) continue;
    const raw = (f: F): CellValue => {
      const i = indexOf.get(f);
      return i === undefined ? null : (row[i] ?? null);
    };
    yield {
      rowNo,
      raw,
      at: (f: F) => `${grid.sheet}!${columnOf[f]}${rowNo}`,
      text: (f: F) => textOf(raw(f)),
      lines: (f: F) => textOf(raw(f), true),
    };
  }
}

export { columnLetters };
