import { tableCsv, tablesXlsx, type Table } from "../../export/workbook";
import type { DirectorySupplier } from "../../directory/types";

// The directory as a workbook or CSV people open in Excel, with column headers in the reader's
// language (vi, en, ja) that the spreadsheet import recognises again (headers.ts) — so exporting and importing the file
// reports every firm unchanged. Tax codes are text (their leading zero kept); years and head
// counts are numbers; several terms in one cell one per line; each certificate on its own line
// as "standard số NUMBER đến dd/mm/yyyy". Workbook cells are written as values, never formulas;
// the CSV defuses cells starting with = + - @ (export/workbook.ts).

/** The reader's language: vi and en, and ja for buyers (ja headers, cells as in the en file). */
export type ExportLang = "vi" | "en" | "ja";

// prettier-ignore
const HEADERS: Record<ExportLang, string[]> = {
  vi: ["Mã", "Tên doanh nghiệp", "Tên tiếng Anh", "Mã số thuế", "Website", "Năm thành lập", "Số lao động",
    "Địa chỉ", "Xã/Phường", "KCN/CCN", "Tỉnh/TP", "Mô tả", "Mô tả tiếng Anh", "Công nghệ", "Vật liệu",
    "Sản phẩm", "Chứng nhận", "Thị trường xuất khẩu", "Người liên hệ", "Điện thoại", "Email"],
  en: ["Ref", "Company name", "English name", "Tax code", "Website", "Year founded", "Employees",
    "Address", "Commune", "Industrial zone", "City", "Description", "English description", "Processes",
    "Materials", "Products", "Certifications", "Export markets", "Contact person", "Phone", "Email"],
  ja: ["番号", "企業名", "英語名", "税番号", "ウェブサイト", "設立年", "従業員数",
    "住所", "社・坊", "工業団地", "省・市", "説明", "英語の説明", "工程",
    "材料", "製品", "認証", "輸出市場", "担当者", "電話", "メール"],
};

const dmy = (iso: string) => iso.split("-").reverse().join("/");

function certLine(c: NonNullable<DirectorySupplier["certifications"]>[number], lang: ExportLang): string {
  const no = c.certificateNo ? ` ${lang === "vi" ? "số" : "no."} ${c.certificateNo}` : "";
  const until = c.validUntil ? ` ${lang === "vi" ? "đến" : "valid until"} ${dmy(c.validUntil)}` : "";
  return `${c.standard}${no}${until}`;
}

export function directoryRows(
  suppliers: DirectorySupplier[],
  lang: ExportLang,
): (string | number | null)[][] {
  return suppliers.map((s) => [
    s.ref,
    s.name.vi ?? null,
    s.name.en ?? null,
    s.taxCode ?? null,
    s.website ?? null,
    s.founded ?? null,
    s.employees ?? null,
    s.location?.address ?? null,
    s.location?.commune ?? null,
    s.location?.industrialZone ?? null,
    s.location?.city ?? null,
    s.description?.vi ?? null,
    s.description?.en ?? null,
    s.capabilities?.processes?.join("\n") || null,
    s.capabilities?.materials?.join("\n") || null,
    s.capabilities?.products?.join("\n") || null,
    (s.certifications ?? []).map((c) => certLine(c, lang)).join("\n") || null,
    (s.exportMarkets ?? []).join(", ") || null,
    s.contact?.name ?? null,
    s.contact?.phone ?? null,
    s.contact?.email ?? null,
  ]);
}

/** The directory as one table; without contacts (the last three columns) for readers the page shows none. */
export function directoryTable(
  suppliers: DirectorySupplier[],
  lang: ExportLang,
  sheet: string,
  opts: { withContact?: boolean } = {},
): Table {
  const withContact = opts.withContact ?? true;
  const n = withContact ? HEADERS[lang].length : HEADERS[lang].length - 3;
  const TEXT = new Set([0, 3, 19]); // ref, tax code, phone: leading zeros kept
  const NUMBER = new Set([5, 6]);
  const WIDE = new Set([1, 2, 7, 11, 12]);
  return {
    sheet,
    columns: HEADERS[lang].slice(0, n).map((header, i) => ({
      header,
      kind: TEXT.has(i) ? "text" : NUMBER.has(i) ? "number" : undefined,
      width: WIDE.has(i) ? 40 : 18,
    })),
    rows: directoryRows(suppliers, lang).map((r) => r.slice(0, n)),
  };
}

export function directoryXlsx(
  suppliers: DirectorySupplier[],
  lang: ExportLang,
  sheet: string,
  opts: { withContact?: boolean } = {},
): Promise<Buffer> {
  return tablesXlsx([directoryTable(suppliers, lang, sheet, opts)]);
}

export function directoryCsv(
  suppliers: DirectorySupplier[],
  lang: ExportLang,
  opts: { withContact?: boolean } = {},
): string {
  return tableCsv(directoryTable(suppliers, lang, "", opts), lang);
}
