import type { Locale } from "./locale";
import type { Translate } from "./translate";

// The one place where dates, times, table and slot names and reason codes become what people
// read, in each language (issue 13: four date formats, "Bàn 10" on English pages, slot ids and
// raw codes in the schedule). Done by hand rather than with Intl.DateTimeFormat so that the
// server and the browser render the same characters (no hydration mismatch between ICU builds)
// and so that the result never depends on the process's TZ: everything is shown in Hanoi time,
// where the fair takes place (UTC+7, no daylight saving).

const HANOI_OFFSET_MS = 7 * 3600_000;
const MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const WEEKDAYS: Record<Locale, string[]> = {
  vi: ["CN", "T2", "T3", "T4", "T5", "T6", "T7"],
  en: ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"],
  ja: ["日", "月", "火", "水", "木", "金", "土"],
};

interface Parts {
  y: number;
  mo: number;
  d: number;
  /** Hours and minutes in Hanoi; null for a plain calendar date. */
  h: number | null;
  mi: number | null;
  weekday: number;
}

/**
 * Reads a calendar date ("2027-03-10"), an instant ("…Z", "…+07:00") or SQLite's
 * `datetime('now')` text ("2027-03-10 02:00:00", which is UTC) into Hanoi wall-clock parts.
 */
export function hanoiParts(value: string | Date | null | undefined): Parts | null {
  if (value == null || value === "") return null;
  if (typeof value === "string") {
    const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (day) {
      const [y, mo, d] = [Number(day[1]), Number(day[2]), Number(day[3])];
      return { y, mo, d, h: null, mi: null, weekday: new Date(Date.UTC(y, mo - 1, d)).getUTCDay() };
    }
  }
  let ms: number;
  if (value instanceof Date) ms = value.getTime();
  else {
    const text = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value)
      ? `${value.replace(" ", "T")}Z`
      : value;
    ms = Date.parse(text);
  }
  if (!Number.isFinite(ms)) return null;
  const t = new Date(ms + HANOI_OFFSET_MS);
  return {
    y: t.getUTCFullYear(),
    mo: t.getUTCMonth() + 1,
    d: t.getUTCDate(),
    h: t.getUTCHours(),
    mi: t.getUTCMinutes(),
    weekday: t.getUTCDay(),
  };
}

const pad = (n: number) => String(n).padStart(2, "0");

function dateOf(p: Parts, locale: Locale): string {
  if (locale === "vi") return `${pad(p.d)}/${pad(p.mo)}/${p.y}`;
  if (locale === "ja") return `${p.y}年${p.mo}月${p.d}日`;
  return `${p.d} ${MONTHS_EN[p.mo - 1]} ${p.y}`;
}

/** Day and month without the year, for labels within one event ("10/03", "10 Mar", "3月10日"). */
function shortDateOf(p: Parts, locale: Locale): string {
  if (locale === "vi") return `${pad(p.d)}/${pad(p.mo)}`;
  if (locale === "ja") return `${p.mo}月${p.d}日`;
  return `${p.d} ${MONTHS_EN[p.mo - 1]}`;
}

const timeOf = (p: Parts) => (p.h === null ? "" : `${pad(p.h)}:${pad(p.mi!)}`);

/** A date as readers of each language write it: "10/03/2027", "10 Mar 2027", "2027年3月10日". */
export function formatDate(value: string | Date | null | undefined, locale: Locale): string {
  const p = hanoiParts(value);
  if (!p) return typeof value === "string" ? value : "";
  return dateOf(p, locale);
}

/** A time of day in Hanoi, 24-hour in every language ("09:00"). */
export function formatTime(value: string | Date | null | undefined, locale: Locale): string {
  void locale;
  const p = hanoiParts(value);
  return p ? timeOf(p) : "";
}

/** Date and time in Hanoi: "10/03/2027 09:00", "10 Mar 2027, 09:00", "2027年3月10日 09:00". */
export function formatDateTime(value: string | Date | null | undefined, locale: Locale): string {
  const p = hanoiParts(value);
  if (!p) return typeof value === "string" ? value : "";
  if (p.h === null) return dateOf(p, locale);
  return locale === "en" ? `${dateOf(p, locale)}, ${timeOf(p)}` : `${dateOf(p, locale)} ${timeOf(p)}`;
}

/** Two dates as one span: "10–12 Mar 2027", "10/03/2027 – 12/03/2027", "2027年3月10日〜12日". */
export function formatDateRange(
  from: string | Date | null | undefined,
  to: string | Date | null | undefined,
  locale: Locale,
): string {
  const a = hanoiParts(from);
  const b = hanoiParts(to);
  if (!a || !b) return formatDate(from ?? to, locale);
  if (a.y === b.y && a.mo === b.mo && a.d === b.d) return dateOf(a, locale);
  if (locale === "en" && a.y === b.y)
    return a.mo === b.mo
      ? `${a.d}–${b.d} ${MONTHS_EN[a.mo - 1]} ${a.y}`
      : `${a.d} ${MONTHS_EN[a.mo - 1]} – ${b.d} ${MONTHS_EN[b.mo - 1]} ${a.y}`;
  if (locale === "ja" && a.y === b.y)
    return a.mo === b.mo ? `${dateOf(a, locale)}〜${b.d}日` : `${dateOf(a, locale)}〜${b.mo}月${b.d}日`;
  return `${dateOf(a, locale)} – ${dateOf(b, locale)}`;
}

/**
 * A meeting slot as people read it: weekday, day and the time span in Hanoi
 * ("T4 10/03, 09:00–09:20", "Wed 10 Mar, 09:00–09:20", "3月10日(水) 09:00–09:20"), never its id.
 */
export function slotLabel(startsAt: string, minutes: number | null, locale: Locale): string {
  const p = hanoiParts(startsAt);
  if (!p) return startsAt;
  const end = minutes ? hanoiParts(new Date(Date.parse(startsAt) + minutes * 60_000)) : null;
  const span = end ? `${timeOf(p)}–${timeOf(end)}` : timeOf(p);
  const wd = WEEKDAYS[locale][p.weekday];
  if (locale === "ja") return `${shortDateOf(p, locale)}(${wd}) ${span}`;
  return `${wd} ${shortDateOf(p, locale)}, ${span}`;
}

const TABLE_WORD: Record<Locale, string> = { vi: "Bàn", en: "Table", ja: "テーブル" };

/**
 * A table's name in the reader's language. Tables are usually named by number in the organiser's
 * language ("Bàn 10", "Table 10", "10"): the number is kept and the word translated, so English
 * pages, .ics files and mails never say "Bàn 10", "Table Bàn 10" or "Bàn Bàn 10". Any other name
 * ("JETRO corner") is the organiser's own and is shown as written.
 */
export function tableLabel(name: string | null | undefined, locale: Locale): string {
  if (!name) return "";
  // A number or a short code ("12", "T3", "A", "B2") gets the word for table; a name stays as written.
  const m = /^(?:bàn|ban|table|tbl\.?|テーブル|t)?\s*#?\s*(\d+[a-z]?|[a-z]\d*)$/i.exec(name.trim());
  if (!m) return name;
  return locale === "ja" ? `${TABLE_WORD.ja}${m[1]}` : `${TABLE_WORD[locale]} ${m[1]}`;
}

/**
 * A table named once, standing alone where no column heading says "table" (an agenda card on a
 * phone): numbered tables as tableLabel gives them ("Bàn 1", "Table 1", "テーブル1"); a name that
 * already says table in any language ("Bàn VIP") as written; any other name with the word in
 * front ("Table JETRO corner"), so that the reader knows it is a table without reading it twice.
 */
export function tableCaption(name: string | null | undefined, locale: Locale): string {
  const shown = tableLabel(name, locale);
  if (!shown || shown !== name?.trim() || /(^|\s)(bàn|ban|table)(\s|$)|テーブル/i.test(shown)) return shown;
  return `${TABLE_WORD[locale]} ${shown}`;
}

/**
 * A reason code ("no_capacity") as words, from the dictionary under `prefix` (e.g.
 * "fair.decline."); a code the dictionary lacks is shown with spaces rather than underscores,
 * never as a raw key.
 */
export function reasonLabel(code: string | null | undefined, prefix: string, t: Translate): string {
  if (!code) return "";
  const key = `${prefix}${code}`;
  const text = t(key);
  return text === key ? code.replace(/_/g, " ") : text;
}
