import { fallbackOrder, type Locale } from "./locale";

type Dict = Record<string, string>;
export type Dictionaries = { vi: Dict; en: Dict; ja: Dict };

/**
 * What the browser needs to translate exactly as the server does for a reader of `locale`: the
 * reader's dictionary whole, and of each fallback language only the entries a lookup can reach
 * (a key none of the earlier languages answers). The three whole dictionaries are 70 KB gzipped
 * of script on every page; a reader's share is about a third (issue 13, decision 440).
 *
 * A lookup of key K in one language answers for certain when it holds `K` or `K.other`; `K.one`
 * alone answers only some counts. An entry X of a later language is kept when X could be tried
 * for some K (X itself, or X less a `.other` or plural-form suffix) that no earlier language
 * answers for certain — so the translator gives the same text over these as over the whole.
 */
export function dictionariesFor(locale: Locale, all: Dictionaries): Dictionaries {
  const order = fallbackOrder(locale);
  const out: Dictionaries = { vi: {}, en: {}, ja: {} };
  out[order[0]] = all[order[0]];
  for (let i = 1; i < order.length; i++) {
    const earlier = order.slice(0, i).map((l) => all[l]);
    const answered = (k: string) => earlier.some((d) => d[k] !== undefined || d[`${k}.other`] !== undefined);
    const forms = new Intl.PluralRules(order[i]).resolvedOptions().pluralCategories;
    const kept: Dict = {};
    for (const [x, text] of Object.entries(all[order[i]])) {
      const bases = [x, ...forms.filter((f) => x.endsWith(`.${f}`)).map((f) => x.slice(0, -f.length - 1))];
      if (bases.some((k) => !answered(k))) kept[x] = text;
    }
    out[order[i]] = kept;
  }
  return out;
}
