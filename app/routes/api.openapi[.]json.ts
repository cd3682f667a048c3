import { apiJson, methodNotAllowed } from "~/utils/api.server";
import { apiRead } from "~/utils/api-read.server";
import { publicOrigin } from "~/utils/env.server";
import { openApiDocument } from "~/modules/api/openapi";

// GET /api/openapi.json: the API's OpenAPI 3.1 description, generated from the zod schemas
// (docs/decisions/170-openapi-from-zod.md). Built once per process: it changes only with the code.
let doc: ReturnType<typeof openApiDocument> | null = null;

export const loader = apiRead(
  () => {
    doc ??= openApiDocument({ version: "1", serverUrl: publicOrigin() });
    return apiJson(doc, { headers: { "Access-Control-Allow-Origin": "*" } });
  },
  { cache: "public" },
);

export const action = methodNotAllowed;
