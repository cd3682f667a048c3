import { z } from "zod";
import { LIMITS } from "../directory/schema";
import { taxCode } from "../auth/schemas";
import type { DirectorySupplier, SupplierView } from "../directory/types";
import {
  countryList,
  date,
  email,
  int,
  MSG,
  pastYear,
  requiredText,
  splitTerms,
  termLines,
  text,
  website,
} from "./fields";

// The supplier's profile form (/my/profile): one schema for the browser (conform) and the
// server. Every field of the public profile, in Vietnamese and English; the Japanese name and
// description a record may carry from the city's list are kept as they are.

/** A File from the form, or absent. Sizes and types are checked on the server from the bytes. */
const upload = z
  .custom<File>((v) => typeof v === "object" && v !== null && "arrayBuffer" in v && "size" in v)
  .optional();

export const MAX_CERTIFICATIONS = 30;
export const EQUIPMENT_MAX = 5000;
export const CAPACITY_MAX = 5000;

export const certificationFields = z.object({
  standard: z
    .string({ required_error: MSG.required })
    .trim()
    .min(LIMITS.standard.min, MSG.standard)
    .max(LIMITS.standard.max, MSG.standard),
  certificateNo: text(LIMITS.certificateNo),
  issuer: text(LIMITS.issuer),
  scope: text(LIMITS.scope),
  validUntil: date,
  file: upload,
  /** The stored file this row had when the form was drawn (checked against the firm's own files). */
  keepFile: z.string().max(64).optional(),
  removeFile: z.literal("on").optional(),
});

export const supplierProfileSchema = z.object({
  nameVi: requiredText(LIMITS.text),
  nameEn: text(LIMITS.text),
  descriptionVi: text(LIMITS.text),
  descriptionEn: text(LIMITS.text),
  taxCode,
  website,
  // A firm cannot be founded in the future. (Imports keep cnht-directory/1's 2100 bound.)
  founded: pastYear(1800),
  employees: int(1, 10_000_000),
  address: text(LIMITS.address),
  commune: text(LIMITS.place),
  industrialZone: text(LIMITS.place),
  city: text(LIMITS.place),
  exportMarkets: countryList,
  contactName: text(LIMITS.contactName),
  contactEmail: email,
  contactPhone: text(LIMITS.contactPhone),
  processes: termLines,
  materials: termLines,
  products: termLines,
  equipment: text(EQUIPMENT_MAX),
  capacityNotes: text(CAPACITY_MAX),
  certifications: z
    .array(certificationFields)
    .max(MAX_CERTIFICATIONS, MSG.max(MAX_CERTIFICATIONS))
    .optional(),
  logo: upload,
  removeLogo: z.literal("on").optional(),
});

export type SupplierProfileForm = z.infer<typeof supplierProfileSchema>;

/** What the form saves beyond the cnht-directory/1 record. */
export interface SupplierExtras {
  equipment: string | null;
  capacityNotes: string | null;
}

/**
 * The cnht-directory/1 record the form describes, so that the importer's own write path
 * (mapping to the taxonomy, sector, hash) saves it. `previous` supplies what the form does not
 * show (Japanese texts) so an edit never drops it.
 */
export function supplierRecordFromForm(
  v: SupplierProfileForm,
  ref: string,
  previous: Pick<DirectorySupplier, "name" | "description"> | null,
): DirectorySupplier {
  const location =
    v.address || v.commune || v.industrialZone || v.city
      ? { address: v.address, commune: v.commune, industrialZone: v.industrialZone ?? null, city: v.city }
      : undefined;
  const description = { vi: v.descriptionVi, en: v.descriptionEn, ja: previous?.description?.ja };
  const contact = { name: v.contactName, email: v.contactEmail, phone: v.contactPhone };
  return {
    ref,
    name: { vi: v.nameVi, en: v.nameEn, ja: previous?.name.ja },
    taxCode: v.taxCode,
    website: v.website,
    founded: v.founded,
    employees: v.employees,
    location,
    description: description.vi || description.en || description.ja ? description : undefined,
    capabilities: { processes: v.processes, materials: v.materials, products: v.products },
    certifications: (v.certifications ?? []).map((c) => ({
      standard: c.standard,
      validUntil: c.validUntil,
      certificateNo: c.certificateNo,
      issuer: c.issuer,
      scope: c.scope,
    })),
    exportMarkets: v.exportMarkets,
    contact: contact.name || contact.email || contact.phone ? contact : undefined,
  };
}

/** The form's starting values from the stored profile. */
export function supplierFormDefaults(
  s: SupplierView,
  extras: SupplierExtras & { certificateFiles: (string | null)[] },
) {
  return {
    nameVi: s.name.vi ?? "",
    nameEn: s.name.en ?? "",
    descriptionVi: s.description?.vi ?? "",
    descriptionEn: s.description?.en ?? "",
    taxCode: s.taxCode ?? "",
    website: s.website ?? "",
    founded: s.founded?.toString() ?? "",
    employees: s.employees?.toString() ?? "",
    address: s.location?.address ?? "",
    commune: s.location?.commune ?? "",
    industrialZone: s.location?.industrialZone ?? "",
    city: s.location?.city ?? "",
    exportMarkets: (s.exportMarkets ?? []).join(", "),
    contactName: s.contact?.name ?? "",
    contactEmail: s.contact?.email ?? "",
    contactPhone: s.contact?.phone ?? "",
    processes: (s.capabilities?.processes ?? []).join("\n"),
    materials: (s.capabilities?.materials ?? []).join("\n"),
    products: (s.capabilities?.products ?? []).join("\n"),
    equipment: extras.equipment ?? "",
    capacityNotes: extras.capacityNotes ?? "",
    certifications: s.certifications.map((c, i) => ({
      standard: c.standard,
      certificateNo: c.certificateNo ?? "",
      issuer: c.issuer ?? "",
      scope: c.scope ?? "",
      validUntil: c.validUntil ?? "",
      keepFile: extras.certificateFiles[i] ?? "",
    })),
  };
}

export { splitTerms };
