import { redirect, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { ExportLinks } from "~/components/export-links";
import { getTranslator } from "~/utils/locale.server";
import { directoryPage } from "~/services/directory-page.server";
import { pageHref } from "~/modules/directory/urls";
import { useLocale, useT } from "~/components/i18n";
import { pageMeta } from "~/components/meta";
import { PageHeader } from "~/components/page-header";
import { SearchBox } from "~/components/search-box";
import { SupplierCard } from "~/components/supplier-card";
import { ShortlistForm } from "~/components/engage/next-steps";
import { getActor } from "~/services/auth.server";
import { shortlistsForCards } from "~/services/engagement.server";
import { Facets } from "~/components/facets";
import { ListForm } from "~/components/list-form";
import { Pagination } from "~/components/ui/pagination";
import { buttonClass } from "~/components/ui/button";
import { formatNumber } from "~/components/format";
import { useClientNavigation } from "~/components/client-navigation";

export async function loader({ request }: LoaderFunctionArgs) {
  const { locale, t } = getTranslator(request);
  const page = await directoryPage(new URL(request.url), locale, t);
  if (page.view === null) throw redirect(page.redirectTo);
  // A buyer adds a result to a shortlist from here and sees which results are on one (issue 14).
  const refs = page.view.cards.map((c) => c.ref);
  return { ...page.view, shortlists: await shortlistsForCards(await getActor(request), refs) };
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageMeta(matches, (t) => ({
    title: data?.q ? t("suppliers.searchTitle", { q: data.q }) : t("suppliers.title"),
    description: t("suppliers.lead"),
  }));

export default function SuppliersPage() {
  const d = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const hrefFor = (p: number) => pageHref(d.search, p);
  // The page's eighty-odd links are plain <a>s made to navigate in place by this one listener
  // (decision 470): a <Link> each was most of the list's rendering and hydration work.
  const links = useClientNavigation<HTMLDivElement>();
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

      <div ref={links} className="grid grid-cols-1 gap-8 lg:grid-cols-[16rem_minmax(0,1fr)]">
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
            action="/suppliers"
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
            <a href="/suppliers" className="inline-block text-sm">
              {t("suppliers.clearFilters")}
            </a>
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
              action="/suppliers"
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
              <a href={d.didYouMeanHref} className="font-semibold italic">
                {d.didYouMean}
              </a>
              ?
            </p>
          )}
          {d.cards.length === 0 ? (
            <div className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center">
              <h3 className="text-lg font-semibold">{t("suppliers.empty.title")}</h3>
              <p className="mx-auto mt-2 max-w-lg text-sm text-slate-600">{t("suppliers.empty.help")}</p>
              <a href="/suppliers" className={buttonClass("secondary", "mt-4")}>
                {t("suppliers.empty.browse")}
              </a>
            </div>
          ) : (
            <ol className="grid gap-3">
              {d.cards.map((c) => (
                <li key={c.ref}>
                  <SupplierCard s={c} from={d.search} />
                  {/* Only for a buyer: a visitor's card carries no empty form (nor its hooks). */}
                  {d.shortlists?.[c.ref] && (
                    <div className="mt-1 px-4">
                      <ShortlistForm lists={d.shortlists[c.ref]} supplierRef={c.ref} name={c.name} />
                    </div>
                  )}
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
