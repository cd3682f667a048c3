import type { DirectoryRequest } from "../../directory/types";
import { problem, type Problem } from "../validate";
import { importMessage as msg, type ImportMessage } from "../messages";
import * as cell from "./cells";
import { findHeaderRow, headerKey, makeRecogniser, recogniseHeader, type ColumnMapping } from "./headers";
import {
  countUnmapped,
  dedupe,
  isEmpty,
  PORTAL_REF_PREFIX,
  sheetConversion,
  textOf,
  type ConvertedSheet,
} from "./rows";
import {
  LIST_KINDS,
  REQUEST_FIELDS,
  type Grid,
  type ListKind,
  type RequestField,
  type SheetSummary,
  type UnmappedTerm,
} from "./types";

// Sourcing-request lists (issue 12): the buyers' needs an organiser collected before a fair, one
// request per row, turned into cnht-directory/1 requests for the JSON import's own validation,
// taxonomy mapping, upsert and report — as firm lists are (rows.ts). The buyer is named by its
// ref or by its name as the directory holds it.

// The field and kind names live in types.ts with the shapes that use them; exported here too
// because this is the module the import service reads request lists through.
export { LIST_KINDS, REQUEST_FIELDS, type ListKind, type RequestField };

// Compared by headerKey, as the firm list's names are (headers.ts).
// prettier-ignore
const NAMES: Record<RequestField, string[]> = {
  rowNumber: ["stt", "tt", "so tt", "so thu tu", "no", "#", "row"],
  ref: ["ma yeu cau", "ma yc", "so yc", "so yeu cau", "ma nhu cau", "ma", "ref", "request ref", "request id", "id", "code"],
  buyer: [
    "ben mua", "doanh nghiep mua", "doanh nghiep dat hang", "don vi dat hang", "don vi mua", "nguoi mua",
    "khach hang", "cong ty mua", "ma ben mua", "ten ben mua", "ma dn mua", "doanh nghiep fdi", "dn fdi",
    "buyer", "buyer ref", "buyer name", "customer", "purchaser",
  ],
  titleVi: [
    "tieu de", "ten yeu cau", "yeu cau", "nhu cau", "nhu cau mua", "noi dung yeu cau", "noi dung nhu cau",
    "ten san pham can mua", "san pham can mua", "hang hoa can mua", "title", "request", "request title", "need",
  ],
  titleEn: ["tieu de tieng anh", "ten yeu cau tieng anh", "title en", "english title"],
  titleJa: ["tieu de tieng nhat", "ten yeu cau tieng nhat", "title ja", "japanese title"],
  descriptionVi: ["mo ta", "mo ta chi tiet", "chi tiet", "yeu cau ky thuat", "thong so ky thuat", "ghi chu", "description", "details", "specification"],
  descriptionEn: ["mo ta tieng anh", "description en", "english description"],
  descriptionJa: ["mo ta tieng nhat", "description ja", "japanese description"],
  processes: ["cong nghe", "quy trinh", "cong doan", "cong nghe gia cong", "processes", "process"],
  materials: ["vat lieu", "nguyen lieu", "nguyen vat lieu", "materials", "material"],
  products: ["san pham", "mat hang", "chi tiet can gia cong", "products", "product", "part", "parts"],
  requiredCertifications: [
    "chung nhan", "chung nhan yeu cau", "chung chi", "chung chi yeu cau", "tieu chuan", "tieu chuan yeu cau",
    "iso", "yeu cau chung nhan", "required certifications", "certifications", "certification",
  ],
  annualVolume: [
    "san luong", "san luong nam", "san luong hang nam", "so luong", "so luong nam", "khoi luong",
    "sl nam", "sl", "annual volume", "volume", "quantity", "qty",
  ],
  targetDate: [
    "ngay can", "ngay can hang", "thoi han", "han", "han chot", "thoi gian can", "ngay giao hang",
    "target date", "deadline", "due date", "needed by",
  ],
};

export const recogniseRequestHeader = makeRecogniser(REQUEST_FIELDS, NAMES);

/** What a request mapping lacks: a title and the buyer (a ref is derived when there is none). */
export function missingRequestFields(mapping: ColumnMapping<RequestField>[]): string[] {
  const has = new Set(mapping.map((m) => m.field));
  const missing: string[] = [];
  if (!has.has("titleVi") && !has.has("titleEn")) missing.push("titleVi");
  if (!has.has("buyer")) missing.push("buyer");
  return missing;
}

// Fields both kinds of list have: they say nothing about which kind a sheet is.
const SHARED = new Set([
  "rowNumber",
  "ref",
  "descriptionVi",
  "descriptionEn",
  "processes",
  "materials",
  "products",
]);

/**
 * Which kind of list the first rows look like: the header row naming the most fields only one
 * kind has (a title and a buyer, or a tax code and a phone). A tie is a firm list, the common case.
 */
export function guessListKind(rows: string[][], lookAhead = 15): ListKind {
  const score = (recognise: (h: string) => string | null) => {
    let best = 0;
    for (const row of rows.slice(0, lookAhead)) {
      const own = new Set(row.map(recognise).filter((f): f is string => f !== null && !SHARED.has(f)));
      best = Math.max(best, own.size);
    }
    return best;
  };
  return score(recogniseRequestHeader) > score(recogniseHeader) ? "requests" : "firms";
}

/** The request list's header row (0-based), as findHeaderRow finds a firm list's. */
export function findRequestHeaderRow(rows: string[][]): number {
  return findHeaderRow(rows, 15, recogniseRequestHeader);
}

/** A buyer the file may name: its ref and its names. */
export interface KnownBuyer {
  ref: string;
  names: string[];
}

/** Finds a buyer by its ref (exactly, any case) or by one of its names (headerKey-equal). */
export function buyerMatcher(buyers: KnownBuyer[]) {
  const byRef = new Map(buyers.map((b) => [b.ref.toUpperCase(), b.ref]));
  const byName = new Map<string, Set<string>>();
  for (const b of buyers)
    for (const n of b.names) {
      const k = headerKey(n);
      if (!k) continue;
      if (!byName.has(k)) byName.set(k, new Set());
      byName.get(k)!.add(b.ref);
    }
  return (text: string): cell.CellResult<string> => {
    const ref = byRef.get(text.trim().toUpperCase());
    if (ref) return { ok: true, value: ref };
    const refs = [...(byName.get(headerKey(text)) ?? [])];
    if (refs.length === 1) return { ok: true, value: refs[0] };
    if (refs.length > 1)
      return cell.bad(msg("buyerAmbiguous", { text, n: refs.length, refs: refs.join(", ") }));
    return cell.bad(msg("buyerUnknown", { text }));
  };
}

/** A stable ref for a request row without one: its buyer and title, hashed (FNV-1a, 32 bits × 2). */
export function derivedRequestRef(buyer: string, title: string): string {
  const key = `${buyer}\u0000${headerKey(title)}`;
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x811c9dc5) >>> 0;
  }
  return `YC-${h1.toString(36).toUpperCase()}${h2.toString(36).toUpperCase()}`;
}

export type ConvertedRequests = ConvertedSheet<RequestField>;

/** The sheet's rows under `headerRow` (1-based) as requests; `grid` normalised already. */
export function sheetToRequests(
  grid: Grid,
  headerRow: number,
  mapping: ColumnMapping<RequestField>[],
  converted: SheetSummary["converted"],
  buyers: KnownBuyer[],
): ConvertedRequests {
  const sheet = sheetConversion<RequestField, DirectoryRequest>(grid, headerRow, mapping, "requests");
  const { columnOf, records: requests, rowOf, rejections } = sheet;
  const findBuyer = buyerMatcher(buyers);
  const refRow = new Map<string, number>();

  for (const { rowNo, at, raw, text } of sheet.rows()) {
    const problems: Problem[] = [];
    const fail = (f: RequestField, why: ImportMessage) => problems.push(problem(f, why, at(f)));

    const title: Record<string, string> = {};
    if (text("titleVi")) title.vi = text("titleVi");
    if (text("titleEn")) title.en = text("titleEn");
    if (text("titleJa")) title.ja = text("titleJa");
    if (!title.vi && !title.en && !title.ja)
      fail(columnOf.titleVi ? "titleVi" : "titleEn", msg("titleEmpty"));

    let buyer = "";
    if (!text("buyer")) fail("buyer", msg("buyerEmpty"));
    else {
      const b = findBuyer(text("buyer"));
      if (b.ok) buyer = b.value;
      else fail("buyer", b.message);
    }

    let ref = text("ref");
    if (ref.toUpperCase().startsWith(PORTAL_REF_PREFIX)) {
      fail("ref", msg("portalRef", { ref, prefix: PORTAL_REF_PREFIX }));
      ref = "";
    } else if (!ref && buyer && (title.vi || title.en || title.ja))
      ref = derivedRequestRef(buyer, title.vi ?? title.en ?? title.ja);

    const rq: DirectoryRequest = { ref, buyer, title: title as DirectoryRequest["title"] };
    const description: Record<string, string> = {};
    if (text("descriptionVi")) description.vi = textOf(raw("descriptionVi"), true);
    if (text("descriptionEn")) description.en = textOf(raw("descriptionEn"), true);
    if (text("descriptionJa")) description.ja = textOf(raw("descriptionJa"), true);
    if (Object.keys(description).length) rq.description = description as DirectoryRequest["title"];
    for (const f of ["processes", "materials", "products", "requiredCertifications"] as const) {
      const list = dedupe(cell.splitValues(textOf(raw(f), true)));
      if (list.length) rq[f] = list;
    }
    if (!isEmpty(raw("annualVolume"))) {
      const n = cell.count(raw("annualVolume") as string | number);
      if (n.ok) rq.annualVolume = n.value;
      else fail("annualVolume", msg("annualVolume", { reason: n.message }));
    }
    if (!isEmpty(raw("targetDate"))) {
      const d = cell.date(raw("targetDate") as string | number | Date);
      if (d.ok) rq.targetDate = d.value;
      else fail("targetDate", msg("targetDate", { reason: d.message }));
    }
    // Two rows with one ref (written, or derived from the same buyer and title): both refused,
    // each naming the other, as firm lists do — which one is right is the organiser's call.
    if (ref && refRow.has(ref) && !problems.length) {
      const other = refRow.get(ref)!;
      const cellName = columnOf.ref ? at("ref") : `${grid.sheet}!${rowNo}`;
      problems.push(problem("ref", msg("requestTwice", { ref, row: other }), cellName));
      const i = rowOf.indexOf(other);
      if (i >= 0) {
        rejections.push({
          section: "requests",
          index: -1,
          ref,
          problems: [
            problem(
              "ref",
              msg("requestTwice", { ref, row: rowNo }),
              columnOf.ref ? `${grid.sheet}!${columnOf.ref}${other}` : `${grid.sheet}!${other}`,
            ),
          ],
          at: `${grid.sheet}!${other}`,
        });
        requests.splice(i, 1);
        rowOf.splice(i, 1);
      }
    }
    if (ref) refRow.set(ref, rowNo);
    sheet.take(rowNo, rq, ref, problems);
  }

  return sheet.result(
    { format: "cnht-directory/1", suppliers: [], buyers: [], requests },
    { kind: "requests", converted, taxCodesRepaired: 0, unmappedTerms: unmappedRequestTerms(requests) },
  );
}

/** Request terms no taxonomy concept matches, most frequent first (kept as the buyer wrote them). */
export function unmappedRequestTerms(requests: DirectoryRequest[]): UnmappedTerm[] {
  return countUnmapped(function* () {
    for (const r of requests) {
      for (const t of r.processes ?? []) yield ["process", t] as const;
      for (const t of r.materials ?? []) yield ["material", t] as const;
      for (const t of r.products ?? []) yield ["product", t] as const;
      for (const t of r.requiredCertifications ?? []) yield ["certification", t] as const;
    }
  });
}
