// Recognising a spreadsheet's header row and its columns: what organisers' lists call things, in
// Vietnamese with or without diacritics, abbreviated ("MST", "SĐT", "KCN/CCN") or in English.

/** The directory fields a column can feed (a supplier of cnht-directory/1, flattened). */
export const FIELDS = [
  "rowNumber",
  "ref",
  "nameVi",
  "nameEn",
  "taxCode",
  "website",
  "founded",
  "employees",
  "address",
  "commune",
  "industrialZone",
  "city",
  "descriptionVi",
  "descriptionEn",
  "processes",
  "materials",
  "products",
  "certifications",
  "certificationValidUntil",
  "exportMarkets",
  "contactName",
  "contactPhone",
  "contactEmail",
] as const;
export type Field = (typeof FIELDS)[number];

/**
 * A column name as compared: lowercase, no diacritics, đ as d, only letters and digits. Letters
 * of any script count (a Japanese header such as 「税番号」 is a name too, not punctuation); NFC
 * again after stripping the Latin marks, so kana keep their voicing marks (ガ stays ガ).
 */
export function headerKey(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .normalize("NFC")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

// Each field's names, compared by headerKey (so "Mã số thuế", "Ma so thue" and "MÃ SỐ THUẾ" are
// one entry); the last Japanese name of each is the header the directory export writes for ja
// readers (spreadsheet/export.ts), so a ja file reads back. Exact names first; prefixes and
// suffixes then catch "Tên doanh nghiệp (tiếng Việt)" and the like.
// prettier-ignore
const NAMES: Record<Field, string[]> = {
  rowNumber: ["stt", "tt", "so tt", "so thu tu", "no", "no.", "#", "row"],
  ref: ["ma", "ma dn", "ma doanh nghiep", "ref", "reference", "id", "ma so", "code", "番号"],
  nameVi: [
    "ten doanh nghiep", "ten dn", "ten cong ty", "ten cty", "ten don vi", "doanh nghiep",
    "ten", "ten tieng viet", "ten doanh nghiep tieng viet", "company", "company name", "name",
    "ten co so", "don vi", "企業名",
  ],
  nameEn: ["ten tieng anh", "ten giao dich", "ten giao dich quoc te", "english name", "name en", "ten ta", "英語名"],
  taxCode: ["mst", "ma so thue", "ma so dn", "ma so doanh nghiep", "tax code", "tax id", "tax number", "mst dn", "税番号"],
  website: ["website", "web", "trang web", "trang thong tin dien tu", "ウェブサイト"],
  founded: ["nam thanh lap", "ngay thanh lap", "thanh lap", "founded", "year founded", "nam tl", "ngay tl", "設立年"],
  employees: ["so lao dong", "so ld", "lao dong", "so nhan vien", "quy mo lao dong", "employees", "staff", "headcount", "従業員数"],
  address: ["dia chi", "dia chi tru so", "tru so", "dia chi nha may", "address", "dc", "住所"],
  commune: ["xa phuong", "phuong xa", "xa", "phuong", "commune", "ward", "社 坊"],
  industrialZone: [
    "kcn ccn", "kcn", "ccn", "khu cong nghiep", "cum cong nghiep", "khu cum cong nghiep",
    "kcn ccn dia ban", "industrial zone", "industrial park", "zone", "工業団地",
  ],
  city: ["tinh tp", "tinh thanh pho", "thanh pho", "tinh", "city", "province", "quan huyen", "huyen", "省 市"],
  descriptionVi: ["mo ta", "gioi thieu", "nganh nghe", "nganh nghe kinh doanh", "linh vuc", "linh vuc hoat dong", "description", "説明"],
  descriptionEn: ["mo ta tieng anh", "description en", "english description", "英語の説明"],
  processes: ["cong nghe", "quy trinh", "cong doan", "nang luc san xuat", "nang luc", "processes", "process", "capabilities", "cong nghe gia cong", "工程"],
  materials: ["vat lieu", "nguyen lieu", "nguyen vat lieu", "materials", "material", "材料"],
  products: ["san pham", "san pham chinh", "mat hang", "products", "product", "san pham cnht", "製品"],
  certifications: ["chung nhan", "chung chi", "he thong quan ly", "he thong quan ly chat luong", "iso", "tieu chuan", "certifications", "certificates", "certification", "認証"],
  certificationValidUntil: ["hieu luc", "hieu luc chung nhan", "ngay het han", "han chung nhan", "het han", "valid until", "expiry", "expires"],
  exportMarkets: ["thi truong xuat khau", "xuat khau", "thi truong", "export markets", "export", "輸出市場"],
  contactName: ["nguoi lien he", "nguoi dai dien", "dai dien", "lien he", "contact", "contact person", "giam doc", "担当者"],
  contactPhone: ["dt", "sdt", "so dt", "dien thoai", "so dien thoai", "dt lien he", "dtdd", "phone", "tel", "mobile", "電話"],
  contactEmail: ["email", "e mail", "thu dien tu", "mail", "メール"],
};

/**
 * A recogniser for one kind of list: exact names first, then what a header starts with, then what
 * it ends with ("Tên doanh nghiệp (tiếng Việt)", "Điện thoại cố định/di động", "Email liên hệ");
 * what a header starts with names it better than what it ends with.
 */
export function makeRecogniser<F extends string>(
  fields: readonly F[],
  names: Record<F, string[]>,
): (header: string) => F | null {
  const exact = new Map<string, F>();
  for (const f of fields) for (const n of names[f]) if (!exact.has(headerKey(n))) exact.set(headerKey(n), f);
  // Longest names first, so "ten tieng anh" wins over "ten".
  const byLength = [...exact].sort((a, b) => b[0].length - a[0].length);
  return (header) => {
    const key = headerKey(header);
    if (!key) return null;
    const hit = exact.get(key);
    if (hit) return hit;
    for (const [name, field] of byLength) if (name.length >= 3 && key.startsWith(`${name} `)) return field;
    for (const [name, field] of byLength) if (name.length >= 3 && key.endsWith(` ${name}`)) return field;
    return null;
  };
}

/** The directory field a header names, or null. */
export const recogniseHeader = makeRecogniser(FIELDS, NAMES);

/** A column as it is proposed: its letters, its header text, and the field (null: not imported). */
export interface ColumnMapping<F extends string = Field> {
  column: string;
  header: string;
  field: F | null;
}

/**
 * The header row among the first rows: the one naming the most known fields (at least two),
 * so title rows ("DANH SÁCH DOANH NGHIỆP CNHT NĂM 2024") and blank rows above it are skipped.
 * Returns the 0-based index into `rows`, or -1.
 */
export function findHeaderRow(
  rows: string[][],
  lookAhead = 15,
  recognise: (header: string) => string | null = recogniseHeader,
): number {
  let best = -1;
  let bestCount = 1;
  for (let i = 0; i < Math.min(rows.length, lookAhead); i++) {
    const fields = new Set(rows[i].map((h) => recognise(h)).filter((f) => f !== null));
    if (fields.size > bestCount) {
      best = i;
      bestCount = fields.size;
    }
  }
  return best;
}

/** Spreadsheet column letters of a 1-based column number: 1 → A, 27 → AA. */
export function columnLetters(n: number): string {
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Proposes a field per column; a field claimed by two columns goes to the first. */
export function proposeMapping<F extends string = Field>(
  headers: string[],
  recognise: (header: string) => F | null = recogniseHeader as unknown as (header: string) => F | null,
): ColumnMapping<F>[] {
  const taken = new Set<F>();
  return headers.map((header, i) => {
    let field = recognise(header);
    if (field && taken.has(field)) field = null;
    if (field) taken.add(field);
    return { column: columnLetters(i + 1), header, field };
  });
}

/** What a mapping lacks before rows can become records: a name, and a ref or a tax code. */
export function missingFields(mapping: ColumnMapping[]): string[] {
  const has = new Set(mapping.map((m) => m.field));
  const missing: string[] = [];
  if (!has.has("nameVi") && !has.has("nameEn")) missing.push("nameVi");
  if (!has.has("ref") && !has.has("taxCode")) missing.push("taxCode");
  return missing;
}
