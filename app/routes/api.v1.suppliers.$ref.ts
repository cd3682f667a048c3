import type { LoaderFunctionArgs } from "@remix-run/node";
import { apiError, apiJson, methodNotAllowed } from "~/utils/api.server";
import { apiRead } from "~/utils/api-read.server";
import { getDb } from "~/utils/services.server";
import { contractSupplier, getSupplier } from "~/services/directory.server";
import { contactAccess } from "~/utils/viewer.server";

/**
 * GET /api/v1/suppliers/REF: the supplier in cnht-directory/1 shape, exactly as export writes it;
 * `contact` only for organisers and verified buyers within their daily limit (session or Bearer
 * token; docs/decisions/091-contact-access.md), each such read recorded for the firm to see.
 * The body stays the contract's record; the header `Contact-Hidden` says why `contact` is absent
 * ("login", "notBuyer", "unverifiedEmail", "noOrg", "unapprovedOrg", "limit").
 */
export const loader = apiRead(
  async ({ request, params }: LoaderFunctionArgs) => {
    const ref = params.ref ?? "";
    const s = await getSupplier(getDb(), ref, { withContact: true });
    if (!s || s.status !== "active")
      return apiError(404, "not_found", `No supplier with ref "${ref.slice(0, 64)}".`);
    const access = await contactAccess(request, { id: s.id }, "api");
    // Anonymous readers all get the same record (no contact): cacheable, with an ETag (apiRead).
    // Anyone signed in may get the contact and the read is counted: never stored.
    const anonymous = !access.visible && access.reason === "login";
    const headers: Record<string, string> = { Vary: "Cookie, Authorization" };
    if (!anonymous) headers["Cache-Control"] = "private, no-store";
    if (!access.visible) headers["Contact-Hidden"] = access.reason;
    return apiJson(contractSupplier(access.visible ? s : { ...s, contact: undefined }), { headers });
  },
  { cache: "public" },
);

export const action = methodNotAllowed;
