import { LOCALES, type Locale } from "../../../app/modules/i18n/locale";

/**
 * What `read` gives in each of the portal's languages, as one record, so that a test states the
 * Vietnamese, English and Japanese wording of one value side by side:
 * `expect(inEachLocale((l) => formatDate(d, l))).toEqual({ vi: …, en: …, ja: … })`.
 */
export function inEachLocale<T>(read: (locale: Locale) => T): Record<Locale, T> {
  return Object.fromEntries(LOCALES.map((locale) => [locale, read(locale)])) as Record<Locale, T>;
}
