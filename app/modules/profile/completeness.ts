import { isCertificateValid } from "../certificates/validity";

// What a supplier's profile still lacks, as the supplier sees it on /my/profile. A stale,
// incomplete profile is the first reason buyers give up on a directory, so each hint says why
// it matters. Pure: the caller passes today's date.

export interface CompletenessInput {
  name: { vi?: string; en?: string };
  description?: { vi?: string; en?: string };
  terms: { kind: "process" | "material" | "product"; text: string; conceptId: string | null }[];
  certifications: { standard: string; validUntil?: string | null; hasFile: boolean }[];
  contact?: { email?: string; phone?: string };
  founded?: number;
  employees?: number;
  location?: { address?: string; industrialZone?: string | null; commune?: string };
  exportMarkets: string[];
  equipment: string | null;
  capacityNotes: string | null;
  hasLogo: boolean;
}

export type HintLevel = "important" | "suggested";

export interface Hint {
  /** i18n key under profile.hint.* */
  key: string;
  vars?: Record<string, string | number>;
  level: HintLevel;
  /** The form field to go to (its id on /my/profile). */
  field: string;
}

/** Days before expiry from which a certificate is flagged. */
export const EXPIRY_WARNING_DAYS = 60;

function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / 86_400_000);
}

export function profileHints(p: CompletenessInput, today: string): Hint[] {
  const hints: Hint[] = [];
  const add = (key: string, level: HintLevel, field: string, vars?: Hint["vars"]) =>
    hints.push({ key, level, field, ...(vars ? { vars } : {}) });

  if (!p.description?.en) add("profile.hint.descriptionEn", "important", "descriptionEn");
  if (!p.description?.vi) add("profile.hint.descriptionVi", "important", "descriptionVi");
  if (!p.name.en) add("profile.hint.nameEn", "suggested", "nameEn");
  const fieldOf = { process: "processes", material: "materials", product: "products" } as const;
  for (const kind of ["process", "material", "product"] as const)
    if (!p.terms.some((t) => t.kind === kind)) add(`profile.hint.no.${kind}`, "important", fieldOf[kind]);
  const unmapped = p.terms.filter((t) => t.conceptId === null).map((t) => t.text);
  if (unmapped.length)
    add("profile.hint.unmapped", "suggested", "processes", {
      terms: unmapped
        .slice(0, 5)
        .map((t) => `“${t}”`)
        .join(", "),
    });

  if (!p.certifications.length) add("profile.hint.noCertifications", "suggested", "certifications");
  for (const c of p.certifications) {
    if (!c.validUntil) {
      add("profile.hint.certNoDate", "important", "certifications", { standard: c.standard });
      continue;
    }
    if (!isCertificateValid(c.validUntil, today))
      add("profile.hint.certExpired", "important", "certifications", {
        standard: c.standard,
        date: c.validUntil,
      });
    else {
      const days = daysBetween(today, c.validUntil);
      if (days <= EXPIRY_WARNING_DAYS)
        add("profile.hint.certExpires", "important", "certifications", { standard: c.standard, days });
    }
    if (!c.hasFile) add("profile.hint.certNoFile", "suggested", "certifications", { standard: c.standard });
  }

  if (!p.contact?.email && !p.contact?.phone) add("profile.hint.contact", "important", "contactEmail");
  if (!p.location?.address) add("profile.hint.address", "suggested", "address");
  if (p.founded === undefined || p.employees === undefined)
    add("profile.hint.size", "suggested", "employees");
  if (!p.equipment) add("profile.hint.equipment", "suggested", "equipment");
  if (!p.capacityNotes) add("profile.hint.capacity", "suggested", "capacityNotes");
  if (!p.exportMarkets.length) add("profile.hint.exportMarkets", "suggested", "exportMarkets");
  if (!p.hasLogo) add("profile.hint.logo", "suggested", "logo");
  return hints;
}

/** Checks made on every profile, and per certificate (its date, its scan). */
const BASE_CHECKS = 15;
const CHECKS_PER_CERTIFICATE = 2;

/** Share of the checks passed, 0..100, for the bar above the hints. */
export function completenessScore(hints: Hint[], certificates: number): number {
  const total = BASE_CHECKS + CHECKS_PER_CERTIFICATE * certificates;
  return Math.max(0, Math.round((100 * (total - hints.length)) / total));
}
