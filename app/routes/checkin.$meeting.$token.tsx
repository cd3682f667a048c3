import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { isOrganiser, rateLimitWrite, requireUser } from "~/services/auth.server";
import { getDb, publishedMeeting, recordAttendance } from "~/services/agenda.server";
import { getServices } from "~/utils/services.server";
import { getLocale } from "~/utils/locale.server";
import { redirectWithToast } from "~/utils/session.server";
import { verifyCheckinToken } from "~/modules/agenda";
import { displayName, formatDateTime, formatTime, tableLabel, translator } from "~/modules/i18n";
import { useT } from "~/components/i18n";
import { titleMeta } from "~/components/meta";
import { PageHeader } from "~/components/page-header";
import { Button } from "~/components/ui/button";

// The URL in a meeting's QR code (printed: it never changes). Opening it (GET) only shows the
// meeting — a link, a prefetch or a crawler must never change anything — and organisers get a
// "Check in" button that POSTs here. A wrong token is a 404, so ids cannot be probed.
async function meetingOf(request: Request, params: LoaderFunctionArgs["params"]) {
  const t = translator(getLocale(request));
  const id = Number(params.meeting);
  if (!Number.isInteger(id) || !verifyCheckinToken(getServices().env.SESSION_SECRET, id, params.token ?? ""))
    throw new Response(t("fairDay.checkin.invalid"), { status: 404 });
  const m = await publishedMeeting(getDb(), id);
  if (!m) throw new Response(t("fairDay.checkin.invalid"), { status: 404 });
  return { id, m, t };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireUser(request);
  const { m } = await meetingOf(request, params);
  const locale = getLocale(request);
  return {
    organiser: isOrganiser(actor),
    held: m.attendance === "held",
    eventId: m.eventId,
    when: formatDateTime(m.startsAt, locale),
    table: tableLabel(m.tableName, locale),
    a: displayName({ nameVi: m.aNameVi, nameEn: m.aNameEn }, locale),
    b: displayName({ nameVi: m.bNameVi, nameEn: m.bNameEn }, locale),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireUser(request);
  const { id, m, t } = await meetingOf(request, params);
  if (!isOrganiser(actor)) throw new Response(t("error.forbidden.title"), { status: 403 });
  await rateLimitWrite(request, actor);
  // Recording "held" again changes nothing, so a double tap is harmless.
  if (m.attendance !== "held")
    await recordAttendance(getDb(), {
      meetingId: id,
      eventId: m.eventId,
      status: "held",
      absentParticipantId: null,
      via: "qr",
      userId: actor.userId,
    });
  return redirectWithToast(request, new URL(request.url).pathname, {
    kind: "success",
    message: t("fairDay.checkin.done", { time: formatTime(new Date(), "vi") }),
  });
}

export const meta = titleMeta("fairDay.checkin.title");

export default function Checkin() {
  const d = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <PageHeader title={t("fairDay.checkin.title")} />
      <p className="text-lg">
        {d.when} · {t("fairDay.table", { table: d.table })}
      </p>
      <p className="mt-1">
        {d.a} ↔ {d.b}
      </p>
      {!d.organiser ? (
        <p className="mt-4 text-slate-600">{t("fairDay.checkin.participantView")}</p>
      ) : d.held ? (
        <p role="status" className="mt-4 rounded bg-emerald-50 p-3 font-medium text-emerald-800">
          ✓ {t("fairDay.checkin.held")}{" "}
          <a href={`/admin/events/${d.eventId}/live`}>{t("fairDay.live.title")}</a>
        </p>
      ) : (
        <Form method="post" className="mt-4">
          <Button type="submit" className="w-full py-3 text-base sm:w-auto">
            {t("fairDay.checkin.confirm")}
          </Button>
        </Form>
      )}
    </>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
