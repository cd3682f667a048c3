import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { rateLimitWrite, requireRole } from "~/services/auth.server";
import {
  DayChangeError,
  applyDayChange,
  clearAttendance,
  eventInfo,
  eventSlots,
  getDb,
  previewDayChange,
  publishedMeeting,
  latestMeetingsOfEvent,
  recordAttendance,
  type DayChange,
} from "~/services/agenda.server";
import { recordAudit } from "~/services/audit.server";
import { auditActor } from "~/modules/auth/permissions";
import { getLocale } from "~/utils/locale.server";
import { redirectWithToast } from "~/utils/session.server";
import { VENUE_TIMEZONE, slotClock, wallClock } from "~/modules/agenda";
import { compareNames, displayName, translator, type Locale } from "~/modules/i18n";
import { useT } from "~/components/i18n";
import { pageMeta } from "~/components/meta";
import { PageHeader } from "~/components/page-header";

// The organisers' screen on the fair day: the slot running by the clock and the next one, with
// check-in and no-show per meeting. `?at=ISO` shows the board as at another time (rehearsals).

// Either name may be missing (buyers often have no Vietnamese one): displayName falls back.
const name = (vi: string | null, en: string | null, locale: Locale) =>
  displayName({ nameVi: vi, nameEn: en }, locale);

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, "organiser");
  const locale = getLocale(request);
  const db = getDb();
  const eventId = Number(params.id);
  const event = Number.isInteger(eventId) ? await eventInfo(db, eventId) : undefined;
  if (!event) throw new Response("Not found", { status: 404 });
  const at = new URL(request.url).searchParams.get("at");
  const now = at && !Number.isNaN(Date.parse(at)) ? new Date(at) : new Date();
  const [slots, rows] = await Promise.all([eventSlots(db, eventId), latestMeetingsOfEvent(db, eventId)]);
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
  const label = (s: { start: string } | null) =>
    s ? wallClock(new Date(s.start), VENUE_TIMEZONE).time : null;
  const open = slots.filter((sl) => !clock.startedIds.has(sl.id));
  const openIds = new Set(open.map((sl) => sl.id));
  const people = new Map<number, string>();
  for (const r of rows) {
    people.set(r.aId, name(r.aNameVi, r.aNameEn, locale));
    people.set(r.bId, name(r.bNameVi, r.bNameEn, locale));
  }
  return {
    at: at ?? "",
    changes: {
      meetings: rows
        .filter((r) => openIds.has(r.slotId))
        .map((r) => ({
          id: r.meetingId,
          label: `${label({ start: r.startsAt })} · ${r.tableName} · ${name(r.aNameVi, r.aNameEn, locale)} ↔ ${name(r.bNameVi, r.bNameEn, locale)}`,
        })),
      participants: [...people]
        .map(([id, n]) => ({ id, name: n }))
        .sort((x, y) => compareNames(locale)(x.name, y.name)),
      slots: open.map((sl) => ({
        id: sl.id,
        label: `${wallClock(new Date(sl.start), VENUE_TIMEZONE).date} ${label(sl)}`,
      })),
    },
    event: {
      id: event.id,
      name: name(event.nameVi, event.nameEn, locale),
      published: event.publishedVersion > 0,
    },
    clock: wallClock(now, VENUE_TIMEZONE).time,
    current: clock.current ? { time: label(clock.current), meetings: view(clock.current.id) } : null,
    next: clock.next ? { time: label(clock.next), meetings: view(clock.next.id) } : null,
  };
}

const change = z.discriminatedUnion("intent", [
  z.object({
    intent: z.enum(["preview-cancel", "apply-cancel"]),
    meeting: z.coerce.number().int().positive(),
    revision: z.coerce.number().int().optional(),
  }),
  z.object({
    intent: z.enum(["preview-late", "apply-late"]),
    participant: z.coerce.number().int().positive(),
    slot: z.coerce.number().int().positive(),
    revision: z.coerce.number().int().optional(),
  }),
]);

const form = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("checkin"), meeting: z.coerce.number().int().positive() }),
  z.object({
    intent: z.literal("noshow"),
    meeting: z.coerce.number().int().positive(),
    absent: z.union([z.literal("both"), z.coerce.number().int().positive()]),
  }),
  z.object({ intent: z.literal("undo"), meeting: z.coerce.number().int().positive() }),
]);

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireRole(request, "organiser");
  await rateLimitWrite(request, actor);
  const t = translator(getLocale(request));
  const fields = Object.fromEntries(await request.formData());
  const eventId = Number(params.id);
  const url = new URL(request.url);
  const at = url.searchParams.get("at");
  const now = at && !Number.isNaN(Date.parse(at)) ? new Date(at) : new Date();
  const c = change.safeParse(fields);
  if (c.success) {
    const dc: DayChange =
      "meeting" in c.data
        ? { kind: "cancel", meetingId: c.data.meeting }
        : { kind: "late", participantId: c.data.participant, fromSlotId: c.data.slot };
    try {
      if (c.data.intent.startsWith("preview")) {
        const p = await previewDayChange(eventId, dc, now);
        return {
          preview: {
            ...p,
            fields: {
              ...fields,
              intent: c.data.intent.replace("preview", "apply"),
              revision: String(p.revision),
            },
          },
        };
      }
      const done = await applyDayChange(eventId, dc, now, c.data.revision ?? -1, actor.userId);
      if (!done)
        return redirectWithToast(request, `/admin/events/${eventId}/live${url.search}`, {
          kind: "error",
          message: t("fairDay.live.stale"),
        });
      await recordAudit(getDb(), {
        actor: auditActor(actor),
        action: `schedule.${dc.kind}`,
        entity: "event",
        entityRef: String(eventId),
        details: { ...dc, moved: done.moved },
      });
      return redirectWithToast(request, `/admin/events/${eventId}/live${url.search}`, {
        kind: "success",
        message: t("fairDay.live.applied", { count: done.moved }),
      });
    } catch (e) {
      if (!(e instanceof DayChangeError)) throw e;
      return redirectWithToast(request, `/admin/events/${eventId}/live${url.search}`, {
        kind: "error",
        message: e.code === "started" ? t("fairDay.live.started") : e.message,
      });
    }
  }
  const parsed = form.safeParse(fields);
  if (!parsed.success)
    throw new Response(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "), {
      status: 400,
    });
  const db = getDb();
  const f = parsed.data;
  const m = await publishedMeeting(db, f.meeting);
  if (!m || m.eventId !== eventId) throw new Response("Not found", { status: 404 });
  if (f.intent === "undo") await clearAttendance(db, m.meetingId);
  else {
    const absent = f.intent === "noshow" && f.absent !== "both" ? f.absent : null;
    if (absent !== null && absent !== m.aId && absent !== m.bId)
      throw new Response("absent: not a side of this meeting", { status: 400 });
    await recordAttendance(db, {
      meetingId: m.meetingId,
      eventId: m.eventId,
      status: f.intent === "checkin" ? "held" : "no_show",
      absentParticipantId: absent,
      via: "button",
      userId: actor.userId,
    });
  }
  await recordAudit(db, {
    actor: auditActor(actor),
    action: `meeting.${f.intent}`,
    entity: "meeting",
    entityRef: String(m.meetingId),
    details: f.intent === "noshow" ? { absent: f.absent } : {},
  });
  return redirectWithToast(request, `/admin/events/${m.eventId}/live${url.search}`, {
    kind: "success",
    message: t("fairDay.live.recorded"),
  });
}

export const meta: MetaFunction<typeof loader> = ({ matches }) =>
  pageMeta(matches, (t) => ({ title: t("fairDay.live.title") }));

type Row = ReturnType<typeof useLoaderData<typeof loader>>["next"] extends infer N
  ? N extends { meetings: (infer R)[] }
    ? R
    : never
  : never;

function MeetingRow({ m }: { m: Row }) {
  const t = useT();
  // Thumb-sized on a phone, where the live view is used at the tables with one hand.
  const button =
    "rounded border border-slate-300 px-4 py-2 text-sm hover:bg-slate-50 md:px-2 md:py-1 md:text-xs";
  return (
    // On a phone each meeting is a card: the table, the pair, then the buttons, stacked.
    <tr className="border-b border-slate-100 max-md:block max-md:py-2" data-meeting={m.meetingId}>
      <td className="py-2 pr-3 font-medium max-md:block max-md:py-0.5">{m.table}</td>
      <td className="py-2 pr-3 max-md:block max-md:py-0.5">
        {m.a.name} ↔ {m.b.name}
      </td>
      <td className="py-2 pr-3 text-sm max-md:block max-md:py-0.5">
        {m.attendance ? t(`fairDay.attendance.${m.attendance}`) : "—"}
      </td>
      <td className="py-2 max-md:block max-md:py-0.5">
        <Form method="post" className="flex flex-wrap gap-1">
          <input type="hidden" name="meeting" value={m.meetingId} />
          <button type="submit" name="intent" value="checkin" className={button}>
            {t("fairDay.live.checkin")}
          </button>
        </Form>
        <Form method="post" className="mt-1 flex flex-wrap items-center gap-1">
          <input type="hidden" name="meeting" value={m.meetingId} />
          <input type="hidden" name="intent" value="noshow" />
          <select
            name="absent"
            aria-label={t("fairDay.live.noShow")}
            className="min-w-0 max-w-full rounded border-slate-300 py-2 text-sm md:py-0.5 md:text-xs"
          >
            <option value={m.a.id}>{m.a.name}</option>
            <option value={m.b.id}>{m.b.name}</option>
            <option value="both">{t("fairDay.live.noShowBoth")}</option>
          </select>
          <button type="submit" className={button}>
            {t("fairDay.live.noShow")}
          </button>
        </Form>
        {m.attendance && (
          <Form method="post">
            <input type="hidden" name="meeting" value={m.meetingId} />
            <button type="submit" name="intent" value="undo" className="mt-1 text-xs underline">
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
      <table className="mt-2 w-full text-left text-sm max-md:block">
        <tbody className="max-md:block">
          {slot.meetings.map((m) => (
            <MeetingRow key={m.meetingId} m={m} />
          ))}
        </tbody>
      </table>
    </section>
  );
}

function Changes() {
  const d = useLoaderData<typeof loader>();
  const a = useActionData<typeof action>();
  const t = useT();
  const button = "rounded border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50";
  // Option labels are long ("table, time, A ↔ B"): the select may not grow past the screen.
  const select = "w-full max-w-full rounded border-slate-300 text-sm md:w-auto";
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 className="text-lg font-semibold">{t("fairDay.live.changes")}</h2>
      {a && "preview" in a && a.preview && (
        <Form method="post" className="mt-3 flex flex-wrap items-center gap-3 rounded bg-amber-50 p-3">
          {Object.entries(a.preview.fields).map(([k, v]) => (
            <input key={k} type="hidden" name={k} value={String(v)} />
          ))}
          <p role="status" className="font-medium">
            {t("fairDay.live.willMove", { count: a.preview.moved })}
          </p>
          <button
            type="submit"
            className="rounded bg-brand-600 px-3 py-1.5 text-sm text-white hover:bg-brand-700"
          >
            {t("fairDay.live.confirm")}
          </button>
        </Form>
      )}
      <Form method="post" className="mt-3 flex flex-wrap items-end gap-2">
        <input type="hidden" name="intent" value="preview-cancel" />
        <label className="min-w-0 max-w-full text-sm">
          {t("fairDay.live.cancel")}
          <select name="meeting" className={`${select} mt-1 block`}>
            {d.changes.meetings.map((m) => (
              <option key={m.id} value={m.id}>
                {m.label}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className={button}>
          {t("fairDay.live.preview")}
        </button>
      </Form>
      <Form method="post" className="mt-3 flex flex-wrap items-end gap-2">
        <input type="hidden" name="intent" value="preview-late" />
        <label className="min-w-0 max-w-full text-sm">
          {t("fairDay.live.late")}
          <select name="participant" className={`${select} mt-1 block`}>
            {d.changes.participants.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <label className="min-w-0 max-w-full text-sm">
          {t("fairDay.live.lateFrom")}
          <select name="slot" className={`${select} mt-1 block`}>
            {d.changes.slots.map((sl) => (
              <option key={sl.id} value={sl.id}>
                {sl.label}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className={button}>
          {t("fairDay.live.preview")}
        </button>
      </Form>
    </section>
  );
}

export default function Live() {
  const d = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <PageHeader
        title={`${t("fairDay.live.title")} — ${d.event.name}`}
        lead={t("fairDay.live.clock", { time: d.clock })}
      >
        <div className="mt-3 flex gap-3 text-sm">
          <Link to={`/admin/events/${d.event.id}/agendas`}>{t("fairDay.live.printAll")}</Link>
          <Link to={`/admin/events/${d.event.id}/report`}>{t("fairDay.live.report")}</Link>
        </div>
      </PageHeader>
      <div className="space-y-6">
        {d.current ? (
          <SlotBlock title={t("fairDay.live.now")} slot={d.current} />
        ) : (
          <p className="text-slate-600">{t("fairDay.live.noSlot")}</p>
        )}
        {d.next && <SlotBlock title={t("fairDay.live.next")} slot={d.next} />}
        <Changes />
      </div>
    </>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
