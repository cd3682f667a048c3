import { describe, expect, it } from "vitest";
import { fuzzyConcept, mapTerm, mapTermScored, termConfidence } from "../../../app/modules/taxonomy";
import {
  KATAKANA_CONFIDENCE,
  katakanaSkeleton,
  katakanaVariant,
} from "../../../app/modules/taxonomy/katakana";

// Katakana loanwords written another way than the lexicon writes them (katakana.ts, decision
// 535): a ー inside a compound and ア/ヤ after an i/e-row kana are compared, not folded, and a
// reading through them is near (confidence below 1). Each positive is first checked not to be a
// phrase of the lexicon, so the test fails if the reader goes, or passes only because a synonym
// was added.

describe("katakana skeletons", () => {
  const ALIKE: [string, string][] = [
    ["カッターナイフ", "カッタナイフ"],
    ["コンベヤ", "コンベア"],
    ["ワイヤ", "ワイア"],
  ];
  it("drop ー and read ヤ after an i/e-row kana as ア, nothing else", () => {
    for (const [a, b] of ALIKE) expect(katakanaSkeleton(a), `${a} ~ ${b}`).toBe(katakanaSkeleton(b));
    expect(katakanaSkeleton("タイヤ")).toBe("タイア");
    expect(katakanaSkeleton("カヤ")).toBe("カヤ"); // after an a-row kana ヤ is ヤ
    expect(katakanaSkeleton("プレス")).not.toBe(katakanaSkeleton("プレッサ"));
  });
});

describe("a term in another katakana spelling reads as the lexicon's phrase, near", () => {
  const NEAR: [string, "process" | "product", string][] = [
    ["ワイアカット", "process", "edm"], // ワイヤーカット: ア for ヤ and no ー
    ["ワイヤカット加工", "process", "edm"],
    ["ギヤボックス", "product", "gearbox-part"], // ギアボックス; its own reading is only "gear"
  ];
  for (const [term, kind, id] of NEAR) {
    it(`${term} → ${id}`, () => {
      expect(mapTerm(term, kind), "not a lexicon phrase").not.toBe(id);
      const m = mapTermScored(term, kind);
      expect(m?.id).toBe(id);
      expect(m?.confidence).toBe(KATAKANA_CONFIDENCE);
      expect(termConfidence(term, kind, id)).toBeLessThan(1); // the reasons say "~ from '…'"
    });
  }

  it("reads a query's uncovered run the same way (the search engine's near concepts)", () => {
    expect(fuzzyConcept("ワイアカット", "process")?.id).toBe("edm");
    expect(fuzzyConcept("ワイアカット", "process")?.confidence).toBe(KATAKANA_CONFIDENCE);
  });

  it("leaves a term the lexicon spells alike untouched and sure", () => {
    expect(katakanaVariant("コンベヤ")).toBeNull();
    expect(katakanaVariant("ワイヤーカット")).toBeNull();
    expect(mapTermScored("コンベア", "product")).toEqual({ id: "conveyor", confidence: 1 });
    // A sure reading of the term's own words ("コンベヤ" inside) is not made less sure.
    expect(mapTermScored("ベルトコンベヤ", "product")).toEqual({ id: "conveyor", confidence: 1 });
  });
});

describe("short words and different words stay apart", () => {
  it("never reads a skeleton of fewer than four kana", () => {
    for (const t of ["メカ", "カバ", "シト", "ボル", "ギヤ"]) expect(katakanaVariant(t), t).toBeNull();
    expect(mapTermScored("メカ", "product")).toBeNull(); // not a maker ("メーカー")
  });

  it("keeps プレッサー apart from プレス and a stranger word as text", () => {
    expect(katakanaVariant("プレッサー")).toBeNull();
    expect(mapTermScored("プレッサー", "process")).toBeNull();
    expect(katakanaVariant("ソフトウェア")).toBeNull();
  });

  it("does not guess a certification", () => {
    expect(mapTermScored("ワイアカット", "certification")).toBeNull();
  });
});
