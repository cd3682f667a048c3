import type { LoaderFunctionArgs } from "@remix-run/node";
import { apiHandler, apiJson } from "~/utils/api.server";
import { getLocale } from "~/utils/locale.server";
import { suggestForDirectory } from "~/services/directory-search.server";

// Instant suggestions for the search box (components/search-box.tsx), as JSON. Capabilities from
// the taxonomy come first (they lead to a search), then firms whose names start that way.
export const loader = apiHandler(async ({ request }: LoaderFunctionArgs) => {
  const q = (new URL(request.url).searchParams.get("q") ?? "").trim().slice(0, 100);
  if (q.length < 2) return apiJson({ suggestions: [] });
  const suggestions = await suggestForDirectory(q, getLocale(request));
  return apiJson(
    { suggestions },
    { headers: { "Cache-Control": "private, max-age=60", Vary: "Cookie, Accept-Language" } },
  );
});
