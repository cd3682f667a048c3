import type { LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { requireOwnOrg } from "~/services/auth.server";
import { eventsOfOrg } from "~/services/events.server";
import { displayName } from "~/modules/i18n";
import { useLocale, useT } from "~/components/i18n";
import { formatDateRange } from "~/components/format";
import { titleMeta } from "~/components/meta";
import { PageHeader } from "~/components/page-header";
import { StatusBadge } from "~/components/events/status-badge";
import { ButtonLink } from "~/components/ui/button";

// The account area's "Fairs": the fairs the user's firm registered for, each leading to its
// meeting requests (/my/events/ID) once approved; the public list (/events) is one link away.

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireOwnOrg(request);
  return { events: await eventsOfOrg(actor.orgId) };
}

export const meta = titleMeta("engage.myEvents.title");

export default function MyEvents() {
  const { events } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <PageHeader title={t("engage.myEvents.title")} lead={t("engage.myEvents.lead")} />
      {events.length === 0 ? (
        <p className="mb-4 text-slate-600">{t("engage.myEvents.none")}</p>
      ) : (
        <ul className="mb-6 space-y-3">
          {events.map((e) => (
            <li key={e.id} className="rounded-lg border bg-white p-4">
              <Link
                to={e.status === "approved" ? `/my/events/${e.id}` : `/events/${e.id}`}
                className="font-medium"
              >
                {displayName(e, locale)}
              </Link>{" "}
              <StatusBadge status={e.status} />
              <p className="text-sm text-slate-600">
                {formatDateRange(e.firstDay, e.lastDay, locale)}
                {e.venue ? ` · ${e.venue}` : ""}
              </p>
            </li>
          ))}
        </ul>
      )}
      <ButtonLink to="/events" variant="secondary">
        {t("engage.myEvents.all")}
      </ButtonLink>
    </>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
