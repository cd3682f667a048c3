import type { LoaderFunctionArgs } from "@remix-run/node";
import { displayName } from "~/modules/i18n";
import { Link, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/services/auth.server";
import { getDb } from "~/utils/services.server";
import { listEvents } from "~/services/events.server";
import { useLocale, useT } from "~/components/i18n";
import { formatDate } from "~/components/format";
import { Badge } from "~/components/ui/badge";
import { ButtonLink } from "~/components/ui/button";
import { DataTable } from "~/components/admin/data-table";
import { titleMeta } from "~/components/meta";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "organiser");
  return { events: await listEvents(getDb(), { includeDrafts: true }) };
}

export default function AdminEvents() {
  const { events } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  return (
    <section className="space-y-4">
      <div className="flex items-center justify-between">
        <h2 className="text-xl font-semibold">{t("fair.admin.events")}</h2>
        <ButtonLink to="/admin/events/new">{t("fair.admin.new")}</ButtonLink>
      </div>
      <DataTable
        caption={t("fair.admin.events")}
        hideCaption
        rows={events}
        rowKey={(e) => e.id}
        columns={[
          {
            head: t("fair.event"),
            cell: (e) => <Link to={`/admin/events/${e.id}`}>{displayName(e, locale)}</Link>,
          },
          {
            head: t("fair.dates"),
            cell: (e) => (
              <>
                {formatDate(e.firstDay, locale)} – {formatDate(e.lastDay, locale)}
              </>
            ),
          },
          { head: t("fair.form.status"), cell: (e) => <Badge>{t(`fair.status.${e.status}`)}</Badge> },
          { head: t("fair.approved"), cell: (e) => e.approved },
          {
            head: t("fair.published"),
            cell: (e) => (e.publishedVersion > 0 ? t("fair.version", { version: e.publishedVersion }) : "—"),
          },
        ]}
      />
    </section>
  );
}

export const meta = titleMeta("fair.admin.events");

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
