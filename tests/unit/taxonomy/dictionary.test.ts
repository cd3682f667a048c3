import { describe, expect, it } from "vitest";
import {
  dictionaryReading,
  getConcept,
  mapTerm,
  mapTermScored,
  termConfidence,
  wholeConcept,
} from "../../../app/modules/taxonomy";
import {
  DICTIONARY_CONFIDENCE,
  DICTIONARY_ENTRIES,
  DICTIONARY_PART_CONFIDENCE,
  DICTIONARY_SOURCE,
} from "../../../app/modules/taxonomy/dictionary";
import { scoreMatch } from "../../../app/modules/matching";
import { request, supplier, term } from "../matching/builders";
import { glossConcepts, headwordRefusal, selectEntry } from "../../../scripts/terminology/select";
import { parseEntry, splitGlosses } from "../../../scripts/terminology/dictd";

// Japanese terms read through the dictionary (decision 660): app/modules/taxonomy/dictionary.ts
// reads data/dictionary-ja.json, which scripts/terminology/freedict-jpn.ts selects from JMdict.
// Each positive is first checked not to be read by the lexicon, so the test fails without the
// dictionary, or passes only because a synonym was added.

describe("a Japanese word the lexicon lacks is read near, through its gloss", () => {
  const NEAR: [string, "process" | "material" | "product", string, number][] = [
    ["滲炭", "process", "carburising", DICTIONARY_CONFIDENCE], // 浸炭 in other kanji: "carburizing"
    ["電気泳動", "process", "e-coating", DICTIONARY_CONFIDENCE], // "electrophoresis"
    ["電気泳動加工", "process", "e-coating", DICTIONARY_CONFIDENCE], // a generic word beside it
    ["カーバイド", "material", "carbide", DICTIONARY_CONFIDENCE],
    ["アルミ穴開け", "process", "drilling-tapping", DICTIONARY_PART_CONFIDENCE], // the material set aside
  ];
  for (const [term, kind, id, confidence] of NEAR) {
    it(`${term} → ${id}`, () => {
      expect(mapTerm(term, kind), "not a lexicon phrase").not.toBe(id);
      const m = mapTermScored(term, kind);
      expect(m?.id).toBe(id);
      expect(m?.confidence).toBe(confidence);
      expect(m?.gloss).toBeTruthy();
      expect(termConfidence(term, kind, id)).toBeLessThan(1);
    });
  }

  it("is read for a query's uncovered run the same way (search/embedded/query.ts)", () => {
    expect(dictionaryReading("滲炭", "process")).toMatchObject({ id: "carburising", gloss: "carburizing" });
  });

  it("says so in the reasons, with the gloss", () => {
    const res = scoreMatch(
      request({ processes: [term("carburising", "浸炭焼入れ")] }),
      supplier({ processes: [term("carburising", "滲炭")] }),
      { asOf: "2026-12-01" },
    );
    const reason = res.reasons.find((r) => r.kind === "process")!;
    expect(reason.text.en).toContain("~ from '滲炭', from dictionary: 'carburizing'");
    expect(reason.text.vi).toContain("theo từ điển");
    expect(reason.text.ja).toContain("辞書より");
  });
});

describe("sure readings win", () => {
  it("a phrase of the lexicon is read as the lexicon reads it, even where the dictionary says more", () => {
    // 電気設備 "electrical equipment": the dictionary reads an electrical appliance, the lexicon
    // reads machinery inside it, surely. The sure reading stays.
    expect(dictionaryReading("電気設備", "product")?.id).toBe("electrical-appliance");
    expect(mapTermScored("電気設備", "product")).toEqual({ id: "machinery", confidence: 1 });
    expect(dictionaryReading("板金", "process")?.id).toBe("sheet-metal");
    expect(mapTermScored("板金", "process")).toEqual({ id: "sheet-metal", confidence: 1 });
  });

  it("never reads a certification", () => {
    expect(dictionaryReading("滲炭", "certification")).toBeNull();
  });
});

describe("selection refuses what is not surely one concept", () => {
  const entry = (forms: string[], senses: string[][], priority: string[] = []) => ({
    forms: forms.map((form) => ({ form, priority })),
    senses,
  });

  it("keeps a term whose gloss names one concept", () => {
    const s = selectEntry(entry(["旋削"], [["turning (on a lathe)"]]));
    expect(s.selected).toEqual([
      { ja: "旋削", gloss: "turning (on a lathe)", concept: "cnc-turning", kind: "process" },
    ]);
  });

  it("refuses glosses naming two unrelated concepts", () => {
    const s = selectEntry(entry(["鍛接"], [["welding", "forging"]]));
    expect(s.selected).toEqual([]);
    expect(s.refused[0].reason).toMatch(/^ambiguous:/);
  });

  it("refuses a common word that only touches the trade, and a technical sense that is not the first", () => {
    expect(selectEntry(entry(["回転"], [["rotation", "revolution", "turning"]], ["news1"])).selected).toEqual(
      [],
    );
    expect(
      selectEntry(entry(["旋回"], [["revolution", "rotation", "circling", "turning"]])).selected,
    ).toEqual([]);
    expect(selectEntry(entry(["押出し"], [["pushing something out"], ["extrusion"]])).selected).toEqual([]);
  });

  it("refuses verbs, acronyms, short words and a word qualified into another sense", () => {
    expect(wholeConcept("PET", "material")).toBe("pet"); // the lexicon reads it…
    expect(glossConcepts("PET")).toEqual([]); // …but an acronym is many things
    expect(glossConcepts("to die")).toEqual([]);
    expect(glossConcepts("son")).toEqual([]); // folds onto Vietnamese "sơn", painting
    expect(glossConcepts("(photographic) print")).toEqual([]);
    expect(glossConcepts("turning (on a lathe)")).toEqual(["cnc-turning"]);
  });

  it("refuses one English word the Japanese does not corroborate", () => {
    // 死ぬ "die": nothing of 金型 (moulds and dies) in it.
    const s = selectEntry(entry(["事切れる"], [["die"]]));
    expect(s.selected).toEqual([]);
  });

  it("refuses single kanji, kana readings, short or common katakana and generic words", () => {
    expect(headwordRefusal("鋼", [])).toBe("single-kanji");
    expect(headwordRefusal("刷り", [])).toBe("single-kanji");
    expect(headwordRefusal("せんさく", [])).toBe("kana-reading");
    expect(headwordRefusal("プレス", [])).toBe("short-katakana");
    expect(headwordRefusal("スプリング", ["gai1"])).toBe("common-katakana");
    expect(headwordRefusal("加工", [])).toBe("generic");
    expect(headwordRefusal("旋削", [])).toBeNull();
  });

  it("parses a FreeDict entry: forms with priority, senses, a note run into its gloss", () => {
    const text =
      "[news1]  [nf12]  鍍金 /x/, めっき /y/\n1. (noun (common) (futsuumeishi))\n (noun or participle which takes the aux. verb suru)\n\n" +
      "         Note: word usually written using kana alonegilt, plating\n2.\n         Note: word usually written using kana alonepretense, pretence\n";
    const e = parseEntry(text, new Set(["word usually written using kana alone"]));
    expect(e.forms).toEqual([
      { form: "鍍金", priority: ["news1", "nf12"] },
      { form: "めっき", priority: [] },
    ]);
    expect(e.senses).toEqual([
      ["gilt", "plating"],
      ["pretense", "pretence"],
    ]);
    expect(splitGlosses("spring (e.g. coil, leaf), mainspring")).toEqual([
      "spring (e.g. coil, leaf)",
      "mainspring",
    ]);
  });
});

describe("the committed data", () => {
  it("states its source and licence, and every entry its source", () => {
    expect(DICTIONARY_SOURCE).toMatchObject({ id: "freedict-jpn-eng", licence: "CC-BY-SA-3.0" });
    expect(DICTIONARY_ENTRIES.length).toBeGreaterThan(100);
    for (const e of DICTIONARY_ENTRIES) expect(e.source, e.ja).toBe(DICTIONARY_SOURCE.id);
  });

  it("still reads every gloss as its concept, through headwords the selection allows", () => {
    // Fails when the taxonomy moves under the file: re-run scripts/terminology/freedict-jpn.ts.
    for (const e of DICTIONARY_ENTRIES) {
      const c = getConcept(e.concept);
      expect(c, e.concept).toBeDefined();
      expect(c!.broad, e.concept).toBeFalsy();
      expect(c!.kind).not.toBe("certification");
      expect(glossConcepts(e.gloss), `${e.ja} "${e.gloss}"`).toEqual([e.concept]);
      expect(headwordRefusal(e.ja, []), e.ja).toBeNull();
    }
  });
});
