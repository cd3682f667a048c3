import type { z } from "zod";
import type {
  buyerSchema,
  certificationSchema,
  contactSchema,
  requestSchema,
  supplierSchema,
  textSchema,
  Lang,
} from "./schema";

/** The records of cnht-directory/1 exactly as the contract defines them. */
export type DirectoryText = z.infer<typeof textSchema>;
export type DirectoryContact = z.infer<typeof contactSchema>;
export type DirectoryCertification = z.infer<typeof certificationSchema>;
export type DirectorySupplier = z.infer<typeof supplierSchema>;
export type DirectoryBuyer = z.infer<typeof buyerSchema>;
export type DirectoryRequest = z.infer<typeof requestSchema>;

export interface DirectoryFile {
  format: "cnht-directory/1";
  suppliers: DirectorySupplier[];
  buyers: DirectoryBuyer[];
  requests: DirectoryRequest[];
}

export type TermKind = "process" | "material" | "product";
export type RequestTermKind = TermKind | "certification";

/** A capability term as stored: the firm's own words, their language, and the concept they map to. */
export interface TermView {
  kind: TermKind;
  text: string;
  lang: Lang | null;
  conceptId: string | null;
}

export interface CertificationView extends DirectoryCertification {
  conceptId: string | null;
  /** Uploaded certificate file, when the supplier attached one through the portal. */
  filePath: string | null;
}

/**
 * A supplier as pages and the API read it: the cnht-directory/1 record (contact only when asked
 * for) plus what the portal knows beyond the exchange format. `contractSupplier()` strips the
 * extras again.
 */
export interface SupplierView extends Omit<DirectorySupplier, "certifications"> {
  id: number;
  status: "active" | "suspended";
  verifiedAt: string | null;
  sector: string | null;
  createdAt: string;
  updatedAt: string;
  /** Every capability term in file order, processes then materials then products. */
  terms: TermView[];
  certifications: CertificationView[];
}

export interface BuyerView extends DirectoryBuyer {
  id: number;
  status: "active" | "suspended";
  createdAt: string;
  updatedAt: string;
}

export interface RequestTermView {
  kind: RequestTermKind;
  text: string;
  conceptId: string | null;
}

export interface RequestView extends DirectoryRequest {
  id: number;
  buyerOrgId: number;
  buyerName: DirectoryText;
  /** The buyer's country (ISO code) from its profile; matching prefers firms exporting there. */
  buyerCountry: string | null;
  status: "open" | "closed";
  visibility: "public" | "organisers";
  createdAt: string;
  updatedAt: string;
  terms: RequestTermView[];
}
