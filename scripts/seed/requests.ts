// Demo buyers and their sourcing requests. Every request is built from one of its buyer's
// interests and checked against the generated suppliers, so that at least MIN_FIT suppliers
// list all its processes and hold every required certificate valid on the reference date:
// the matching pages then always have something sensible to show.
import { ARCHETYPES, type Archetype } from "./data/archetypes";
import { BUYERS, type BuyerSpec } from "./data/buyers";
import { CERTIFICATIONS, type CertKey } from "./data/certifications";
import {
  MATERIALS,
  PROCESSES,
  PRODUCTS,
  type MaterialKey,
  type ProcessKey,
  type ProductKey,
} from "./data/vocabulary";
import type { Rng } from "./prng";
import type { SupplierProfile } from "./suppliers";
import { capitalise, joinList, slug } from "./text";
import type { DirectoryBuyer, DirectoryRequest, LocalText } from "./types";

export const MIN_FIT = 3;

const COUNTRY_EN: Record<string, string> = {
  JP: "Japan",
  KR: "Korea",
  TW: "Taiwan",
  DK: "Denmark",
  DE: "Germany",
  FR: "France",
  NL: "the Netherlands",
  AT: "Austria",
  SE: "Sweden",
  US: "the United States",
  SG: "Singapore",
  TH: "Thailand",
};

export function buyerRef(i: number): string {
  return `BUY-${String(i + 1).padStart(3, "0")}`;
}

export function generateBuyers(rng: Rng): DirectoryBuyer[] {
  return BUYERS.map((b, i) => {
    const name: LocalText = b.ja ? { en: b.name, ja: b.ja } : { en: b.name };
    const description: LocalText = {
      en: `${b.name} makes ${b.makes} at its plant in ${b.site} and is localising its supply chain in northern Vietnam.`,
    };
    if (b.ja)
      description.ja = `${b.ja}は${b.site}の工場で製造を行っており、ベトナム北部での部品の現地調達を進めています。`;
    if (rng.chance(0.3))
      description.vi = `${b.name} sản xuất tại ${b.site} và đang tìm nhà cung cấp trong nước tại miền Bắc Việt Nam.`;
    const person = rng.pick(["procurement", "purchasing", "sourcing", "scm"]);
    return {
      ref: buyerRef(i),
      name,
      country: b.country,
      description,
      contact: { email: `${person}@${slug([b.name])}.example.com` },
    };
  });
}

interface Draft {
  arch: Archetype;
  processes: ProcessKey[];
  material: MaterialKey;
  product: ProductKey;
  certs: CertKey[];
}

export function generateRequests(rng: Rng, profiles: SupplierProfile[], count: number): DirectoryRequest[] {
  const requests: DirectoryRequest[] = [];
  for (let i = 0; i < count; i++) {
    const buyerIndex = i % BUYERS.length;
    const buyer = BUYERS[buyerIndex];
    const draft = draftRequest(rng, buyer, profiles);
    requests.push(
      writeRequest(rng, `REQ-${String(i + 1).padStart(4, "0")}`, buyerRef(buyerIndex), buyer, draft),
    );
  }
  return requests;
}

/** Suppliers listing every process of the draft and holding each required certificate, valid. */
export function fitting(
  profiles: SupplierProfile[],
  processes: ProcessKey[],
  certs: CertKey[],
): SupplierProfile[] {
  return profiles.filter(
    (p) => processes.every((k) => p.processes.has(k)) && certs.every((c) => p.validCerts.has(c)),
  );
}

function draftRequest(rng: Rng, buyer: BuyerSpec, profiles: SupplierProfile[]): Draft {
  const interest = rng.pick(buyer.interests);
  const arch = ARCHETYPES.find((a) => a.key === interest);
  if (!arch)
    throw new Error(`demo seed: buyer ${buyer.name} is interested in unknown archetype '${interest}'`);
  const ofKind = profiles.filter((p) => p.archetype === arch);
  const processes: ProcessKey[] = [...arch.core];
  // A second, more specific process when enough firms offer both.
  if (rng.chance(0.4)) {
    const extra = rng.pick(arch.extra);
    if (fitting(ofKind, [...processes, extra], []).length >= MIN_FIT + 2) processes.push(extra);
  }
  const certs = wantedCertificates(rng, buyer, arch);
  while (certs.length && fitting(profiles, processes, certs).length < MIN_FIT) certs.pop();
  // Material and product from what the fitting firms actually list, so a few also score on them.
  const fit = fitting(profiles, processes, certs);
  const material = rng.pick(fit.flatMap((p) => [...p.materials]).filter((m) => arch.materials.includes(m)));
  const product = rng.pick(fit.flatMap((p) => [...p.products]).filter((m) => arch.products.includes(m)));
  return { arch, processes, material, product, certs };
}

function wantedCertificates(rng: Rng, buyer: BuyerSpec, arch: Archetype): CertKey[] {
  if (buyer.automotive && (arch.certs.iatf16949 ?? 0) > 0)
    return rng.chance(0.85) ? ["iatf16949"] : ["iso9001"];
  if (buyer.medical && rng.chance(0.5)) return ["iso13485"];
  const r = rng.next();
  const certs: CertKey[] = r < 0.3 ? [] : ["iso9001"];
  if (arch.sector === "electronics" && rng.chance(0.4)) certs.push("rohs");
  if (arch.sector === "textile-footwear" && (arch.certs.oekotex ?? 0) > 0 && rng.chance(0.35))
    certs.push("oekotex");
  if (arch.sector === "packaging" && (arch.certs.fsc ?? 0) > 0 && rng.chance(0.2)) certs.push("fsc");
  if (certs.length && rng.chance(0.1)) certs.push("iso14001");
  return certs;
}

function volumeFor(rng: Rng, product: ProductKey): number {
  if (product === "injection-mould" || product === "stamping-die" || product === "casting-die")
    return rng.int(2, 24);
  if (product === "steel-structure-product" || product === "machinery" || product === "electrical-cabinet")
    return rng.int(5, 60) * 10;
  return rng.pick([5, 10, 12, 20, 24, 30, 36, 50, 60, 80, 100, 120, 150, 200, 300, 500]) * 1000;
}

function writeRequest(
  rng: Rng,
  ref: string,
  buyerRefValue: string,
  buyer: BuyerSpec,
  d: Draft,
): DirectoryRequest {
  const volume = volumeFor(rng, d.product);
  const month = rng.int(2, 12);
  const targetDate = `2027-${String(month).padStart(2, "0")}-${String(rng.int(1, 28)).padStart(2, "0")}`;
  const lang = buyer.ja && rng.chance(0.3) ? "ja" : rng.chance(0.15) ? "vi" : "en";
  // Request terms are written in the language of the request (English for Japanese requests:
  // the buyers' purchasing systems keep specifications in English).
  const termLang = lang === "vi" ? "vi" : "en";
  // Buyers name what they need by its usual name (the first phrasing): a more specific variant
  // ("robotic welding" for welding) would narrow the request to fewer suppliers than intended.
  const word = (list: string[]) => list[0];
  const proc = d.processes.map((k) => word(PROCESSES[k][termLang]));
  const mat = word(MATERIALS[d.material][termLang]);
  const prod = word(PRODUCTS[d.product][termLang]);
  const certNames = d.certs.map((c) => CERTIFICATIONS[c].standards[rng.chance(0.6) ? 0 : 1]);
  const n = String(volume).replace(/\B(?=(\d{3})+(?!\d))/g, ","); // locale-free, so output never depends on ICU

  const title: LocalText = {};
  const description: LocalText = {};
  if (lang === "ja") {
    const pj = d.processes.map((k) => PROCESSES[k].ja).join("・");
    const mj = MATERIALS[d.material].ja;
    const prj = PRODUCTS[d.product].ja;
    title.ja = rng.pick([
      `${prj}の現地調達（${pj}・${mj}）`,
      `${mj}製${prj}のサプライヤー募集`,
      `${pj}による${prj}の製作依頼`,
    ]);
    description.ja =
      `${prj}を${pj}で製作できる現地サプライヤーを探しています。材質：${mj}。年間数量：約${n}個。納期：2027年${month}月。` +
      (certNames.length
        ? `${certNames.join("、")}認証（有効期限内）が必須です。`
        : "認証は必須ではありません。");
    title.en = `${capitalise(prod)} (${mat}) — ${joinList(proc, "en")}`;
  } else if (lang === "vi") {
    const nVi = n.replace(/,/g, "."); // Vietnamese groups thousands with dots
    title.vi = rng.pick([
      `Tìm nhà cung cấp ${prod} — ${joinList(proc, "vi")}, ${mat}`,
      `Cần đặt gia công ${prod} (${joinList(proc, "vi")}), vật liệu ${mat}`,
      `Đặt hàng ${prod} ${mat}, sản lượng ${nVi}/năm`,
    ]);
    description.vi =
      `${buyer.name} cần tìm nhà cung cấp trong nước cho ${prod}, công nghệ ${joinList(proc, "vi")}, vật liệu ${mat}. ` +
      `Sản lượng dự kiến ${nVi} sản phẩm/năm, giao hàng từ tháng ${month}/2027. ` +
      (certNames.length
        ? `Yêu cầu chứng nhận ${joinList(certNames, "vi")} còn hiệu lực.`
        : "Không bắt buộc chứng nhận.");
  } else {
    title.en = capitalise(
      rng.pick([
        `${prod} in ${mat} — ${joinList(proc, "en")}`,
        `sourcing ${prod} (${joinList(proc, "en")}, ${mat})`,
        `local supplier wanted: ${prod} by ${joinList(proc, "en")}`,
        `${joinList(proc, "en")} of ${prod}, ${n} pcs/year`,
      ]),
    );
    description.en =
      `${buyer.name} is localising ${prod} currently imported from ${COUNTRY_EN[buyer.country] ?? "abroad"} for its plant in ${buyer.site}. ` +
      `Process: ${joinList(proc, "en")}; material: ${mat}. Estimated ${n} pcs per year, first deliveries by ${targetDate.slice(0, 7)}. ` +
      (certNames.length
        ? `Suppliers must hold a valid ${joinList(certNames, "en")} certificate.`
        : "No certificate is mandatory; a working quality system is an advantage.");
  }
  return {
    ref,
    buyer: buyerRefValue,
    title,
    description,
    processes: proc,
    materials: [mat],
    products: [prod],
    requiredCertifications: certNames,
    annualVolume: volume,
    targetDate,
  };
}
