import type { LoaderFunctionArgs } from "@remix-run/node";
import { displayName } from "~/modules/i18n";
import { Link, useLoaderData } from "@remix-run/react";
import { getDb } from "~/utils/services.server";
import { listEvents } from "~/services/events.server";
import { useLocale, useT } from "~/components/i18n";
import { formatDate } from "~/components/format";
import { titleMeta } from "~/components/meta";
import { PageHeader } from "~/components/page-header";
import { Badge } from "~/components/ui/badge";

// The public list of fairs and matching sessions (drafts stay with the organisers).
export async function loader(_: LoaderFunctionArgs) {
  return { events: await listEvents(getDb(), { includeDrafts: false }) };
}

export const meta = titleMeta("fair.events.title");

export default function Events() {
  const { events } = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <PageHeader title={t("fair.events.title")} lead={t("fair.events.lead")} />
      {events.length === 0 && <p className="text-slate-600">{t("fair.events.none")}</p>}
      <ul className="space-y-3">
        {events.map((e) => (
          <li key={e.id} className="rounded-lg border bg-white p-4">
            <Link to={`/events/${e.id}`} className="text-lg font-semibold">
              {displayName(e, locale)}
            </Link>
            <p className="text-sm text-slate-600">
              {formatDate(e.firstDay, locale)} – {formatDate(e.lastDay, locale)} {e.venue && `· ${e.venue}`}
            </p>
            <Badge>{t(`fair.status.${e.status}`)}</Badge>
          </li>
        ))}
      </ul>
    </>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
