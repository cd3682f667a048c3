import { afterEach, describe, expect, it } from "vitest";
import { commonConcept } from "../../../app/modules/taxonomy/fuzzy";
import { GLOSSARY_CONFIDENCE, glossaryConcept } from "../../../app/modules/taxonomy/glossary";
import { mapTerm, mapTermScored, type ConceptKind } from "../../../app/modules/taxonomy";
import { getLexicon, withholdSynonyms } from "../../../app/modules/taxonomy/lexicon";

// A Vietnamese term the lexicon lacks, read word by word through the glossary of ordinary
// technical words (decision 690). Each positive first takes the concept's Vietnamese phrasings
// matching the pattern out of the lexicon (withholdSynonyms), checks that the lexicon no longer
// reads the term as a phrase, then that the glossary reads it, as a near reading. The English
// phrase it renders to stays in the lexicon: that is what the glossary leads to.

afterEach(() => withholdSynonyms(null));

const glossary = (text: string, kind: ConceptKind) =>
  glossaryConcept(getLexicon(), text, kind, (ids) => commonConcept(getLexicon(), ids));

/** A Vietnamese spelling (marks or đ): the phrasings withheld in the tests below. */
const VIETNAMESE = /đ|[\u0300-\u0303\u0306\u0309\u031b\u0323]/i;

/** term, kind, concept — read with the concept's Vietnamese synonyms withheld (labels stay) */
const READ: [string, ConceptKind, string][] = [
  // wire + electric = "electric wire"
  ["dây điện", "product", "cable"],
  // the phrase found ("lắp ráp", assembly) covers part of the term; every word says more:
  // assemble + electronic = "electronic assembly"
  ["lắp ráp điện tử", "process", "electronics-assembly"],
  ["lap rap dien tu", "process", "electronics-assembly"], // typed without marks: folds
  // treat + heat + vacuum = "vacuum heat treatment", under the heat treatment the phrase found
  ["xử lý nhiệt chân không", "process", "vacuum-heat-treatment"],
];

describe("Vietnamese compounds read through the glossary", () => {
  it.each(READ)("%s (%s) ~ %s", (text, kind, id) => {
    withholdSynonyms((c, syn) => c === id && VIETNAMESE.test(syn));
    expect(mapTerm(text, kind)).not.toBe(id);
    const m = mapTermScored(text, kind);
    expect(m?.id).toBe(id);
    expect(m!.confidence).toBe(GLOSSARY_CONFIDENCE);
  });
});

describe("the glossary's renderings of compounds are the lexicon's English phrases", () => {
  it.each<[string, ConceptKind, string]>([
    ["uốn ống", "process", "tube-bending"], // bend + tube: "tube bending"
    ["hàn điểm", "process", "spot-welding"], // weld + spot: "spot welding"
    ["rèn nguội", "process", "cold-forging"], // forge + cold: "cold forging"
    ["khuôn dập", "product", "stamping-die"], // die + stamp: "stamping die"
    ["đế giày", "product", "shoe-sole"], // sole + shoe: "shoe sole"
    ["túi giấy", "product", "paper-bag"], // bag + paper: "paper bag"
    ["sản xuất túi giấy", "product", "paper-bag"], // a generic word beside it says nothing more
  ])("%s (%s) -> %s", (text, kind, id) => {
    expect(glossary(text, kind)?.id).toBe(id);
  });
});

describe("what the glossary refuses", () => {
  it.each<[string, ConceptKind]>([
    // one word alone is a dictionary's guess, not a compound
    ["ống", "product"],
    ["vỏ", "product"],
    // the empty words (nhận, làm) and the generic ones (sản xuất, gia công) never decide
    ["nhận dập", "process"],
    ["làm túi", "product"],
    ["gia công sản xuất", "process"],
    // a Vietnamese word the glossary does not know ends the reading ("đẹp", beautiful)
    ["uốn ống đẹp", "process"],
    // accents that disagree are another word: "ượn" is not "uốn"
    ["ượn ống", "process"],
    // English words and codes alone are read by the English phrases, not here
    ["tube bending", "process"],
    // certifications are never guessed
    ["hàn điểm", "certification"],
  ])("%s (%s)", (text, kind) => {
    expect(glossary(text, kind)).toBeNull();
  });

  it("a word with marks meets only the glossary words written so: 'van' (valve) is not 'ván' (board)", () => {
    // "ván" = board: "board" + "control" is not read as "van điều khiển" would be, and vice versa
    const valve = glossary("van điều khiển", "product");
    const board = glossary("ván điều khiển", "product");
    expect(valve?.id).not.toBe(board?.id ?? "none");
    expect(board?.id).toBe("control-board");
  });
});
