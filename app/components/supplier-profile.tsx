import { Link, useLocation } from "@remix-run/react";
import type { CertificateValidity } from "~/modules/certificates/validity";
import { useT } from "~/components/i18n";
import { Panel } from "~/components/page-header";
import { CertValidity } from "~/components/cert-badge";
import { FactList } from "~/components/ui/table";
import { buttonClass } from "~/components/ui/button";

// The larger panels of a supplier's public profile (/suppliers/:ref).

export interface CapabilityGroup {
  kind: "process" | "material" | "product";
  items: { label: string; words: string[]; mapped: boolean }[];
}

/** Capabilities grouped by kind, each concept in the reader's language with the firm's own words. */
export function CapabilitiesPanel({ groups }: { groups: CapabilityGroup[] }) {
  const t = useT();
  const hasCapabilities = groups.some((g) => g.items.length > 0);
  return (
    <Panel id="capabilities" title={t("supplier.capabilities")}>
      {!hasCapabilities ? (
        <p className="text-sm text-slate-500">{t("supplier.noCapabilities")}</p>
      ) : (
        <div className="space-y-5">
          {groups
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
                    <li key={item.label} className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2">
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
  );
}

export interface ProfileCertificate {
  standard: string;
  validUntil: string | null;
  validity: CertificateValidity;
  certificateNo: string | null;
  issuer: string | null;
  scope: string | null;
}

/** Every certificate on file, each marked valid, expired or of unknown validity. */
export function CertificatesPanel({ certifications }: { certifications: ProfileCertificate[] }) {
  const t = useT();
  return (
    <Panel id="certifications" title={t("supplier.certifications")}>
      {certifications.length === 0 ? (
        <p className="text-sm text-slate-500">{t("supplier.noCertifications")}</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {certifications.map((c, i) => (
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
  );
}

export interface ContactView {
  name?: string;
  email?: string;
  phone?: string;
}

/** The firm's contact for those allowed to see it; otherwise what stands in the way and the way on. */
export function ContactPanel(d: {
  contactVisible: boolean;
  contactDenied: string | null;
  contact: ContactView | null;
}) {
  const t = useT();
  const location = useLocation();
  return (
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
  );
}
