// Certificates Hanoi suppliers hold, as they write them on their profiles, with the bodies that
// issue them in Vietnam and the shape of their certificate numbers. Keys are taxonomy concept ids.
import type { Rng } from "../prng";

export interface CertificationSpec {
  /** How firms write the standard (the first is the most common). */
  standards: string[];
  /** Issuing bodies active in Vietnam for this standard. */
  issuers: string[];
  /** Years a certificate runs before renewal. */
  years: number;
  /** Scope sentence templates; `{what}` is the firm's main activity. */
  scope?: { vi: string; en: string };
}

export const CERTIFICATIONS = {
  iso9001: {
    standards: ["ISO 9001:2015", "ISO 9001", "ISO9001:2015"],
    issuers: [
      "Bureau Veritas Certification Vietnam",
      "TÜV Rheinland Vietnam",
      "TÜV SÜD Vietnam",
      "SGS Vietnam",
      "QUACERT",
      "Intertek Vietnam",
      "DNV Vietnam",
      "BSI Vietnam",
    ],
    years: 3,
    scope: { vi: "Sản xuất {what}", en: "Manufacture of {what}" },
  },
  iso14001: {
    standards: ["ISO 14001:2015", "ISO 14001"],
    issuers: [
      "Bureau Veritas Certification Vietnam",
      "TÜV Rheinland Vietnam",
      "SGS Vietnam",
      "QUACERT",
      "Intertek Vietnam",
    ],
    years: 3,
    scope: {
      vi: "Hệ thống quản lý môi trường cho hoạt động sản xuất {what}",
      en: "Environmental management for the manufacture of {what}",
    },
  },
  iso45001: {
    standards: ["ISO 45001:2018", "ISO 45001"],
    issuers: ["Bureau Veritas Certification Vietnam", "SGS Vietnam", "QUACERT", "TÜV SÜD Vietnam"],
    years: 3,
  },
  iatf16949: {
    standards: ["IATF 16949:2016", "IATF 16949", "IATF16949"],
    issuers: [
      "Bureau Veritas Certification Vietnam",
      "TÜV SÜD Vietnam",
      "TÜV Rheinland Vietnam",
      "SGS Vietnam",
      "DNV Vietnam",
      "Intertek Vietnam",
    ],
    years: 3,
    scope: {
      vi: "Sản xuất {what} cho ngành ô tô, xe máy",
      en: "Manufacture of {what} for the automotive industry",
    },
  },
  iso13485: {
    standards: ["ISO 13485:2016", "ISO 13485"],
    issuers: ["TÜV SÜD Vietnam", "BSI Vietnam", "SGS Vietnam"],
    years: 3,
    scope: { vi: "Sản xuất {what} dùng cho thiết bị y tế", en: "Manufacture of {what} for medical devices" },
  },
  oekotex: {
    standards: ["OEKO-TEX Standard 100", "Oeko-Tex Standard 100", "OEKO-TEX STANDARD 100 Class II"],
    issuers: ["Hohenstein Institute", "TESTEX", "OEKO-TEX Association"],
    years: 1,
  },
  rohs: {
    standards: ["RoHS", "RoHS 2011/65/EU", "EU RoHS compliance"],
    issuers: ["SGS Vietnam", "Intertek Vietnam", "TÜV Rheinland Vietnam"],
    years: 2,
  },
  bsci: {
    standards: ["amfori BSCI", "BSCI"],
    issuers: ["SGS Vietnam", "Intertek Vietnam", "Bureau Veritas Certification Vietnam"],
    years: 2,
  },
  wrap: {
    standards: ["WRAP", "WRAP certification"],
    issuers: ["WRAP"],
    years: 1,
  },
  fsc: {
    standards: ["FSC COC", "FSC Chain of Custody"],
    issuers: ["SGS Vietnam", "Bureau Veritas Certification Vietnam", "Control Union"],
    years: 5,
  },
} satisfies Record<string, CertificationSpec>;

export type CertKey = keyof typeof CERTIFICATIONS;

/** A certificate number in the style of its issuer. */
export function certificateNumber(rng: Rng, key: CertKey, issuer: string, issuedYear: number): string {
  const n = (digits: number) => String(rng.int(10 ** (digits - 1), 10 ** digits - 1));
  const yy = String(issuedYear % 100).padStart(2, "0");
  if (key === "oekotex")
    return `${rng.pick(["SH", "HN", "TH"])}${n(3)} ${n(6)} ${issuer === "TESTEX" ? "TESTEX" : "HOH"}`;
  if (key === "rohs")
    return `${issuer.startsWith("SGS") ? "HNHL" : issuer.startsWith("Intertek") ? "HNIT" : "TRV"}${yy}${n(6)}`;
  if (key === "iatf16949") return `IATF 0${n(6)}`;
  if (key === "fsc")
    return `${issuer.startsWith("SGS") ? "SGSHK" : issuer.startsWith("Bureau") ? "BV" : "CU"}-COC-${n(6)}`;
  if (key === "wrap") return `WRAP-${n(5)}`;
  if (issuer.startsWith("Bureau Veritas")) return `VN${n(6)}`;
  if (issuer.startsWith("TÜV Rheinland")) return `44 100 ${yy}${n(6)}`;
  if (issuer.startsWith("TÜV SÜD")) return `12 100 ${n(5)} TMS`;
  if (issuer.startsWith("SGS")) return `VN${yy}/${n(5)}`;
  if (issuer === "QUACERT") return `HT ${n(4)}.${yy}.${n(2)}`;
  if (issuer.startsWith("Intertek")) return `${n(7)}`;
  if (issuer.startsWith("DNV")) return `${n(6)}-20${yy}-AQ-VNM-UKAS`;
  return `${issuer.replace(/[^A-Z]/g, "")}-${n(6)}`;
}
