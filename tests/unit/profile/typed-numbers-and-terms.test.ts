import { describe, expect, it } from "vitest";
import { buyerProfileSchema } from "../../../app/modules/profile/buyer-form";
import { requestSchema } from "../../../app/modules/profile/request-form";
import { supplierProfileSchema } from "../../../app/modules/profile/supplier-form";

// Issue 15: numbers as a person types them, and the message an overlong term list gets.
const errorsOf = (
  schema: typeof supplierProfileSchema | typeof requestSchema,
  form: object,
  field: string,
) => {
  const r = schema.safeParse(form);
  return r.success ? [] : r.error.issues.filter((i) => i.path[0] === field).map((i) => i.message);
};
const volume = (annualVolume: string) =>
  errorsOf(requestSchema, { titleEn: "Brackets", annualVolume }, "annualVolume");
const founded = (y: string) =>
  errorsOf(supplierProfileSchema, { nameVi: "Công ty", taxCode: "0101234567", founded: y }, "founded");

describe("whole numbers typed into a form", () => {
  it.each(["5000", " 5000 ", "+5000"])("reads %j", (typed) => {
    expect(volume(typed)).toEqual([]);
  });

  it.each(["0x10", "0b11", "1e3", "Infinity", "NaN", "2.5", "5,000", "5 000"])(
    "refuses %j as not a whole number",
    (typed) => {
      expect(volume(typed)).toEqual(["profile.error.int"]);
    },
  );

  it("says the bound when the number is out of range", () => {
    expect(volume("-5")).toEqual(["profile.error.min|min=1"]);
    expect(volume("99999999999999999999")).toEqual(["profile.error.max|max=1000000000"]);
    expect(founded("0x7d0")).toEqual(["profile.error.int"]);
    expect(founded("1799")).toEqual(["profile.error.min|min=1800"]);
  });
});

describe("a term list", () => {
  it("longer than its entries could fill is too long, not too many entries", () => {
    const errors = errorsOf(
      supplierProfileSchema,
      { nameVi: "Công ty", taxCode: "0101234567", processes: "x".repeat(100_000) },
      "processes",
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^profile\.error\.tooLong\|max=\d+$/);
  });
});

describe("an optional field holding only spaces", () => {
  it("is absent, as an empty one is, not a wrong website, number, date, email or country", () => {
    const spaces = "  \t ";
    const r = supplierProfileSchema.safeParse({
      nameVi: "Công ty",
      taxCode: "0101234567",
      website: spaces,
      founded: spaces,
      employees: spaces,
      contactEmail: spaces,
      certifications: [{ standard: "ISO 9001", validUntil: spaces }],
    });
    expect(r.success && [r.data.website, r.data.founded, r.data.employees, r.data.contactEmail]).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(r.success && r.data.certifications?.[0].validUntil).toBeUndefined();
    expect(buyerProfileSchema.safeParse({ nameEn: "Tokyo Parts", country: spaces }).success).toBe(true);
  });
});
