import { describe, expect, it } from "vitest";
import { findConcepts, mapTerm } from "../../../app/modules/taxonomy";

// "đồng" (copper) folds like "đóng", "động", "dòng", "đông": a material searched inside a longer
// phrase (findConcepts/mapTerm with a kind) must not read those words as copper, whether the
// text is typed with or without accents, while real copper inside a phrase is still found.

const NOT_COPPER = [
  "đóng gói",
  "dong goi",
  "động cơ điện",
  "dong co dien",
  "Cần đơn vị đóng gói sản phẩm",
  "Can don vi dong goi san pham",
  "hoạt động",
  "hoat dong",
  "KCN Sài Đồng",
  "KCN Sai Dong",
  // a blocking phrase inside a concept phrase: "tự động", "lao động"
  "tiện tự động",
  "tien tu dong",
  "quần áo bảo hộ lao động",
  "quan ao bao ho lao dong",
];

const COPPER = [
  "dập tấm đồng",
  "dap tam dong",
  "dây điện lõi đồng",
  "day dien loi dong",
  "tấm đồng",
  "tam dong",
];

describe("blocking phrases and fold-alike words when a kind is requested", () => {
  it.each(NOT_COPPER)("findConcepts(%j) reports no copper, with or without a kind", (text) => {
    expect(findConcepts(text)).not.toContain("copper");
    expect(findConcepts(text, "material")).not.toContain("copper");
  });

  it.each(NOT_COPPER)("mapTerm(%j, 'material') is not copper", (text) => {
    expect(mapTerm(text, "material")).toBeNull();
  });

  it("the phrase itself is still read", () => {
    expect(findConcepts("Cần đơn vị đóng gói sản phẩm")).toEqual(["contract-packing"]);
    expect(findConcepts("dong co dien")).toEqual(["motor"]);
    expect(mapTerm("đóng gói", "process")).toBe("contract-packing");
  });

  it.each(COPPER)("%j is copper with and without a kind", (text) => {
    expect(findConcepts(text)).toContain("copper");
    expect(findConcepts(text, "material")).toEqual(["copper"]);
    expect(mapTerm(text, "material")).toBe("copper");
  });

  it("a material written inside a longer phrase is still found", () => {
    expect(findConcepts("cáp đồng", "material")).toEqual(["copper"]);
    expect(findConcepts("cap dong", "material")).toEqual(["copper"]);
    expect(findConcepts("tản nhiệt nhôm", "material")).toEqual(["aluminium"]);
    expect(findConcepts("đóng gói đồng", "material")).toEqual(["copper"]);
    expect(mapTerm("dong goi dong", "material")).toBe("copper");
  });
});
