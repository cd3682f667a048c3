import { useClientNavigation } from "~/components/client-navigation";
import { useT } from "~/components/i18n";

/** Page numbers to show: the first, the last, and two either side of the current one. */
export function pageWindow(page: number, pages: number): (number | "gap")[] {
  const want = new Set([1, pages, page - 2, page - 1, page, page + 1, page + 2]);
  const list = [...want].filter((p) => p >= 1 && p <= pages).sort((a, b) => a - b);
  const out: (number | "gap")[] = [];
  for (const p of list) {
    const prev = out[out.length - 1];
    if (typeof prev === "number" && p - prev > 1) out.push("gap");
    out.push(p);
  }
  return out;
}

/** The link to another page of the same listing: the current filters kept, only the page changed. */
export function pageHref(params: URLSearchParams, page: number): string {
  const next = new URLSearchParams(params);
  next.set("page", String(page));
  return `?${next}`;
}

const item = "min-w-9 rounded-md px-3 py-1.5 text-sm text-center no-underline hover:no-underline";

/**
 * Plain links (no JS needed; one listener makes them navigate in place once hydrated, rather than
 * a `<Link>` each); hrefFor builds the shareable URL of each page.
 */
export function Pagination({
  page,
  pages,
  hrefFor,
  label,
}: {
  page: number;
  pages: number;
  hrefFor: (page: number) => string;
  label: string;
}) {
  const t = useT();
  const ref = useClientNavigation<HTMLElement>();
  if (pages <= 1) return null;
  return (
    <nav ref={ref} aria-label={label} className="mt-6 flex flex-wrap items-center justify-center gap-1">
      {page > 1 ? (
        <a
          href={hrefFor(page - 1)}
          rel="prev"
          className={`${item} border border-slate-300 bg-white text-slate-700 hover:bg-slate-50`}
        >
          ← {t("common.previous")}
        </a>
      ) : (
        <span className={`${item} border border-slate-200 text-slate-500`} aria-hidden="true">
          ← {t("common.previous")}
        </span>
      )}
      {pageWindow(page, pages).map((p, i) =>
        p === "gap" ? (
          <span key={`gap${i}`} className="px-1 text-slate-500" aria-hidden="true">
            …
          </span>
        ) : p === page ? (
          <span key={p} aria-current="page" className={`${item} bg-brand-600 font-semibold text-white`}>
            <span className="sr-only">{t("common.page", { page: p, pages })}</span>
            <span aria-hidden="true">{p}</span>
          </span>
        ) : (
          <a
            key={p}
            href={hrefFor(p)}
            className={`${item} text-slate-700 hover:bg-slate-100`}
            aria-label={t("common.page", { page: p, pages })}
          >
            {p}
          </a>
        ),
      )}
      {page < pages ? (
        <a
          href={hrefFor(page + 1)}
          rel="next"
          className={`${item} border border-slate-300 bg-white text-slate-700 hover:bg-slate-50`}
        >
          {t("common.next")} →
        </a>
      ) : (
        <span className={`${item} border border-slate-200 text-slate-500`} aria-hidden="true">
          {t("common.next")} →
        </span>
      )}
    </nav>
  );
}
