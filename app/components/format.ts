import { groupDigits, type Locale } from "~/modules/i18n";

// Dates, times, tables, slots and reasons are formatted in one module for every page, mail and
// file (app/modules/i18n/format.ts); re-exported here for the components that import from here.
export {
  formatDate,
  formatDateTime,
  formatTime,
  formatDateRange,
  slotLabel,
  tableLabel,
  reasonLabel,
} from "~/modules/i18n/format";

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

/** A duration in seconds with one decimal, the decimal mark as each language writes it ("2,5" / "2.5"). */
export function formatSeconds(ms: number, locale: Locale): string {
  const text = (Math.max(0, ms) / 1000).toFixed(1);
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
