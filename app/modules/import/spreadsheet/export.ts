import ExcelJS from "exceljs";
import { toCsv } from "../../agenda/export";
import type { DirectorySupplier } from "../../directory/types";

// The directory as a workbook or CSV people open in Excel, with column headers in the reader's
// language that the spreadsheet import recognises again — so exporting and importing the file
// reports every firm unchanged. Tax codes are text (their leading zero kept); years and head
// counts are numbers; several terms in one cell one per line; each certificate on its own line
// as "standard số NUMBER đến dd/mm/yyyy". Workbook cells are written as values, never formulas;
// the CSV defuses cells starting with = + - @ (agenda/export.ts).

export type ExportLang = "vi" | "en";

// prettier-ignore
const HEADERS: Record<ExportLang, string[]> = {
  vi: ["Mã", "Tên doanh nghiệp", "Tên tiếng Anh", "Mã số thuế", "Website", "Năm thành lập", "Số lao động",
    "Địa chỉ", "Xã/Phường", "KCN/CCN", "Tỉnh/TP", "Mô tả", "Mô tả tiếng Anh", "Công nghệ", "Vật liệu",
    "Sản phẩm", "Chứng nhận", "Thị trường xuất khẩu", "Người liên hệ", "Điện thoại", "Email"],
  en: ["Ref", "Company name", "English name", "Tax code", "Website", "Year founded", "Employees",
    "Address", "Commune", "Industrial zone", "City", "Description", "English description", "Processes",
    "Materials", "Products", "Certifications", "Export markets", "Contact person", "Phone", "Email"],
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

export async function directoryXlsx(
  suppliers: DirectorySupplier[],
  lang: ExportLang,
  sheet: string,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "CNHT portal";
  const ws = wb.addWorksheet(sheet.slice(0, 31));
  ws.addRow(HEADERS[lang]).font = { bold: true };
  ws.views = [{ state: "frozen", ySplit: 1 }];
  for (const r of directoryRows(suppliers, lang)) ws.addRow(r);
  ws.getColumn(4).numFmt = "@"; // tax codes stay text
  ws.columns.forEach((c, i) => (c.width = [1, 2, 7, 11, 12].includes(i) ? 40 : 18));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export function directoryCsv(suppliers: DirectorySupplier[], lang: ExportLang): string {
  return toCsv(
    HEADERS[lang],
    directoryRows(suppliers, lang).map((r) => r.map((v) => v ?? "")),
  );
}
