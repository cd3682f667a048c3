import type { LoaderFunctionArgs } from "@remix-run/node";
import { apiError, apiJson, methodNotAllowed } from "~/utils/api.server";
import { apiRead, matchesReadArgs } from "~/utils/api-read.server";
import type { RequestMatches } from "~/modules/api/schemas";
import { isOrganiser } from "~/services/auth.server";
import { getLocale } from "~/utils/locale.server";
import { apiReasons, asOfParam, findRequest, matchesForRequest } from "~/services/matching.server";

// GET /api/v1/requests/REF/matches?limit=&asOf= — ranked suppliers for a sourcing request
// (CONTRACT.md §2). Visible to the request's buyer and to organisers.
export const loader = apiRead(
  async ({ request, params }: LoaderFunctionArgs) => {
    const { actor, url, limit } = await matchesReadArgs(request);
    const asOf = asOfParam(url);
    // As on the request's pages (decision 650): an account that is no buyer is refused before the
    // ref is looked at; another buyer's request answers like a ref that does not exist.
    if (!isOrganiser(actor) && actor.role !== "buyer")
      throw apiError(403, "forbidden", "Only the request's buyer and the organisers see its matches.");
    const req = await findRequest(params.ref ?? "");
    if (!req || (!isOrganiser(actor) && actor.orgId !== req.buyerOrgId))
      throw apiError(404, "not_found", `No sourcing request with ref ${params.ref}.`);
    const locale = getLocale(request);
    const matches = await matchesForRequest(req, { asOf, limit, withoutDismissed: true });
    const body: RequestMatches = {
      request: { ref: req.ref, status: req.status },
      matches: matches.map((m) => ({
        supplier: {
          ref: m.supplier.ref,
          name: { vi: m.supplier.name.vi ?? null, en: m.supplier.name.en ?? null },
        },
        score: m.score,
        reasons: apiReasons(m.result.reasons, locale),
      })),
    };
    return apiJson(body);
  },
  { cache: "private" },
);

export const action = methodNotAllowed;
