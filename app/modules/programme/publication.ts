import { isCertificateValid } from "../certificates/validity";
import { hanoiDate, type KpiFigures } from "./kpi";

// The annual CNHT publication as data (format cnht-publication/1, documented in
// docs/publication.md): the year's figures and the public directory fields. Pure: the service
// passes the rows, the date and the figures in. A frozen edition is this object stored as JSON.

export const PUBLICATION_FORMAT = "cnht-publication/1";
export const LICENCE =
  'Creative Commons Attribution 4.0 International (CC BY 4.0): reuse freely, citing "CNHT Hà Nội portal" and the edition\'s year.';

export interface PublicFirm {
  ref: string;
  nameVi: string | null;
  nameEn: string | null;
  sector: string | null;
  city: string | null;
  industrialZone: string | null;
  website: string | null;
  founded: number | null;
  employees: number | null;
  /** Certificates valid on the edition's date: "standard (valid until YYYY-MM-DD)". */
  certificates: { standard: string; validUntil: string | null }[];
}

export interface Publication {
  format: typeof PUBLICATION_FORMAT;
  year: number;
  asOf: string;
  frozenAt: string | null;
  licence: string;
  figures: KpiFigures;
  directory: PublicFirm[];
}

export function buildPublication(input: {
  year: number;
  asOf: string;
  figures: KpiFigures;
  firms: {
    id: number;
    ref: string;
    nameVi: string | null;
    nameEn: string | null;
    website: string | null;
    createdAt: string;
    sector: string | null;
    city: string | null;
    industrialZone: string | null;
    founded: number | null;
    employees: number | null;
  }[];
  certs: { orgId: number; standard: string; validUntil: string | null }[];
  frozenAt?: string | null;
}): Publication {
  const certsOf = new Map<number, PublicFirm["certificates"]>();
  for (const c of input.certs) {
    if (!isCertificateValid(c.validUntil, input.asOf)) continue;
    if (!certsOf.has(c.orgId)) certsOf.set(c.orgId, []);
    certsOf.get(c.orgId)!.push({ standard: c.standard, validUntil: c.validUntil });
  }
  return {
    format: PUBLICATION_FORMAT,
    year: input.year,
    asOf: input.asOf,
    frozenAt: input.frozenAt ?? null,
    licence: LICENCE,
    figures: input.figures,
    directory: input.firms
      // The same rule as the "firms" figure, so the directory lists exactly the firms counted.
      .filter((f) => hanoiDate(f.createdAt) <= input.asOf)
      .map((f) => ({
        ref: f.ref,
        nameVi: f.nameVi,
        nameEn: f.nameEn,
        sector: f.sector,
        city: f.city,
        industrialZone: f.industrialZone,
        website: f.website,
        founded: f.founded,
        employees: f.employees,
        certificates: certsOf.get(f.id) ?? [],
      })),
  };
}

export const DIRECTORY_COLUMNS = [
  "ref",
  "nameVi",
  "nameEn",
  "sector",
  "city",
  "industrialZone",
  "website",
  "founded",
  "employees",
  "certificates",
] as const;

export function directoryRows(p: Publication): (string | number | null)[][] {
  return p.directory.map((f) =>
    DIRECTORY_COLUMNS.map((c) =>
      c === "certificates"
        ? f.certificates
            .map((x) => (x.validUntil ? `${x.standard} (${x.validUntil})` : x.standard))
            .join("; ")
        : f[c],
    ),
  );
}

/** The figures as (figure, key, value) rows: one table for CSV and the spreadsheet. */
export function figureRows(p: Publication): [string, string, number][] {
  const f = p.figures;
  const rows: [string, string, number][] = [
    ["firms", "", f.firms],
    ["certified", "", f.certified],
    ["mncSuppliers", "", f.mncSuppliers],
    ["meetings", "", f.meetings],
    ["outcomes", "", f.outcomes],
  ];
  for (const [k, v] of Object.entries(f.firmsBySector)) rows.push(["firmsBySector", k, v]);
  for (const [k, v] of Object.entries(f.sectorShares)) rows.push(["sectorSharePercent", k, v]);
  for (const [k, v] of Object.entries(f.certifiedByStandard)) rows.push(["certifiedByStandard", k, v]);
  for (const [k, v] of Object.entries(f.outcomesByKind)) rows.push(["outcomesByKind", k, v]);
  return rows;
}

/** RFC 4180 CSV with a BOM so spreadsheet programs read Vietnamese correctly. */
export function toCsv(header: readonly string[], rows: (string | number | null)[][]): string {
  const cell = (v: string | number | null) => {
    const s = v == null ? "" : String(v);
    // A leading =, +, - or @ would be run as a formula by spreadsheet programs.
    const safe = /^[=+\-@]/.test(s) && typeof v === "string" ? `'${s}` : s;
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return "\uFEFF" + [header, ...rows].map((r) => r.map(cell).join(",")).join("\r\n") + "\r\n";
}
