import { describe, expect, it } from "vitest";
import { groupZones, inZone } from "../../../app/modules/matching";

describe("industrial zone filter", () => {
  it("groups spellings by their folded form and shows the accented one", () => {
    expect(
      groupZones([
        "CCN Binh Phu",
        "CCN Bình Phú",
        "KCN Quang Minh",
        " ccn binh phu ",
        "KCN Đồng Văn",
        "KCN Dong Van",
      ]),
    ).toEqual([
      { key: "ccn binh phu", label: "CCN Bình Phú" },
      { key: "kcn dong van", label: "KCN Đồng Văn" },
      { key: "kcn quang minh", label: "KCN Quang Minh" },
    ]);
  });

  it("a supplier filed under either spelling is in the picked zone", () => {
    expect(inZone("CCN Binh Phu", "ccn binh phu")).toBe(true);
    expect(inZone("CCN Bình Phú", "ccn binh phu")).toBe(true);
    expect(inZone("CCN Bình Phú", "CCN Binh Phu")).toBe(true);
    expect(inZone("KCN Quang Minh", "ccn binh phu")).toBe(false);
    expect(inZone(null, "ccn binh phu")).toBe(false);
  });
});
