import { type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireOwnOrg } from "~/services/auth.server";
import { getLocale } from "~/utils/locale.server";
import { getServices } from "~/utils/services.server";
import { changeRequestStatus } from "~/services/profile.server";
import { pickLang, pickText } from "~/modules/i18n";
import { formatDate } from "~/components/format";
import { useT } from "~/components/i18n";
import { titleMeta } from "~/components/meta";
import { Badge } from "~/components/ui/badge";
import { ButtonLink } from "~/components/ui/button";
import { StatusButton } from "~/components/profile/status-button";
import { Table, Td } from "~/components/ui/table";
import { listOwnRequests } from "~/services/profile.server";

// The buyer's own sourcing requests, newest first, with close/reopen in place.

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireOwnOrg(request, "buyer");
  const locale = getLocale(request);
  const rows = await listOwnRequests(getServices().db, actor.orgId);
  return {
    requests: rows.map((r) => {
      const title = { vi: r.titleVi, en: r.titleEn, ja: r.titleJa };
      return {
        ref: r.ref,
        title: pickText(title, locale),
        titleLang: pickLang(title, locale),
        status: r.status,
        visibility: r.visibility,
        targetDate: r.targetDate ? formatDate(r.targetDate, locale) : "—",
      };
    }),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  return changeRequestStatus(request, () => "/my/requests");
}

export default function MyRequests() {
  const t = useT();
  const { requests } = useLoaderData<typeof loader>();
  return (
    <section className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{t("requests.title")}</h1>
          <p className="mt-1 text-sm text-slate-600">{t("requests.lead")}</p>
        </div>
        <ButtonLink to="/my/requests/new">{t("requests.new")}</ButtonLink>
      </div>
      {requests.length === 0 ? (
        <p className="rounded-lg border bg-white p-5 text-slate-600">{t("requests.none")}</p>
      ) : (
        <Table
          caption={t("requests.title")}
          hideCaption
          head={[
            t("requests.col.ref"),
            t("requests.col.title"),
            t("requests.col.status"),
            t("requests.col.visibility"),
            t("requests.col.targetDate"),
            t("requests.col.actions"),
          ]}
        >
          {requests.map((r) => (
            <tr key={r.ref}>
              <Td className="whitespace-nowrap font-mono text-xs">{r.ref}</Td>
              <Td>
                <Link to={`/my/requests/${r.ref}`} lang={r.titleLang}>
                  {r.title}
                </Link>
              </Td>
              <Td>
                <Badge tone={r.status === "open" ? "green" : "neutral"} className="whitespace-nowrap">
                  {t(`requests.status.${r.status}`)}
                </Badge>
              </Td>
              <Td>{t(`requests.visibility.${r.visibility}`)}</Td>
              <Td className="whitespace-nowrap">{r.targetDate}</Td>
              <Td className="whitespace-nowrap">
                <Link
                  to={`/my/requests/${r.ref}/edit`}
                  aria-label={`${t("requests.edit")}: ${r.ref}`}
                  className="mr-2 text-sm"
                >
                  {t("requests.edit")}
                </Link>
                <StatusButton ref_={r.ref} status={r.status} />
              </Td>
            </tr>
          ))}
        </Table>
      )}
    </section>
  );
}

export const meta = titleMeta("requests.title");

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
