import type { LoaderFunctionArgs } from "@remix-run/node";
import { apiError, apiHandler, apiJson } from "~/api.server";
import { getDb } from "~/services.server";
import { contractSupplier, getSupplier } from "~/directory.server";
import { maySeeContacts } from "~/viewer.server";

/**
 * GET /api/v1/suppliers/REF: the supplier in cnht-directory/1 shape, exactly as export writes it;
 * `contact` only for logged-in buyers and organisers (session or Bearer token).
 */
export const loader = apiHandler(async ({ request, params }: LoaderFunctionArgs) => {
  const ref = params.ref ?? "";
  const s = await getSupplier(getDb(), ref, { withContact: await maySeeContacts(request) });
  if (!s || s.status !== "active")
    return apiError(404, "not_found", `No supplier with ref "${ref.slice(0, 64)}".`);
  return apiJson(contractSupplier(s), { headers: { Vary: "Cookie, Authorization" } });
});
