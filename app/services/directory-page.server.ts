import { getDb } from "~/utils/services.server";
import { logger } from "~/utils/logger.server";
import { keptUntilChange } from "~/services/read-cache.server";
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
  SORTS,
  directoryFacets,
  needsEngine,
  parseDirectoryQuery,
  searchDirectory,
  type DirectoryQuery,
  type SearchHit,
} from "~/services/directory-search.server";
import { SECTORS } from "~/modules/taxonomy";
import { fold } from "~/modules/text/analyser";
import type { Locale, Translate } from "~/modules/i18n";
import { FACET_TOP, type FacetGroupView } from "~/components/facets";
import { todayInHanoi } from "~/modules/clock";
import { pageHref, withParams } from "~/modules/directory/urls";

// The view model of the public directory (/suppliers): the route parses nothing else and renders it.

export const PAGE_SIZE = 20;

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

/**
 * The public directory page for a URL: a search through the engine when the query needs one (the
 * database's list when the engine is down), facet counts, cards in the reader's language. A page
 * past the end answers with the URL of the last page instead.
 */
export async function directoryPage(url: URL, locale: Locale, t: Translate) {
  // The same for every visitor: kept until the next write (decision 441); the day is part of the
  // key because certificates expire with it.
  const key = `directory:${locale}:${todayInHanoi(new Date())}:${url.search}`;
  return keptUntilChange<DirectoryPage>(key, () => buildDirectoryPage(url, locale, t));
}
type DirectoryPage = Awaited<ReturnType<typeof buildDirectoryPage>>["value"];

async function buildDirectoryPage(url: URL, locale: Locale, t: Translate) {
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
  let facetsFailed = false;

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
      logger.error({ err: e, url: url.href }, "search failed; showing the unfiltered directory");
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
      logger.warn({ err: e, url: url.href }, "facet counts unavailable; listing without filters");
      facetsFailed = true;
    }
  }

  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  // A page past the end (an old link, a narrowed search, a typed URL) goes to the last page
  // rather than showing an empty list under "Showing 1001–1000".
  const keep = !searchFailed && !facetsFailed;
  if (pageNo > pages)
    return { value: { redirectTo: pageHref(url.search, pages), view: null } as const, keep };
  const cards = rows.map((r) => ({
    ...toCardView(r, locale, today),
    highlights: cardHighlights(r, locale, highlights.get(r.ref)),
  }));
  const view = {
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
    sorts: SORTS.map((s) => ({ id: s, label: t(`suppliers.sort.${s}`) })),
    /** What the sort form carries along: everything but the order, the page and an open group. */
    keepForSort: [...url.searchParams].filter(([k]) => k !== "sort" && k !== "page" && k !== "more"),
  };
  return { value: { redirectTo: null, view } as const, keep };
}
