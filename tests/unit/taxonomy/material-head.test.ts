import { afterEach, describe, expect, it } from "vitest";
import { findConcepts, mapTerm, mapTermScored } from "../../../app/modules/taxonomy/index";
import { withholdSynonyms } from "../../../app/modules/taxonomy/lexicon";
import { parseQuery } from "../../../search/embedded/query";
import { Vocabulary } from "../../../search/embedded/typos";

// A material word binds to the noun right before it (index.ts materialHead): "vỏ hộp giấy" is a
// paper box ("hộp giấy") in its casing, not an enclosure ("vỏ hộp") made of paper. The rule must
// hold without the lexicon knowing the whole phrase, so the synonym that states it is withheld.
describe("the material-bound head of a product term", () => {
  afterEach(() => withholdSynonyms(null));

  for (const withheld of [false, true]) {
    describe(withheld ? "without the synonym 'vỏ hộp giấy'" : "with the full lexicon", () => {
      const setUp = () => withholdSynonyms(withheld ? (_id, syn) => syn === "vỏ hộp giấy" : null);

      it.each(["vỏ hộp giấy", "vo hop giay", "sản xuất vỏ hộp giấy", "Vỏ hộp giấy in offset"])(
        "%s is a paper box",
        (term) => {
          setUp();
          expect(mapTerm(term, "product")).toBe("paper-box");
          expect(mapTermScored(term, "product")?.id).toBe("paper-box");
          expect(findConcepts(term, "product")).toEqual(["paper-box"]);
        },
      );

      it.each([
        ["vỏ hộp nhựa", "enclosure"], // "vỏ nhựa" is an enclosure phrase: plastic enclosures exist
        ["vỏ hộp nhôm", "enclosure"],
        ["vỏ hộp kim loại", "enclosure"],
        ["vỏ hộp", "enclosure"],
        ["hộp giấy", "paper-box"],
        ["hộp nhựa", "plastic-container"],
      ])("%s stays %s", (term, id) => {
        setUp();
        expect(mapTerm(term, "product")).toBe(id);
      });

      it("a search query reads the term the same way", () => {
        setUp();
        const parsed = parseQuery("vỏ hộp giấy", new Vocabulary());
        const sets = parsed.groups.flatMap((g) => g.conceptSets).flat();
        expect(sets).toContain("paper-box");
        expect(sets).not.toContain("enclosure");
        expect(
          parseQuery("vỏ hộp nhựa", new Vocabulary())
            .groups.flatMap((g) => g.conceptSets)
            .flat(),
        ).toContain("enclosure");
      });
    });
  }
});
