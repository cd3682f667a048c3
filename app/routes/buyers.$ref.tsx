import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { getDb } from "~/utils/services.server";
import { getLocale } from "~/utils/locale.server";
import { getBuyer, listRequests } from "~/services/directory.server";
import { pickLang, pickText } from "~/modules/i18n";
import { useLocale, useT } from "~/components/i18n";
import { pageMeta } from "~/components/meta";
import { DescriptionPanel, PageHeader, Panel, ProfileColumns } from "~/components/page-header";
import { FactList } from "~/components/ui/table";
import { countryName, formatDate } from "~/components/format";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const locale = getLocale(request);
  const db = getDb();
  const b = await getBuyer(db, params.ref ?? "");
  if (!b || b.status !== "active") throw new Response("Not found", { status: 404 });
  const open = await listRequests(db, { buyerOrgId: b.id, status: "open", visibility: "public" });
  return {
    name: pickText(b.name, locale),
    nameLang: pickLang(b.name, locale),
    description: pickText(b.description, locale),
    descriptionLang: pickLang(b.description, locale),
    country: b.country ? countryName(b.country, locale) : null,
    requests: open.map((r) => ({
      ref: r.ref,
      title: pickText(r.title, locale),
      titleLang: pickLang(r.title, locale),
      targetDate: r.targetDate ?? null,
    })),
  };
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageMeta(matches, () => ({ title: data?.name, description: data?.description }));

export default function BuyerProfile() {
  const d = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  return (
    <article>
      <PageHeader title={d.name} titleLang={d.nameLang} kicker={t("buyer.kind")} />
      <ProfileColumns
        aside={
          <Panel id="facts" title={t("supplier.facts")} className="self-start">
            <FactList items={[{ label: t("buyer.country"), value: d.country }]} />
          </Panel>
        }
      >
        <DescriptionPanel id="about" title={t("buyer.about")} of={d} />
        <Panel id="requests" title={t("buyer.requests")}>
          {d.requests.length === 0 ? (
            <p className="text-sm text-slate-500">{t("buyer.noRequests")}</p>
          ) : (
            <ul className="divide-y divide-slate-100">
              {d.requests.map((r) => (
                <li key={r.ref} className="flex flex-wrap items-baseline justify-between gap-2 py-3">
                  <Link to={`/requests/${r.ref}`} lang={r.titleLang} className="font-medium">
                    {r.title}
                  </Link>
                  {r.targetDate && (
                    <span className="text-sm text-slate-500">
                      {t("request.targetDate")}: {formatDate(r.targetDate, locale)}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          )}
        </Panel>
      </ProfileColumns>
    </article>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
