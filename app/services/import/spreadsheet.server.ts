import { z } from "zod";
import { importDirectory, type ImportOptions, type ImportTarget } from "./run.server";
import type { ImportReport } from "../../modules/import/report";
import { problem, type Problem, type Rejection } from "../../modules/import/validate";
import { translator, type Translate } from "../../modules/i18n/translate";
import {
  importMessage as msg,
  renderImportMessage,
  type ImportMessage,
  type ImportParam,
} from "../../modules/import/messages";
import {
  FIELDS,
  findHeaderRow,
  headerKey,
  missingFields,
  proposeMapping,
  type ColumnMapping,
  type Field,
} from "../../modules/import/spreadsheet/headers";
import { readSheet, SpreadsheetError } from "../../modules/import/spreadsheet/read";
import { normaliseGrid, sheetToDirectory } from "../../modules/import/spreadsheet/rows";
import {
  findRequestHeaderRow,
  guessListKind,
  missingRequestFields,
  recogniseRequestHeader,
  REQUEST_FIELDS,
  sheetToRequests,
  type ListKind,
  type RequestField,
} from "../../modules/import/spreadsheet/requests";
import { loadBuyers } from "../../../db/queries/organisations";
import type { Grid, SheetMapping, SheetSummary } from "../../modules/import/spreadsheet/types";

const POS = msg("pos").code;
const POS_REF = msg("posRef").code;

// A spreadsheet import is the JSON import with a front: read the sheet, find its header, map its
// columns, turn rows into cnht-directory/1 suppliers, then hand them to importDirectory() — the
// same validation, taxonomy, upsert, outbox, audit, dry run and idempotence — and put the
// report's record positions back into the sheet's own cell names.

export interface SheetPlan {
  fileName: string;
  sheets: string[];
  grid: Grid;
  converted: SheetSummary["converted"];
  /** 1-based; 0 when no row looks like a header. */
  headerRow: number;
  /** Firms or requests: as asked, or guessed from the headers when not. */
  kind: ListKind;
  /** The kind the headers suggest, whatever was asked (the admin page proposes it). */
  guessedKind: ListKind;
  mapping: ColumnMapping<Field | RequestField>[];
  /** Fields a mapping still needs before rows can be imported (empty: ready). */
  missing: string[];
  /** The mapping came from the caller (a file or a saved mapping) rather than the proposal. */
  given: boolean;
}

export type SpreadsheetReport = ImportReport & { spreadsheet: SheetSummary };

const mappingSchema = z
  .object({
    format: z.literal("cnht-sheet-mapping/1", {
      errorMap: () => ({ message: 'must be "cnht-sheet-mapping/1"' }),
    }),
    kind: z
      .enum(["firms", "requests"], { errorMap: () => ({ message: 'must be "firms" or "requests"' }) })
      .optional(),
    headerRow: z.number().int().min(1),
    columns: z.array(
      z.object({
        column: z.string().regex(/^[A-Z]{1,3}$/, "must be column letters such as D"),
        header: z.string().default(""),
        // Checked against the kind's fields below, so the message lists only those.
        field: z.string().nullable(),
      }),
    ),
  })
  .superRefine((m, ctx) => {
    const allowed: readonly string[] = m.kind === "requests" ? REQUEST_FIELDS : FIELDS;
    m.columns.forEach((c, i) => {
      if (c.field !== null && !allowed.includes(c.field))
        ctx.addIssue({
          code: "custom",
          path: ["columns", i, "field"],
          message: `must be null or one of ${allowed.join(", ")}`,
        });
    });
  });

/** Reads and checks a mapping file; a bad one throws SpreadsheetError saying what is wrong. */
export function parseMapping(text: string): SheetMapping {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new SpreadsheetError(`the mapping is not JSON: ${(e as Error).message}`);
  }
  const p = mappingSchema.safeParse(raw);
  if (!p.success) {
    const i = p.error.issues[0];
    throw new SpreadsheetError(`the mapping's ${i.path.join(".") || "file"} ${i.message}`);
  }
  return p.data as SheetMapping;
}

/** A shape key for a header row: the same columns in the same order are the same shape. */
export function shapeOf(headers: string[]): string {
  return headers
    .map((h) => headerKey(h))
    .join("|")
    .replace(/\|+$/, "");
}

export function headersOf(grid: Grid, headerRow: number): string[] {
  const row = grid.rows[headerRow - 1] ?? [];
  const out = row.map((v) => (v === null ? "" : v instanceof Date ? v.toISOString() : String(v).trim()));
  while (out.length && out[out.length - 1] === "") out.pop();
  return out;
}

/** Reads the file and proposes (or applies the given) mapping; nothing is imported. */
export async function planSpreadsheet(
  buf: Uint8Array,
  fileName: string,
  opts: { sheet?: string; mapping?: SheetMapping; kind?: ListKind } = {},
): Promise<SheetPlan> {
  const read = await readSheet(buf, fileName, opts.sheet);
  const { grid, converted } = normaliseGrid(read);
  const probe = grid.rows.slice(0, 15).map((r) => r.map((v) => (typeof v === "string" ? v : "")));
  const guessedKind = guessListKind(probe);
  // A mapping file says what it maps; a caller's kind comes next; the headers' guess last.
  const kind = opts.mapping ? (opts.mapping.kind ?? opts.kind ?? "firms") : (opts.kind ?? guessedKind);
  let headerRow: number;
  let mapping: ColumnMapping<Field | RequestField>[];
  if (opts.mapping) {
    headerRow = opts.mapping.headerRow;
    mapping = opts.mapping.columns;
  } else if (kind === "requests") {
    headerRow = findRequestHeaderRow(probe) + 1;
    mapping = headerRow ? proposeMapping(headersOf(grid, headerRow), recogniseRequestHeader) : [];
  } else {
    headerRow = findHeaderRow(probe) + 1;
    mapping = headerRow ? proposeMapping(headersOf(grid, headerRow)) : [];
  }
  const missing = !headerRow
    ? ["headerRow"]
    : kind === "requests"
      ? missingRequestFields(mapping as ColumnMapping<RequestField>[])
      : missingFields(mapping as ColumnMapping<Field>[]);
  return {
    fileName,
    sheets: read.sheets,
    grid,
    converted,
    headerRow,
    kind,
    guessedKind,
    mapping,
    missing,
    given: !!opts.mapping,
  };
}

export function mappingFile(plan: Pick<SheetPlan, "headerRow" | "mapping" | "kind">): SheetMapping {
  return {
    format: "cnht-sheet-mapping/1",
    // A firm list's file stays as it always was; a request list says so.
    ...(plan.kind === "requests" ? { kind: plan.kind } : {}),
    headerRow: plan.headerRow,
    columns: plan.mapping,
  };
}

// Where in a row a cnht-directory/1 field path came from.
const PATH_FIELD: [RegExp, Field][] = [
  [/^name\.en/, "nameEn"],
  [/^name/, "nameVi"],
  [/^taxCode/, "taxCode"],
  [/^website/, "website"],
  [/^founded/, "founded"],
  [/^employees/, "employees"],
  [/^location\.address/, "address"],
  [/^location\.commune/, "commune"],
  [/^location\.industrialZone/, "industrialZone"],
  [/^location\.city/, "city"],
  [/^description\.en/, "descriptionEn"],
  [/^description/, "descriptionVi"],
  [/^capabilities\.processes/, "processes"],
  [/^capabilities\.materials/, "materials"],
  [/^capabilities\.products/, "products"],
  [/^certifications\[\d+\]\.validUntil/, "certificationValidUntil"],
  [/^certifications/, "certifications"],
  [/^exportMarkets/, "exportMarkets"],
  [/^contact\.name/, "contactName"],
  [/^contact\.phone/, "contactPhone"],
  [/^contact\.email/, "contactEmail"],
];

/** Imports a planned sheet through the JSON import; the plan's mapping must be complete. */
export async function importSpreadsheet(
  target: ImportTarget,
  plan: SheetPlan,
  opts: ImportOptions = {},
): Promise<SpreadsheetReport> {
  if (plan.missing.length)
    throw new SpreadsheetError(`the mapping has no column for ${plan.missing.join(", ")}`);
  if (plan.kind === "requests") return importRequestSheet(target, plan, opts);
  const sheet = sheetToDirectory(
    plan.grid,
    plan.headerRow,
    plan.mapping as ColumnMapping<Field>[],
    plan.converted,
  );
  const report = await importDirectory(target, sheet.doc, { source: plan.fileName, ...opts });
  const fieldOf = (field: string): Field | undefined => {
    let f = PATH_FIELD.find(([re]) => re.test(field))?.[1];
    if (f === "certificationValidUntil" && !sheet.columnOf[f]) f = "certifications";
    if (field === "ref") f = sheet.columnOf.ref ? "ref" : "taxCode";
    return f;
  };
  putBackRows(report, "suppliers", sheet, plan.grid.sheet, fieldOf);
  return { ...report, spreadsheet: { file: plan.fileName, kind: "firms", ...sheet.summary } };
}

// Where in a request row a cnht-directory/1 request field came from.
const REQUEST_PATH_FIELD: [RegExp, RequestField][] = [
  [/^title\.en/, "titleEn"],
  [/^title\.ja/, "titleJa"],
  [/^title/, "titleVi"],
  [/^description\.en/, "descriptionEn"],
  [/^description\.ja/, "descriptionJa"],
  [/^description/, "descriptionVi"],
  [/^buyer/, "buyer"],
  [/^processes/, "processes"],
  [/^materials/, "materials"],
  [/^products/, "products"],
  [/^requiredCertifications/, "requiredCertifications"],
  [/^annualVolume/, "annualVolume"],
  [/^targetDate/, "targetDate"],
  [/^ref/, "ref"],
];

/** A request list: buyers matched against the directory, then the JSON import, as firm lists. */
async function importRequestSheet(
  target: ImportTarget,
  plan: SheetPlan,
  opts: ImportOptions,
): Promise<SpreadsheetReport> {
  const buyers = (await loadBuyers(target.db)).map((b) => ({
    ref: b.ref,
    names: [b.name.vi, b.name.en, b.name.ja].filter((n): n is string => !!n),
  }));
  const sheet = sheetToRequests(
    plan.grid,
    plan.headerRow,
    plan.mapping as ColumnMapping<RequestField>[],
    plan.converted,
    buyers,
  );
  const report = await importDirectory(target, sheet.doc, { source: plan.fileName, ...opts });
  const fieldOf = (field: string) => REQUEST_PATH_FIELD.find(([re]) => re.test(field))?.[1];
  putBackRows(report, "requests", sheet, plan.grid.sheet, fieldOf);
  return { ...report, spreadsheet: { file: plan.fileName, ...sheet.summary } };
}

/**
 * Puts the JSON import's record positions ("suppliers[3]") back into the sheet's own cell names
 * ("Sheet1!D14") and rows ("row 14"), names the field by its column's label, merges the rows
 * refused before the import saw them, and orders all by row.
 */
function putBackRows<F extends string>(
  report: ImportReport,
  section: "suppliers" | "requests",
  sheet: { rowOf: number[]; rejections: Rejection[]; columnOf: Partial<Record<F, string>> },
  sheetName: string,
  fieldOf: (path: string) => F | undefined,
): void {
  const position = new RegExp(`${section}\\[(\\d+)\\](?: \\([^)]*\\))?`, "g");
  const toRows = (m: ImportMessage): ImportMessage => {
    const p = m.params ?? {};
    if ((m.code === POS || m.code === POS_REF) && p.section === section)
      return msg("row", { row: sheet.rowOf[Number(p.index)] });
    const params: Record<string, ImportParam> = {};
    for (const [k, v] of Object.entries(p))
      params[k] = Array.isArray(v) ? v.map(toRows) : typeof v === "object" ? toRows(v) : v;
    return { ...m, params };
  };
  const translated: Rejection[] = report.rejections.map((r) => {
    const row = sheet.rowOf[r.index];
    return {
      ...r,
      at: `${sheetName}!${row}`,
      problems: r.problems.map((p): Problem => {
        const f = fieldOf(p.field);
        const col = f ? sheet.columnOf[f] : undefined;
        // A problem the database found has no code: its English, with rows for positions.
        const reason = p.message
          ? toRows(p.message)
          : msg("text", { text: p.reason.replace(position, (_, n: string) => `row ${sheet.rowOf[+n]}`) });
        const label = f ? { code: `import.field.${f}` } : msg("text", { text: p.field });
        return problem(
          p.field,
          msg("fieldReason", { path: p.field, label, reason }),
          col ? `${sheetName}!${col}${row}` : `${sheetName}!${row}`,
        );
      }),
    };
  });
  report.rejections = [...sheet.rejections, ...translated].sort(
    (a, b) => Number(a.at!.split("!").pop()) - Number(b.at!.split("!").pop()),
  );
  report[section].rejected += sheet.rejections.length;
}

/** The spreadsheet part of the report, as the CLI prints it under the counts (in `t`'s language). */
export function formatSheetSummary(s: SheetSummary, t: Translate = translator("en")): string {
  const requests = s.kind === "requests";
  const lines = [
    t(requests ? "import.cli.sheetRequests" : "import.cli.sheetFirms", {
      sheet: s.sheet,
      row: s.headerRow,
      rows: s.dataRows,
    }),
    t("import.cli.converted", { ...s.converted, taxCodes: s.taxCodesRepaired }),
  ];
  const ignored = s.mapping.filter((m) => !m.field && m.header).map((m) => `${m.column} "${m.header}"`);
  if (ignored.length) lines.push(t("import.cli.ignored", { columns: ignored.join(", ") }));
  for (const n of s.notes)
    lines.push(t("import.cli.note", { note: `${n.cell}: ${renderImportMessage(n.message, t)}` }));
  if (s.unmappedTerms.length) {
    lines.push(
      t(requests ? "import.cli.unmappedRequests" : "import.cli.unmappedFirms", { n: s.unmappedTerms.length }),
    );
    for (const u of s.unmappedTerms)
      lines.push(
        `  ${t(`import.cli.term.${u.kind}`)}: ${u.text} (${t(u.rows === 1 ? "import.cli.rowOne" : "import.cli.rowMany", { n: u.rows })})`,
      );
  }
  return lines.join("\n");
}
