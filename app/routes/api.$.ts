import { apiError } from "~/utils/api.server";

// Unknown API paths and methods answer in the API's JSON error shape, not with the HTML 404 page.
function notFound({ request }: { request: Request }) {
  const path = new URL(request.url).pathname;
  return apiError(404, "not_found", `No API endpoint at ${request.method} ${path}.`);
}

export const loader = notFound;
export const action = notFound;
