import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireOwnOrg } from "~/services/auth.server";
import { myThreads } from "~/services/engagement.server";
import { getLocale } from "~/utils/locale.server";
import { displayName } from "~/modules/i18n";
import { useT } from "~/components/i18n";
import { titleMeta } from "~/components/meta";
import { PageHeader } from "~/components/page-header";
import { formatDateTime } from "~/components/format";

// The organisation's message threads, latest first, with the unread count of each.
export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireOwnOrg(request);
  const locale = getLocale(request);
  const rows = await myThreads(actor.orgId);
  return {
    threads: rows.map((r) => {
      const buyerSide = r.buyerOrgId === actor.orgId;
      return {
        id: r.id,
        subject: r.subject,
        with: buyerSide
          ? displayName({ nameVi: r.supplierNameVi, nameEn: r.supplierNameEn }, locale, r.supplierRef)
          : displayName({ nameVi: r.buyerNameVi, nameEn: r.buyerNameEn }, locale, r.buyerRef),
        at: formatDateTime(r.lastMessageAt, locale),
        unread: Number(r.unread),
      };
    }),
  };
}

export const meta = titleMeta("engage.messages.title");

export default function Threads() {
  const d = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <PageHeader title={t("engage.messages.title")} lead={t("engage.messages.lead")} />
      {d.threads.length === 0 ? (
        <p className="text-slate-600">{t("engage.messages.none")}</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg border bg-white">
          {d.threads.map((th) => (
            <li key={th.id} className="flex flex-wrap items-center justify-between gap-2 p-3 text-sm">
              <span>
                <Link to={`/my/messages/${th.id}`} className={th.unread ? "font-semibold" : ""}>
                  {th.with}
                </Link>{" "}
                <span className="text-slate-600">— {th.subject}</span>
              </span>
              <span className="flex items-center gap-2 text-xs text-slate-500">
                {th.unread > 0 && (
                  <span
                    className="rounded-full bg-brand-700 px-2 py-0.5 text-white"
                    data-thread-unread={th.unread}
                  >
                    {t("engage.messages.unread", { count: th.unread })}
                  </span>
                )}
                {th.at}
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
