// Links of the public directory (/suppliers), built the same way on the server and in the browser.

/** The URL of this page with `set` applied (undefined removes a parameter); paging restarts. */
export function withParams(url: URL, set: Record<string, string | undefined>): string {
  const p = new URLSearchParams(url.search);
  p.delete("page");
  for (const [k, v] of Object.entries(set)) {
    if (v === undefined || v === "") p.delete(k);
    else p.set(k, v);
  }
  const s = p.toString();
  return s ? `/suppliers?${s}` : "/suppliers";
}

/** The URL of this page on page `n`, keeping the search and its filters. */
export function pageHref(search: string, n: number): string {
  const p = new URLSearchParams(search);
  if (n === 1) p.delete("page");
  else p.set("page", String(n));
  const s = p.toString();
  return s ? `/suppliers?${s}` : "/suppliers";
}
