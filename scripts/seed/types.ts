// The cnht-directory/1 shapes the generator produces (CONTRACT.md §3, contract/directory.schema.json).
// Written out here rather than imported so the seed keeps compiling while app/modules/directory
// evolves; tests/unit/seed checks the output against the module's zod schema.

export type Lang = "vi" | "en" | "ja";
export type LocalText = Partial<Record<Lang, string>>;

export interface DirectoryCertification {
  standard: string;
  validUntil?: string;
  certificateNo?: string;
  issuer?: string;
  scope?: string;
}

export interface DirectoryContact {
  name?: string;
  email?: string;
  phone?: string;
}

export interface DirectorySupplier {
  ref: string;
  name: LocalText;
  taxCode?: string;
  website?: string;
  founded?: number;
  employees?: number;
  location?: { address?: string; commune?: string; industrialZone?: string | null; city?: string };
  description?: LocalText;
  capabilities?: { processes?: string[]; materials?: string[]; products?: string[] };
  certifications?: DirectoryCertification[];
  exportMarkets?: string[];
  contact?: DirectoryContact;
}

export interface DirectoryBuyer {
  ref: string;
  name: LocalText;
  country?: string;
  description?: LocalText;
  contact?: DirectoryContact;
}

export interface DirectoryRequest {
  ref: string;
  buyer: string;
  title: LocalText;
  description?: LocalText;
  processes?: string[];
  materials?: string[];
  products?: string[];
  requiredCertifications?: string[];
  annualVolume?: number;
  targetDate?: string;
}

export interface DirectoryFile {
  format: "cnht-directory/1";
  suppliers: DirectorySupplier[];
  buyers?: DirectoryBuyer[];
  requests?: DirectoryRequest[];
}
