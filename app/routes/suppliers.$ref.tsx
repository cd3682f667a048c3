import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { getLocale } from "~/utils/locale.server";
import { notFound } from "~/utils/responses";
import { supplierProfilePage } from "~/services/directory-profile.server";
import { NextStepsPanel } from "~/components/engage/next-steps";
import { useLocale, useT } from "~/components/i18n";
import { pageMeta } from "~/components/meta";
import { DescriptionPanel, PageHeader, Panel, ProfileColumns } from "~/components/page-header";
import { VerifiedBadge } from "~/components/verified-badge";
import { CertBadge } from "~/components/cert-badge";
import { CapabilitiesPanel, CertificatesPanel, ContactPanel } from "~/components/supplier-profile";
import { FactList } from "~/components/ui/table";
import { formatNumber } from "~/components/format";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const page = await supplierProfilePage(request, params.ref ?? "", getLocale(request));
  if (!page) notFound();
  return page;
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageMeta(matches, () => ({ title: data?.name, description: data?.description }));

function WebsiteLink({ url }: { url: string }) {
  const href = /^https?:\/\//i.test(url) ? url : `https://${url}`;
  return (
    <a href={href} rel="nofollow noopener noreferrer" target="_blank">
      {url.replace(/^https?:\/\//i, "")}
    </a>
  );
}

/** One titled paragraph of the production panel, kept as the firm wrote it; the first has room below. */
function ProductionNote({
  title,
  text,
  first = false,
}: {
  title: string;
  text: string | null;
  first?: boolean;
}) {
  if (!text) return null;
  return (
    <>
      <h3 className="mb-1 text-sm font-semibold text-slate-500">{title}</h3>
      <p className={`${first ? "mb-3 " : ""}whitespace-pre-line text-sm text-slate-700`}>{text}</p>
    </>
  );
}

export default function SupplierProfile() {
  const d = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <article>
      <nav aria-label={t("nav.breadcrumb")} className="mb-4 text-sm text-slate-500">
        <Link to={d.backHref}>{t("nav.suppliers")}</Link> <span aria-hidden="true">›</span>{" "}
        <span aria-current="page" lang={d.nameLang}>
          {d.name}
        </span>
      </nav>
      <PageHeader
        title={d.name}
        titleLang={d.nameLang}
        kicker={d.sector ?? undefined}
        lead={
          <div className="flex flex-wrap items-center gap-2">
            {d.logoVersion && (
              <img
                src={`/files/logos/${d.ref}?v=${encodeURIComponent(d.logoVersion)}`}
                alt=""
                className="h-10 w-auto rounded border bg-white object-contain p-0.5"
              />
            )}
            {d.altName && <span className="text-slate-500">{d.altName}</span>}
            {d.verified && <VerifiedBadge />}
            {d.badges.map((c, i) => (
              <CertBadge key={i} cert={c} />
            ))}
          </div>
        }
      />

      <ProfileColumns aside={<SupplierSide />}>
        <DescriptionPanel id="about" title={t("supplier.about")} of={d} />

        <CapabilitiesPanel groups={d.capabilities} />

        <CertificatesPanel certifications={d.certifications} />

        {(d.equipment || d.capacityNotes) && (
          <Panel id="production" title={t("profile.section.production")}>
            <ProductionNote title={t("profile.equipment.public")} text={d.equipment} first />
            <ProductionNote title={t("profile.capacity.public")} text={d.capacityNotes} />
          </Panel>
        )}

        {d.support.length > 0 && (
          <Panel id="programme-support" title={t("schemes.supported.title")}>
            <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700">
              {d.support.map((s) => (
                <li key={s.id}>
                  {s.year ? t("schemes.supported.item", { scheme: s.name, year: s.year }) : s.name}
                </li>
              ))}
            </ul>
          </Panel>
        )}

        {d.recognitions.length > 0 && (
          <Panel id="recognitions" title={t("profile.recognitions")}>
            <ul className="space-y-2 text-sm">
              {d.recognitions.map((r, i) => (
                <li key={i}>
                  <span className="font-medium text-slate-900">{t(`admin.rec.${r.kind}`)}</span>
                  {r.product && <span className="text-slate-700"> — {r.product}</span>}
                  <span className="text-slate-500">
                    {" "}
                    {"· "}
                    {t("profile.recognition.year", { year: r.year })}
                  </span>
                  {r.note && <span className="block text-xs text-slate-500">{r.note}</span>}
                </li>
              ))}
            </ul>
          </Panel>
        )}
      </ProfileColumns>
    </article>
  );
}

/** The side column: next steps for a signed-in firm, contact, facts, location, export markets. */
function SupplierSide() {
  const d = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  return (
    <div className="space-y-6">
      {d.steps.signedIn &&
        (d.steps.meetings.length > 0 || d.steps.shortlists || d.steps.message !== "notMember") && (
          <Panel id="next-steps" title={t("engage.nextSteps")}>
            <NextStepsPanel steps={d.steps} refCode={d.ref} name={d.name} />
          </Panel>
        )}
      <ContactPanel contactVisible={d.contactVisible} contactDenied={d.contactDenied} contact={d.contact} />

      <Panel id="facts" title={t("supplier.facts")}>
        <FactList
          items={[
            { label: t("supplier.sector"), value: d.sector },
            { label: t("supplier.founded"), value: d.founded },
            { label: t("supplier.employees"), value: d.employees && formatNumber(d.employees, locale) },
            { label: t("supplier.taxCode"), value: d.taxCode },
            { label: t("supplier.website"), value: d.website && <WebsiteLink url={d.website} /> },
          ]}
        />
      </Panel>

      <Panel id="location" title={t("supplier.location")}>
        <FactList
          items={[
            { label: t("supplier.address"), value: d.location?.address },
            { label: t("supplier.zone"), value: d.location?.industrialZone },
            { label: t("supplier.commune"), value: d.location?.commune },
            { label: t("supplier.city"), value: d.location?.city },
          ]}
        />
      </Panel>

      <Panel id="export" title={t("supplier.exportMarkets")}>
        {d.exportMarkets.length === 0 ? (
          <p className="text-sm text-slate-500">{t("supplier.noExport")}</p>
        ) : (
          <ul className="flex flex-wrap gap-1.5">
            {d.exportMarkets.map((m) => (
              <li
                key={m.code}
                className="rounded-full bg-slate-100 px-2.5 py-0.5 text-sm text-slate-700"
                title={m.code}
              >
                {m.name}
              </li>
            ))}
          </ul>
        )}
      </Panel>
    </div>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
