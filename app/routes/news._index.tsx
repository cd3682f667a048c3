import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { getLocale } from "~/utils/locale.server";
import { latestNews } from "~/services/news.server";
import { useLocale, useT } from "~/components/i18n";
import { titleMeta } from "~/components/meta";
import { formatDate } from "~/components/format";

// Public news and policy notices, newest first, in the reader's language.
export const meta = titleMeta("news.title");

export async function loader({ request }: LoaderFunctionArgs) {
  return { news: await latestNews(getLocale(request), 50) };
}

export default function News() {
  const t = useT();
  const locale = useLocale();
  const { news } = useLoaderData<typeof loader>();
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1 className="text-2xl font-semibold">{t("news.title")}</h1>
      {news.length === 0 && <p>{t("news.none")}</p>}
      <ul className="space-y-4">
        {news.map((n) => (
          <li key={n.slug} className="rounded-lg border bg-white p-4">
            <h2 className="text-lg font-medium">
              <Link to={`/news/${n.slug}`}>{n.title}</Link>
            </h2>
            <p className="text-xs text-slate-500">
              {t("news.publishedOn", { date: formatDate(n.publishedAt, locale) })}
            </p>
            <p className="mt-2 text-sm text-slate-700">{n.excerpt}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
