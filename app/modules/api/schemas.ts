import { z } from "./zod";
import { supplierSchema } from "~/modules/directory/schema";

// The JSON API's answers as zod schemas: the one description of each body. The routes type their
// bodies with these (so tsc fails when a route and its schema part), and the OpenAPI document
// at /api/openapi.json is generated from them (./openapi.ts); docs/decisions/170-openapi-from-zod.md.

export const ErrorBody = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: "not_found" }),
      message: z.string().openapi({ example: 'No supplier with ref "SUP-9999".' }),
    }),
  })
  .openapi("Error", { description: "Every error, whatever its status (CONTRACT.md §2)." });

const Names = z
  .object({
    vi: z.string().nullable().optional(),
    en: z.string().nullable().optional(),
    ja: z.string().nullable().optional(),
  })
  .openapi("Names", { description: "A text in each language the portal holds it in." });

export const SupplierHit = z
  .object({
    ref: z.string().openapi({ example: "SUP-0001" }),
    name: Names,
    highlights: z
      .object({
        name: z.string().optional(),
        description: z.string().optional(),
        capabilities: z.string().optional(),
      })
      .optional()
      .openapi({ description: "Matched words wrapped in <mark>, the rest escaped." }),
    score: z.number(),
    sector: z.string().nullable(),
    industrialZone: z.string().nullable(),
    commune: z.string().nullable(),
    verified: z.boolean(),
    certifications: z
      .array(z.object({ standard: z.string(), validUntil: z.string().nullable() }))
      .openapi({ description: "Certificates not expired today; validUntil null when undated." }),
  })
  .openapi("SupplierHit");

export const SupplierList = z
  .object({
    hits: z.array(SupplierHit),
    total: z.number().int().openapi({ description: "Hits in all pages." }),
    limit: z.number().int(),
    offset: z.number().int(),
    page: z.number().int().openapi({ description: "1-based; the Link header names the others." }),
    facets: z.record(z.record(z.number().int())).openapi({
      description: "For each filter, how many hits each value has.",
      example: { process: { "process.injection-moulding": 12 } },
    }),
    didYouMean: z.string().optional(),
  })
  .openapi("SupplierList");
export type SupplierList = z.infer<typeof SupplierList>;

export const Supplier = supplierSchema.openapi("Supplier", {
  description:
    "A supplier in cnht-directory/1 form (contract/directory.schema.json). `contact` only for organisers and verified buyers; the Contact-Hidden header says why it is absent.",
});

const Reason = z
  .object({
    kind: z.enum([
      "certification",
      "process",
      "material",
      "product",
      "capacity",
      "export",
      "verified",
      "freshness",
    ]),
    text: z.string().openapi({ description: "In the caller's language." }),
    met: z.union([z.boolean(), z.literal("unknown")]),
    textVi: z.string(),
    textEn: z.string(),
    // Added for Japanese buyers; `text` already follows the caller's language (ja → en → vi).
    textJa: z.string(),
  })
  .openapi("Reason");

export const RequestMatches = z
  .object({
    request: z.object({ ref: z.string(), status: z.string() }),
    matches: z.array(
      z.object({
        supplier: z.object({ ref: z.string(), name: Names }),
        score: z.number().min(0).max(1),
        reasons: z.array(Reason),
      }),
    ),
  })
  .openapi("RequestMatches");
export type RequestMatches = z.infer<typeof RequestMatches>;

export const SupplierMatches = z
  .object({
    supplier: z.object({ ref: z.string() }),
    matches: z.array(
      z.object({
        request: z.object({ ref: z.string(), title: z.string() }),
        score: z.number().min(0).max(1),
        reasons: z.array(Reason),
      }),
    ),
  })
  .openapi("SupplierMatches");
export type SupplierMatches = z.infer<typeof SupplierMatches>;

const EventName = z.object({ vi: z.string().nullable(), en: z.string().nullable() });

export const Schedule = z
  .object({
    format: z.literal("cnht-schedule-result/1"),
    event: z.object({
      id: z.number().int(),
      name: EventName,
      version: z.number().int(),
      publishedAt: z.string(),
    }),
    assignments: z.array(z.object({ meeting: z.string(), slot: z.string(), table: z.string() })),
    unscheduled: z.array(z.object({ meeting: z.string(), reason: z.string() })),
    slots: z.array(z.object({ id: z.string(), start: z.string(), minutes: z.number().int() })),
    tables: z.array(z.object({ id: z.string(), name: z.string() })),
    participants: z.array(z.object({ id: z.string(), kind: z.enum(["supplier", "buyer"]), name: EventName })),
    meetings: z.array(
      z.object({ id: z.string(), a: z.string(), b: z.string(), weight: z.number(), source: z.string() }),
    ),
  })
  .openapi("Schedule");
export type Schedule = z.infer<typeof Schedule>;

export const Agenda = z
  .object({
    organisation: z.string().nullable(),
    events: z.array(
      z.object({
        id: z.number().int(),
        name: EventName,
        version: z.number().int(),
        meetings: z.array(
          z.object({
            meeting: z.string(),
            slot: z.string(),
            start: z.string(),
            minutes: z.number().int(),
            table: z.string(),
            tableName: z.string(),
            with: z.object({ ref: z.string(), kind: z.enum(["supplier", "buyer"]), name: EventName }),
          }),
        ),
      }),
    ),
  })
  .openapi("Agenda");
export type Agenda = z.infer<typeof Agenda>;
