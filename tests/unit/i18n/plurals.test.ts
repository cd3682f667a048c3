import { describe, expect, it } from "vitest";
import { translator } from "../../../app/modules/i18n/translate";

describe("plural messages", () => {
  const en = translator("en");
  const vi = translator("vi");

  it("chooses the English singular or plural by a numeric count, with thousands separators", () => {
    expect(en("suppliers.count", { count: 1 })).toBe("1 supplier");
    expect(en("suppliers.count", { count: 0 })).toBe("0 suppliers");
    expect(en("suppliers.count", { count: 1200 })).toBe("1,200 suppliers");
    expect(en("home.sectorCount", { count: 1 })).toBe("1 firm");
    expect(en("employees.count", { count: 1 })).toBe("1 employee");
    expect(en("employees.count", { count: 250 })).toBe("250 employees");
  });

  it("uses the plain key in Vietnamese, which has no plural forms", () => {
    expect(vi("suppliers.count", { count: 1 })).toBe("1 nhà cung cấp");
    expect(vi("suppliers.count", { count: 1200 })).toBe("1.200 nhà cung cấp");
  });

  it("leaves messages without variants as they were; a string count takes the general form", () => {
    expect(en("suppliers.range", { from: 1, to: 20, total: "1,200" })).toBe("Showing 1–20 of 1,200");
    expect(en("suppliers.count", { count: "1,200" })).toBe("1,200 suppliers");
  });
});
