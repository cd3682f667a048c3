// Demo suppliers: each is drawn from an archetype (data/archetypes.ts) so its processes,
// materials, products and certificates belong together, then written the way Hanoi firms write
// their own profiles: Vietnamese first, English often, sometimes without diacritics.
import { ARCHETYPES, SECTOR_TEXT, type Archetype } from "./data/archetypes";
import { CERTIFICATIONS, certificateNumber, type CertKey } from "./data/certifications";
import {
  MARKETS,
  NAME_FIRST,
  NAME_SECOND,
  NAME_WHOLE,
  SURNAMES,
  MIDDLE_MALE,
  MIDDLE_FEMALE,
  GIVEN_MALE,
  GIVEN_FEMALE,
} from "./data/names";
import { STREETS, ZONES } from "./data/places";
import {
  MATERIALS,
  PROCESSES,
  PRODUCTS,
  type MaterialKey,
  type Phrasing,
  type ProcessKey,
  type ProductKey,
} from "./data/vocabulary";
import { REFERENCE_DATE, addDays, yearOf } from "./dates";
import type { Rng } from "./prng";
import { capitalise, joinList, slug, stripDiacritics } from "./text";
import type { DirectoryCertification, DirectorySupplier } from "./types";

/** What the request generator needs to know about a supplier, in taxonomy keys. */
export interface SupplierProfile {
  ref: string;
  archetype: Archetype;
  processes: Set<ProcessKey>;
  materials: Set<MaterialKey>;
  products: Set<ProductKey>;
  /** Certificates valid on the reference date. */
  validCerts: Set<CertKey>;
}

interface Style {
  viOnly: boolean;
  noDiacritics: boolean;
}

export function generateSuppliers(
  rng: Rng,
  count: number,
): { suppliers: DirectorySupplier[]; profiles: SupplierProfile[] } {
  const usedSlugs = new Set<string>();
  const usedTaxCodes = new Set<string>();
  const suppliers: DirectorySupplier[] = [];
  const profiles: SupplierProfile[] = [];
  for (let i = 1; i <= count; i++) {
    const ref = `SUP-${String(i).padStart(4, "0")}`;
    const { supplier, profile } = oneSupplier(rng, ref, usedSlugs, usedTaxCodes);
    suppliers.push(supplier);
    profiles.push(profile);
  }
  return { suppliers, profiles };
}

function oneSupplier(rng: Rng, ref: string, usedSlugs: Set<string>, usedTaxCodes: Set<string>) {
  const arch = rng.weighted(
    ARCHETYPES,
    ARCHETYPES.map((a) => a.weight),
  );
  const style: Style = { viOnly: rng.chance(0.28), noDiacritics: rng.chance(0.15) };
  const vi = (s: string) => (style.noDiacritics ? stripDiacritics(s) : s);

  const name = firmName(rng, arch, usedSlugs);
  const taxCode = newTaxCode(rng, usedTaxCodes, name.branch);
  const founded = 1990 + Math.floor(33 * Math.sqrt(rng.next()));
  const employees = headcount(rng, arch.employees);
  const place = location(rng);

  const processes = [...arch.core, ...rng.sample(arch.extra, rng.int(0, Math.min(3, arch.extra.length)))];
  const materials = rng.sample(arch.materials, rng.int(1, Math.min(3, arch.materials.length)));
  const products = rng.sample(arch.products, rng.int(1, Math.min(3, arch.products.length)));
  const words = {
    processes: processes.map((k) => phrase(rng, PROCESSES[k])),
    materials: materials.map((k) => phrase(rng, MATERIALS[k])),
    products: products.map((k) => phrase(rng, PRODUCTS[k])),
  };
  // Vietnamese-only firms still write some terms in English ("CNC", "SMT assembly"); bilingual
  // firms mix freely, and some list their main process in both languages.
  const pEn = style.viOnly ? 0.15 : 0.5;
  const term = (w: { vi: string; en: string }) => {
    const text = rng.chance(pEn) ? w.en : vi(w.vi);
    return rng.chance(0.3) ? capitalise(text) : text;
  };
  const capabilities = {
    processes: words.processes.map(term),
    materials: words.materials.map(term),
    products: words.products.map(term),
  };
  if (!style.viOnly && rng.chance(0.12)) {
    const both = [vi(words.processes[0].vi), words.processes[0].en];
    capabilities.processes = [...new Set([...both, ...capabilities.processes])];
  }

  const exportMarkets = rng.chance(0.55) ? pickMarkets(rng, rng.int(1, 4)) : [];
  const { certifications, valid } = certificates(rng, arch, style, words.products);

  // The same firm described in each language; only the name differs (an English name, else the
  // Vietnamese one without diacritics).
  const about = { arch, w: words, place, founded, employees, certs: certifications, markets: exportMarkets };
  const description: DirectorySupplier["description"] = {
    vi: vi(describeVi(rng, name.vi, about)),
  };
  if (!style.viOnly) {
    description.en = describeEn(rng, name.en ?? stripDiacritics(name.vi), about);
  }

  const supplier: DirectorySupplier = {
    ref,
    name: name.en && !style.viOnly ? { vi: vi(name.vi), en: name.en } : { vi: vi(name.vi) },
    taxCode,
    ...(rng.chance(0.45) ? { website: `https://${name.slug}.example.vn` } : {}),
    founded,
    employees,
    location: {
      address: vi(place.address),
      commune: vi(place.commune),
      industrialZone: place.zone === null ? null : vi(place.zone),
      city: vi("Hà Nội"),
    },
    description,
    capabilities,
    certifications,
    exportMarkets,
    contact: contact(rng, name.slug, style),
  };
  const profile: SupplierProfile = {
    ref,
    archetype: arch,
    processes: new Set(processes),
    materials: new Set(materials),
    products: new Set(products),
    validCerts: valid,
  };
  return { supplier, profile };
}

function phrase(rng: Rng, p: Phrasing): { vi: string; en: string } {
  // The first phrasing is the usual one; the others appear less often.
  const one = (list: string[]) => (list.length === 1 || rng.chance(0.55) ? list[0] : rng.pick(list.slice(1)));
  return { vi: one(p.vi), en: one(p.en) };
}

// ── names and identifiers ──

interface FirmName {
  vi: string;
  en?: string;
  slug: string;
  branch: boolean;
}

function firmName(rng: Rng, arch: Archetype, usedSlugs: Set<string>): FirmName {
  for (let attempt = 0; attempt < 200; attempt++) {
    const proper = rng.chance(0.25) ? rng.pick(NAME_WHOLE) : twoSyllables(rng);
    const ascii = stripDiacritics(proper);
    const trade = rng.pick(arch.trade);
    const form = rng.weighted(["tnhh", "cp", "mtv", "sxtm", "branch"] as const, [58, 25, 6, 7, 4]);
    const s = slug(form === "sxtm" ? ["sxtm", proper] : [trade.vi, proper]);
    if (usedSlugs.has(s)) continue;
    usedSlugs.add(s);
    const withEn = rng.chance(0.8);
    let vi: string, en: string;
    switch (form) {
      case "tnhh":
        [vi, en] = [`Công ty TNHH ${trade.vi} ${proper}`, `${ascii} ${trade.en} Co., Ltd`];
        break;
      case "cp":
        [vi, en] = [
          `Công ty Cổ phần ${trade.vi} ${proper}`,
          `${ascii} ${trade.en} ${rng.chance(0.5) ? "JSC" : "Joint Stock Company"}`,
        ];
        break;
      case "mtv":
        [vi, en] = [`Công ty TNHH MTV ${trade.vi} ${proper}`, `${ascii} ${trade.en} One Member Co., Ltd`];
        break;
      case "sxtm":
        [vi, en] = [
          `Công ty TNHH Sản xuất và Thương mại ${proper}`,
          `${ascii} Manufacturing and Trading Co., Ltd`,
        ];
        break;
      case "branch":
        [vi, en] = [
          `Chi nhánh Công ty Cổ phần ${trade.vi} ${proper} tại Hà Nội`,
          `${ascii} ${trade.en} JSC – Hanoi Branch`,
        ];
        break;
    }
    // A few firms registered (and keep writing) their name in capitals.
    if (rng.chance(0.03)) vi = vi.toUpperCase();
    return { vi, en: withEn ? en : undefined, slug: s, branch: form === "branch" };
  }
  throw new Error("demo seed: ran out of distinct firm names");
}

function twoSyllables(rng: Rng): string {
  const a = rng.pick(NAME_FIRST);
  let b = rng.pick(NAME_SECOND);
  while (b === a) b = rng.pick(NAME_SECOND);
  return `${a} ${b}`;
}

/**
 * Vietnamese enterprise tax codes: 10 digits whose last is a check digit over the first nine
 * (weights 31 29 23 19 17 13 7 5 3); Hanoi codes start 01. A branch (dependent unit) adds a
 * three-digit suffix to its parent's code, and these parents are registered elsewhere.
 */
function newTaxCode(rng: Rng, used: Set<string>, branch: boolean): string {
  const weights = [31, 29, 23, 19, 17, 13, 7, 5, 3];
  for (;;) {
    const prefix = branch
      ? rng.pick(["0200", "0300", "0800", "2300", "2500"])
      : rng.pick(["0100", "0101", "0102", "0104", "0105", "0106", "0107", "0108", "0109", "0110"]);
    const body = prefix + String(rng.int(0, 99999)).padStart(5, "0");
    const sum = [...body].reduce((acc, d, i) => acc + Number(d) * weights[i], 0);
    const check = 10 - (sum % 11);
    if (check > 9) continue;
    const code = body + String(check) + (branch ? String(rng.int(1, 12)).padStart(3, "0") : "");
    if (used.has(code)) continue;
    used.add(code);
    return code;
  }
}

function headcount(rng: Rng, [min, max]: [number, number]): number {
  const n = Math.round(Math.exp(Math.log(min) + rng.next() * (Math.log(max) - Math.log(min))));
  return n > 50 ? Math.round(n / 5) * 5 : n;
}

// ── place ──

interface Place {
  address: string;
  commune: string;
  zone: string | null;
}

function location(rng: Rng): Place {
  if (rng.chance(0.72)) {
    const zone = rng.weighted(
      ZONES,
      ZONES.map((z) => z.weight),
    );
    const plot =
      zone.plot === "letter"
        ? `Lô ${rng.pick(["A", "B", "C", "D", "E", "F", "G", "J", "K", "M"])}-${rng.int(1, 60)}`
        : zone.plot === "cn"
          ? `Lô CN${rng.int(1, 12)}-${rng.int(1, 20)}`
          : `Lô ${rng.int(1, 80)}`;
    return { address: `${plot}, ${zone.name}`, commune: zone.commune, zone: zone.name };
  }
  const area = rng.weighted(
    STREETS,
    STREETS.map((s) => s.weight),
  );
  const street = rng.pick(area.streets);
  const address = street.startsWith("thôn")
    ? `Xóm ${rng.int(1, 12)}, ${street}`
    : `Số ${rng.int(1, 350)} ${street}`;
  return { address, commune: area.commune, zone: null };
}

/** "KCN Thăng Long, Đông Anh" -> "Thang Long Industrial Park, Dong Anh" for English text. */
function placeEn(p: Place): string {
  const zone = p.zone
    ?.replace(/^KCN (.*)$/, "$1 Industrial Park")
    .replace(/^CCN (.*)$/, "$1 Industrial Cluster");
  return stripDiacritics(zone ? `${zone}, ${p.commune}` : p.commune);
}

// ── certificates, markets, contact ──

function certificates(rng: Rng, arch: Archetype, style: Style, products: { vi: string; en: string }[]) {
  const certifications: DirectoryCertification[] = [];
  const valid = new Set<CertKey>();
  for (const [key, p] of Object.entries(arch.certs) as [CertKey, number][]) {
    if (!rng.chance(p)) continue;
    const spec = CERTIFICATIONS[key];
    const r = rng.next();
    // ~10% expired, ~8% expiring within two months of the reference date, the rest valid for longer.
    const days =
      r < 0.1
        ? -rng.int(5, 900)
        : r < 0.12
          ? rng.int(3, 29)
          : r < 0.18
            ? rng.int(30, 60)
            : rng.int(61, spec.years * 365);
    const validUntil = addDays(REFERENCE_DATE, days);
    const issuer = rng.pick(spec.issuers);
    const cert: DirectoryCertification = {
      standard: rng.chance(0.6) ? spec.standards[0] : rng.pick(spec.standards),
      validUntil,
    };
    if (rng.chance(0.9))
      cert.certificateNo = certificateNumber(rng, key, issuer, yearOf(validUntil) - spec.years);
    if (rng.chance(0.85)) cert.issuer = issuer;
    if ("scope" in spec && rng.chance(0.6)) {
      const what = joinList(
        products.map((w) => (style.viOnly ? w.vi : w.en)),
        style.viOnly ? "vi" : "en",
      );
      const text = (style.viOnly ? spec.scope.vi : spec.scope.en).replace("{what}", what);
      cert.scope = style.noDiacritics ? stripDiacritics(text) : text;
    }
    certifications.push(cert);
    if (days >= 0) valid.add(key);
  }
  return { certifications, valid };
}

function pickMarkets(rng: Rng, n: number): string[] {
  const left = MARKETS.slice();
  const out: string[] = [];
  while (out.length < n && left.length) {
    const m = rng.weighted(
      left,
      left.map((x) => x.weight),
    );
    out.push(m.code);
    left.splice(left.indexOf(m), 1);
  }
  return out;
}

function contact(rng: Rng, firmSlug: string, style: Style) {
  const male = rng.chance(0.5);
  const surname = rng.pick(SURNAMES);
  const middle = rng.pick(male ? MIDDLE_MALE : MIDDLE_FEMALE);
  const given = rng.pick(male ? GIVEN_MALE : GIVEN_FEMALE);
  const person = `${surname} ${middle} ${given}`;
  const local = rng.chance(0.5)
    ? rng.pick(["sales", "kinhdoanh", "info", "contact", "lienhe", "export"])
    : slug([given]) + "." + slug([surname]).charAt(0) + slug([middle]).charAt(0);
  const d = (n: number) => String(rng.int(0, 10 ** n - 1)).padStart(n, "0");
  const landline = `${rng.pick(["3", "6"])}${d(3)} ${d(4)}`;
  const phone = rng.chance(0.25)
    ? `09${rng.int(0, 9)}${d(1)} ${d(3)} ${d(3)}`
    : rng.pick([`+84 24 ${landline}`, `024 ${landline}`, `(024) ${landline.replace(" ", "")}`]);
  const out: { name?: string; email: string; phone: string } = {
    email: `${local}@${firmSlug}.example.vn`,
    phone,
  };
  if (rng.chance(0.7)) out.name = style.noDiacritics ? stripDiacritics(person) : person;
  return out;
}

// ── descriptions ──

type Words = Record<"processes" | "materials" | "products", { vi: string; en: string }[]>;

function marketsText(codes: string[], lang: "vi" | "en"): string {
  return joinList(
    codes.map((c) => MARKETS.find((m) => m.code === c)![lang]),
    lang,
  );
}

function qualityStandard(certs: DirectoryCertification[]): string | undefined {
  return certs.find((c) => /9001|16949/.test(c.standard) && c.validUntil && c.validUntil >= REFERENCE_DATE)
    ?.standard;
}

/** The firm's first three processes, its products and materials as one phrase each, in `lang`. */
function wordLists(w: Words, lang: "vi" | "en") {
  const list = (xs: { vi: string; en: string }[]) =>
    joinList(
      xs.map((x) => x[lang]),
      lang,
    );
  return { procs: list(w.processes.slice(0, 3)), prods: list(w.products), mats: list(w.materials) };
}

/** What a description says about a firm, whatever the language. */
interface About {
  arch: Archetype;
  w: Words;
  place: Place;
  founded: number;
  employees: number;
  certs: DirectoryCertification[];
  markets: string[];
}

function describeVi(
  rng: Rng,
  name: string,
  { arch, w, place, founded, employees, certs, markets }: About,
): string {
  const { procs, prods, mats } = wordLists(w, "vi");
  const where = place.zone ? `${place.zone}, ${place.commune}` : place.commune;
  let text = rng.pick([
    `${name} chuyên ${procs} ${prods} từ ${mats}. Nhà máy đặt tại ${where}, Hà Nội, với khoảng ${employees} lao động.`,
    `Thành lập năm ${founded}, ${name} cung cấp dịch vụ ${procs} cho các doanh nghiệp FDI ngành ${SECTOR_TEXT[arch.sector].vi}. Sản phẩm chính: ${prods}. Vật liệu: ${mats}.`,
    `Nhận ${procs} theo bản vẽ và mẫu của khách hàng: ${prods}; vật liệu ${mats}. Xưởng sản xuất tại ${where}, Hà Nội.`,
  ]);
  const std = qualityStandard(certs);
  if (std) text += ` Hệ thống quản lý chất lượng đạt chứng nhận ${std}.`;
  if (markets.length) text += ` Sản phẩm đã xuất khẩu sang ${marketsText(markets, "vi")}.`;
  return text;
}

function describeEn(
  rng: Rng,
  name: string,
  { arch, w, place, founded, employees, certs, markets }: About,
): string {
  const { procs, prods, mats } = wordLists(w, "en");
  let text = rng.pick([
    `${name} specialises in ${procs} of ${prods} in ${mats}. The factory is in ${placeEn(place)}, Hanoi, with about ${employees} staff.`,
    `Founded in ${founded}, ${name} provides ${procs} to FDI manufacturers in ${SECTOR_TEXT[arch.sector].en}. Main products: ${prods}. Materials: ${mats}.`,
    `Build-to-print ${procs}: ${prods} in ${mats}. Workshop in ${placeEn(place)}, Hanoi.`,
  ]);
  const std = qualityStandard(certs);
  if (std) text += ` Quality management certified to ${std}.`;
  if (markets.length) text += ` Exports to ${marketsText(markets, "en")}.`;
  return text;
}
