import { englishOf, importMessage as msg, type ImportMessage } from "../messages";
import { firstInvisible } from "../../text/typed";

// One cell's value as the directory wants it. Each function returns the value or why the cell
// cannot be used, worded for the organiser who will fix the file ("tax code has 9 digits"): as a
// message code with values (`message`, rendered in the reader's language where the report is
// shown) and its English (`reason`).

export type CellResult<T> =
  { ok: true; value: T; note?: ImportMessage } | { ok: false; reason: string; message: ImportMessage };
const ok = <T>(value: T, note?: ImportMessage): CellResult<T> =>
  note ? { ok: true, value, note } : { ok: true, value };
/** A cell that cannot be used, and why. */
export const bad = (message: ImportMessage): CellResult<never> => ({
  ok: false,
  reason: englishOf(message),
  message,
});

/**
 * Tax codes are 10 digits, or 13 for a branch ("0101234567-001"). A spreadsheet that stored one
 * as a number dropped its leading zero: 9 digits becomes 10 and 12 becomes 13 by putting the zero
 * back — the only case where the length proves what was lost. Anything else is refused.
 */
export function taxCode(raw: string): CellResult<string> {
  // A key: refused naming the character the cell hides, never cleaned (decision 700).
  const hidden = firstInvisible(raw);
  if (hidden) return bad(msg("invisible", hidden));
  const compact = raw.replace(/[\s.\-–_/]/g, "");
  if (!/^[0-9]+$/.test(compact)) return bad(msg("taxChars", { raw }));
  if (compact.length === 10 || compact.length === 13) return ok(compact);
  // A code that still starts with 0 did not lose its zero: it lost something else.
  if ((compact.length === 9 || compact.length === 12) && !compact.startsWith("0"))
    return ok(`0${compact}`, msg("taxZeroNote", { code: compact }));
  return bad(msg("taxDigits", { digits: compact.length }));
}

/** Splits a cell holding several values: "; ", ",", new lines, "|", " / " and bullets. */
export function splitValues(raw: string): string[] {
  return raw
    .split(/\s*(?:[;\n\r|•]|,(?!\d)|\s\/\s|\s-\s)\s*/)
    .map((s) =>
      s
        .replace(/^[-+*·–]\s*/, "")
        .replace(/\s+/g, " ")
        .trim(),
    )
    .filter((s) => s.length > 0);
}

/** Phones in one cell: "024 3826 1234 - 0912.345.678 / 0987654321" → each number on its own. */
export function phones(raw: string): string[] {
  return raw
    .split(/\s*(?:[;,\n\r|]|\s\/\s|\/(?=\s*[0+(])|\s-\s|\s+(?:hoặc|hoac|or)\s+)\s*/i)
    .map((s) => s.replace(/^(?:đt|dt|sđt|sdt|tel|mobile|dđ|dd|fax)\s*[:.]?\s*/i, "").trim())
    .filter((s) => /\d/.test(s));
}

const pad = (n: number) => String(n).padStart(2, "0");

function isoDate(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || y < 1900 || y > 2200) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1 || dt.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** Excel's serial day number (1900 system, with its phantom 29 Feb 1900) as a date. */
export function serialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 61 || serial > 110000) return null;
  const ms = Date.UTC(1899, 11, 30) + Math.floor(serial) * 86400000;
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * Dates as organisers write them: dd/mm/yyyy (also with - or .), yyyy-mm-dd, mm/yyyy (the end of
 * that month: a certificate "valid to 12/2027"), or an Excel serial number (a number cell).
 * Day first, always: Vietnamese files never put the month first.
 */
export function date(raw: string | number | Date): CellResult<string> {
  if (raw instanceof Date) return ok(raw.toISOString().slice(0, 10));
  if (typeof raw === "number") {
    const d = serialToIso(raw);
    return d ? ok(d) : bad(msg("notDateNumber", { raw }));
  }
  const s = raw.trim();
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) {
    const d = isoDate(+m[3], +m[2], +m[1]);
    return d ? ok(d) : bad(msg("notRealDate", { raw: s }));
  }
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) {
    const d = isoDate(+m[1], +m[2], +m[3]);
    return d ? ok(d) : bad(msg("notRealIsoDate", { raw: s }));
  }
  m = /^(\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) {
    const month = +m[1];
    const year = +m[2];
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    const d = isoDate(year, month, last);
    return d ? ok(d) : bad(msg("notMonthYear", { raw: s }));
  }
  if (/^\d{5}(\.\d+)?$/.test(s)) return date(Number(s));
  return bad(msg("notDate", { raw: s }));
}

/** A founding year: 1995, "1995", 15/03/1995 or a date serial. */
export function year(raw: string | number | Date): CellResult<number> {
  if (typeof raw === "number" && Number.isInteger(raw) && raw >= 1800 && raw <= 2100) return ok(raw);
  if (typeof raw === "string" && /^\s*\d{4}\s*$/.test(raw)) {
    const y = Number(raw);
    return y >= 1800 && y <= 2100 ? ok(y) : bad(msg("yearRange", { year: y }));
  }
  const d = date(raw);
  return d.ok ? ok(Number(d.value.slice(0, 4))) : bad(msg("notYear", { raw: String(raw) }));
}

/**
 * One number written as text, in either convention: Vietnamese groups thousands with "." and
 * writes decimals with "," (1.000.000; 1.234,5), English the other way round (1,000,000;
 * 1,234.5). Unambiguous forms:
 * - both marks present: the last one is the decimal mark, the other must group by three;
 * - one mark repeated: it groups thousands, and every group after the first has three digits.
 * The one ambiguous form is a single mark followed by exactly three digits ("1.500", "1,500"):
 * 1500 in one convention, 1.5 in the other. It reads as thousands, whichever the mark, because
 * the cells that hold numbers in the city's lists (head counts, capital, revenue, volumes) are
 * whole amounts where three decimals never occur, while "1.500 lao động" is everyday Vietnamese.
 * A leading 0 ("0,500") cannot start a thousands group, so that reads as a decimal.
 * Any other single mark is a decimal mark ("1,5", "2.75"). Returns null for badly grouped text
 * ("1.00.000", "1.000,000.5"): a guess there would put a wrong figure in the directory.
 */
export function parseNumber(token: string): number | null {
  const s = token.trim();
  if (!/^\d[\d.,]*$/.test(s) || /[.,]$/.test(s)) return null;
  const grouped = (int: string, mark: string) => {
    const groups = int.split(mark);
    if (!/^\d{1,3}$/.test(groups[0]) || groups[0].startsWith("0")) return null;
    return groups.slice(1).every((g) => /^\d{3}$/.test(g)) ? groups.join("") : null;
  };
  const dots = (s.match(/\./g) ?? []).length;
  const commas = (s.match(/,/g) ?? []).length;
  if (dots === 0 && commas === 0) return Number(s);
  if (dots > 0 && commas > 0) {
    const decimal = s.lastIndexOf(".") > s.lastIndexOf(",") ? "." : ",";
    const thousands = decimal === "." ? "," : ".";
    const at = s.lastIndexOf(decimal);
    if ((decimal === "." ? dots : commas) > 1) return null;
    const int = grouped(s.slice(0, at), thousands);
    return int === null ? null : Number(`${int}.${s.slice(at + 1)}`);
  }
  const mark = dots > 0 ? "." : ",";
  if (dots + commas > 1) {
    const int = grouped(s, mark);
    return int === null ? null : Number(int);
  }
  // A single mark: thousands when it is followed by exactly three digits (the rule above).
  const int = grouped(s, mark);
  if (int !== null) return Number(int);
  const [whole, frac] = s.split(mark);
  return Number(`${whole}.${frac}`);
}

/**
 * The numbers in a cell's text ("khoảng 1.200 người", "50-100", "1.000.000.000 đồng"), read by
 * parseNumber; the first badly grouped one makes the cell unreadable (null).
 */
export function numbersIn(raw: string): number[] | null {
  const tokens = raw.match(/\d[\d.,]*\d|\d/g) ?? [];
  const out: number[] = [];
  for (const t of tokens) {
    const n = parseNumber(t);
    if (n === null) return null;
    out.push(n);
  }
  return out;
}

/** A head count or volume: 120, "120 người", "khoảng 1.200", "50-100" (the upper bound). */
export function count(raw: string | number): CellResult<number> {
  if (typeof raw === "number")
    return Number.isInteger(raw) && raw > 0 ? ok(raw) : bad(msg("notWholePositive", { raw }));
  const nums = numbersIn(raw);
  if (nums === null) return bad(msg("badGrouping", { raw }));
  if (!nums.length) return bad(msg("notNumber", { raw }));
  const n = Math.max(...nums);
  if (!Number.isInteger(n)) return bad(msg("notWhole", { raw }));
  return n > 0 ? ok(n) : bad(msg("notPositive", { raw }));
}

export interface ParsedCertification {
  standard: string;
  validUntil?: string;
  certificateNo?: string;
}

const DATE_IN_TEXT = /(\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[/.-]\d{4})/;

/**
 * "ISO 9001:2015; IATF 16949 (HL đến 31/12/2027)" → one entry per standard, with the validity a
 * standard names after it ("đến", "hết hạn", "HL", "valid until", "exp.", or just a date).
 * The standard stays as the firm wrote it ("ISO9001" too: the taxonomy maps both spellings); the
 * year after the colon is part of its name.
 */
export function certifications(raw: string): CellResult<ParsedCertification[]> {
  const out: ParsedCertification[] = [];
  for (const part of raw.split(/\s*(?:[;\n\r|]|,(?!\d)|\s\+\s)\s*/).filter(Boolean)) {
    let rest = part;
    // The certificate number first ("số VN-18229", "no. 12-3456"), so that a number shaped like
    // a month/year is never read as the validity.
    let certificateNo: string | undefined;
    const no = /(?:^|\s)(?:số|so|no\.?|cert\.? no\.?)\s*[:.]?\s*([A-Z0-9][A-Z0-9/.-]*)/i.exec(rest);
    if (no) {
      certificateNo = no[1];
      rest = rest.slice(0, no.index) + " " + rest.slice(no.index + no[0].length);
    }
    let validUntil: string | undefined;
    const dm = DATE_IN_TEXT.exec(rest);
    if (dm) {
      const d = date(dm[1]);
      if (!d.ok) return bad(msg("certDate", { part, reason: d.message }));
      validUntil = d.value;
      rest = rest.slice(0, dm.index);
    }
    // Strip what announces the date ("(HL đến", "hết hạn", "valid until"), word by word.
    const LEAD =
      /(?:^|[\s([])(?:hiệu lực|hieu luc|hl|đến|den|hết hạn|het han|valid until|valid to|valid|until|exp\.?|expires?|to|:)\s*[:.]?\s*$/i;
    for (let prev = ""; prev !== rest;) {
      prev = rest;
      rest = rest.replace(LEAD, "").replace(/[\s([\-–,]+$/, "");
    }
    const standard = rest.replace(/\s+/g, " ").trim();
    if (standard.length < 2) return bad(msg("certNoStandard", { part }));
    if (standard.length > 80) return bad(msg("certTooLong", { part: part.slice(0, 40) }));
    out.push({
      standard,
      ...(validUntil ? { validUntil } : {}),
      ...(certificateNo ? { certificateNo } : {}),
    });
  }
  return ok(out);
}
