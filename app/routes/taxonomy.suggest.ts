import type { LoaderFunctionArgs } from "@remix-run/node";
import { apiHandler, apiJson } from "~/utils/api.server";
import { getLocale } from "~/utils/locale.server";
import { suggest, type ConceptKind } from "~/modules/taxonomy";

// Taxonomy labels for the term inputs of the profile and request forms, as JSON:
// GET /taxonomy/suggest?q=ep&kind=process. Public (the vocabulary is no secret); the forms
// accept any text, these are only suggestions.
const KINDS: ConceptKind[] = ["process", "material", "product", "certification"];

export const loader = apiHandler(async ({ request }: LoaderFunctionArgs) => {
  const url = new URL(request.url);
  const q = (url.searchParams.get("q") ?? "").trim().slice(0, 100);
  const kindParam = url.searchParams.get("kind");
  const kind = KINDS.find((k) => k === kindParam);
  const lang = getLocale(request);
  const suggestions = q
    ? suggest(q, { kind, lang, limit: 8 }).map((s) => ({ id: s.id, label: s.label, kind: s.kind }))
    : [];
  return apiJson(
    { suggestions },
    { headers: { "Cache-Control": "public, max-age=3600", Vary: "Accept-Language, Cookie" } },
  );
});
