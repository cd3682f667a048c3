import type { LoaderFunctionArgs } from "@remix-run/node";
import { apiError, apiJson, intParam, methodNotAllowed } from "~/utils/api.server";
import { apiRead } from "~/utils/api-read.server";
import { linkHeader, readPage } from "~/modules/api/pagination";
import type { SupplierList } from "~/modules/api/schemas";
import { getDb } from "~/utils/services.server";
import { logger } from "~/utils/logger.server";
import { QueryError, parseDirectoryQuery, searchDirectory } from "~/services/directory-search.server";
import { supplierCardsByRefs } from "~/services/supplier-cards.server";
import { listedCertificates } from "~/modules/certificates/validity";
import { todayInHanoi } from "~/modules/clock";
import type { SearchResult } from "~/services/directory-search.server";

/**
 * GET /api/v1/suppliers (CONTRACT.md §2): public directory search. Filters take taxonomy ids or
 * plain words, comma-separated or repeated; a value that means nothing is a 400 naming it.
 * Pages by `page` (or `offset`) and `limit`, with an RFC 8288 `Link` header to the others.
 */
export const loader = apiRead(
  async ({ request }: LoaderFunctionArgs) => {
    const url = new URL(request.url);
    const limit = intParam(url, "limit", { def: 20, min: 1, max: 100 });
    const paging = readPage(url.searchParams, limit, 1_000_000);
    if (typeof paging === "string") return apiError(400, "invalid_parameter", paging);
    const { offset, page } = paging;
    let query;
    try {
      query = parseDirectoryQuery(url, true);
    } catch (e) {
      if (e instanceof QueryError) return apiError(400, "invalid_parameter", e.message);
      throw e;
    }
    let result: SearchResult;
    try {
      result = await searchDirectory(query, { limit, offset });
    } catch (e) {
      logger.error({ err: e, url: request.url }, "search engine failed");
      return apiError(503, "search_unavailable", "The search engine is not answering; try again shortly.", {
        "Retry-After": "10",
      });
    }
    const today = todayInHanoi(new Date());
    const cards = new Map(
      (
        await supplierCardsByRefs(
          getDb(),
          result.hits.map((h) => h.ref),
        )
      ).map((c) => [c.ref, c]),
    );
    const hits = result.hits.flatMap((h) => {
      const c = cards.get(h.ref);
      // A hit the database no longer has as an active supplier (index catching up) is left out.
      if (!c) return [];
      return [
        {
          ref: h.ref,
          name: Object.fromEntries(Object.entries(c.name).filter(([, v]) => v)),
          ...(h.highlights ? { highlights: h.highlights } : {}),
          score: h.score,
          sector: c.sector,
          industrialZone: c.industrialZone,
          commune: c.commune,
          verified: c.verified,
          // Expired ones are left out; an undated one keeps validUntil null ("validity unknown",
          // docs/decisions/160-certificate-validity.md) and never counts in the facets.
          certifications: listedCertificates(c.certifications, today).map((x) => ({
            standard: x.standard,
            validUntil: x.validUntil,
          })),
        },
      ];
    });
    const body: SupplierList = {
      hits,
      total: result.total,
      limit,
      offset,
      page,
      facets: result.facets,
      ...(result.didYouMean ? { didYouMean: result.didYouMean } : {}),
    };
    return apiJson(body, { headers: { Link: linkHeader(url, paging, result.total) } });
  },
  { cache: "public" },
);

export const action = methodNotAllowed;
