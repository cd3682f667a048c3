import type { LoaderFunctionArgs } from "@remix-run/node";
import { displayName } from "~/modules/i18n";
import { useLoaderData } from "@remix-run/react";
import { requireRole } from "~/services/auth.server";
import { eventAgendas, eventInfo, getDb } from "~/services/agenda.server";
import { getLocale } from "~/utils/locale.server";
import { idParam, notFound } from "~/utils/responses";
import { useT } from "~/components/i18n";
import { titleMeta } from "~/components/meta";
import { PageHeader } from "~/components/page-header";
import { AgendaSheet, agendaPrintLinks } from "~/components/agenda-sheet";
import { PrintButton } from "~/components/print-button";

export const links = agendaPrintLinks;

// Every participant's agenda of one event, one printed page each, for the welcome desk.
export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, "organiser");
  const locale = getLocale(request);
  const eventId = idParam(params.id);
  const event = (await eventInfo(getDb(), eventId)) ?? notFound();
  const agendas = await eventAgendas(eventId, locale);
  return {
    name: displayName(event, locale),
    venue: event.venue,
    agendas,
  };
}

export const meta = titleMeta("fairDay.agenda.allTitle");

export default function AllAgendas() {
  const d = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <div className="no-print">
        <PageHeader title={`${t("fairDay.agenda.allTitle")} — ${d.name}`}>
          <PrintButton className="mt-3" />
        </PageHeader>
      </div>
      {d.agendas.map((a) => (
        <AgendaSheet
          key={a.participantId}
          title={`${a.orgName} (${a.orgRef})`}
          subtitle={[d.name, d.venue].filter(Boolean).join(" · ")}
          entries={a.entries}
        />
      ))}
    </>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
