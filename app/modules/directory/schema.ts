import { z } from "zod";
import { isCountryCode, websiteProblem } from "./web";
import { isIsoDate } from "./dates";

// cnht-directory/1 as zod, field for field with /work/shared/contract/directory.schema.json
// (CONTRACT.md §3). Where the JSON Schema leaves a string unbounded, LIMITS holds the bound the
// database enforces too (db/migrations/2026-11-23-01-directory.ts CHECKs), so a record that
// passes here never fails a CHECK there. Objects that the JSON Schema leaves open (supplier,
// buyer, request, location, contact, certification) accept unknown keys and drop them; text
// objects and the top level are closed, as in the JSON Schema.

export const FORMAT = "cnht-directory/1";

export const LIMITS = {
  text: 5000,
  terms: 50,
  term: 120,
  standard: { min: 2, max: 80 },
  certificateNo: 80,
  issuer: 200,
  scope: 1000,
  // not bounded by the JSON Schema: our own limits, mirrored in the migration's CHECKs
  website: 500,
  address: 500,
  place: 200, // commune, industrialZone, city
  contactName: 200,
  contactEmail: 320,
  contactPhone: 60,
} as const;

/**
 * The fields whose value is a key or an address: compared byte for byte with other records, the
 * tax authority's register or a mailbox. An invisible character in one is refused, naming it,
 * rather than dropped as in free text: a bidi override makes the key drawn differ from the key
 * read ("S-\u202e100" draws as "S-001"), so cleaning could attach the row to another record than
 * the one the organiser sees (decision 700). Every other string of a record is free text.
 */
export const KEY_FIELDS: ReadonlySet<string> = new Set([
  "format",
  "ref",
  "buyer",
  "taxCode",
  "email",
  "country",
  "exportMarkets",
  "validUntil",
  "targetDate",
]);

export const LANGS = ["vi", "en", "ja"] as const;
export type Lang = (typeof LANGS)[number];

const max = (n: number) => z.string().max(n, `must be at most ${n} characters`);

export const refSchema = z
  .string({ required_error: "is required", invalid_type_error: "must be a string" })
  .regex(/^[A-Za-z0-9_-]{1,64}$/, "must be 1 to 64 letters, digits, '-' or '_'");

export const textSchema = z
  .object({
    vi: max(LIMITS.text).optional(),
    en: max(LIMITS.text).optional(),
    ja: max(LIMITS.text).optional(),
  })
  .strict()
  .refine((t) => t.vi !== undefined || t.en !== undefined || t.ja !== undefined, {
    message: "needs at least one language (vi, en or ja)",
  });

/**
 * A name or a title: some language must hold visible text. A name of spaces, or of invisible
 * characters that the import drops (decision 700), is refused as a form refuses it (decision 640).
 */
const namedSchema = textSchema.refine(
  (t) => [t.vi, t.en, t.ja].some((v) => v !== undefined && v.trim() !== ""),
  {
    message: "must not be blank",
  },
);

export const termsSchema = z
  .array(z.string().min(1, "must not be empty").max(LIMITS.term, `must be at most ${LIMITS.term} characters`))
  .max(LIMITS.terms, `must have at most ${LIMITS.terms} terms`);

export const dateSchema = z.string().refine(isIsoDate, "must be a real calendar date written YYYY-MM-DD");

const countrySchema = z.string().superRefine((c, ctx) => {
  if (!/^[A-Z]{2}$/.test(c))
    ctx.addIssue({ code: "custom", message: "must be a two-letter country code in capitals (e.g. JP)" });
  else if (!isCountryCode(c))
    ctx.addIssue({ code: "custom", message: `${c} is not an ISO 3166-1 country code` });
});

export const contactSchema = z.object({
  name: max(LIMITS.contactName).optional(),
  email: z.string().max(LIMITS.contactEmail).email("must be an email address").optional(),
  phone: max(LIMITS.contactPhone).optional(),
});

export const certificationSchema = z.object({
  standard: z
    .string({ required_error: "is required" })
    .min(LIMITS.standard.min, `must be at least ${LIMITS.standard.min} characters`)
    .max(LIMITS.standard.max, `must be at most ${LIMITS.standard.max} characters`),
  validUntil: dateSchema.optional(),
  certificateNo: max(LIMITS.certificateNo).optional(),
  issuer: max(LIMITS.issuer).optional(),
  scope: max(LIMITS.scope).optional(),
});

export const locationSchema = z.object({
  address: max(LIMITS.address).optional(),
  commune: max(LIMITS.place).optional(),
  industrialZone: max(LIMITS.place).nullable().optional(),
  city: max(LIMITS.place).optional(),
});

export const capabilitiesSchema = z.object({
  processes: termsSchema.optional(),
  materials: termsSchema.optional(),
  products: termsSchema.optional(),
});

const int = (min: number, maxV?: number) => {
  let s = z
    .number({ invalid_type_error: "must be a number" })
    .int("must be a whole number")
    .min(min, `must be at least ${min}`);
  if (maxV !== undefined) s = s.max(maxV, `must be at most ${maxV}`);
  return s;
};

export const supplierSchema = z.object({
  ref: refSchema,
  name: namedSchema,
  taxCode: z
    .string()
    .regex(/^[0-9]{10}([0-9]{3})?$/, "must be 10 or 13 digits")
    .optional(),
  website: max(LIMITS.website)
    .superRefine((v, ctx) => {
      const p = websiteProblem(v);
      if (p) ctx.addIssue({ code: "custom", message: p });
    })
    .optional(),
  founded: int(1800, 2100).optional(),
  employees: int(1).optional(),
  location: locationSchema.optional(),
  description: textSchema.optional(),
  capabilities: capabilitiesSchema.optional(),
  certifications: z.array(certificationSchema).optional(),
  exportMarkets: z.array(countrySchema).optional(),
  contact: contactSchema.optional(),
});

export const buyerSchema = z.object({
  ref: refSchema,
  name: namedSchema,
  country: countrySchema.optional(),
  description: textSchema.optional(),
  contact: contactSchema.optional(),
});

export const requestSchema = z.object({
  ref: refSchema,
  buyer: refSchema,
  title: namedSchema,
  description: textSchema.optional(),
  processes: termsSchema.optional(),
  materials: termsSchema.optional(),
  products: termsSchema.optional(),
  requiredCertifications: termsSchema.optional(),
  annualVolume: int(1).optional(),
  targetDate: dateSchema.optional(),
});

/**
 * The envelope only: records are validated one by one (directory/validate.ts) so that one bad
 * record is reported and skipped instead of sinking the whole file.
 */
export const envelopeSchema = z
  .object({
    format: z.literal(FORMAT, { errorMap: () => ({ message: `must be "${FORMAT}"` }) }),
    suppliers: z.array(z.unknown(), {
      required_error: "is required",
      invalid_type_error: "must be an array",
    }),
    buyers: z.array(z.unknown(), { invalid_type_error: "must be an array" }).optional(),
    requests: z.array(z.unknown(), { invalid_type_error: "must be an array" }).optional(),
  })
  .strict();
