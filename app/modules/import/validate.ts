import type { ZodIssue, ZodTypeAny } from "zod";
import { buyerSchema, envelopeSchema, requestSchema, supplierSchema } from "../directory/schema";
import type { DirectoryBuyer, DirectoryRequest, DirectorySupplier } from "../directory/types";
import { reservedRefReason } from "../directory/refs";

// Checks a parsed cnht-directory/1 document record by record (CONTRACT.md §3): which record,
// which field, why. Nothing here touches the database; what the database already holds comes in
// as `existing`.

export type Section = "suppliers" | "buyers" | "requests";

export interface Problem {
  field: string;
  reason: string;
  /** For a spreadsheet: the cell at fault as the user sees it, "Sheet1!D14". */
  cell?: string;
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
export class DirectoryFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DirectoryFormatError";
  }
}

export function fieldPath(path: (string | number)[]): string {
  let s = "";
  for (const p of path) s += typeof p === "number" ? `[${p}]` : s ? `.${p}` : p;
  return s || "record";
}

function problemsOf(issues: ZodIssue[]): Problem[] {
  return issues.map((i) => {
    // zod names a missing required field "Required"; say which field is missing instead.
    const reason = i.code === "invalid_type" && i.received === "undefined" ? "is required" : i.message;
    return { field: fieldPath(i.path), reason };
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
    throw new DirectoryFormatError(`not a JSON file: ${(e as Error).message}`);
  }
}

export function validateDirectory(raw: unknown, existing: ExistingRefs): ValidatedDirectory {
  if (!raw || typeof raw !== "object" || Array.isArray(raw))
    throw new DirectoryFormatError(
      'not a cnht-directory/1 file: expected a JSON object with "format": "cnht-directory/1"',
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
    throw new DirectoryFormatError(`not a cnht-directory/1 file: ${detail}`);
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
      else reject(section, i, rawRef(x), problemsOf(p.error.issues));
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
        const others = at.filter((o) => o !== a).map((o) => `${o.section}[${o.index}]`);
        reject(a.section, a.index, ref, [
          { field: "ref", reason: `${ref} appears more than once in the file (also ${others.join(", ")})` },
        ]);
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
      const others = at.filter((o) => o !== i).map((o) => `suppliers[${o}] (${suppliers.get(o)!.ref})`);
      reject("suppliers", i, suppliers.get(i)!.ref, [
        { field: "taxCode", reason: `${code} is also given to ${others.join(", ")}` },
      ]);
    }
  }

  // A ref already held by another kind of organisation cannot change kind through an import.
  const kindClash = (section: Section, map: Map<number, { ref: string }>, kind: "supplier" | "buyer") => {
    for (const [i, r] of map) {
      const held = existing.organisations.get(r.ref);
      if (held && held !== kind)
        reject(section, i, r.ref, [
          { field: "ref", reason: `${r.ref} already belongs to a ${held}, not a ${kind}` },
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
      const why = reservedRefReason(r.ref);
      if (why && !exists(r.ref)) reject(section, i, r.ref, [{ field: "ref", reason: why }]);
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
    const reason =
      inFile === false
        ? `buyer ${r.buyer} is rejected in this file and not in the directory`
        : held
          ? `${r.buyer} is a ${held}, not a buyer`
          : `no buyer with ref ${r.buyer} in the file or the directory`;
    reject("requests", i, r.ref, [{ field: "buyer", reason }]);
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

/**
 * `suppliers[12] (S-00013): taxCode: must be 10 or 13 digits`, one line per problem; a
 * spreadsheet's problem names its cell instead: `Sheet1!D14: tax code has 8 digits …`.
 */
export function formatRejection(r: Rejection): string[] {
  const head = `${r.at ?? `${r.section}[${r.index}]`}${r.ref !== null && r.ref !== "" ? ` (${r.ref})` : ""}`;
  return r.problems.map((p) => (p.cell ? `${p.cell}: ${p.reason}` : `${head}: ${p.field}: ${p.reason}`));
}
