import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { displayName } from "~/modules/i18n";
import { Link, useLoaderData } from "@remix-run/react";
import { requireRole } from "~/services/auth.server";
import { getDb } from "~/utils/services.server";
import { listEvents } from "~/services/events.server";
import { useLocale, useT } from "~/components/i18n";
import { formatDate } from "~/components/format";
import { Badge } from "~/components/ui/badge";
import { ButtonLink } from "~/components/ui/button";
import { Table, Td } from "~/components/ui/table";
import { pageMeta } from "~/components/meta";

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
      <Table
        caption={t("fair.admin.events")}
        hideCaption
        head={[
          t("fair.event"),
          t("fair.dates"),
          t("fair.form.status"),
          t("fair.approved"),
          t("fair.published"),
        ]}
      >
        {events.map((e) => (
          <tr key={e.id}>
            <Td>
              <Link to={`/admin/events/${e.id}`}>{displayName(e, locale)}</Link>
            </Td>
            <Td>
              {formatDate(e.firstDay, locale)} – {formatDate(e.lastDay, locale)}
            </Td>
            <Td>
              <Badge>{t(`fair.status.${e.status}`)}</Badge>
            </Td>
            <Td>{e.approved}</Td>
            <Td>{e.publishedVersion > 0 ? t("fair.version", { version: e.publishedVersion }) : "—"}</Td>
          </tr>
        ))}
      </Table>
    </section>
  );
}

export const meta: MetaFunction = ({ matches }) =>
  pageMeta(matches, (t) => ({ title: t("fair.admin.events") }));

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
