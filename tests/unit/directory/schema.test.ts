import { describe, expect, it } from "vitest";
import { isIsoDate } from "../../../app/modules/directory/dates";
import {
  buyerSchema,
  certificationSchema,
  requestSchema,
  supplierSchema,
} from "../../../app/modules/directory/schema";
import { canonicalRequest, canonicalSupplier } from "../../../app/modules/directory/canonical";

const ok = { ref: "S-1", name: { vi: "Công ty A" } };
const issues = (schema: typeof supplierSchema | typeof buyerSchema | typeof requestSchema, x: unknown) => {
  const r = schema.safeParse(x);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("cnht-directory/1 supplier schema", () => {
  it("accepts a minimal and a full record", () => {
    expect(issues(supplierSchema, ok)).toEqual([]);
    expect(
      issues(supplierSchema, {
        ...ok,
        taxCode: "0101234567890",
        website: "https://a.vn",
        founded: 1800,
        employees: 1,
        location: { address: "Lô 1", commune: "Đông Anh", industrialZone: null, city: "Hà Nội" },
        description: { en: "x", ja: "射出成形" },
        capabilities: { processes: ["ép nhựa"], materials: [], products: ["x".repeat(120)] },
        certifications: [
          {
            standard: "ISO 9001:2015",
            validUntil: "2028-02-29",
            certificateNo: "N1",
            issuer: "BV",
            scope: "all",
          },
        ],
        exportMarkets: ["JP", "KR"],
        contact: { name: "Lan", email: "lan@a.vn", phone: "+84 24 1234 5678" },
      }),
    ).toEqual([]);
  });

  it.each([
    [{ ref: "S 1" }, "ref: must be 1 to 64 letters, digits, '-' or '_'"],
    [{ ref: "x".repeat(65) }, "ref: must be 1 to 64 letters, digits, '-' or '_'"],
    [{ ref: undefined }, "ref: is required"],
    [{ taxCode: "123456789" }, "taxCode: must be 10 or 13 digits"],
    [{ taxCode: "01234567891" }, "taxCode: must be 10 or 13 digits"],
    [{ taxCode: "012345678a" }, "taxCode: must be 10 or 13 digits"],
    [{ name: {} }, "name: needs at least one language (vi, en or ja)"],
    [{ name: { fr: "x" } }, "name: Unrecognized key(s) in object: 'fr'"],
    [{ name: { vi: "x".repeat(5001) } }, "name.vi: must be at most 5000 characters"],
    [{ description: { en: "x".repeat(5001) } }, "description.en: must be at most 5000 characters"],
    [{ founded: 1799 }, "founded: must be at least 1800"],
    [{ founded: 2101 }, "founded: must be at most 2100"],
    [{ founded: 2000.5 }, "founded: must be a whole number"],
    [{ employees: 0 }, "employees: must be at least 1"],
    [{ exportMarkets: ["jp"] }, "exportMarkets.0: must be a two-letter country code in capitals (e.g. JP)"],
    [{ contact: { email: "not-an-email" } }, "contact.email: must be an email address"],
    [{ contact: { phone: "1".repeat(61) } }, "contact.phone: must be at most 60 characters"],
    [{ contact: { name: "n".repeat(201) } }, "contact.name: must be at most 200 characters"],
    [{ website: "w".repeat(501) }, "website: must be at most 500 characters"],
    [{ location: { address: "a".repeat(501) } }, "location.address: must be at most 500 characters"],
    [{ location: { commune: "c".repeat(201) } }, "location.commune: must be at most 200 characters"],
    [
      { location: { industrialZone: "z".repeat(201) } },
      "location.industrialZone: must be at most 200 characters",
    ],
    [{ capabilities: { processes: [""] } }, "capabilities.processes.0: must not be empty"],
    [
      { capabilities: { materials: ["m".repeat(121)] } },
      "capabilities.materials.0: must be at most 120 characters",
    ],
    [
      { capabilities: { products: Array(51).fill("p") } },
      "capabilities.products: must have at most 50 terms",
    ],
    [{ certifications: [{ standard: "I" }] }, "certifications.0.standard: must be at least 2 characters"],
    [
      { certifications: [{ standard: "I".repeat(81) }] },
      "certifications.0.standard: must be at most 80 characters",
    ],
    [
      { certifications: [{ standard: "ISO 9001", validUntil: "2027-02-30" }] },
      "certifications.0.validUntil: must be a real calendar date written YYYY-MM-DD",
    ],
    [
      { certifications: [{ standard: "ISO 9001", certificateNo: "n".repeat(81) }] },
      "certifications.0.certificateNo: must be at most 80 characters",
    ],
    [
      { certifications: [{ standard: "ISO 9001", issuer: "i".repeat(201) }] },
      "certifications.0.issuer: must be at most 200 characters",
    ],
    [
      { certifications: [{ standard: "ISO 9001", scope: "s".repeat(1001) }] },
      "certifications.0.scope: must be at most 1000 characters",
    ],
  ])("rejects %j", (patch, message) => {
    expect(issues(supplierSchema, { ...ok, ...patch })).toContain(message);
  });

  it("drops keys the contract does not define outside text objects", () => {
    const r = supplierSchema.parse({ ...ok, extra: 1, contact: { email: "a@b.vn", fax: "1" } });
    expect(r).toEqual({ ...ok, contact: { email: "a@b.vn" } });
  });
});

describe("buyer and request schemas", () => {
  it("checks country, buyer ref, volume and target date", () => {
    expect(issues(buyerSchema, { ref: "B-1", name: { en: "X" }, country: "JPN" })).toContain(
      "country: must be a two-letter country code in capitals (e.g. JP)",
    );
    const req = { ref: "R-1", buyer: "B-1", title: { en: "Parts" } };
    expect(issues(requestSchema, req)).toEqual([]);
    expect(issues(requestSchema, { ...req, buyer: undefined })).toContain("buyer: is required");
    expect(issues(requestSchema, { ...req, annualVolume: 0 })).toContain("annualVolume: must be at least 1");
    expect(issues(requestSchema, { ...req, targetDate: "2027-13-01" })).toContain(
      "targetDate: must be a real calendar date written YYYY-MM-DD",
    );
    expect(issues(requestSchema, { ...req, requiredCertifications: ["x".repeat(121)] })).toContain(
      "requiredCertifications.0: must be at most 120 characters",
    );
  });
});

describe("dates", () => {
  it("knows the calendar", () => {
    expect(["2028-02-29", "2000-02-29", "2027-12-31"].map(isIsoDate)).toEqual([true, true, true]);
    expect(
      [
        "2027-02-29",
        "1900-02-29",
        "2027-04-31",
        "2027-00-10",
        "2027-1-01",
        "2027-01-01T00:00:00Z",
        "20270101",
      ].map(isIsoDate),
    ).toEqual(Array(7).fill(false));
    expect(certificationSchema.safeParse({ standard: "ISO", validUntil: "2027-02-30" }).success).toBe(false);
  });
});

describe("canonical form", () => {
  it("orders keys as the JSON Schema, fills lists, keeps industrialZone null, and is idempotent", () => {
    const s = supplierSchema.parse({
      contact: {},
      location: { city: "Hà Nội", address: "Lô 2" },
      certifications: [{ scope: "s", standard: "ISO 9001" }],
      name: { en: "A", vi: "Á" },
      ref: "S-9",
    });
    const c = canonicalSupplier(s);
    expect(JSON.stringify(c)).toBe(
      JSON.stringify({
        ref: "S-9",
        name: { vi: "Á", en: "A" },
        location: { address: "Lô 2", industrialZone: null, city: "Hà Nội" },
        capabilities: { processes: [], materials: [], products: [] },
        certifications: [{ standard: "ISO 9001", scope: "s" }],
        exportMarkets: [],
      }),
    );
    expect(canonicalSupplier(c)).toEqual(c);
    const r = canonicalRequest(requestSchema.parse({ title: { en: "T" }, buyer: "B", ref: "R" }));
    expect(Object.keys(r)).toEqual([
      "ref",
      "buyer",
      "title",
      "processes",
      "materials",
      "products",
      "requiredCertifications",
    ]);
  });
});
