import { afterEach, describe, expect, it } from "vitest";
import { mapTerm, mapTermScored, type ConceptKind } from "../../../app/modules/taxonomy";
import {
  CONTAINED_CONFIDENCE,
  GENERIC_ALIKE_CONFIDENCE,
  GENERIC_LESS_CONFIDENCE,
} from "../../../app/modules/taxonomy/fuzzy";
import { englishStem, genericMask, keyTokens } from "../../../app/modules/taxonomy/keys";
import { withholdSynonyms } from "../../../app/modules/taxonomy/lexicon";

// Word forms and generic words the term reader brings together (decision 620): English verb
// forms (keys.ts englishStem), terms read without their generic words or with one generic word
// swapped for another of its class (keys.ts GENERIC_WORDS), and a term that is the head end of
// longer phrases of one concept. Each positive first takes the phrasing out of the lexicon
// (withholdSynonyms), checks that the lexicon no longer reads it, then that the new rule does, as
// a near reading; each negative is a term the rule must refuse.

afterEach(() => withholdSynonyms(null));

describe("englishStem: one verb's forms meet, other words are kept apart", () => {
  it.each([
    ["anodized", "anodiz"],
    ["anodizing", "anodiz"],
    ["anodize", "anodiz"],
    ["anodization", "anodiz"],
    ["treated", "treat"],
    ["treatment", "treat"],
    ["stamped", "stamp"],
    ["stamping", "stamp"],
    ["coiling", "coil"],
    ["spinning", "spin"],
    ["rolled", "roll"],
    ["pressed", "press"],
  ])("%s -> %s", (word, stem) => {
    expect(englishStem(word)).toBe(stem);
  });

  it.each([
    ["washer", "washer"], // -er kept: a washer is not washing
    ["fabrication", "fabrication"], // -ation kept: not "fabric"
    ["extrusion", "extrusion"],
    ["spring", "spring"], // "spr" is no stem
    ["wired", "wired"],
    ["gear", "gear"],
    ["ma", "ma"],
  ])("%s stays %s", (word, stem) => {
    expect(englishStem(word)).toBe(stem);
  });
});

describe("genericMask: the generic words of a term, in three languages", () => {
  it.each([
    ["gia công dây điện", "1100"],
    ["printing services", "01"],
    ["plastic components", "01"],
    ["旋盤加工", "0011"],
    ["xưởng sản xuất", "111"],
    ["anode nhôm", "00"],
    ["chế tạo máy", "000"], // fabricating is not generic: it is not assembling
    ["assembly", "0"],
  ])("%s -> %s", (text, mask) => {
    expect(
      genericMask(keyTokens(text))
        .map((g) => (g ? "1" : "0"))
        .join(""),
    ).toBe(mask);
  });
});

/** term, kind, concept, the concept's synonyms taken out first (null: none), how sure the rule is */
const READ: [string, ConceptKind, string, RegExp | null, number | "near"][] = [
  // English verb forms
  ["heat treated", "process", "heat-treatment", /treated/i, "near"],
  ["anodized aluminium", "process", "anodising", /anodi[sz]ed/i, "near"],
  // without the generic words
  ["anodizing services", "process", "anodising", null, GENERIC_LESS_CONFIDENCE],
  // one generic word for another of its class
  ["plastic components", "product", "plastic-part", /component/i, GENERIC_ALIKE_CONFIDENCE],
  ["rubber products", "product", "rubber-parts", /rubber product/i, GENERIC_ALIKE_CONFIDENCE],
  ["metal products", "product", "mechanical-parts", null, GENERIC_ALIKE_CONFIDENCE],
  // the head end of a longer phrase of one concept ("động cơ điện")
  ["động cơ", "product", "motor", /^động cơ$/i, CONTAINED_CONFIDENCE],
];

describe("terms read through word forms and generic words", () => {
  it.each(READ)("%s (%s) ~ %s", (text, kind, id, withheld, confidence) => {
    if (withheld) {
      withholdSynonyms((c, syn) => c === id && withheld.test(syn));
      expect(mapTerm(text, kind)).toBeNull();
    }
    const m = mapTermScored(text, kind);
    expect(m?.id).toBe(id);
    if (confidence === "near") expect(m!.confidence).toBeLessThan(1);
    else expect(m!.confidence).toBe(confidence);
    expect(m!.via).toBeTruthy();
  });
});

/** term, kind, the concept's synonyms taken out first (so that only the new rules could read it) */
const REFUSED: [string, ConceptKind, string | null, RegExp | null][] = [
  // only generic words: says nothing
  ["production services", "process", null, null],
  ["xưởng sản xuất", "process", null, null],
  ["custom job shop", "process", null, null],
  ["dịch vụ kỹ thuật", "process", null, null],
  ["部品", "product", null, null],
  ["サービス", "process", null, null],
  // "染め" is inside "黒染めリン酸塩処理" (black oxide), not its head end
  ["染め", "process", "dyeing", /染め/],
  // a modifier, not the head: "フェライトコア" is a core
  ["フェライト", "product", "ferrite-core", /^フェライト$/],
  // "wire" ends phrases of cable making, but wire forming and wire EDM hold it too
  ["wire products", "process", "wire-forming", /wire product/i],
  // a word the lexicon holds is read as itself, not as its other forms ("plated" is nickel or tin)
  ["nickel plated", "process", "nickel-plating", /plated/i],
];

describe("terms the new rules must leave as text", () => {
  it.each(REFUSED)("%s (%s) stays text", (text, kind, id, withheld) => {
    if (id && withheld) withholdSynonyms((c, syn) => c === id && withheld.test(syn));
    expect(mapTermScored(text, kind)).toBeNull();
  });
});
