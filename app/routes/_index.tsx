import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { getDb } from "~/utils/services.server";
import { getLocale } from "~/utils/locale.server";
import { directoryStats } from "~/services/directory.server";
import { SECTORS } from "~/modules/taxonomy";
import { useLocale, useT } from "~/components/i18n";
import { pageMeta } from "~/components/meta";
import { SearchBox } from "~/components/search-box";
import { formatNumber } from "~/components/format";
import { SectorIcon } from "~/components/sector-icon";
import { TitledSection } from "~/components/titled-section";
import { latestNews } from "~/services/news.server";
import { todayInHanoi } from "~/modules/clock";
import { formatDate } from "~/components/format";

export async function loader({ request }: LoaderFunctionArgs) {
  const locale = getLocale(request);
  const stats = await directoryStats(getDb());
  const counts = new Map(stats.sectors.map((s) => [s.sector, s.suppliers]));
  return {
    suppliers: stats.suppliers,
    certified: stats.certifiedSuppliers,
    openRequests: stats.openRequests,
    sectors: SECTORS.map((s) => ({ id: s.id, label: s.labels[locale], count: counts.get(s.id) ?? 0 })),
    news: await latestNews(locale, 3),
    publicationYear: Number(todayInHanoi(new Date()).slice(0, 4)),
  };
}

export const meta: MetaFunction<typeof loader> = ({ matches }) => pageMeta(matches, () => ({}));

const HEADING = "mb-4 text-xl font-semibold";

export default function Home() {
  const d = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const figures = [
    { label: t("home.stat.suppliers"), value: d.suppliers },
    { label: t("home.stat.certified"), value: d.certified },
    { label: t("home.stat.sectors"), value: d.sectors.length },
    { label: t("home.stat.openRequests"), value: d.openRequests },
  ];
  return (
    <>
      <section
        aria-labelledby="hero-title"
        className="mb-10 rounded-2xl bg-gradient-to-br from-brand-900 via-brand-900 to-brand-600 px-6 py-10 text-white shadow-sm sm:px-10 sm:py-14"
      >
        <div className="max-w-4xl">
          <h1 id="hero-title" className="text-3xl font-bold tracking-tight sm:text-4xl">
            {t("home.title")}
          </h1>
          <p className="mt-4 max-w-3xl text-lg text-white/85">{t("home.lead")}</p>
          <div className="mt-8 max-w-3xl rounded-lg bg-white/10 p-3 backdrop-blur">
            <SearchBox label={t("home.searchLabel")} placeholder={t("home.searchPlaceholder")} size="lg" />
          </div>
          <p className="mt-3 text-sm">
            <Link to="/suppliers" className="text-white underline decoration-white/50 hover:decoration-white">
              {t("home.browse")} →
            </Link>
          </p>
        </div>
      </section>

      <TitledSection
        id="figures-title"
        className="mb-12"
        headingClassName="sr-only"
        title={t("home.figures")}
      >
        <dl className="grid grid-cols-2 gap-4 lg:grid-cols-4">
          {figures.map((f) => (
            <div key={f.label} className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
              <dt className="text-sm text-slate-500">{f.label}</dt>
              <dd className="mt-1 text-3xl font-bold tabular-nums text-brand-900">
                {formatNumber(f.value, locale)}
              </dd>
            </div>
          ))}
        </dl>
      </TitledSection>

      <TitledSection
        id="sectors-title"
        className="mb-12"
        headingClassName={HEADING}
        title={t("home.sectors")}
      >
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
          {d.sectors.map((s) => (
            <li key={s.id}>
              <Link
                to={`/suppliers?sector=${s.id}`}
                className="flex h-full flex-col rounded-lg border border-slate-200 bg-white p-4 text-slate-900 no-underline shadow-sm transition hover:border-brand-500/50 hover:no-underline hover:shadow-md"
              >
                <span className="mb-3 grid h-11 w-11 place-items-center rounded-lg bg-brand-50 text-brand-600">
                  <SectorIcon sector={s.id} />
                </span>
                <span className="font-medium">{s.label}</span>
                <span className="mt-auto pt-2 text-sm text-slate-500">
                  {t("home.sectorCount", { count: s.count })}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </TitledSection>

      <TitledSection id="news-title" className="mb-12" headingClassName={HEADING} title={t("news.latest")}>
        {d.news.length === 0 ? (
          <p className="text-slate-600">{t("news.none")}</p>
        ) : (
          <ul className="grid gap-4 md:grid-cols-3">
            {d.news.map((n) => (
              <li key={n.slug} className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
                <Link to={`/news/${n.slug}`} className="font-medium">
                  {n.title}
                </Link>
                <p className="mt-1 text-xs text-slate-500">{formatDate(n.publishedAt, locale)}</p>
                <p className="mt-2 text-sm text-slate-700">{n.excerpt}</p>
              </li>
            ))}
          </ul>
        )}
        <p className="mt-3 flex flex-wrap gap-x-6 gap-y-1 text-sm">
          <Link to="/news">{t("news.all")} →</Link>
          <Link to={`/publication/${d.publicationYear}`}>
            {t("home.publication", { year: d.publicationYear })} →
          </Link>
        </p>
      </TitledSection>

      <TitledSection id="how-title" headingClassName={HEADING} title={t("home.how.title")}>
        <ol className="grid gap-4 md:grid-cols-3">
          {[t("home.how.suppliers"), t("home.how.buyers"), t("home.how.fair")].map((text, i) => (
            <li key={i} className="flex gap-3 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
              <span
                aria-hidden="true"
                className="grid h-8 w-8 shrink-0 place-items-center rounded-full bg-brand-50 font-semibold text-brand-700"
              >
                {i + 1}
              </span>
              <p className="text-sm text-slate-700">{text}</p>
            </li>
          ))}
        </ol>
      </TitledSection>
    </>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
