import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireRole } from "~/services/auth.server";
import { eventInfo, getDb, reportExport } from "~/services/agenda.server";
import { getLocale } from "~/utils/locale.server";

// The event report as CSV or XLSX (?format=csv|xlsx): the same figures as the report page.
export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, "organiser");
  const eventId = Number(params.id);
  const event = Number.isInteger(eventId) ? await eventInfo(getDb(), eventId) : undefined;
  if (!event) throw new Response("Not found", { status: 404 });
  const format = new URL(request.url).searchParams.get("format");
  if (format !== "csv" && format !== "xlsx")
    throw new Response("format must be csv or xlsx", { status: 400 });
  const body = await reportExport(eventId, getLocale(request), format);
  return new Response(typeof body === "string" ? body : new Uint8Array(body), {
    headers: {
      "Content-Type":
        format === "csv"
          ? "text/csv; charset=utf-8"
          : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="event-${eventId}-report.${format}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
