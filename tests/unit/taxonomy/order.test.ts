import { describe, expect, it } from "vitest";
import { fuzzyConcept, mapTerm, mapTermScored } from "../../../app/modules/taxonomy";
import { ORDER_CONFIDENCE, reorderedConcept } from "../../../app/modules/taxonomy/order";

// A Vietnamese compound in the other order of head and modifier (order.ts, decision 536): the
// Sino-Vietnamese order ("nhiệt xử lý", 熱處理) of a phrase the lexicon holds in the native order
// ("xử lý nhiệt"). Positives are first checked not to be phrases of the lexicon.

describe("the other order of head and modifier", () => {
  it("reads a swapped compound as the lexicon's phrase, near, with and without diacritics", () => {
    for (const term of ["nhiệt xử lý", "nhiet xu ly"]) {
      expect(mapTerm(term, "process"), term).toBeNull();
      expect(mapTermScored(term, "process")).toEqual({
        id: "heat-treatment",
        confidence: ORDER_CONFIDENCE,
        via: term,
      });
      // A query's uncovered words are read the same way (the search engine's near concepts).
      expect(fuzzyConcept(term, "process")?.id).toBe("heat-treatment");
    }
  });

  it("does not swap words that already name something in their own order", () => {
    // "nhôm đúc" is cast aluminium, a material phrase: never "đúc nhôm" through a swap.
    expect(mapTerm("nhôm đúc", "material")).not.toBeNull();
    expect(reorderedConcept("nhôm đúc", "process")).toBeNull();
  });

  it("reads nothing from words that make no phrase in either order", () => {
    expect(reorderedConcept("ty công", "process")).toBeNull();
    expect(reorderedConcept("nhiệt", "process")).toBeNull(); // one word has no order
    expect(reorderedConcept("nhiệt xử lý", "material")).toBeNull(); // not of the kind asked
    expect(reorderedConcept("304 SUS", "material")).toBeNull(); // codes are not compounds
    expect(reorderedConcept("処理熱", "process")).toBeNull(); // Japanese has no such order
  });
});
