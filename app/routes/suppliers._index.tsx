import { redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { ExportLinks } from "~/components/export-links";
import { getDb } from "~/utils/services.server";
import { getTranslator } from "~/utils/locale.server";
import { logger } from "~/utils/logger.server";
import {
  cardHighlights,
  listSupplierCards,
  supplierCardsByRefs,
  toCardView,
  zoneDisplayNames,
  conceptLabel,
  sectorLabel,
} from "~/services/supplier-cards.server";
import {
  FACETS,
  directoryFacets,
  needsEngine,
  parseDirectoryQuery,
  searchDirectory,
  type DirectoryQuery,
} from "~/services/directory-search.server";
import { SECTORS } from "~/modules/taxonomy";
import { SORTS, type SearchHit } from "~/services/directory-search.server";
import { fold } from "~/modules/text/analyser";
import type { Locale, Translate } from "~/modules/i18n";
import { useLocale, useT } from "~/components/i18n";
import { pageMeta } from "~/components/meta";
import { PageHeader } from "~/components/page-header";
import { SearchBox } from "~/components/search-box";
import { SupplierCard } from "~/components/supplier-card";
import { ShortlistForm } from "~/components/engage/next-steps";
import { getActor } from "~/services/auth.server";
import { shortlistsForCards } from "~/services/engagement.server";
import { FACET_TOP, Facets, type FacetGroupView } from "~/components/facets";
import { Pagination } from "~/components/ui/pagination";
import { Field, Select } from "~/components/ui/field";
import { Button, buttonClass } from "~/components/ui/button";
import { formatNumber } from "~/components/format";
import { todayInHanoi } from "~/modules/clock";

const PAGE_SIZE = 20;

/** The URL of this page with `set` applied (undefined removes a parameter); paging restarts. */
function withParams(url: URL, set: Record<string, string | undefined>): string {
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
function pageHref(search: string, n: number): string {
  const p = new URLSearchParams(search);
  if (n === 1) p.delete("page");
  else p.set("page", String(n));
  const s = p.toString();
  return s ? `/suppliers?${s}` : "/suppliers";
}

function facetGroups(
  url: URL,
  query: DirectoryQuery,
  facets: Record<string, Record<string, number>>,
  zones: Map<string, string>,
  locale: Locale,
  t: Translate,
): FacetGroupView[] {
  const label = (name: string, value: string): string => {
    if (name === "sector") return sectorLabel(value, locale) ?? value;
    if (name === "zone") return zones.get(value) ?? zones.get(fold(value)) ?? value;
    if (name === "employees") return t("employees.band", { band: value });
    if (name === "verified") return t(`facet.verified.${value}`);
    return conceptLabel(value, locale);
  };
  return FACETS.filter((name) => facets[name]).map((name) => {
    const selected =
      name === "verified"
        ? query.verified === undefined
          ? []
          : [String(query.verified)]
        : (query.filters[name] ?? []);
    const counts = facets[name];
    // Selected values stay listed even when the engine reports no count for them.
    const values = [...new Set([...selected, ...Object.keys(counts)])];
    const order = name === "sector" ? (v: string) => SECTORS.findIndex((s) => s.id === v) : null;
    const all = values
      .filter((v) => name !== "verified" || v === "true" || v === "false")
      .map((value) => {
        const isOn = selected.includes(value);
        const next =
          name === "verified"
            ? isOn
              ? []
              : [value]
            : isOn
              ? selected.filter((v) => v !== value)
              : [...selected, value];
        return {
          value,
          label: label(name, value),
          count: counts[value] ?? 0,
          selected: isOn,
          href: withParams(url, { [name]: next.join(",") || undefined }),
        };
      })
      .sort((a, b) =>
        order
          ? order(a.value) - order(b.value)
          : Number(b.selected) - Number(a.selected) || b.count - a.count,
      );
    // A group shows its top values (and every selected one); the rest are one link away
    // (?more=GROUP), not hidden in the page: the list stays light (issue 13).
    const open = url.searchParams.get("more") === name || name === "sector";
    const shown = open ? all : all.filter((v, i) => i < FACET_TOP || v.selected);
    return {
      name,
      title: t(`facet.${name}`),
      values: shown,
      hidden: all.length - shown.length,
      moreHref: all.length > FACET_TOP ? withParams(url, { more: open ? undefined : name }) : null,
    };
  });
}

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const { locale, t } = getTranslator(request);
  const db = getDb();
  const query = parseDirectoryQuery(url, false);
  const pageNo = Math.max(1, Math.min(10_000, Number.parseInt(url.searchParams.get("page") ?? "1", 10) || 1));
  const offset = (pageNo - 1) * PAGE_SIZE;
  const today = todayInHanoi(new Date());
  const sector = query.filters.sector?.[0] ?? null;

  let total = 0;
  let rows: Awaited<ReturnType<typeof supplierCardsByRefs>> = [];
  let highlights = new Map<string, SearchHit["highlights"]>();
  let groups: FacetGroupView[] = [];
  let didYouMean: string | undefined;
  let searchFailed = false;

  if (needsEngine(query)) {
    try {
      const result = await searchDirectory(query, { limit: PAGE_SIZE, offset });
      total = result.total;
      rows = await supplierCardsByRefs(
        db,
        result.hits.map((h) => h.ref),
      );
      highlights = new Map(result.hits.map((h) => [h.ref, h.highlights]));
      groups = facetGroups(url, query, result.facets, await zoneDisplayNames(db, fold), locale, t);
      didYouMean = result.didYouMean;
    } catch (e) {
      // The directory stays browsable while the engine is down; the page says so.
      logger.error({ err: e, url: request.url }, "search failed; showing the unfiltered directory");
      searchFailed = true;
    }
  }
  if (!needsEngine(query) || searchFailed) {
    const page = await listSupplierCards(db, { sector, limit: PAGE_SIZE, offset });
    total = page.total;
    rows = page.cards;
  }
  if (!needsEngine(query)) {
    // Browsing offers the same filters as searching: the engine counts them for an empty query.
    try {
      groups = facetGroups(
        url,
        query,
        await directoryFacets(query),
        await zoneDisplayNames(db, fold),
        locale,
        t,
      );
    } catch (e) {
      // The list itself comes from the database and stays whole; only the filters are missing.
      logger.warn({ err: e, url: request.url }, "facet counts unavailable; listing without filters");
    }
  }

  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  // A page past the end (an old link, a narrowed search, a typed URL) goes to the last page
  // rather than showing an empty list under "Showing 1001–1000".
  if (pageNo > pages) throw redirect(pageHref(url.search, pages));
  const cards = rows.map((r) => ({
    ...toCardView(r, locale, today),
    highlights: cardHighlights(r, locale, highlights.get(r.ref)),
  }));
  return {
    q: query.q,
    sector,
    cards,
    total,
    page: pageNo,
    pages,
    from: total === 0 ? 0 : offset + 1,
    to: Math.min(offset + PAGE_SIZE, total),
    groups,
    didYouMean,
    didYouMeanHref: didYouMean ? withParams(url, { q: didYouMean }) : null,
    searchFailed,
    filtered: [...url.searchParams.keys()].some((k) => k !== "page" && k !== "more"),
    sectors: SECTORS.map((s) => ({ id: s.id, label: s.labels[locale] })),
    search: url.search,
    /** What the sector form must carry along so that choosing a sector keeps the other filters. */
    keep: [...url.searchParams].filter(([k]) => k !== "sector" && k !== "page" && k !== "more"),
    sort: query.sort,
    // A buyer adds a result to a shortlist from here and sees which results are on one (issue 14).
    shortlists: await shortlistsForCards(
      await getActor(request),
      cards.map((c) => c.ref),
    ),
    sorts: SORTS.map((s) => ({ id: s, label: t(`suppliers.sort.${s}`) })),
    /** What the sort form carries along: everything but the order, the page and an open group. */
    keepForSort: [...url.searchParams].filter(([k]) => k !== "sort" && k !== "page" && k !== "more"),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageMeta(matches, (t) => ({
    title: data?.q ? t("suppliers.searchTitle", { q: data.q }) : t("suppliers.title"),
    description: t("suppliers.lead"),
  }));

/** One choice about the list (its sector, its order), carrying the rest of the URL along. */
function ListForm(p: {
  keep: [string, string][];
  name: string;
  label: string;
  value: string;
  options: { id: string; label: string }[];
  submit: string;
  className: string;
}) {
  return (
    <Form method="get" action="/suppliers" className={p.className}>
      {p.keep.map(([k, v], i) => (
        <input key={`${k}${i}`} type="hidden" name={k} value={v} />
      ))}
      <Field id={p.name} label={p.label} className="min-w-0 flex-1">
        <Select id={p.name} name={p.name} defaultValue={p.value}>
          {p.options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </Select>
      </Field>
      <Button type="submit" variant="secondary">
        {p.submit}
      </Button>
    </Form>
  );
}

export default function SuppliersPage() {
  const d = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const hrefFor = (p: number) => pageHref(d.search, p);
  return (
    <>
      <PageHeader
        title={d.q ? t("suppliers.searchTitle", { q: d.q }) : t("suppliers.title")}
        lead={t("suppliers.lead")}
      >
        <div className="mt-5 max-w-3xl">
          <SearchBox
            defaultValue={d.q}
            label={t("suppliers.searchLabel")}
            placeholder={t("suppliers.searchPlaceholder")}
            hidden={{ sector: d.sector ?? undefined }}
          />
        </div>
      </PageHeader>

      {d.searchFailed && (
        <p
          role="status"
          className="mb-4 rounded-md border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900"
        >
          {t("suppliers.searchUnavailable")}
        </p>
      )}

      <div className="grid grid-cols-1 gap-8 lg:grid-cols-[16rem_minmax(0,1fr)]">
        {/* On narrow screens the results come first; a link at their top leads to the filters. */}
        <aside
          id="filters"
          aria-labelledby="filters-heading"
          className="order-2 min-w-0 space-y-6 lg:order-1"
        >
          <h2 id="filters-heading" className="sr-only">
            {t("suppliers.filters")}
          </h2>
          <ListForm
            keep={d.keep}
            name="sector"
            label={t("suppliers.sector")}
            value={d.sector ?? ""}
            options={[{ id: "", label: t("suppliers.allSectors") }, ...d.sectors]}
            submit={t("suppliers.applyFilter")}
            className="flex items-end gap-2"
          />
          {d.groups.length > 0 && <Facets groups={d.groups.filter((g) => g.name !== "sector")} />}
          {d.filtered && (
            <Link to="/suppliers" className="inline-block text-sm">
              {t("suppliers.clearFilters")}
            </Link>
          )}
        </aside>

        <section aria-labelledby="results-heading" className="order-1 min-w-0 lg:order-2">
          <a href="#filters" className="mb-3 inline-block text-sm lg:hidden">
            {t("suppliers.filters")} ↓
          </a>
          <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="results-heading" className="text-lg font-semibold">
              {t("suppliers.count", { count: d.total })}
            </h2>
            <ExportLinks base="/suppliers" search={d.search} formats={["xlsx", "csv", "json"]} />
            {d.total > 0 && (
              <p className="text-sm text-slate-500">
                {t("suppliers.range", { from: d.from, to: d.to, total: formatNumber(d.total, locale) })}
              </p>
            )}
          </div>
          {d.total > 1 && (
            <ListForm
              keep={d.keepForSort}
              name="sort"
              label={t("suppliers.sort")}
              value={d.sort}
              options={d.sorts}
              submit={t("suppliers.sortApply")}
              className="mb-3 flex flex-wrap items-end gap-2"
            />
          )}
          {d.didYouMean && d.didYouMeanHref && (
            <p className="mb-4 text-sm">
              {t("suppliers.didYouMean")}{" "}
              <Link to={d.didYouMeanHref} className="font-semibold italic">
                {d.didYouMean}
              </Link>
              ?
            </p>
          )}
          {d.cards.length === 0 ? (
            <div className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center">
              <h3 className="text-lg font-semibold">{t("suppliers.empty.title")}</h3>
              <p className="mx-auto mt-2 max-w-lg text-sm text-slate-600">{t("suppliers.empty.help")}</p>
              <Link to="/suppliers" className={buttonClass("secondary", "mt-4")}>
                {t("suppliers.empty.browse")}
              </Link>
            </div>
          ) : (
            <ol className="grid gap-3">
              {d.cards.map((c) => (
                <li key={c.ref}>
                  <SupplierCard s={c} from={d.search} />
                  <div className="mt-1 px-4">
                    <ShortlistForm lists={d.shortlists?.[c.ref] ?? null} supplierRef={c.ref} name={c.name} />
                  </div>
                </li>
              ))}
            </ol>
          )}
          <Pagination page={d.page} pages={d.pages} hrefFor={hrefFor} label={t("suppliers.pagination")} />
        </section>
      </div>
    </>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
