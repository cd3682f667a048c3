// Pagination of the JSON API's lists: `page` (1-based) with `limit`, or the older `offset`, and
// an RFC 8288 `Link` header with the first, previous, next and last pages. The links are
// relative references (resolved against the request's URL) so that they are right behind any
// proxy, and they keep every other query parameter as the caller sent it.

export interface Page {
  limit: number;
  offset: number;
  /** 1-based; an offset that is not a multiple of limit lands on the page that holds it. */
  page: number;
}

/**
 * `page` wins over `offset` when both are sent, which is what a client following our `Link`
 * header does after starting from an offset. Throws a message for a bad value (the route turns
 * it into a 400).
 */
export function readPage(params: URLSearchParams, limit: number, maxOffset: number): Page | string {
  const raw = params.get("page");
  if (raw !== null && raw !== "") {
    const page = Number(raw);
    const maxPage = Math.floor(maxOffset / limit) + 1;
    if (!Number.isInteger(page) || page < 1 || page > maxPage)
      return `page must be an integer from 1 to ${maxPage}`;
    return { limit, offset: (page - 1) * limit, page };
  }
  const rawOffset = params.get("offset");
  const offset = rawOffset === null || rawOffset === "" ? 0 : Number(rawOffset);
  if (!Number.isInteger(offset) || offset < 0 || offset > maxOffset)
    return `offset must be an integer from 0 to ${maxOffset}`;
  return { limit, offset, page: Math.floor(offset / limit) + 1 };
}

export function lastPage(total: number, limit: number): number {
  return Math.max(1, Math.ceil(total / limit));
}

/** The `Link` header value for a page of `total` items at `url` (its path and query). */
export function linkHeader(url: URL, p: Page, total: number): string {
  const last = lastPage(total, p.limit);
  const href = (page: number) => {
    const q = new URLSearchParams(url.search);
    q.delete("offset");
    q.set("page", String(page));
    q.set("limit", String(p.limit));
    return `<${url.pathname}?${q}>`;
  };
  const links = [`${href(1)}; rel="first"`];
  if (p.page > 1) links.push(`${href(Math.min(p.page - 1, last))}; rel="prev"`);
  if (p.page < last) links.push(`${href(p.page + 1)}; rel="next"`);
  links.push(`${href(last)}; rel="last"`);
  return links.join(", ");
}
