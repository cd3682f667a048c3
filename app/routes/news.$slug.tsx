import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { getLocale } from "~/utils/locale.server";
import { newsArticle } from "~/services/news.server";
import { useLocale, useT } from "~/components/i18n";
import { pageMeta } from "~/components/meta";
import { formatDate } from "~/components/format";

// One published article. Its HTML comes from renderMarkdown (marked, then sanitize-html to an
// allowlist), which is why it may be set as HTML here; drafts and unknown slugs are 404.
export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageMeta(matches, (t) => ({ title: data?.title ?? t("news.title") }));

export async function loader({ request, params }: LoaderFunctionArgs) {
  const a = await newsArticle(String(params.slug ?? ""), getLocale(request));
  if (!a) throw new Response("Not found", { status: 404 });
  return a;
}

export default function NewsArticle() {
  const t = useT();
  const locale = useLocale();
  const a = useLoaderData<typeof loader>();
  return (
    <article className="mx-auto max-w-3xl space-y-4">
      <p>
        <Link to="/news">{t("news.back")}</Link>
      </p>
      <h1 className="text-2xl font-semibold">{a.title}</h1>
      <p className="text-sm text-slate-500">
        {t("news.publishedOn", { date: formatDate(a.publishedAt, locale) })}
      </p>
      <div
        className="news-body space-y-3 [&_a]:underline [&_h2]:text-xl [&_h2]:font-semibold [&_h3]:font-semibold [&_ol]:list-decimal [&_ol]:pl-6 [&_ul]:list-disc [&_ul]:pl-6"
        dangerouslySetInnerHTML={{ __html: a.html }}
      />
      {a.scheme && (
        <p className="rounded border bg-slate-50 p-3 text-sm" data-testid="announced-scheme">
          <Link to={`/my/schemes#scheme-${a.scheme.id}`}>
            {t("news.announces", { scheme: a.scheme.name })}
          </Link>
        </p>
      )}
    </article>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
