import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireUser, isOrganiser } from "~/services/auth.server";
import { getDb } from "~/utils/services.server";
import { getOrgSummary } from "~/services/accounts.server";
import { useLocale, useT } from "~/components/i18n";
import { Badge } from "~/components/ui/badge";
import { ButtonLink } from "~/components/ui/button";
import { displayName, pickText } from "~/modules/i18n";
import { getLocale } from "~/utils/locale.server";
import { VENUE_TIMEZONE, wallClock } from "~/modules/agenda";
import { formatDate } from "~/components/format";
import { Table, Td } from "~/components/ui/table";
import { listContactViews } from "~/services/accounts.server";
import { needsNow } from "~/services/engagement.server";
import { titleMeta } from "~/components/meta";

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireUser(request);
  const org = actor.orgId === null ? null : await getOrgSummary(getDb(), actor.orgId);
  const locale = getLocale(request);
  // Who read the firm's contact details (091-contact-access.md), in Hanoi time.
  const views =
    org?.kind === "supplier"
      ? (await listContactViews(getDb(), org.id)).map((v) => {
          const w = wallClock(new Date(v.at), VENUE_TIMEZONE);
          return {
            id: v.id,
            viewer: v.userName ?? v.tokenName ?? "",
            org: v.orgRef ? displayName(v, locale, v.orgRef) : "",
            at: `${formatDate(w.date, locale)} ${w.time}`,
          };
        })
      : null;
  // "What needs you now" (issue 14): each count links to where it is acted on.
  const now = await needsNow(actor);
  return {
    now,
    views,
    role: actor.role,
    staff: isOrganiser(actor),
    org: org && {
      ref: org.ref,
      kind: org.kind,
      nameVi: org.nameVi,
      nameEn: org.nameEn,
      verifiedAt: org.verifiedAt,
    },
  };
}

export default function MyDashboard() {
  const t = useT();
  const locale = useLocale();
  const { staff, org, views, now } = useLoaderData<typeof loader>();
  const needs = [
    { key: "notifications", n: now.notifications, to: "/my/notifications" },
    { key: "pending", n: now.pending, to: "/my/events" },
    { key: "meetingsToday", n: now.meetingsToday, to: "/my/agenda" },
    { key: "unread", n: now.unread, to: "/my/messages" },
    { key: "expiring", n: now.expiring, to: "/my/profile" },
    { key: "opportunities", n: now.opportunities, to: "/my/opportunities" },
  ].filter((x) => x.n > 0);
  return (
    <section className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("my.title")}</h1>
      {/* Organisers' work is in /admin: one link, first thing on the page (issue 14). */}
      {staff && (
        <p>
          <ButtonLink to="/admin" id="to-admin">
            {t("my.staff.cta")}
          </ButtonLink>
        </p>
      )}
      <div className="rounded-lg border bg-white p-5" id="needs-now">
        <h2 className="mb-2 text-lg font-semibold">{t("engage.now.title")}</h2>
        {needs.length === 0 ? (
          <p className="text-slate-600">{t("engage.now.nothing")}</p>
        ) : (
          <ul className="flex flex-wrap gap-3">
            {needs.map((x) => (
              <li key={x.key}>
                <Link to={x.to} className="block rounded border px-3 py-2" data-need={x.key}>
                  <span className="mr-1 text-xl font-semibold">{x.n}</span> {t(`engage.now.${x.key}`)}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </div>
      {staff ? (
        <div className="rounded-lg border bg-white p-5">
          <p>{t("my.staff")}</p>
        </div>
      ) : org ? (
        <div className="rounded-lg border bg-white p-5">
          <h2 className="text-lg font-semibold">{pickText({ vi: org.nameVi, en: org.nameEn }, locale)}</h2>
          <p className="mt-1 text-sm text-slate-500">
            {t("my.org.ref")}: {org.ref}
          </p>
          <p className="mt-3">
            {org.kind === "supplier" &&
              (org.verifiedAt ? (
                <Badge tone="green">
                  {t("my.org.verified", { date: formatDate(org.verifiedAt, locale) })}
                </Badge>
              ) : (
                <Badge tone="amber">{t("my.org.notVerified")}</Badge>
              ))}
          </p>
          <p className="mt-4 flex gap-3">
            {org.kind === "supplier" ? (
              <ButtonLink to="/my/profile">{t("my.nav.profile")}</ButtonLink>
            ) : (
              <ButtonLink to="/my/requests">{t("my.nav.requests")}</ButtonLink>
            )}
            <ButtonLink to="/my/organisation" variant="secondary">
              {t("my.nav.organisation")}
            </ButtonLink>
          </p>
        </div>
      ) : (
        <div className="rounded-lg border bg-white p-5">
          <p className="mb-4">{t("my.noOrg")}</p>
          <Link to="/my/organisation">{t("my.noOrg.cta")}</Link>
        </div>
      )}
      {views && (
        <div className="space-y-2" id="contact-views">
          <h2 className="text-lg font-semibold">{t("contact.views.title")}</h2>
          {views.length === 0 ? (
            <p className="text-slate-600">{t("contact.views.none")}</p>
          ) : (
            <Table
              caption={t("contact.views.title")}
              hideCaption
              head={[t("contact.views.viewer"), t("contact.views.org"), t("contact.views.at")]}
            >
              {views.map((v) => (
                <tr key={v.id}>
                  <Td>{v.viewer}</Td>
                  <Td>{v.org}</Td>
                  <Td>{v.at}</Td>
                </tr>
              ))}
            </Table>
          )}
        </div>
      )}
    </section>
  );
}

export const meta = titleMeta("my.title");

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
