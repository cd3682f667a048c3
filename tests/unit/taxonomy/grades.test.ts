import { describe, expect, it } from "vitest";
import { gradeConcept, mapTerm, mapTermScored } from "../../../app/modules/taxonomy";
import { headProcess } from "../../../app/modules/taxonomy/heads";
import { labelParts } from "../../../app/modules/taxonomy/lexicon";

// Rules that read phrasings the taxonomy does not list (decision 455): material designations by
// standard and trade names (grades.ts), an ambiguous verb with its material (heads.ts), and the
// parts of a label (lexicon.ts labelParts). Each positive is first checked to be unknown to the
// lexicon as a phrase, so the test fails when the rule is removed rather than passing on a synonym.

const GRADES: [string, string][] = [
  ["SCM420", "alloy-steel"], // JIS G 4053
  ["thép SCM420H", "alloy-steel"],
  ["34CrNiMo6", "alloy-steel"], // EN 10027-1 name
  ["SUJ2", "alloy-steel"], // JIS G 4805 bearing steel
  ["X2CrNiMo17-12-2", "stainless-steel"], // EN 10088 name
  ["1.4571", "stainless-steel"], // EN 10027-2 number
  ["S35C", "carbon-steel"], // JIS G 4051
  ["STKM13A", "carbon-steel"],
  ["SPHT1", "hot-rolled-steel"],
  ["SKD12", "tool-steel"], // JIS G 4404
  ["SKH55", "tool-steel"],
  ["FCD600", "ductile-iron"], // JIS G 5502
  ["EN-GJL-300", "cast-iron"], // EN 1561
  ["A5056", "aluminium-alloy"], // JIS H 4000
  ["EN AW-6082 T6", "aluminium-alloy"],
  ["A1070", "aluminium"], // 1xxx: unalloyed
  ["AC4CH", "aluminium-alloy"], // JIS H 5202
  ["C2600", "brass"], // JIS H 3100
  ["C5210", "bronze"],
  ["C6191", "bronze"], // aluminium bronze
  ["C3771", "brass"],
  ["C1220", "copper"],
  ["CuSn6", "bronze"], // EN 1652 name
  ["AM60B", "magnesium"], // ASTM B275
  ["Hostaform C9021", "pom"], // trade name
  ["nhựa Makrolon", "pc"],
];

// Codes that look alike but are no material: screw threads, paper sizes, voltages, years,
// certificates, bare numbers, words.
const NOT_GRADES = [
  "M8",
  "M10x1.25",
  "A4",
  "12V",
  "220V",
  "2024",
  "ISO 9001",
  "304",
  "6061",
  "IP67",
  "SMT",
  "sword",
  "Q&A",
  "C3",
  "model",
];

describe("material designations and trade names (grades.ts)", () => {
  it.each(GRADES)("%s is %s", (text, id) => {
    expect(mapTerm(text, "material"), "already a phrase of the lexicon").not.toBe(id);
    expect(gradeConcept(text)?.id).toBe(id);
    const m = mapTermScored(text, "material");
    expect(m?.id).toBe(id);
    expect(m!.confidence).toBeLessThan(1); // shown as "~ from …", ranked one typo down
  });

  it.each(NOT_GRADES)("%s names no material", (text) => {
    expect(gradeConcept(text)).toBeNull();
  });

  it("two different materials in one term say nothing", () => {
    expect(gradeConcept("SCM440 hoặc C3604")).toBeNull();
  });
});

describe("an ambiguous verb with its material (heads.ts)", () => {
  const mat = (family: string, start: number, end: number) => [{ family, start, end }];
  it("reads the process from the material's family", () => {
    expect(headProcess("ép nhựa", mat("plastic", 1, 2))?.id).toBe("injection-moulding");
    expect(headProcess("ép cao su", mat("rubber", 1, 3))?.id).toBe("rubber-moulding");
    expect(headProcess("ép kim loại", mat("metal", 1, 3))?.id).toBe("stamping");
    expect(headProcess("đúc gang", mat("cast-iron", 1, 2))?.id).toBe("iron-casting");
    expect(headProcess("ép khuôn nhựa", mat("plastic", 2, 3))?.id).toBe("injection-moulding"); // "khuôn" is a filler
  });

  it("says nothing without a material, with another word, or with two trades", () => {
    expect(headProcess("ép", [])).toBeNull();
    expect(headProcess("ép đế cao su", mat("rubber", 2, 4))).toBeNull(); // "đế": outsole moulding
    expect(headProcess("ép nhựa kim loại", [...mat("plastic", 1, 2), ...mat("metal", 2, 4)])).toBeNull();
    expect(headProcess("đúc kim loại", mat("metal", 1, 3))).toBeNull(); // which casting is not said
    expect(headProcess("nhựa ép", mat("plastic", 0, 1))).toBeNull(); // the head stands first in Vietnamese
  });

  it("through mapTermScored, with a confidence below 1", () => {
    for (const [t, id] of [
      ["ép PA66", "injection-moulding"],
      ["ép kim loại", "stamping"], // not "ép kim" (foil stamping) + "loại"
      ["PBT成形", "injection-moulding"],
    ]) {
      const m = mapTermScored(t, "process");
      expect(m?.id, t).toBe(id);
      expect(m!.confidence, t).toBeLessThan(1);
    }
  });
});

describe("a label read in parts (lexicon.ts labelParts)", () => {
  it("a parenthesis gives other names, a coordination its members with the shared head", () => {
    expect(labelParts("Polypropylene (PP)")).toEqual(["Polypropylene"]); // "PP": two letters, too short
    expect(labelParts("Plasma and flame cutting")).toEqual(["Plasma cutting", "flame cutting"]);
    expect(labelParts("Textile dyeing and printing")).toEqual(["Textile dyeing", "Textile printing"]);
    expect(labelParts("Zinc and zinc alloys")).toEqual(["Zinc", "zinc alloys"]);
    expect(labelParts("Mạ đồng và thiếc")).toEqual(["Mạ đồng", "Mạ thiếc"]);
    expect(labelParts("黄銅（真鍮）")).toEqual(["黄銅", "真鍮"]);
    expect(labelParts("Quần (tây, jean, short)")).toEqual(["Quần", "Quần tây", "Quần jean", "Quần short"]);
  });

  it("does not cut a name that is no list", () => {
    expect(labelParts("Tool and mould steel")).toEqual(["Tool steel", "mould steel"]); // never "tool"
    expect(labelParts("Injection moulding")).toEqual([]);
  });

  it("the lexicon reads the parts, but not a part other concepts share or one that folds like Vietnamese", () => {
    expect(mapTerm("polypropylene", "material")).toBe("pp");
    expect(mapTerm("flame cutting", "process")).toBe("plasma-cutting");
    expect(mapTerm("真鍮", "material")).toBe("brass");
    expect(mapTerm("加工", "process")).toBeNull(); // "発泡成形・加工": 加工 is in a hundred phrases
    expect(mapTerm("cắm linh kiện", "process")).not.toBe("engineering-design"); // "CAD/CAM": cam ~ cắm
    expect(mapTerm("ốc vít", "process")).toBeNull(); // a product both kinds list: the thing, not the process
  });
});
