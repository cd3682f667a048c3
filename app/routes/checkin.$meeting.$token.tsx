import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { isOrganiser, requireUser } from "~/auth.server";
import { getDb, publishedMeeting, recordAttendance } from "~/agenda.server";
import { getServices } from "~/services.server";
import { getLocale } from "~/locale.server";
import { VENUE_TIMEZONE, verifyCheckinToken, wallClock } from "~/modules/agenda";
import { translator } from "~/modules/i18n";
import { useT } from "~/components/i18n";
import { pageMeta } from "~/components/meta";
import { PageHeader } from "~/components/page-header";

// The URL in a meeting's QR code. An organiser who scans it checks the meeting in on opening
// (no extra tap at a busy table; recording "held" again changes nothing), anyone else logged in
// sees what the code is for. A wrong token is a 404, so ids cannot be probed.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireUser(request);
  const t = translator(getLocale(request));
  const id = Number(params.meeting);
  if (!Number.isInteger(id) || !verifyCheckinToken(getServices().env.SESSION_SECRET, id, params.token ?? ""))
    throw new Response(t("fairDay.checkin.invalid"), { status: 404 });
  const db = getDb();
  const m = await publishedMeeting(db, id);
  if (!m) throw new Response(t("fairDay.checkin.invalid"), { status: 404 });
  const organiser = isOrganiser(actor);
  if (organiser && m.attendance !== "held")
    await recordAttendance(db, {
      meetingId: id,
      eventId: m.eventId,
      status: "held",
      absentParticipantId: null,
      via: "qr",
      userId: actor.userId,
    });
  const { date, time } = wallClock(new Date(m.startsAt), VENUE_TIMEZONE);
  return {
    organiser,
    eventId: m.eventId,
    when: `${date} ${time}`,
    table: m.tableName,
    a: m.aNameEn ?? m.aNameVi,
    b: m.bNameEn ?? m.bNameVi,
    checkedAt: organiser ? wallClock(new Date(), VENUE_TIMEZONE).time : null,
  };
}

export const meta: MetaFunction<typeof loader> = ({ matches }) =>
  pageMeta(matches, (t) => ({ title: t("fairDay.checkin.title") }));

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
      {d.organiser ? (
        <p role="status" className="mt-4 rounded bg-emerald-50 p-3 font-medium text-emerald-800">
          ✓ {t("fairDay.checkin.done", { time: d.checkedAt! })}{" "}
          <a href={`/admin/events/${d.eventId}/live`}>{t("fairDay.live.title")}</a>
        </p>
      ) : (
        <p className="mt-4 text-slate-600">{t("fairDay.checkin.participantView")}</p>
      )}
    </>
  );
}
