import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { displayName } from "~/modules/i18n";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { getActor, rateLimitWrite, requireOwnOrg } from "~/services/auth.server";
import { getDb } from "~/utils/services.server";
import { getTranslator } from "~/utils/locale.server";
import { redirectWithToast } from "~/utils/session.server";
import { auditActor } from "~/modules/auth/permissions";
import { utcToLocalInput } from "~/modules/events";
import {
  fairError,
  getEvent,
  listParticipants,
  listSlots,
  myParticipation,
  registerParticipant,
} from "~/services/events.server";
import { recordAudit } from "~/services/audit.server";
import { useLocale, useT } from "~/components/i18n";
import { formatDate, slotLabel } from "~/components/format";
import { pageMeta } from "~/components/meta";
import { PageHeader } from "~/components/page-header";
import { StatusBadge } from "~/components/events/status-badge";
import { Button, ButtonLink } from "~/components/ui/button";

// The public page of an event, and registration for members of a buyer or supplier firm.

export async function loader({ request, params }: LoaderFunctionArgs) {
  const db = getDb();
  const ev = await getEvent(db, Number(params.id));
  const actor = await getActor(request);
  if (!ev || (ev.status === "draft" && actor?.role !== "organiser" && actor?.role !== "admin"))
    throw new Response("Not found", { status: 404 });
  const slots = await listSlots(db, ev.id);
  const mine = await myParticipation(ev.id, actor?.orgId ?? null);
  // Only approved firms are public: a pending or rejected registration is the firm's own business.
  const approved = await listParticipants(db, ev.id, { status: "approved" });
  const now = new Date().toISOString();
  const registrationOpen =
    ev.status === "open" &&
    (!ev.registrationOpensAt || ev.registrationOpensAt <= now) &&
    (!ev.registrationClosesAt || now < ev.registrationClosesAt);
  return {
    ev: {
      id: ev.id,
      nameVi: ev.nameVi,
      nameEn: ev.nameEn,
      venue: ev.venue,
      status: ev.status,
      days: ev.days,
      dayStart: ev.dayStart,
      dayEnd: ev.dayEnd,
      meetingMinutes: ev.meetingMinutes,
      slots: slots.length,
      breaks: ev.breaks,
      regCloses: utcToLocalInput(ev.registrationClosesAt).replace("T", " "),
      deadline: utcToLocalInput(ev.requestDeadline).replace("T", " "),
    },
    loggedIn: actor !== null,
    canRegister:
      actor !== null && actor.orgId !== null && (actor.role === "buyer" || actor.role === "supplier"),
    registrationOpen,
    programme: programmeOf(ev.days, slots),
    participants: approved.map((p) => ({ ref: p.ref, kind: p.kind, nameVi: p.nameVi, nameEn: p.nameEn })),
    mine: mine ? { status: mine.status, kind: mine.kind } : null,
  };
}

/**
 * The programme, day by day: the first and last meeting slot of each day (slots carry their
 * local +07:00 offset, so the first ten characters are the Hanoi date).
 */
function programmeOf(days: string[], slots: { startsAt: string; minutes: number }[]) {
  return days.map((date) => {
    const own = slots.filter((s) => s.startsAt.slice(0, 10) === date);
    return {
      date,
      count: own.length,
      first: own[0] ? { startsAt: own[0].startsAt, minutes: own[0].minutes } : null,
      last: own.length
        ? { startsAt: own[own.length - 1].startsAt, minutes: own[own.length - 1].minutes }
        : null,
    };
  });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireOwnOrg(request);
  await rateLimitWrite(request, actor);
  const db = getDb();
  const id = Number(params.id);
  const { t } = getTranslator(request);
  const note =
    String((await request.formData()).get("note") ?? "")
      .trim()
      .slice(0, 1000) || null;
  try {
    const pid = await registerParticipant(db, {
      eventId: id,
      orgId: actor.orgId,
      userId: actor.userId,
      note,
    });
    await recordAudit(db, {
      actor: auditActor(actor),
      action: "event_register",
      entity: "event_participant",
      entityRef: String(pid),
    });
  } catch (e) {
    const msg = fairError(e);
    if (msg === null) throw e;
    return redirectWithToast(request, `/events/${id}`, { kind: "error", message: msg });
  }
  return redirectWithToast(request, `/events/${id}`, { kind: "success", message: t("fair.register.done") });
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageMeta(matches, () => ({ title: data?.ev.nameVi ?? "Event" }));

export default function EventPage() {
  const d = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <PageHeader
        kicker={t("fair.events.title")}
        title={displayName(d.ev, locale)}
        lead={`${d.ev.days.map((x) => formatDate(x, locale)).join(", ")} · ${d.ev.dayStart}–${d.ev.dayEnd}${d.ev.venue ? ` · ${d.ev.venue}` : ""}`}
      />
      <p className="mb-4 text-slate-700">
        {t("fair.event.about", { slots: d.ev.slots, minutes: d.ev.meetingMinutes })}
      </p>
      {d.ev.deadline && (
        <p className="mb-4 text-sm text-slate-600">{t("fair.deadline", { when: d.ev.deadline })}</p>
      )}
      <Programme d={d} />
      <section className="rounded-lg border bg-white p-5">
        <h2 className="mb-2 text-lg font-semibold">{t("fair.register.title")}</h2>
        {d.mine ? (
          <div className="space-y-3">
            <p>
              {t("fair.register.yours", { kind: t(`fair.kind.${d.mine.kind}`) })}{" "}
              <StatusBadge status={d.mine.status} />
            </p>
            {d.mine.status === "approved" && (
              <ButtonLink to={`/my/events/${d.ev.id}`}>{t("fair.register.goMeetings")}</ButtonLink>
            )}
            {d.mine.status === "pending" && (
              <p className="text-sm text-slate-600">{t("fair.register.waiting")}</p>
            )}
          </div>
        ) : !d.loggedIn ? (
          <p>
            <Link to={`/login?redirectTo=/events/${d.ev.id}`}>{t("fair.register.login")}</Link>
          </p>
        ) : !d.canRegister ? (
          <p className="text-slate-600">{t("fair.register.onlyFirms")}</p>
        ) : !d.registrationOpen ? (
          <p className="text-slate-600">{t("fair.register.closed")}</p>
        ) : (
          <Form method="post" className="space-y-3">
            <label className="block text-sm">
              {t("fair.register.note")}
              <textarea
                name="note"
                rows={2}
                maxLength={1000}
                className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
              />
            </label>
            <Button type="submit">{t("fair.register.submit")}</Button>
          </Form>
        )}
      </section>
      <Participants list={d.participants} />
    </>
  );
}

type Data = ReturnType<typeof useLoaderData<typeof loader>>;

/** Days, hours, breaks and meeting slots, in the reader's language and Hanoi time. */
function Programme({ d }: { d: Data }) {
  const t = useT();
  const locale = useLocale();
  if (d.programme.length === 0) return null;
  return (
    <section className="mb-6 rounded-lg border bg-white p-5" aria-labelledby="programme-h">
      <h2 id="programme-h" className="mb-2 text-lg font-semibold">
        {t("engage.event.programme")}
      </h2>
      <ul className="space-y-2">
        {d.programme.map((day) => (
          <li key={day.date}>
            <span className="font-medium">{formatDate(day.date, locale)}</span>
            {" · "}
            {t("engage.event.hours", { from: d.ev.dayStart, to: d.ev.dayEnd })}
            {d.ev.breaks.length > 0 &&
              ` · ${t("engage.event.breaks", { list: d.ev.breaks.map((b) => `${b.start}–${b.end}`).join(", ") })}`}
            {day.first && day.last && (
              <span className="block text-sm text-slate-600">
                {t("engage.event.slots", {
                  count: day.count,
                  first: slotLabel(day.first.startsAt, day.first.minutes, locale),
                  last: slotLabel(day.last.startsAt, day.last.minutes, locale),
                })}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Approved participants, suppliers and buyers apart, each name a link to the firm's profile. */
function Participants({ list }: { list: Data["participants"] }) {
  const t = useT();
  const locale = useLocale();
  return (
    <section className="mt-6 rounded-lg border bg-white p-5" aria-labelledby="participants-h">
      <h2 id="participants-h" className="mb-2 text-lg font-semibold">
        {t("engage.event.participants", { count: list.length })}
      </h2>
      {list.length === 0 ? (
        <p className="text-slate-600">{t("engage.event.noParticipants")}</p>
      ) : (
        (["supplier", "buyer"] as const).map((kind) => {
          const own = list.filter((p) => p.kind === kind);
          if (own.length === 0) return null;
          return (
            <div key={kind} className="mb-3">
              <h3 className="font-medium">{t(`fair.kind.${kind}`)}</h3>
              <ul className="ml-5 list-disc">
                {own.map((p) => (
                  <li key={p.ref}>
                    <Link to={`/${kind}s/${p.ref}`}>{displayName(p, locale)}</Link>
                  </li>
                ))}
              </ul>
            </div>
          );
        })
      )}
    </section>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
