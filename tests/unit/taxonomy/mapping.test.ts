import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  ancestors,
  certificationId,
  descendants,
  findConcepts,
  getConcept,
  isA,
  labelsOf,
  mapTerm,
  relatedConcepts,
  sectorOf,
  suggest,
} from "../../../app/modules/taxonomy";
import termsJson from "./mapping-terms.json";

const KINDS = ["process", "material", "product"] as const;
const phrases = z.array(z.tuple([z.string(), z.string()])).nonempty();
const TERMS = z
  .object({ about: z.string(), process: phrases, material: phrases, product: phrases })
  .parse(termsJson);

describe("mapTerm: the words firms write", () => {
  // One table of the words firms write, by kind (mapping-terms.json): one case per phrase.
  for (const kind of KINDS) {
    it.each(TERMS[kind])(`${kind} %s -> %s`, (term, id) => {
      expect(mapTerm(term, kind)).toBe(id);
    });
  }

  it("prefers the longest phrase, then the most specific concept", () => {
    expect(mapTerm("khuôn ép nhựa")).toBe("injection-mould"); // not injection moulding
    expect(mapTerm("thép SS400")).toBe("ss400"); // not steel
    expect(mapTerm("rubber compression molding EPDM", "process")).toBe("rubber-compression-moulding");
  });

  it("with a kind, falls back to phrases of that kind", () => {
    // "screws and bolts" is written as a process; in a product field it still means screws.
    expect(mapTerm("screws and bolts", "process")).toBe("fastener-manufacturing");
    expect(mapTerm("screws and bolts", "product")).toBe("screw");
  });

  it("returns null for unknown terms and for whole-term-only words inside a sentence", () => {
    expect(mapTerm("quantum teleportation")).toBeNull();
    expect(mapTerm("")).toBeNull();
    expect(mapTerm("thuận tiện")).toBeNull(); // "tiện" alone is turning, not inside "thuận tiện"
  });

  it("treats British and American spellings and plurals alike", () => {
    for (const [a, b] of [
      ["moulding", "molding"],
      ["aluminium extrusion", "aluminum extrusion"],
      ["anodising", "anodizing"],
      ["mould making", "mold making"],
      ["gear", "gears"],
      ["coil springs", "coil spring"],
    ]) {
      expect(mapTerm(a), `${a} / ${b}`).toBe(mapTerm(b));
    }
  });
});

describe("cross-language equivalence", () => {
  it.each([
    [["ép nhựa", "injection moulding", "射出成形"], "injection-moulding"],
    [["inox", "stainless steel", "ステンレス"], "stainless-steel"],
    [["đúc áp lực", "die casting", "ダイカスト"], "die-casting"],
    [["dập kim loại", "metal stamping", "プレス加工"], "stamping"],
    [["làm khuôn", "tooling", "金型製作"], "mould-making"],
    [["hàn", "welding", "溶接"], "welding"],
    [["may gia công", "cut make trim", "縫製"], "garment-sewing"],
    [["nhuộm vải", "fabric dyeing", "染色"], "dyeing"],
    [["bánh răng", "gears", "歯車"], "gear"],
    [["vỏ thiết bị", "enclosures", "筐体"], "enclosure"],
  ])("%j -> %s", (terms, id) => {
    for (const t of terms) expect(mapTerm(t), t).toBe(id);
  });

  it("lists every label and synonym of a concept, markers removed", () => {
    const labels = labelsOf("cnc-turning");
    expect(labels).toContain("Tiện CNC");
    expect(labels).toContain("CNC turning");
    expect(labels).toContain("CNC旋盤加工");
    expect(labels).toContain("tiện"); // "=tiện" in the data
    expect(labelsOf("no-such-concept")).toEqual([]);
  });
});

describe("findConcepts: free text", () => {
  it("finds every concept in order, longest phrase first, without duplicates", () => {
    const text =
      "Công ty chuyên ép phun nhựa PA66, làm khuôn và ép phun nhựa cho vỏ hộp; vật liệu: inox 304.";
    expect(findConcepts(text)).toEqual(["injection-moulding", "pa66", "mould-making", "enclosure", "sus304"]);
  });

  it("restricts to a kind", () => {
    const text =
      "Lac Hong specialises in metal bending of shafts, brackets, injection molds in carbon steel.";
    expect(findConcepts(text, "process")).toEqual(["bending"]);
    expect(findConcepts(text, "product")).toEqual(["shaft", "bracket", "injection-mould"]);
    expect(findConcepts(text, "material")).toEqual(["carbon-steel"]);
  });

  it("reports the material named inside a longer phrase when materials are asked for", () => {
    expect(findConcepts("tản nhiệt nhôm", "material")).toEqual(["aluminium"]);
    expect(findConcepts("tản nhiệt nhôm")).toEqual(["heat-sink"]);
  });

  it("does not read place names and everyday words as capabilities", () => {
    expect(findConcepts("Nhà máy đặt tại Hà Đông, Đông Anh và Cầu Giấy, Hà Nội")).toEqual([]);
    expect(findConcepts("xuất khẩu sang Hàn Quốc, đáp ứng thời hạn, chúng tôi rất hân hạnh")).toEqual([]);
    expect(findConcepts("Khu CNC Hòa Lạc")).toEqual([]);
    expect(findConcepts("dập tấm đồng tại Hà Đông")).toEqual(["stamping", "copper"]);
  });

  it("finds Japanese concepts inside a longer run of kana and kanji", () => {
    expect(findConcepts("当社はアルミダイカストと金型製作を行います")).toEqual([
      "aluminium-die-casting",
      "mould-making",
    ]);
  });

  it("finds certifications written every way", () => {
    expect(findConcepts("Certified ISO 9001:2015, IATF16949 and OEKO-TEX Standard 100")).toEqual([
      "iso9001",
      "iatf16949",
      "oekotex",
    ]);
  });
});

describe("certificationId", () => {
  it.each([
    ["ISO 9001:2015", "iso9001"],
    ["ISO9001", "iso9001"],
    ["iso 9001", "iso9001"],
    ["ISO 14001:2015", "iso14001"],
    ["ISO 45001:2018", "iso45001"],
    ["OHSAS 18001", "iso45001"],
    ["IATF 16949:2016", "iatf16949"],
    ["IATF16949", "iatf16949"],
    ["TS 16949", "iatf16949"],
    ["ISO 13485:2016", "iso13485"],
    ["AS9100D", "as9100"],
    ["ISO/IEC 27001", "iso27001"],
    ["ISO 22000", "iso22000"],
    ["OEKO-TEX", "oekotex"],
    ["Oeko-Tex Standard 100", "oekotex"],
    ["Oeko-Tex 100", "oekotex"],
    ["RoHS 2", "rohs"],
    ["RoHS compliance", "rohs"],
    ["REACH", "reach"],
    ["amfori BSCI", "bsci"],
    ["SA 8000", "sa8000"],
    ["GRS", "grs"],
    ["FSC COC", "fsc"],
    ["VDA 6.3", "vda63"],
  ])("%s -> %s", (standard, id) => {
    expect(certificationId(standard)).toBe(id);
  });

  it("returns null for a standard it does not know", () => {
    expect(certificationId("ISO 99999")).toBeNull();
    expect(certificationId("best quality")).toBeNull();
  });

  it("does not take the English verb for the REACH regulation", () => {
    expect(findConcepts("we reach customers in Japan")).toEqual([]);
  });
});

describe("hierarchy", () => {
  it("knows parents and children", () => {
    expect(ancestors("cnc-turning")).toEqual(["cnc-machining", "machining"]);
    expect(ancestors("sus304")).toEqual(["stainless-steel", "steel", "metal"]);
    expect(descendants("plating")).toEqual(
      expect.arrayContaining(["zinc-plating", "nickel-plating", "chrome-plating"]),
    );
    expect(descendants("zinc-plating")).toEqual([]);
    expect(ancestors("no-such-concept")).toEqual([]);
  });

  it("isA is reflexive and transitive", () => {
    expect(isA("cnc-turning", "cnc-turning")).toBe(true);
    expect(isA("cnc-turning", "machining")).toBe(true);
    expect(isA("zinc-plating", "surface-treatment")).toBe(true);
    expect(isA("iatf16949", "iso9001")).toBe(true);
    expect(isA("iso9001", "iatf16949")).toBe(false);
    expect(isA("anodising", "plating")).toBe(false);
  });

  it("relatedConcepts groups a capability family but not siblings under an umbrella", () => {
    expect(relatedConcepts("cnc-turning")).toEqual(
      expect.arrayContaining(["cnc-machining", "cnc-milling", "precision-machining"]),
    );
    expect(relatedConcepts("zinc-plating")).toContain("nickel-plating");
    expect(relatedConcepts("zinc-plating")).not.toContain("anodising");
    expect(relatedConcepts("sand-casting")).not.toContain("die-casting");
    expect(relatedConcepts("iso9001")).toEqual(["iso9001", "iatf16949", "as9100"]);
    expect(relatedConcepts("iatf16949")).toEqual(["iatf16949"]);
    expect(relatedConcepts("nope")).toEqual([]);
  });
});

describe("suggest", () => {
  it("completes diacritic-insensitively on word starts", () => {
    const ids = suggest("ep phu").map((s) => s.id);
    expect(ids).toContain("injection-moulding");
    expect(suggest("ép phu").map((s) => s.id)).toEqual(ids);
    expect(suggest("phun").map((s) => s.id)).toContain("injection-moulding");
  });

  it("honours kind, language and limit", () => {
    const r = suggest("inox", { kind: "material", lang: "en", limit: 3 });
    expect(r.length).toBeLessThanOrEqual(3);
    expect(r[0]).toEqual({ id: "stainless-steel", label: "Stainless steel", kind: "material" });
    expect(suggest("iso 9", { kind: "certification" })[0].id).toBe("iso9001");
    expect(suggest("")).toEqual([]);
  });
});

describe("sectorOf", () => {
  it("returns the majority sector of processes and products", () => {
    expect(sectorOf(["cnc-machining", "bracket", "embroidery"])).toBe("mechanical");
    expect(sectorOf(["embroidery", "woven-label", "cotton"])).toBe("textile-footwear");
    expect(sectorOf(["zinc-plating"])).toBe("mechanical"); // inherited from surface treatment
    expect(sectorOf(["pcb-assembly", "smt"])).toBe("electronics");
    expect(sectorOf(["cotton", "iso9001"])).toBeNull();
    expect(sectorOf([])).toBeNull();
  });

  it("every concept id used above exists", () => {
    for (const id of [
      "cnc-machining",
      "bracket",
      "embroidery",
      "woven-label",
      "zinc-plating",
      "pcb-assembly",
      "smt",
    ]) {
      expect(getConcept(id), id).toBeDefined();
    }
  });
});

describe("suggest, whatever the order of the words (issue 13)", () => {
  it("finds the same concepts for 'CNC tiện' and 'tiện CNC'", () => {
    const a = suggest("tiện CNC").map((s) => s.id);
    const b = suggest("CNC tiện").map((s) => s.id);
    expect(a.length).toBeGreaterThan(0);
    expect(b).toEqual(a);
    expect(suggest("cnc tien").map((s) => s.id)).toEqual(a);
    // every typed word must start a different word of the label
    expect(suggest("tien tien tien tien")).toEqual([]);
  });
});
