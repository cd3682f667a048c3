import { describe, expect, it } from "vitest";
import { supplierProfileSchema } from "../../../app/modules/profile/supplier-form";

// conform hands an empty field over as undefined.
const foundedErrors = (founded: string | undefined) => {
  const r = supplierProfileSchema.safeParse({ nameVi: "Công ty Thử", founded });
  return r.success ? [] : r.error.issues.filter((i) => i.path[0] === "founded").map((i) => i.message);
};

describe("founding year on /my/profile", () => {
  const year = new Date().getFullYear();
  it("accepts this year and earlier", () => {
    expect(foundedErrors(String(year))).toEqual([]);
    expect(foundedErrors("1995")).toEqual([]);
    expect(foundedErrors(undefined)).toEqual([]);
  });

  it("refuses a year in the future with the current year as the bound", () => {
    // One error that says why (issue 13: "Year founded 3000" showed two contradictory ones).
    expect(foundedErrors(String(year + 1))).toEqual([`profile.error.futureYear|max=${year}`]);
    expect(foundedErrors("2100")).toEqual([`profile.error.futureYear|max=${year}`]);
  });
});
