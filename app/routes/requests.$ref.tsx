import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { getDb } from "~/services.server";
import { getLocale } from "~/locale.server";
import { getRequest } from "~/directory.server";
import { conceptLabel } from "~/supplier-cards.server";
import { maySeeRestrictedRequest } from "~/viewer.server";
import { pickLang, pickText } from "~/modules/i18n";
import { useLocale, useT } from "~/components/i18n";
import { pageMeta } from "~/components/meta";
import { PageHeader, Panel } from "~/components/page-header";
import { Badge } from "~/components/ui/badge";
import { FactList } from "~/components/ui/table";
import { formatDate, formatNumber } from "~/components/format";

const KINDS = ["process", "material", "product", "certification"] as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const locale = getLocale(request);
  const r = await getRequest(getDb(), params.ref ?? "");
  // A restricted request does not exist for anyone else: 404, not 403, so refs cannot be probed.
  if (!r || (r.visibility !== "public" && !(await maySeeRestrictedRequest(request, r.buyerOrgId))))
    throw new Response("Not found", { status: 404 });
  const needs = KINDS.map((kind) => ({
    kind,
    items: [
      ...new Set(
        r.terms
          .filter((x) => x.kind === kind)
          .map((x) => (x.conceptId ? conceptLabel(x.conceptId, locale) : x.text)),
      ),
    ],
  }));
  return {
    ref: r.ref,
    title: pickText(r.title, locale),
    titleLang: pickLang(r.title, locale),
    description: pickText(r.description, locale),
    descriptionLang: pickLang(r.description, locale),
    buyerRef: r.buyer,
    buyerName: pickText(r.buyerName, locale),
    buyerNameLang: pickLang(r.buyerName, locale),
    status: r.status,
    annualVolume: r.annualVolume ?? null,
    targetDate: r.targetDate ?? null,
    needs,
  };
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageMeta(matches, () => ({ title: data?.title, description: data?.description }));

const NEED_TITLE = {
  process: "request.processes",
  material: "request.materials",
  product: "request.products",
  certification: "request.certifications",
} as const;

export default function RequestSummary() {
  const d = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  return (
    <article>
      <PageHeader
        title={d.title}
        titleLang={d.titleLang}
        kicker={t("request.kind")}
        lead={
          <p className="flex flex-wrap items-center gap-2">
            <Badge tone={d.status === "open" ? "green" : "neutral"}>{t(`request.status.${d.status}`)}</Badge>
            <span>
              {t("request.buyer")}:{" "}
              <Link to={`/buyers/${d.buyerRef}`} lang={d.buyerNameLang}>
                {d.buyerName}
              </Link>
            </span>
          </p>
        }
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          {d.description && (
            <Panel id="summary" title={t("request.summary")}>
              <p lang={d.descriptionLang} className="whitespace-pre-line leading-relaxed text-slate-700">
                {d.description}
              </p>
            </Panel>
          )}
          <Panel id="needs" title={t("request.needs")}>
            <dl className="space-y-4">
              {d.needs.map((n) => (
                <div key={n.kind}>
                  <dt className="mb-1 text-sm font-semibold uppercase tracking-wide text-slate-500">
                    {t(NEED_TITLE[n.kind])}
                  </dt>
                  <dd className="flex flex-wrap gap-1.5">
                    {n.items.length === 0 ? (
                      <span className="text-sm text-slate-500">
                        {n.kind === "certification"
                          ? t("request.noCertifications")
                          : t("common.notSpecified")}
                      </span>
                    ) : (
                      n.items.map((i) => (
                        <Badge key={i} tone={n.kind === "certification" ? "amber" : "neutral"}>
                          {i}
                        </Badge>
                      ))
                    )}
                  </dd>
                </div>
              ))}
            </dl>
          </Panel>
        </div>
        <Panel id="facts" title={t("supplier.facts")} className="self-start">
          <FactList
            items={[
              { label: t("request.status"), value: t(`request.status.${d.status}`) },
              {
                label: t("request.volume"),
                value:
                  d.annualVolume && t("request.volumeValue", { n: formatNumber(d.annualVolume, locale) }),
              },
              { label: t("request.targetDate"), value: formatDate(d.targetDate, locale) },
            ]}
          />
        </Panel>
      </div>
    </article>
  );
}
