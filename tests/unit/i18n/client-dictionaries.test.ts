import { describe, expect, it } from "vitest";
import { dictionariesFor, type Dictionaries } from "../../../app/modules/i18n/client-dictionaries";
import { messages } from "../../../app/modules/i18n/messages/index";
import { LOCALES, translatorOver } from "../../../app/modules/i18n";

const COUNTS = [undefined, 0, 1, 2, 5, 1200];

/** Every key a page could ask for: the stored ones and the plural bases they belong to. */
function keysOf(d: Dictionaries): string[] {
  const all = new Set<string>();
  for (const l of LOCALES)
    for (const k of Object.keys(d[l])) {
      all.add(k);
      all.add(k.replace(/\.(zero|one|two|few|many|other)$/, ""));
    }
  return [...all];
}

function sameEverywhere(full: Dictionaries) {
  for (const locale of LOCALES) {
    const whole = translatorOver(full, locale);
    const share = translatorOver(dictionariesFor(locale, full), locale);
    for (const key of keysOf(full))
      for (const count of COUNTS)
        expect(share(key, count === undefined ? undefined : { count }), `${locale} ${key} ${count}`).toBe(
          whole(key, count === undefined ? undefined : { count }),
        );
  }
}

describe("the browser's share of the dictionaries (decision 440)", () => {
  it("translates every key and count exactly as the whole dictionaries do, in each language", () => {
    sameEverywhere(messages);
  });

  it("keeps a fallback entry that answers only some counts, and drops one never reached", () => {
    const d: Dictionaries = {
      // Japanese has "n.one" only (answers no Japanese count), English both forms.
      ja: { "n.one": "一件", full: "全部", "x.other": "X" },
      en: { "n.one": "one item", "n.other": "{count} items", full: "all", "x.other": "x" },
      vi: { only: "chỉ tiếng Việt", full: "tất cả" },
    };
    sameEverywhere(d);
    const ja = dictionariesFor("ja", d);
    expect(ja.en).toEqual({ "n.one": "one item", "n.other": "{count} items" });
    expect(ja.vi).toEqual({ only: "chỉ tiếng Việt" });
    const vi = dictionariesFor("vi", d);
    expect(vi.vi).toBe(d.vi);
    expect(vi.ja).toEqual({});
  });

  it("is much smaller than the three dictionaries for every reader", () => {
    const size = (x: unknown) => JSON.stringify(x).length;
    for (const l of LOCALES) expect(size(dictionariesFor(l, messages))).toBeLessThan(size(messages) * 0.55);
  });
});
