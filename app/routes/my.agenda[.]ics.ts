import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireOwnOrg } from "~/services/auth.server";
import { agendaIcs } from "~/services/agenda.server";
import { getLocale } from "~/utils/locale.server";

// The firm's published meetings as an iCalendar file (?event=ID for one event), in Hanoi time.
export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireOwnOrg(request);
  const url = new URL(request.url);
  const event = Number(url.searchParams.get("event")) || undefined;
  const body = await agendaIcs(actor.orgId, getLocale(request), event);
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="agenda${event ? `-${event}` : ""}.ics"`,
      "Cache-Control": "private, no-store",
    },
  });
}
