import { groupDigits, type Locale } from "~/modules/i18n";

const MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * An ISO date (YYYY-MM-DD) as readers of each language write it. Done by hand rather than with
 * Intl so that server and browser render the same characters (no hydration mismatch).
 */
export function formatDate(iso: string | null | undefined, locale: Locale): string {
  if (!iso) return "";
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  return locale === "vi" ? `${d}/${mo}/${y}` : `${Number(d)} ${MONTHS_EN[Number(mo) - 1]} ${y}`;
}

/** Thousands separators as each language writes them (1.200 in Vietnamese, 1,200 in English). */
export function formatNumber(n: number, locale: Locale): string {
  return groupDigits(n, locale);
}

/**
 * A share as a percentage with one decimal ("0,8" / "0.8"), rounded up so that "within 0.8 %"
 * is never an understatement.
 */
export function formatPercent(share: number, locale: Locale): string {
  const tenths = Math.ceil(Math.max(0, share) * 1000 - 1e-9);
  const text = `${Math.floor(tenths / 10)}.${tenths % 10}`;
  return locale === "vi" ? text.replace(".", ",") : text;
}

const countryNames: Partial<Record<Locale, Intl.DisplayNames>> = {};

/** "JP" → "Nhật Bản" / "Japan"; an unknown code is shown as it is. */
export function countryName(code: string, locale: Locale): string {
  try {
    countryNames[locale] ??= new Intl.DisplayNames([locale], { type: "region" });
    return countryNames[locale]!.of(code) ?? code;
  } catch {
    return code;
  }
}
