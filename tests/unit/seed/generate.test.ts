import { describe, expect, it } from "vitest";
import { generateDemoDirectory, REFERENCE_DATE } from "../../../scripts/seed";
import { formatDirectory } from "../../../app/modules/directory/canonical";
import {
  buyerSchema,
  envelopeSchema,
  requestSchema,
  supplierSchema,
} from "../../../app/modules/directory/schema";
import { validateDirectory } from "../../../app/modules/import/validate";
import { addDays } from "../../../scripts/seed/dates";

const data = generateDemoDirectory();
const suppliers = data.suppliers;

const hasDiacritics = (s: string) => s.normalize("NFD") !== s || /[đĐ]/.test(s);
const share = (n: number) => n / suppliers.length;

describe("generateDemoDirectory", () => {
  it("is deterministic: the same seed gives byte-identical JSON, another seed other data", () => {
    const again = generateDemoDirectory(2027);
    expect(formatDirectory(again)).toBe(formatDirectory(data));
    const other = generateDemoDirectory(7);
    expect(other.suppliers[0].name).not.toEqual(data.suppliers[0].name);
  });

  it("has about a thousand suppliers, thirty buyers and a hundred requests", () => {
    expect(suppliers).toHaveLength(1000);
    expect(data.buyers).toHaveLength(30);
    expect(data.requests).toHaveLength(100);
  });

  it("is valid cnht-directory/1: every record passes the contract schemas and the importer's checks", () => {
    expect(envelopeSchema.safeParse(data).success).toBe(true);
    for (const s of suppliers) expect(supplierSchema.safeParse(s).error?.issues ?? []).toEqual([]);
    for (const b of data.buyers) expect(buyerSchema.safeParse(b).error?.issues ?? []).toEqual([]);
    for (const r of data.requests) expect(requestSchema.safeParse(r).error?.issues ?? []).toEqual([]);
    const checked = validateDirectory(data, { organisations: new Map() });
    expect(checked.rejections).toEqual([]);
  });

  it("has unique refs, names and tax codes; tax codes are 10 digits with a valid check digit or 13-digit branches", () => {
    const refs = [...suppliers, ...data.buyers].map((o) => o.ref).concat(data.requests.map((r) => r.ref));
    expect(new Set(refs).size).toBe(refs.length);
    expect(new Set(suppliers.map((s) => s.name.vi)).size).toBe(suppliers.length);
    const codes = suppliers.map((s) => s.taxCode!);
    expect(new Set(codes).size).toBe(codes.length);
    const weights = [31, 29, 23, 19, 17, 13, 7, 5, 3];
    for (const c of codes) {
      expect(c).toMatch(/^\d{10}(\d{3})?$/);
      const sum = [...c.slice(0, 9)].reduce((a, d, i) => a + Number(d) * weights[i], 0);
      expect(Number(c[9])).toBe(10 - (sum % 11));
    }
    const branches = codes.filter((c) => c.length === 13).length;
    expect(branches).toBeGreaterThan(10);
    expect(branches).toBeLessThan(100);
  });

  it("writes like real firms: some Vietnamese-only, ~15% without diacritics, most bilingual", () => {
    const viOnly = suppliers.filter((s) => !s.name.en).length;
    const noDiacritics = suppliers.filter((s) => !hasDiacritics(s.name.vi!)).length;
    const bilingualDescriptions = suppliers.filter((s) => s.description?.vi && s.description?.en).length;
    expect(share(viOnly)).toBeGreaterThan(0.2);
    expect(share(noDiacritics)).toBeGreaterThan(0.1);
    expect(share(noDiacritics)).toBeLessThan(0.2);
    expect(share(bilingualDescriptions)).toBeGreaterThan(0.5);
    // Capabilities mix both languages.
    const terms = suppliers.flatMap((s) => s.capabilities?.processes ?? []);
    expect(terms.some((t) => hasDiacritics(t))).toBe(true);
    expect(terms.filter((t) => /^[\x20-\x7e]+$/.test(t) && /ing\b/.test(t)).length).toBeGreaterThan(200);
  });

  it("places firms in Hanoi's industrial zones and communes", () => {
    const zones = new Set(suppliers.map((s) => s.location?.industrialZone).filter((z): z is string => !!z));
    for (const z of ["KCN Thăng Long", "KCN Nội Bài", "KCN Quang Minh", "KCN Phú Nghĩa", "KCN Sài Đồng B"])
      expect(zones).toContain(z);
    const outside = suppliers.filter((s) => s.location?.industrialZone === null).length;
    expect(share(outside)).toBeGreaterThan(0.15);
    const communes = new Set(suppliers.map((s) => s.location?.commune));
    for (const c of ["Đông Anh", "Mê Linh", "Sóc Sơn", "Thường Tín", "Phú Xuyên", "Hoàng Mai", "Gia Lâm"])
      expect(communes).toContain(c);
  });

  it("dates certificates around the reference date: some expired, some expiring within 30-60 days", () => {
    const certs = suppliers.flatMap((s) => s.certifications ?? []);
    const withDate = certs.filter((c) => c.validUntil);
    const expired = withDate.filter((c) => c.validUntil! < REFERENCE_DATE).length;
    const soon = withDate.filter(
      (c) => c.validUntil! >= addDays(REFERENCE_DATE, 30) && c.validUntil! <= addDays(REFERENCE_DATE, 60),
    ).length;
    expect(expired / withDate.length).toBeGreaterThan(0.05);
    expect(expired / withDate.length).toBeLessThan(0.2);
    expect(soon).toBeGreaterThan(20);
    const certified = suppliers.filter((s) =>
      (s.certifications ?? []).some((c) => /9001|16949/.test(c.standard)),
    ).length;
    expect(share(certified)).toBeGreaterThan(0.4); // the programme: 300-400 of ~900 firms certified
    expect(certs.some((c) => /IATF/.test(c.standard))).toBe(true);
    expect(certs.some((c) => /OEKO-TEX/i.test(c.standard))).toBe(true);
    expect(certs.some((c) => /13485/.test(c.standard))).toBe(true);
  });

  it("gives requests a buyer, terms, a volume and a 2027 target date, in English, Vietnamese and a few in Japanese", () => {
    const buyers = new Set(data.buyers.map((b) => b.ref));
    for (const r of data.requests) {
      expect(buyers).toContain(r.buyer);
      expect(r.processes!.length).toBeGreaterThan(0);
      expect(r.annualVolume).toBeGreaterThan(0);
      expect(r.targetDate!.startsWith("2027-")).toBe(true);
    }
    const titled = (lang: "vi" | "en" | "ja") => data.requests.filter((r) => r.title[lang]).length;
    expect(titled("en")).toBeGreaterThan(60);
    expect(titled("vi")).toBeGreaterThan(5);
    expect(titled("ja")).toBeGreaterThan(2);
    const noCert = data.requests.filter((r) => r.requiredCertifications!.length === 0).length;
    expect(noCert).toBeGreaterThan(10);
    expect(data.requests.some((r) => r.requiredCertifications!.some((c) => /16949/.test(c)))).toBe(true);
    expect(new Set(data.buyers.map((b) => b.country)).size).toBeGreaterThan(6);
  });
});
