import type { LoaderFunctionArgs } from "@remix-run/node";
import { apiError, apiJson, methodNotAllowed } from "~/utils/api.server";
import { apiRead, matchesReadArgs } from "~/utils/api-read.server";
import type { SupplierMatches } from "~/modules/api/schemas";
import { isOrganiser } from "~/services/auth.server";
import { getLocale } from "~/utils/locale.server";
import { apiReasons, asOfParam, findSupplier, matchesForSupplier } from "~/services/matching.server";

// GET /api/v1/suppliers/REF/matches?limit=&asOf= — open sourcing requests that fit a supplier
// (CONTRACT.md §2). Visible to the supplier's members and to organisers; requests the buyer
// showed to organisers only stay hidden from the supplier.
export const loader = apiRead(
  async ({ request, params }: LoaderFunctionArgs) => {
    const { actor, url, limit } = await matchesReadArgs(request);
    const asOf = asOfParam(url);
    const supplier = await findSupplier(params.ref ?? "");
    if (!supplier) throw apiError(404, "not_found", `No supplier with ref ${params.ref}.`);
    const organiser = isOrganiser(actor);
    if (!organiser && actor.orgId !== supplier.orgId)
      throw apiError(403, "forbidden", "Only the supplier's members and the organisers see its matches.");
    const locale = getLocale(request);
    const matches = await matchesForSupplier(supplier, { asOf, limit, includeRestricted: organiser });
    const body: SupplierMatches = {
      supplier: { ref: supplier.ref },
      matches: matches.map((m) => ({
        request: {
          ref: m.request.ref,
          title:
            m.request.title[locale] ?? m.request.title.en ?? m.request.title.vi ?? m.request.title.ja ?? "",
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
