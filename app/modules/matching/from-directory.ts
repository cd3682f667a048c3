import { certificationId, mapTermScored } from "../taxonomy";
import type { LangText, MatchRequest, MatchSupplier, Term } from "./types";

// Matching inputs straight from a cnht-directory/1 file, mapping terms the way the importer
// does: for benchmarks, quality checks and tests that need no database.

interface DirSupplier {
  ref: string;
  name: LangText;
  description?: LangText;
  employees?: number | null;
  capabilities?: { processes?: string[]; materials?: string[]; products?: string[] };
  certifications?: { standard: string; validUntil?: string | null }[];
  exportMarkets?: string[];
}

interface DirRequest {
  ref: string;
  buyer: string;
  title: LangText;
  description?: LangText;
  processes?: string[];
  materials?: string[];
  products?: string[];
  requiredCertifications?: string[];
  annualVolume?: number | null;
}

export interface DirectoryFile {
  suppliers: DirSupplier[];
  buyers: { ref: string; country?: string | null }[];
  requests: DirRequest[];
}

const terms = (list: string[] | undefined, kind: "process" | "material" | "product"): Term[] =>
  (list ?? []).map((text) => ({ text, conceptId: mapTermScored(text, kind)?.id ?? null }));

export function supplierFromDirectory(s: DirSupplier, updatedAt: string | null = null): MatchSupplier {
  return {
    ref: s.ref,
    name: s.name,
    description: s.description ?? {},
    processes: terms(s.capabilities?.processes, "process"),
    materials: terms(s.capabilities?.materials, "material"),
    products: terms(s.capabilities?.products, "product"),
    certifications: (s.certifications ?? []).map((c) => ({
      standard: c.standard,
      conceptId: certificationId(c.standard),
      validUntil: c.validUntil ?? null,
    })),
    employees: s.employees ?? null,
    exportMarkets: s.exportMarkets ?? [],
    verified: false,
    updatedAt,
  };
}

export function requestFromDirectory(r: DirRequest, buyerCountry: string | null): MatchRequest {
  return {
    ref: r.ref,
    title: r.title,
    description: r.description ?? {},
    processes: terms(r.processes, "process"),
    materials: terms(r.materials, "material"),
    products: terms(r.products, "product"),
    requiredCertifications: (r.requiredCertifications ?? []).map((text) => ({
      text,
      conceptId: certificationId(text),
    })),
    annualVolume: r.annualVolume ?? null,
    buyerCountry,
  };
}

export function fromDirectory(d: DirectoryFile, updatedAt: string | null = null) {
  const country = new Map(d.buyers.map((b) => [b.ref, b.country ?? null]));
  return {
    suppliers: d.suppliers.map((s) => supplierFromDirectory(s, updatedAt)),
    requests: d.requests.map((r) => requestFromDirectory(r, country.get(r.buyer) ?? null)),
  };
}
