import { translator, type Translate } from "../i18n/translate";

// What the importer says about a record, a row or a cell, as a code with values rather than
// text, so the organiser reads it in the page's language (and the CLI in --lang). The modules
// that find a problem build an ImportMessage; renderImportMessage is the one place it becomes
// text. The English rendering is also kept as `reason` on each problem, for the CLI's default
// output, the logs and the seed: that English comes from the same dictionary, so the two
// cannot drift apart.

export type ImportParam = string | number | ImportMessage | ImportMessage[];

export interface ImportMessage {
  /** An i18n key: `import.msg.*` for the importer's own messages, or a label key it reuses. */
  code: string;
  params?: Record<string, ImportParam>;
}

/** Every message code the importer builds (the test checks each has vi and en text). */
export const IMPORT_CODES = [
  // cells (spreadsheet/cells.ts)
  "taxChars",
  "taxZeroNote",
  "taxDigits",
  "notDateNumber",
  "notRealDate",
  "notRealIsoDate",
  "notMonthYear",
  "notDate",
  "yearRange",
  "notYear",
  "notWholePositive",
  "badGrouping",
  "notNumber",
  "notWhole",
  "notPositive",
  "certDate",
  "certNoStandard",
  "certTooLong",
  // rows (spreadsheet/rows.ts, spreadsheet/requests.ts)
  "nameEmpty",
  "portalRef",
  "noRefNoTax",
  "founded",
  "employees",
  "certValidity",
  "marketUnknown",
  "phonesTooLong",
  "notEmail",
  "emailsNote",
  "titleEmpty",
  "buyerEmpty",
  "buyerAmbiguous",
  "buyerUnknown",
  "annualVolume",
  "targetDate",
  "requestTwice",
  // records (validate.ts, directory/refs.ts)
  "invisible",
  "refTwice",
  "taxTwice",
  "kindClash",
  "reservedRef",
  "buyerRejected",
  "notBuyer",
  "noBuyer",
  "kind.supplier",
  "kind.buyer",
  "kind.organiser",
  "pos",
  "posRef",
  "row",
  "fieldReason",
  "text",
  // the file as a whole (spreadsheet/read.ts, validate.ts, encoding.ts): FileFormatError
  "file.csvUnreadable",
  "file.notZip",
  "file.zip64",
  "file.tooBig",
  "file.xlsxUnreadable",
  "file.compression",
  "file.notSheet",
  "file.noSheet",
  "file.noData",
  "file.notJson",
  "file.notDirectory",
  "file.notUtf8",
  // what --replace kept, and why (services/import/run.server.ts)
  "replace.rejected",
  "replace.portalRequest",
  "replace.stillRequests",
  "replace.members",
  "replace.referenced",
  // the directory schema's messages (zod), see schemaMessage
  "schema.required",
  "schema.string",
  "schema.ref",
  "schema.maxChars",
  "schema.maxTerms",
  "schema.empty",
  "schema.blank",
  "schema.lang",
  "schema.date",
  "schema.countryFormat",
  "schema.country",
  "schema.email",
  "schema.webScheme",
  "schema.web",
  "schema.webUser",
  "schema.taxDigits",
  "schema.number",
  "schema.int",
  "schema.min",
  "schema.max",
  "schema.other",
] as const;

export type ImportCode = (typeof IMPORT_CODES)[number];

/** A message of the importer's own: `importMessage("taxDigits", { digits: 8 })`. */
export function importMessage(code: ImportCode, params?: Record<string, ImportParam>): ImportMessage {
  return params ? { code: `import.msg.${code}`, params } : { code: `import.msg.${code}` };
}

/** The message as text in the translator's language; nested messages are rendered first. */
export function renderImportMessage(m: ImportMessage, t: Translate): string {
  const vars: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(m.params ?? {}))
    vars[k] = Array.isArray(v)
      ? v.map((x) => renderImportMessage(x, t)).join(", ")
      : typeof v === "object"
        ? renderImportMessage(v, t)
        : v;
  return t(m.code, vars);
}

const en = translator("en");

/** The English text kept as a problem's `reason` (CLI default, logs, API). */
export const englishOf = (m: ImportMessage): string => renderImportMessage(m, en);

/**
 * An error the importer explains with an import message: in English as the error's message (the
 * CLI, logs), and as `detail` for a page to say in its reader's language.
 */
export class ImportMessageError extends Error {
  /** The same as a code with values, for the page's language (absent for the CLI's own). */
  readonly detail?: ImportMessage;
  constructor(message: string | ImportMessage) {
    super(typeof message === "string" ? message : englishOf(message));
    if (typeof message !== "string") this.detail = message;
  }
}

/** A problem's text in the translator's language (its English `reason` when it has no code). */
export function problemText(p: { reason: string; message?: ImportMessage }, t: Translate): string {
  return p.message ? renderImportMessage(p.message, t) : p.reason;
}

/**
 * `suppliers[12] (S-00013): taxCode: must be 10 or 13 digits`, one line per problem; a
 * spreadsheet's problem names its cell instead: `Sheet1!D14: tax code has 8 digits …`. In the
 * translator's language: the one place a rejection becomes text (CLI, admin page).
 */
export function rejectionLines(
  r: {
    section: string;
    index: number;
    ref: string | null;
    at?: string;
    problems: { field: string; reason: string; message?: ImportMessage; cell?: string }[];
  },
  t: Translate,
): string[] {
  const head = `${r.at ?? `${r.section}[${r.index}]`}${r.ref !== null && r.ref !== "" ? ` (${r.ref})` : ""}`;
  return r.problems.map((p) =>
    p.cell ? `${p.cell}: ${problemText(p, t)}` : `${head}: ${p.field}: ${problemText(p, t)}`,
  );
}

// The directory schema's English messages (zod) are the JSON import's contract and stay as they
// are; the spreadsheet and the admin page read them through these patterns. Anything not listed
// keeps its English inside a translated frame ("schema.other").
const SCHEMA_MESSAGES: [RegExp, ImportCode, string[]][] = [
  [/^is required$/, "schema.required", []],
  [/^must be a string$/, "schema.string", []],
  [/^must be 1 to 64 letters, digits, '-' or '_'$/, "schema.ref", []],
  [/^must be at most (\d+) characters$/, "schema.maxChars", ["max"]],
  [/^must have at most (\d+) terms$/, "schema.maxTerms", ["max"]],
  [/^must not be empty$/, "schema.empty", []],
  [/^must not be blank$/, "schema.blank", []],
  [/^needs at least one language \(vi, en or ja\)$/, "schema.lang", []],
  [/^must be a real calendar date written YYYY-MM-DD$/, "schema.date", []],
  [/^must be a two-letter country code in capitals \(e\.g\. JP\)$/, "schema.countryFormat", []],
  [/^(.+) is not an ISO 3166-1 country code$/, "schema.country", ["value"]],
  [/^must be an email address$/, "schema.email", []],
  [/^must be an http:\/\/ or https:\/\/ address$/, "schema.webScheme", []],
  [/^must be a web address such as https:\/\/example\.vn$/, "schema.web", []],
  [/^must not contain a user name or password$/, "schema.webUser", []],
  [/^must be 10 or 13 digits$/, "schema.taxDigits", []],
  [/^must be a number$/, "schema.number", []],
  [/^must be a whole number$/, "schema.int", []],
  [/^must be at least (\d+)$/, "schema.min", ["n"]],
  [/^must be at most (\d+)$/, "schema.max", ["n"]],
];

/** A schema (zod) message as an ImportMessage whose English is exactly the schema's. */
export function schemaMessage(text: string): ImportMessage {
  for (const [re, code, names] of SCHEMA_MESSAGES) {
    const m = re.exec(text);
    if (m) return importMessage(code, Object.fromEntries(names.map((n, i) => [n, m[i + 1]])));
  }
  return importMessage("schema.other", { message: text });
}

/**
 * A file the importer cannot read at all (not a workbook, not UTF-8, no data …): the English is
 * the error's message (CLI, logs, tests), `detail` the same as a code with values, so that the
 * admin page says it in the organiser's language. A library's own explanation (a JSON or zip
 * parser's) stays a value as the library wrote it.
 */
export function fileMessage(
  code: ImportCode & `file.${string}`,
  params?: Record<string, string>,
): ImportMessage {
  return importMessage(code, params);
}
