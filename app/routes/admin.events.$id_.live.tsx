import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { rateLimitWrite, requireRole } from "~/auth.server";
import { clearAttendance, eventInfo, eventSlots, getDb, publishedMeeting, publishedMeetings, recordAttendance } from "~/agenda.server";
import { recordAudit } from "../../db/queries/audit";
import { auditActor } from "~/modules/auth/permissions";
import { getLocale } from "~/locale.server";
import { redirectWithToast } from "~/session.server";
import { VENUE_TIMEZONE, slotClock, wallClock } from "~/modules/agenda";
import { translator, type Locale } from "~/modules/i18n";
import { useT } from "~/components/i18n";
import { pageMeta } from "~/components/meta";
import { PageHeader } from "~/components/page-header";

// The organisers' screen on the fair day: the slot running by the clock and the next one, with
// check-in and no-show per meeting. `?at=ISO` shows the board as at another time (rehearsals).

const name = (vi: string, en: string | null, locale: Locale) => (locale === "en" ? (en ?? vi) : vi);

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, "organiser");
  const locale = getLocale(request);
  const db = getDb();
  const eventId = Number(params.id);
  const event = Number.isInteger(eventId) ? await eventInfo(db, eventId) : undefined;
  if (!event) throw new Response("Not found", { status: 404 });
  const at = new URL(request.url).searchParams.get("at");
  const now = at && !Number.isNaN(Date.parse(at)) ? new Date(at) : new Date();
  const [slots, rows] = await Promise.all([eventSlots(db, eventId), publishedMeetings(db, eventId)]);
  const clock = slotClock(slots, now);
  const view = (slotId: number | undefined) =>
    rows
      .filter((r) => r.slotId === slotId)
      .map((r) => ({
        meetingId: r.meetingId,
        table: r.tableName,
        a: { id: r.aId, name: name(r.aNameVi, r.aNameEn, locale) },
        b: { id: r.bId, name: name(r.bNameVi, r.bNameEn, locale) },
        attendance: r.attendance,
        absent: r.absentParticipantId,
      }));
  const label = (s: { start: string } | null) => (s ? wallClock(new Date(s.start), VENUE_TIMEZONE).time : null);
  return {
    event: { id: event.id, name: name(event.nameVi, event.nameEn, locale), published: event.publishedVersion > 0 },
    clock: wallClock(now, VENUE_TIMEZONE).time,
    current: clock.current ? { time: label(clock.current), meetings: view(clock.current.id) } : null,
    next: clock.next ? { time: label(clock.next), meetings: view(clock.next.id) } : null,
  };
}

const form = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("checkin"), meeting: z.coerce.number().int().positive() }),
  z.object({ intent: z.literal("noshow"), meeting: z.coerce.number().int().positive(), absent: z.union([z.literal("both"), z.coerce.number().int().positive()]) }),
  z.object({ intent: z.literal("undo"), meeting: z.coerce.number().int().positive() }),
]);

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireRole(request, "organiser");
  await rateLimitWrite(request, actor);
  const t = translator(getLocale(request));
  const parsed = form.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) throw new Response(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "), { status: 400 });
  const db = getDb();
  const f = parsed.data;
  const m = await publishedMeeting(db, f.meeting);
  if (!m || m.eventId !== Number(params.id)) throw new Response("Not found", { status: 404 });
  if (f.intent === "undo") await clearAttendance(db, m.meetingId);
  else {
    const absent = f.intent === "noshow" && f.absent !== "both" ? f.absent : null;
    if (absent !== null && absent !== m.aId && absent !== m.bId) throw new Response("absent: not a side of this meeting", { status: 400 });
    await recordAttendance(db, { meetingId: m.meetingId, eventId: m.eventId, status: f.intent === "checkin" ? "held" : "no_show", absentParticipantId: absent, via: "button", userId: actor.userId });
  }
  await recordAudit(db, { actor: auditActor(actor), action: `meeting.${f.intent}`, entity: "meeting", entityRef: String(m.meetingId), details: f.intent === "noshow" ? { absent: f.absent } : {} });
  const back = new URL(request.url);
  return redirectWithToast(request, `/admin/events/${m.eventId}/live${back.search}`, { kind: "success", message: t("fairDay.live.recorded") });
}

export const meta: MetaFunction<typeof loader> = ({ matches }) => pageMeta(matches, (t) => ({ title: t("fairDay.live.title") }));

type Row = ReturnType<typeof useLoaderData<typeof loader>>["next"] extends infer N ? (N extends { meetings: (infer R)[] } ? R : never) : never;

function MeetingRow({ m }: { m: Row }) {
  const t = useT();
  const button = "rounded border border-slate-300 px-2 py-1 text-xs hover:bg-slate-50";
  return (
    <tr className="border-b border-slate-100" data-meeting={m.meetingId}>
      <td className="py-2 pr-3 font-medium">{m.table}</td>
      <td className="py-2 pr-3">
        {m.a.name} ↔ {m.b.name}
      </td>
      <td className="py-2 pr-3 text-sm">{m.attendance ? t(`fairDay.attendance.${m.attendance}`) : "—"}</td>
      <td className="py-2">
        <Form method="post" className="flex flex-wrap gap-1">
          <input type="hidden" name="meeting" value={m.meetingId} />
          <button name="intent" value="checkin" className={button}>
            {t("fairDay.live.checkin")}
          </button>
        </Form>
        <Form method="post" className="mt-1 flex flex-wrap items-center gap-1">
          <input type="hidden" name="meeting" value={m.meetingId} />
          <input type="hidden" name="intent" value="noshow" />
          <select name="absent" aria-label={t("fairDay.live.noShow")} className="rounded border-slate-300 py-0.5 text-xs">
            <option value={m.a.id}>{m.a.name}</option>
            <option value={m.b.id}>{m.b.name}</option>
            <option value="both">{t("fairDay.live.noShowBoth")}</option>
          </select>
          <button className={button}>{t("fairDay.live.noShow")}</button>
        </Form>
        {m.attendance && (
          <Form method="post">
            <input type="hidden" name="meeting" value={m.meetingId} />
            <button name="intent" value="undo" className="mt-1 text-xs underline">
              {t("fairDay.live.undo")}
            </button>
          </Form>
        )}
      </td>
    </tr>
  );
}

function SlotBlock({ title, slot }: { title: string; slot: { time: string | null; meetings: Row[] } }) {
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 className="text-lg font-semibold">
        {title} · {slot.time}
      </h2>
      <table className="mt-2 w-full text-left text-sm">
        <tbody>
          {slot.meetings.map((m) => (
            <MeetingRow key={m.meetingId} m={m} />
          ))}
        </tbody>
      </table>
    </section>
  );
}

export default function Live() {
  const d = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <PageHeader title={`${t("fairDay.live.title")} — ${d.event.name}`} lead={t("fairDay.live.clock", { time: d.clock })}>
        <div className="mt-3 flex gap-3 text-sm">
          <Link to={`/admin/events/${d.event.id}/agendas`}>{t("fairDay.live.printAll")}</Link>
          <Link to={`/admin/events/${d.event.id}/report`}>{t("fairDay.live.report")}</Link>
        </div>
      </PageHeader>
      <div className="space-y-6">
        {d.current ? <SlotBlock title={t("fairDay.live.now")} slot={d.current} /> : <p className="text-slate-600">{t("fairDay.live.noSlot")}</p>}
        {d.next && <SlotBlock title={t("fairDay.live.next")} slot={d.next} />}
      </div>
    </>
  );
}
