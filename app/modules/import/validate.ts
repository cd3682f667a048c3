import type { ZodIssue, ZodTypeAny } from "zod";
import { buyerSchema, envelopeSchema, KEY_FIELDS, requestSchema, supplierSchema } from "../directory/schema";
import type { DirectoryBuyer, DirectoryRequest, DirectorySupplier } from "../directory/types";
import { isPortalRef, PORTAL_REF_PREFIX } from "../directory/refs";
import { translator } from "../i18n/translate";
import { cleanTyped, firstInvisible } from "../text/typed";
import {
  englishOf,
  fileMessage,
  importMessage as msg,
  ImportMessageError,
  rejectionLines,
  schemaMessage,
  type ImportMessage,
} from "./messages";

// Checks a parsed cnht-directory/1 document record by record (CONTRACT.md §3): which record,
// which field, why. Nothing here touches the database; what the database already holds comes in
// as `existing`.

export type Section = "suppliers" | "buyers" | "requests";

export interface Problem {
  field: string;
  /** In English (the CLI's default output, logs, the seed); `message` is the same in any language. */
  reason: string;
  /** What is wrong as a code with values, rendered in the reader's language (import/messages.ts). */
  message?: ImportMessage;
  /** For a spreadsheet: the cell at fault as the user sees it, "Sheet1!D14". */
  cell?: string;
}

/** A problem from its message; the English `reason` is rendered from the same dictionary. */
export function problem(field: string, message: ImportMessage, cell?: string): Problem {
  const p: Problem = { field, reason: englishOf(message), message };
  if (cell !== undefined) p.cell = cell;
  return p;
}

export interface Rejection {
  section: Section;
  /** 0-based position in its list in the file. */
  index: number;
  ref: string | null;
  problems: Problem[];
  /** For a spreadsheet: the sheet and row instead of the list index, "Sheet1!14". */
  at?: string;
}

export interface Accepted<T> {
  index: number;
  record: T;
}

export interface ValidatedDirectory {
  suppliers: Accepted<DirectorySupplier>[];
  buyers: Accepted<DirectoryBuyer>[];
  requests: Accepted<DirectoryRequest>[];
  rejections: Rejection[];
}

/** What the database holds that a file's records must agree with. */
export interface ExistingRefs {
  /** Every organisation ref with its kind (suppliers and buyers share one ref space). */
  organisations: ReadonlyMap<string, "supplier" | "buyer" | "organiser">;
  /** Every request ref (a reserved P- ref may only name a request that already exists). */
  requests?: ReadonlySet<string>;
}

/** The file as a whole is not cnht-directory/1: nothing in it is imported. */
export class DirectoryFormatError extends ImportMessageError {
  override name = "DirectoryFormatError";
}

export function fieldPath(path: (string | number)[]): string {
  let s = "";
  for (const p of path) s += typeof p === "number" ? `[${p}]` : s ? `.${p}` : p;
  return s || "record";
}

/** The value at a zod issue's path inside the record, when there is one. */
function valueAt(x: unknown, path: (string | number)[]): unknown {
  let v = x;
  for (const p of path)
    v = v && typeof v === "object" ? (v as Record<string | number, unknown>)[p] : undefined;
  return v;
}

function problemsOf(issues: ZodIssue[], record: unknown): Problem[] {
  return issues.map((i) => {
    // A key left with an invisible character (cleanDirectory keeps them): say which and where,
    // since the value as shown looks right (decision 700).
    const v = valueAt(record, i.path);
    const hidden = typeof v === "string" ? firstInvisible(v) : null;
    if (hidden) return problem(fieldPath(i.path), msg("invisible", hidden));
    // zod names a missing required field "Required"; say which field is missing instead.
    const text = i.code === "invalid_type" && i.received === "undefined" ? "is required" : i.message;
    return problem(fieldPath(i.path), schemaMessage(text));
  });
}

function rawRef(x: unknown): string | null {
  const ref = x && typeof x === "object" ? (x as { ref?: unknown }).ref : undefined;
  return typeof ref === "string" ? ref : null;
}

/** Parses a file's text; a file that is not JSON or not cnht-directory/1 throws DirectoryFormatError. */
export function parseDirectoryJson(text: string): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    throw new DirectoryFormatError(fileMessage("file.notJson", { detail: (e as Error).message }));
  }
}

/**
 * The parsed file with the invisible characters no one types dropped from every free-text string
 * (cleanTyped, the rule every form follows, decision 640), the same for a JSON file and for the
 * records a spreadsheet became. Keys and addresses (KEY_FIELDS) are left as they are, for the
 * schema to refuse with a message naming the character (decision 700).
 */
export function cleanDirectory(raw: unknown, key = false): unknown {
  if (typeof raw === "string") return key ? raw : cleanTyped(raw);
  if (Array.isArray(raw)) return raw.map((x) => cleanDirectory(x, key));
  if (raw && typeof raw === "object")
    return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, cleanDirectory(v, KEY_FIELDS.has(k))]));
  return raw;
}

export function validateDirectory(raw: unknown, existing: ExistingRefs): ValidatedDirectory {
  if (!raw || typeof raw !== "object" || Array.isArray(raw))
    throw new DirectoryFormatError(
      fileMessage("file.notDirectory", {
        detail: 'expected a JSON object with "format": "cnht-directory/1"',
      }),
    );
  const env = envelopeSchema.safeParse(raw);
  if (!env.success) {
    const formatIssue = env.error.issues.find((i) => i.path[0] === "format");
    const first = formatIssue ?? env.error.issues[0];
    const got = (raw as { format?: unknown }).format;
    const detail =
      first === formatIssue
        ? got === undefined
          ? 'missing "format": "cnht-directory/1"'
          : `unknown format ${JSON.stringify(got)}, expected "cnht-directory/1"`
        : `${fieldPath(first.path)}: ${first.message}`;
    throw new DirectoryFormatError(fileMessage("file.notDirectory", { detail }));
  }
  const file = env.data;
  const rejected = new Map<string, Rejection>();
  const reject = (section: Section, index: number, ref: string | null, problems: Problem[]) => {
    const key = `${section}:${index}`;
    const r = rejected.get(key);
    if (r) r.problems.push(...problems);
    else rejected.set(key, { section, index, ref, problems });
  };

  function check<T>(section: Section, list: unknown[], schema: ZodTypeAny): Map<number, T> {
    const ok = new Map<number, T>();
    list.forEach((x, i) => {
      const p = schema.safeParse(x);
      if (p.success) ok.set(i, p.data as T);
      else reject(section, i, rawRef(x), problemsOf(p.error.issues, x));
    });
    return ok;
  }
  const suppliers = check<DirectorySupplier>("suppliers", file.suppliers, supplierSchema);
  const buyers = check<DirectoryBuyer>("buyers", file.buyers ?? [], buyerSchema);
  const requests = check<DirectoryRequest>("requests", file.requests ?? [], requestSchema);

  // A ref given twice: which record is meant is unknowable, so both are refused. Suppliers and
  // buyers share one ref space (one organisations table); requests have their own.
  const refSpaces: [Section, unknown[]][][] = [
    [
      ["suppliers", file.suppliers],
      ["buyers", file.buyers ?? []],
    ],
    [["requests", file.requests ?? []]],
  ];
  for (const space of refSpaces) {
    const seen = new Map<string, { section: Section; index: number }[]>();
    for (const [section, list] of space)
      list.forEach((x, index) => {
        const ref = rawRef(x);
        if (ref !== null) seen.set(ref, [...(seen.get(ref) ?? []), { section, index }]);
      });
    for (const [ref, at] of seen) {
      if (at.length < 2) continue;
      for (const a of at) {
        const others = at
          .filter((o) => o !== a)
          .map((o) => msg("pos", { section: o.section, index: o.index }));
        reject(a.section, a.index, ref, [problem("ref", msg("refTwice", { ref, others }))]);
      }
    }
  }

  // One tax code, one firm (the database holds it UNIQUE): a code given to two records refuses both.
  const taxCodes = new Map<string, number[]>();
  for (const [i, s] of suppliers)
    if (s.taxCode && !rejected.has(`suppliers:${i}`))
      taxCodes.set(s.taxCode, [...(taxCodes.get(s.taxCode) ?? []), i]);
  for (const [code, at] of taxCodes) {
    if (at.length < 2) continue;
    for (const i of at) {
      const others = at
        .filter((o) => o !== i)
        .map((o) => msg("posRef", { section: "suppliers", index: o, ref: suppliers.get(o)!.ref }));
      reject("suppliers", i, suppliers.get(i)!.ref, [problem("taxCode", msg("taxTwice", { code, others }))]);
    }
  }

  // A ref already held by another kind of organisation cannot change kind through an import.
  const kindClash = (section: Section, map: Map<number, { ref: string }>, kind: "supplier" | "buyer") => {
    for (const [i, r] of map) {
      const held = existing.organisations.get(r.ref);
      if (held && held !== kind)
        reject(section, i, r.ref, [
          problem(
            "ref",
            msg("kindClash", { ref: r.ref, held: msg(`kind.${held}`), kind: msg(`kind.${kind}`) }),
          ),
        ]);
    }
  };
  kindClash("suppliers", suppliers, "supplier");
  kindClash("buyers", buyers, "buyer");

  // The portal's own namespace (P-…): an import may name a record the portal already holds there
  // (an export read back), never create one (docs/decisions/090-ref-namespaces.md).
  const reserved = (
    section: Section,
    map: Map<number, { ref: string }>,
    exists: (ref: string) => boolean,
  ) => {
    for (const [i, r] of map) {
      if (isPortalRef(r.ref) && !exists(r.ref))
        reject(section, i, r.ref, [problem("ref", msg("reservedRef", { prefix: PORTAL_REF_PREFIX }))]);
    }
  };
  reserved("suppliers", suppliers, (ref) => existing.organisations.has(ref));
  reserved("buyers", buyers, (ref) => existing.organisations.has(ref));
  reserved("requests", requests, (ref) => !!existing.requests?.has(ref));

  const fileBuyers = new Map<string, boolean>(); // ref -> accepted
  (file.buyers ?? []).forEach((x, i) => {
    const ref = rawRef(x);
    if (ref !== null) fileBuyers.set(ref, buyers.has(i) && !rejected.has(`buyers:${i}`));
  });
  for (const [i, r] of requests) {
    const inFile = fileBuyers.get(r.buyer);
    const held = existing.organisations.get(r.buyer);
    if (inFile === true || held === "buyer") continue;
    const why =
      inFile === false
        ? msg("buyerRejected", { buyer: r.buyer })
        : held
          ? msg("notBuyer", { ref: r.buyer, held: msg(`kind.${held}`) })
          : msg("noBuyer", { buyer: r.buyer });
    reject("requests", i, r.ref, [problem("buyer", why)]);
  }

  const keep = <T>(section: Section, map: Map<number, T>): Accepted<T>[] =>
    [...map].filter(([i]) => !rejected.has(`${section}:${i}`)).map(([index, record]) => ({ index, record }));
  const order: Record<Section, number> = { suppliers: 0, buyers: 1, requests: 2 };
  return {
    suppliers: keep("suppliers", suppliers),
    buyers: keep("buyers", buyers),
    requests: keep("requests", requests),
    rejections: [...rejected.values()].sort(
      (a, b) => order[a.section] - order[b.section] || a.index - b.index,
    ),
  };
}

/** rejectionLines in English (the CLI's default, logs, the seed). */
const en = translator("en");
export function formatRejection(r: Rejection): string[] {
  return rejectionLines(r, en);
}
