import { fallbackOrder, type Locale } from "./locale";
import { messages } from "./messages/index";

export type Translate = (key: string, vars?: Record<string, string | number>) => string;

/** Thousands separators as each language writes them (1.200 in Vietnamese, 1,200 in English). */
export function groupDigits(n: number, locale: Locale): string {
  return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, locale === "vi" ? "." : ",");
}

const pluralRules: Record<Locale, Intl.PluralRules> = {
  vi: new Intl.PluralRules("vi"),
  en: new Intl.PluralRules("en"),
  ja: new Intl.PluralRules("ja"),
};

/**
 * A missing key falls back through the languages in `fallbackOrder` (Japanese → English →
 * Vietnamese) and only then to the key itself, so a gap in the Japanese dictionary shows
 * English, and a gap everywhere shows up visibly (and in tests) instead of as an empty string.
 *
 * Plurals: a numeric `count` var picks the variant `key.one` / `key.other` (by Intl.PluralRules:
 * English has both, Vietnamese only "other"), falling back to `key` itself, so a language without
 * plural forms just writes the plain key. A numeric count is shown with thousands separators.
 * Called without a numeric count, a plural message takes its "other" form.
 */
export function translator(locale: Locale): Translate {
  // One per language: every component asks for it on every render (useT), and it holds no state.
  return (translators[locale] ??= translatorOver(messages, locale));
}
const translators: Partial<Record<Locale, Translate>> = {};

/** The translator over given dictionaries (the browser's share of them: client-dictionaries.ts). */
export function translatorOver(dicts: typeof messages, locale: Locale): Translate {
  const order = fallbackOrder(locale);
  const lookup = (key: string, count: number | undefined): string | undefined => {
    // Without a numeric count (none, or an already formatted string) the general form is used.
    // Each dictionary is read with its own language's plural rules (English "1 meeting" even
    // when it stands in for a missing Japanese text).
    for (const l of order) {
      const dict = dicts[l];
      const form = count === undefined ? "other" : pluralRules[l].select(count);
      const found = dict[`${key}.${form}`] ?? dict[`${key}.other`] ?? dict[key];
      if (found !== undefined) return found;
    }
    return undefined;
  };
  return (key, vars) => {
    const count = typeof vars?.count === "number" ? vars.count : undefined;
    let s = lookup(key, count) ?? key;
    if (vars)
      for (const [k, v] of Object.entries(vars))
        s = s.replaceAll(
          `{${k}}`,
          k === "count" && typeof v === "number" ? groupDigits(v, locale) : String(v),
        );
    return s;
  };
}
