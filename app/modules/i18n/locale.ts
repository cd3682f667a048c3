export const LOCALES = ["vi", "en", "ja"] as const;
export type Locale = (typeof LOCALES)[number];
export const LOCALE_COOKIE = "lang";

export function isLocale(x: unknown): x is Locale {
  return x === "vi" || x === "en" || x === "ja";
}

/** The language the visitor chose with the switch, if any (the `lang` cookie). */
export function cookieLocale(cookieHeader: string | null): Locale | null {
  const v = cookieHeader
    ?.split(/;\s*/)
    .map((c) => c.split("="))
    .find(([k]) => k === LOCALE_COOKIE)?.[1];
  return isLocale(v) ? v : null;
}

/**
 * The cookie (set by the language switch) wins; otherwise the first supported language in
 * Accept-Language by q-value; otherwise Vietnamese, the programme's own language.
 */
export function negotiateLocale(cookieHeader: string | null, acceptLanguage: string | null): Locale {
  const fromCookie = cookieLocale(cookieHeader);
  if (fromCookie) return fromCookie;
  if (acceptLanguage) {
    const ranked = acceptLanguage
      .split(",")
      .map((part, i) => {
        const [tag, ...params] = part.trim().split(";");
        const q = Number(
          params
            .find((p) => p.trim().startsWith("q="))
            ?.trim()
            .slice(2) ?? 1,
        );
        return { lang: tag.trim().toLowerCase().split("-")[0], q: Number.isFinite(q) ? q : 0, i };
      })
      // "*" (what fetch clients send by default) states no preference: it falls to Vietnamese.
      .filter((x) => x.q > 0 && x.lang !== "*")
      .sort((a, b) => b.q - a.q || a.i - b.i);
    for (const r of ranked) if (isLocale(r.lang)) return r.lang;
    // A Korean or Chinese buyer's browser gets English rather than Vietnamese.
    if (ranked.length && ranked.every((r) => !isLocale(r.lang))) return "en";
  }
  return "vi";
}

export type LocalText = { vi?: string | null; en?: string | null; ja?: string | null };

/**
 * The one fallback order for bilingual (and Japanese) text, used for names, titles and
 * dictionaries alike: the reader's language first; a Vietnamese reader then gets English, an
 * English reader Vietnamese (the programme's own language), a Japanese reader English (which
 * Japanese buyers read far more readily than Vietnamese) and then Vietnamese.
 */
export function fallbackOrder(locale: Locale): readonly Locale[] {
  return FALLBACK[locale];
}
const FALLBACK: Record<Locale, readonly Locale[]> = {
  vi: ["vi", "en", "ja"],
  en: ["en", "vi", "ja"],
  ja: ["ja", "en", "vi"],
};

/** Profile text in the reader's language, falling back by `fallbackOrder`; never null. */
export function pickText(text: LocalText | null | undefined, locale: Locale): string {
  if (!text) return "";
  for (const l of fallbackOrder(locale)) {
    const v = text[l];
    if (v) return v;
  }
  return "";
}

/**
 * An organisation's (or event's) name as people read it: the reader's language, then the other
 * one, then Japanese, then `fallback` (its ref) — never null. Names are optional in each language
 * (a Japanese buyer often has no Vietnamese name), so everything that shows or sorts names goes
 * through here rather than picking a column.
 */
export function displayName(
  n: { nameVi?: string | null; nameEn?: string | null; nameJa?: string | null },
  locale: Locale,
  fallback = "",
): string {
  return pickText({ vi: n.nameVi, en: n.nameEn, ja: n.nameJa }, locale) || fallback;
}

/** displayName of a row that carries its Vietnamese and English names in two columns. */
export function nameViEn(vi: string | null, en: string | null, locale: Locale): string {
  return displayName({ nameVi: vi, nameEn: en }, locale);
}

/**
 * Text the programme writes in Vietnamese and English only (scheme names and eligibility, news
 * titles): the reader's language by `fallbackOrder`, so a Japanese reader gets English, and a
 * text left empty in one language (eligibility is optional) shows the other rather than nothing.
 */
export function pickViEn(
  vi: string | null | undefined,
  en: string | null | undefined,
  locale: Locale,
): string {
  return pickText({ vi, en }, locale);
}

/** Compares names in the reader's alphabet (Vietnamese letters sort as Vietnamese). */
export function compareNames(locale: Locale): (a: string, b: string) => number {
  return new Intl.Collator(locale, { sensitivity: "base" }).compare;
}

/** Which language pickText actually used, for the `lang` attribute of the element showing it. */
export function pickLang(text: LocalText | null | undefined, locale: Locale): Locale {
  for (const l of fallbackOrder(locale)) if (text?.[l]) return l;
  return locale;
}
