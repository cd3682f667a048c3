import type { MatchRequest, MatchSupplier, Term } from "../../../app/modules/matching";

// Small builders: a test states only the facts its rule is about.
export const term = (conceptId: string | null, text = conceptId ?? ""): Term => ({ conceptId, text });

export function request(over: Partial<MatchRequest> = {}): MatchRequest {
  return {
    ref: "R-1",
    title: { en: "Test request" },
    description: {},
    processes: [],
    materials: [],
    products: [],
    requiredCertifications: [],
    annualVolume: null,
    buyerCountry: null,
    ...over,
  };
}

export function supplier(over: Partial<MatchSupplier> = {}): MatchSupplier {
  return {
    ref: "S-1",
    name: { vi: "Công ty Thử", en: "Test Co" },
    description: {},
    processes: [],
    materials: [],
    products: [],
    certifications: [],
    employees: null,
    exportMarkets: [],
    verified: false,
    updatedAt: null,
    ...over,
  };
}

export const cert = (conceptId: string, validUntil: string | null, standard = conceptId) => ({
  conceptId,
  standard,
  validUntil,
});
