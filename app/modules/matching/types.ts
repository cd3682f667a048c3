// Inputs and outputs of matching. Inputs are plain data (loaded from the database by
// app/matching.server.ts, or built from a cnht-directory/1 file by scripts and tests), with
// capability terms already mapped to taxonomy concepts where the taxonomy knows them.

export type Lang = "vi" | "en" | "ja";
export type LangText = Partial<Record<Lang, string | null>>;

/** A capability term as the firm wrote it, with its taxonomy concept (null when unmapped). */
export interface Term {
  conceptId: string | null;
  text: string;
}

export interface MatchRequest {
  ref: string;
  title: LangText;
  description: LangText;
  processes: Term[];
  materials: Term[];
  products: Term[];
  requiredCertifications: Term[];
  annualVolume: number | null;
  /** ISO country code of the buyer, for export experience. */
  buyerCountry: string | null;
}

export interface SupplierCertificate {
  conceptId: string | null;
  standard: string;
  /** ISO date; null means the firm gave no expiry, which counts as not held. */
  validUntil: string | null;
}

export interface MatchSupplier {
  ref: string;
  name: LangText;
  description: LangText;
  processes: Term[];
  materials: Term[];
  products: Term[];
  certifications: SupplierCertificate[];
  employees: number | null;
  exportMarkets: string[];
  verified: boolean;
  /** ISO date or timestamp of the last profile change; null when unknown. */
  updatedAt: string | null;
}

export type ReasonKind =
  "certification" | "process" | "material" | "product" | "capacity" | "export" | "verified" | "freshness";

export type Met = true | false | "unknown";

export interface Reason {
  kind: ReasonKind;
  /** The reason in each interface language (ja added for Japanese buyers; older stored reasons lack it). */
  text: { vi: string; en: string; ja: string };
  met: Met;
  /** How much of this reason is fulfilled, 0..1 (1 = ✓, 0 = ✗, partial for near concepts). */
  fit: number;
  /** Share of the score this reason carries; score = Σ weight·fit / Σ weight. */
  weight: number;
}

export interface MatchResult {
  /** False when a hard constraint (a required certificate) fails: never listed. */
  eligible: boolean;
  /** True when the supplier does any of what is asked (a process, or a product); else not listed. */
  relevant: boolean;
  score: number;
  reasons: Reason[];
}

export interface MatchOptions {
  /** The day certificates must be valid on, YYYY-MM-DD: the caller passes todayInHanoi (app/modules/clock.ts). */
  asOf: string;
}
