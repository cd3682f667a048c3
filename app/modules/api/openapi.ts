import { OpenAPIRegistry, OpenApiGeneratorV31 } from "@asteasolutions/zod-to-openapi";
import { z } from "./zod";
import {
  Agenda,
  ErrorBody,
  RequestMatches,
  Schedule,
  Supplier,
  SupplierList,
  SupplierMatches,
} from "./schemas";

// The OpenAPI 3.1 description of the JSON API, generated from the zod schemas the routes type
// their answers with (docs/decisions/170-openapi-from-zod.md). Served at /api/openapi.json and
// shown at /api/docs. A path added to app/routes/api.v1.* is added here too; the test
// tests/integration/http/api-conventions.test.ts calls every path listed here.

const errors = (...statuses: number[]) =>
  Object.fromEntries(
    statuses.map((s) => [
      String(s),
      {
        description: ERROR_TEXT[s] ?? "Error",
        content: { "application/json": { schema: ErrorBody } },
        ...(s === 401
          ? {
              headers: {
                "WWW-Authenticate": {
                  schema: { type: "string" as const },
                  description: "Bearer challenge (RFC 6750)",
                },
              },
            }
          : {}),
        ...(s === 405
          ? { headers: { Allow: { schema: { type: "string" as const }, description: "GET, HEAD" } } }
          : {}),
      },
    ]),
  );

const ERROR_TEXT: Record<number, string> = {
  400: "A parameter is invalid; the message names it.",
  401: "Not signed in, or the Bearer token is unknown, revoked, expired or suspended.",
  403: "Signed in, but not allowed to read this.",
  404: "No such record.",
  405: "Read-only endpoint: only GET and HEAD.",
  503: "The search engine is not answering; see Retry-After.",
};

const json = (schema: z.ZodTypeAny, description: string, headers?: Record<string, string>) => ({
  description,
  content: { "application/json": { schema } },
  ...(headers
    ? {
        headers: Object.fromEntries(
          Object.entries(headers).map(([k, d]) => [
            k,
            { schema: { type: "string" as const }, description: d },
          ]),
        ),
      }
    : {}),
});

const limit = (def: number) =>
  z.coerce
    .number()
    .int()
    .min(1)
    .max(100)
    .optional()
    .openapi({ description: `Default ${def}.` });
const term = (what: string) =>
  z
    .string()
    .optional()
    .openapi({ description: `${what}: taxonomy ids or plain words, comma-separated or repeated.` });
const asOf = z
  .string()
  .optional()
  .openapi({ description: "YYYY-MM-DD: judge certificates as of this date (default today in Hanoi)." });

export function openApiDocument(opts: { serverUrl?: string; version: string }) {
  const registry = new OpenAPIRegistry();
  const bearer = registry.registerComponent("securitySchemes", "bearer", {
    type: "http",
    scheme: "bearer",
    description: "An API token from an organiser (/admin/tokens). A signed-in session cookie works too.",
  });
  for (const [name, schema] of Object.entries({
    Error: ErrorBody,
    SupplierList,
    Supplier,
    RequestMatches,
    SupplierMatches,
    Schedule,
    Agenda,
  }))
    registry.register(name, schema);
  const secured = [{ [bearer.name]: [] }];
  const publicRead = [{}, { [bearer.name]: [] }];
  const publicHeaders = {
    ETag: "Weak validator of the body; send it back in If-None-Match for a 304.",
    "Cache-Control": "public, max-age=60 (private, no-store when asked with a token or session)",
  };

  registry.registerPath({
    method: "get",
    path: "/api/v1/suppliers",
    summary: "Search the directory",
    description:
      "Public. Free text in Vietnamese (with or without diacritics), English or Japanese, with filters. Pages by `page` (or `offset`) and `limit`; the `Link` header (RFC 8288) names the first, previous, next and last pages.",
    security: publicRead,
    request: {
      query: z.object({
        q: z.string().optional().openapi({ example: "ep nhua" }),
        page: z.coerce
          .number()
          .int()
          .min(1)
          .optional()
          .openapi({ description: "1-based page; wins over offset." }),
        limit: limit(20),
        offset: z.coerce.number().int().min(0).optional(),
        process: term("Processes"),
        material: term("Materials"),
        certification: term("Certifications"),
        sector: z.string().optional(),
        zone: z.string().optional(),
      }),
    },
    responses: {
      200: json(SupplierList, "A page of hits.", {
        ...publicHeaders,
        Link: 'RFC 8288 links, rel="first" "prev" "next" "last".',
      }),
      304: { description: "Not modified (If-None-Match matched the ETag)." },
      ...errors(400, 401, 405, 503),
    },
  });

  registry.registerPath({
    method: "get",
    path: "/api/v1/suppliers/{ref}",
    summary: "One supplier",
    description: "Public; `contact` only for organisers and verified buyers within their daily limit.",
    security: publicRead,
    request: { params: z.object({ ref: z.string().openapi({ example: "SUP-0001" }) }) },
    responses: {
      200: json(Supplier, "The supplier.", {
        ...publicHeaders,
        "Contact-Hidden": "Why `contact` is absent.",
      }),
      304: { description: "Not modified." },
      ...errors(401, 404, 405),
    },
  });

  registry.registerPath({
    method: "get",
    path: "/api/v1/requests/{ref}/matches",
    summary: "Ranked suppliers for a sourcing request",
    description:
      "The request's buyer and organisers. A supplier lacking a required certificate valid on asOf is never listed.",
    security: secured,
    request: { params: z.object({ ref: z.string() }), query: z.object({ limit: limit(10), asOf }) },
    responses: { 200: json(RequestMatches, "The matches, best first."), ...errors(400, 401, 403, 404, 405) },
  });

  registry.registerPath({
    method: "get",
    path: "/api/v1/suppliers/{ref}/matches",
    summary: "Open sourcing requests that fit a supplier",
    description: "The supplier's members and organisers.",
    security: secured,
    request: { params: z.object({ ref: z.string() }), query: z.object({ limit: limit(10), asOf }) },
    responses: {
      200: json(SupplierMatches, "The requests, best first."),
      ...errors(400, 401, 403, 404, 405),
    },
  });

  registry.registerPath({
    method: "get",
    path: "/api/v1/events/{id}/schedule",
    summary: "An event's published meeting schedule",
    description: "Organisers only, in cnht-schedule-result/1 form.",
    security: secured,
    request: { params: z.object({ id: z.coerce.number().int().min(1) }) },
    responses: { 200: json(Schedule, "The latest published schedule."), ...errors(401, 403, 404, 405) },
  });

  registry.registerPath({
    method: "get",
    path: "/api/v1/me/agenda",
    summary: "The caller's meetings",
    description: "The meetings of the caller's organisation in every published schedule, soonest first.",
    security: secured,
    responses: { 200: json(Agenda, "The agenda."), ...errors(401, 405) },
  });

  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: {
      title: "CNHT Hà Nội portal API",
      version: opts.version,
      description:
        "Read-only JSON API of the Hanoi supporting-industry portal (CONTRACT.md §2). Errors are `{ error: { code, message } }`; other methods than GET/HEAD get 405 with `Allow`.",
      license: { name: "CC BY 4.0", identifier: "CC-BY-4.0" },
    },
    servers: opts.serverUrl ? [{ url: opts.serverUrl }] : [],
  });
}
