import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useLocation } from "@remix-run/react";
import { getDb } from "~/utils/services.server";
import { getLocale } from "~/utils/locale.server";
import { getSupplier } from "~/services/directory.server";
import { directoryBackHref } from "~/services/directory-search.server";
import { conceptLabel, sectorLabel } from "~/services/supplier-cards.server";
import { contactAccess } from "~/utils/viewer.server";
import { getActor } from "~/services/auth.server";
import { nextSteps } from "~/services/engagement.server";
import { NextStepsPanel } from "~/components/engage/next-steps";
import { publicProfileExtras } from "~/services/profile.server";
import { pickLang, pickText, type LocalText } from "~/modules/i18n";
import { certificateValidity } from "~/modules/certificates/validity";
import { todayInHanoi } from "~/modules/clock";
import { useLocale, useT } from "~/components/i18n";
import { pageMeta } from "~/components/meta";
import { PageHeader, Panel } from "~/components/page-header";
import { VerifiedBadge } from "~/components/verified-badge";
import { CertBadge, CertValidity } from "~/components/cert-badge";
import { FactList } from "~/components/ui/table";
import { buttonClass } from "~/components/ui/button";
import { countryName, formatNumber } from "~/components/format";

const KINDS = ["process", "material", "product"] as const;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const ref = params.ref ?? "";
  const locale = getLocale(request);
  const s = await getSupplier(getDb(), ref, { withContact: true });
  if (!s || s.status !== "active") throw new Response("Not found", { status: 404 });
  // Decided (and the view recorded) only for a firm that exists; contacts never leave the server otherwise.
  const access = await contactAccess(request, { id: s.id }, "page");
  const withContact = access.visible;
  const extras = await publicProfileExtras(s.id);
  // Meeting requests at open fairs, shortlists, messages: the next step on the page (issue 14).
  const steps = await nextSteps(await getActor(request), s.id);
  const today = todayInHanoi(new Date());

  // Terms grouped by kind, then by concept: "ép nhựa" and "injection moulding" written by the
  // same firm are one capability, shown with the label in the reader's language and the words
  // the firm used. Terms that map to no concept are shown as written.
  const capabilities = KINDS.map((kind) => {
    const byConcept = new Map<string, { label: string; words: string[]; mapped: boolean }>();
    for (const term of s.terms.filter((x) => x.kind === kind)) {
      const key = term.conceptId ?? `text:${term.text}`;
      const entry = byConcept.get(key) ?? {
        label: term.conceptId ? conceptLabel(term.conceptId, locale) : term.text,
        words: [],
        mapped: term.conceptId !== null,
      };
      if (!entry.words.includes(term.text)) entry.words.push(term.text);
      byConcept.set(key, entry);
    }
    return { kind, items: [...byConcept.values()] };
  });

  const other = locale === "vi" ? "en" : "vi";
  return {
    ref: s.ref,
    name: pickText(s.name, locale),
    nameLang: pickLang(s.name, locale),
    // The name in the other language too, when the firm gave one: buyers quote either.
    altName: s.name[other] && s.name[other] !== pickText(s.name, locale) ? s.name[other] : null,
    description: pickText(s.description as LocalText | undefined, locale),
    descriptionLang: pickLang(s.description as LocalText | undefined, locale),
    sector: sectorLabel(s.sector, locale),
    verified: s.verifiedAt !== null,
    founded: s.founded ?? null,
    employees: s.employees ?? null,
    taxCode: s.taxCode ?? null,
    website: s.website ?? null,
    location: s.location ?? null,
    exportMarkets: (s.exportMarkets ?? []).map((c) => ({ code: c, name: countryName(c, locale) })),
    capabilities,
    certifications: s.certifications.map((c) => ({
      standard: c.standard,
      validUntil: c.validUntil ?? null,
      validity: certificateValidity(c.validUntil, today),
      certificateNo: c.certificateNo ?? null,
      issuer: c.issuer ?? null,
      scope: c.scope ?? null,
    })),
    contactVisible: withContact,
    // Why not, for a logged-in visitor: the page says what is true rather than "log in".
    contactDenied: access.visible ? null : access.reason,
    equipment: extras.equipment,
    capacityNotes: extras.capacityNotes,
    logoVersion: extras.logoVersion,
    recognitions: extras.recognitions,
    contact: withContact ? (s.contact ?? null) : null,
    // The list this profile was opened from (its search, filters, order and page), for the breadcrumb.
    backHref: directoryBackHref(new URL(request.url).searchParams.get("from")),
    steps,
  };
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

export default function SupplierProfile() {
  const d = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const location = useLocation();
  const hasCapabilities = d.capabilities.some((g) => g.items.length > 0);
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
            {d.certifications
              .filter((c) => c.validity !== "expired")
              .map((c, i) => (
                <CertBadge key={i} cert={c} />
              ))}
          </div>
        }
      />

      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          {d.description && (
            <Panel id="about" title={t("supplier.about")}>
              <p lang={d.descriptionLang} className="whitespace-pre-line leading-relaxed text-slate-700">
                {d.description}
              </p>
            </Panel>
          )}

          <Panel id="capabilities" title={t("supplier.capabilities")}>
            {!hasCapabilities ? (
              <p className="text-sm text-slate-500">{t("supplier.noCapabilities")}</p>
            ) : (
              <div className="space-y-5">
                {d.capabilities
                  .filter((g) => g.items.length > 0)
                  .map((g) => (
                    <section key={g.kind} aria-labelledby={`cap-${g.kind}`}>
                      <h3
                        id={`cap-${g.kind}`}
                        className="mb-2 text-sm font-semibold uppercase tracking-wide text-slate-500"
                      >
                        {t(`supplier.kind.${g.kind}`)}
                      </h3>
                      <ul className="grid gap-2 sm:grid-cols-2">
                        {g.items.map((item) => (
                          <li
                            key={item.label}
                            className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2"
                          >
                            <span className="font-medium text-slate-900">{item.label}</span>
                            {item.mapped &&
                              item.words.some((w) => w.toLowerCase() !== item.label.toLowerCase()) && (
                                <span className="block text-xs text-slate-500">
                                  {t("supplier.originalWords", {
                                    words: item.words.map((w) => `“${w}”`).join(", "),
                                  })}
                                </span>
                              )}
                          </li>
                        ))}
                      </ul>
                    </section>
                  ))}
              </div>
            )}
          </Panel>

          <Panel id="certifications" title={t("supplier.certifications")}>
            {d.certifications.length === 0 ? (
              <p className="text-sm text-slate-500">{t("supplier.noCertifications")}</p>
            ) : (
              <ul className="divide-y divide-slate-100">
                {d.certifications.map((c, i) => (
                  <li
                    key={i}
                    className={`flex flex-wrap items-start justify-between gap-3 py-3 ${c.validity === "expired" ? "opacity-80" : ""}`}
                  >
                    <div>
                      <p
                        className={`font-medium ${c.validity === "expired" ? "text-slate-500 line-through" : "text-slate-900"}`}
                      >
                        {c.standard}
                      </p>
                      <p className="text-xs text-slate-500">
                        {[
                          c.certificateNo && `${t("cert.number")}: ${c.certificateNo}`,
                          c.issuer && `${t("cert.issuer")}: ${c.issuer}`,
                          c.scope && `${t("cert.scope")}: ${c.scope}`,
                        ]
                          .filter(Boolean)
                          .join(" · ")}
                      </p>
                    </div>
                    <p className="text-sm">
                      <CertValidity cert={c} />
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </Panel>

          {(d.equipment || d.capacityNotes) && (
            <Panel id="production" title={t("profile.section.production")}>
              {d.equipment && (
                <>
                  <h3 className="mb-1 text-sm font-semibold text-slate-500">
                    {t("profile.equipment.public")}
                  </h3>
                  <p className="mb-3 whitespace-pre-line text-sm text-slate-700">{d.equipment}</p>
                </>
              )}
              {d.capacityNotes && (
                <>
                  <h3 className="mb-1 text-sm font-semibold text-slate-500">
                    {t("profile.capacity.public")}
                  </h3>
                  <p className="whitespace-pre-line text-sm text-slate-700">{d.capacityNotes}</p>
                </>
              )}
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
                      · {t("profile.recognition.year", { year: r.year })}
                    </span>
                    {r.note && <span className="block text-xs text-slate-500">{r.note}</span>}
                  </li>
                ))}
              </ul>
            </Panel>
          )}
        </div>

        <div className="space-y-6">
          {d.steps.signedIn &&
            (d.steps.meetings.length > 0 || d.steps.shortlists || d.steps.message !== "notMember") && (
              <Panel id="next-steps" title={t("engage.nextSteps")}>
                <NextStepsPanel steps={d.steps} refCode={d.ref} name={d.name} />
              </Panel>
            )}
          <Panel id="contact" title={t("supplier.contact")}>
            {!d.contactVisible ? (
              <div className="text-sm text-slate-600" data-contact-hidden={d.contactDenied ?? ""}>
                <p>{t("contact.verifiedBuyersOnly")}</p>
                {d.contactDenied === "login" ? (
                  <Link
                    to={`/login?redirectTo=${encodeURIComponent(location.pathname)}`}
                    className={buttonClass("primary", "mt-3")}
                  >
                    {t("supplier.loginToContact")}
                  </Link>
                ) : d.contactDenied === "unverifiedEmail" ? (
                  <p className="mt-2">
                    <Link to="/my/email">{t("contact.confirmEmail")}</Link>
                  </p>
                ) : d.contactDenied === "noOrg" ? (
                  <p className="mt-2">
                    <Link to="/my/organisation">{t("contact.registerOrg")}</Link>
                  </p>
                ) : d.contactDenied === "unapprovedOrg" ? (
                  <p className="mt-2">{t("contact.awaitingApproval")}</p>
                ) : d.contactDenied === "limit" ? (
                  <p className="mt-2">{t("contact.limitReached")}</p>
                ) : null}
              </div>
            ) : d.contact ? (
              <FactList
                items={[
                  { label: t("supplier.contactName"), value: d.contact.name },
                  {
                    label: t("supplier.email"),
                    value: d.contact.email && <a href={`mailto:${d.contact.email}`}>{d.contact.email}</a>,
                  },
                  {
                    label: t("supplier.phone"),
                    value: d.contact.phone && (
                      <a href={`tel:${d.contact.phone.replace(/\s/g, "")}`}>{d.contact.phone}</a>
                    ),
                  },
                ]}
              />
            ) : (
              <p className="text-sm text-slate-500">{t("supplier.noContact")}</p>
            )}
          </Panel>

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
      </div>
    </article>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
