import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requireRole } from "~/services/auth.server";
import { getLocale } from "~/utils/locale.server";
import { filterText, pageCount, pageNumber, queryParams } from "~/utils/request-input";
import { AUDIT_PAGE, auditLogPage } from "~/services/audit.server";
import { useLocale, useT } from "~/components/i18n";
import { formatDateTime } from "~/components/format";
import { FilterText, FilteredTable } from "~/components/admin/listing";
import { titleMeta } from "~/components/meta";

const filters = z.object({
  actor: filterText(64),
  entity: filterText(64),
  ref: filterText(64),
  page: pageNumber,
});

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "organiser");
  const f = queryParams(request, filters);
  const { rows, total } = await auditLogPage({ ...f, entityRef: f.ref }, getLocale(request));
  return { rows, page: f.page, pages: pageCount(total, AUDIT_PAGE) };
}

export default function AdminAudit() {
  const t = useT();
  const locale = useLocale();
  const { rows, page, pages } = useLoaderData<typeof loader>();
  return (
    <FilteredTable
      filters={
        <>
          <FilterText name="actor" label={t("admin.audit.actor")} placeholder="user:1" />
          <FilterText name="entity" label={t("admin.audit.entity")} placeholder="organisation" />
          <FilterText name="ref" label={t("admin.firm.ref")} />
        </>
      }
      page={page}
      pages={pages}
      pagesLabel={t("admin.nav.audit")}
      caption={t("admin.nav.audit")}
      hideCaption
      rows={rows}
      rowKey={(r) => r.id}
      columns={[
        {
          head: t("admin.audit.at"),
          cell: (r) => formatDateTime(r.at, locale),
          className: "whitespace-nowrap",
        },
        { head: t("admin.audit.actor"), cell: (r) => r.actor },
        { head: t("admin.audit.action"), cell: (r) => <span title={r.action}>{r.actionLabel}</span> },
        {
          head: t("admin.audit.entity"),
          cell: (r) => (
            <>
              {r.entity} {r.entityRef}
            </>
          ),
        },
        {
          head: t("admin.audit.details"),
          className: "max-w-md text-xs",
          cell: (r) =>
            r.detailList.length > 0 && (
              <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-2">
                {r.detailList.map((d, i) => (
                  <div key={i} className="contents">
                    <dt className="text-slate-500">{d.key}</dt>
                    <dd className="break-words">{d.value}</dd>
                  </div>
                ))}
              </dl>
            ),
        },
      ]}
    />
  );
}

export const meta = titleMeta("admin.nav.audit");

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
