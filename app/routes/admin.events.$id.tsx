import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireRole } from "~/services/auth.server";
import { getLocale } from "~/utils/locale.server";
import { displayName } from "~/modules/i18n";
import { redirectWithToast } from "~/utils/session.server";
import { idParam, notFound } from "~/utils/responses";
import { eventOverview, overviewIntent, runOverviewIntent } from "~/services/events/overview.server";
import { useLocale, useT } from "~/components/i18n";
import { formatDate, formatDateTime } from "~/components/format";
import { Badge } from "~/components/ui/badge";
import { ButtonLink } from "~/components/ui/button";
import { EventExportLinks } from "~/components/export-links";
import { AddMeeting, Registrations } from "~/components/events/event-overview";
import { pageMeta } from "~/components/meta";
import { runEventPageIntent } from "~/services/events/page-intent.server";

// The organiser's overview of one event: settings at a glance, registrations to approve,
// request figures, meetings the organiser adds (hosted buyers), links to the schedule.

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, "organiser");
  const view = await eventOverview(idParam(params.id), getLocale(request));
  if (!view) notFound();
  return view;
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { here, toast } = await runEventPageIntent(request, params, "", overviewIntent, runOverviewIntent);
  return redirectWithToast(request, here, toast);
}

export default function AdminEvent() {
  const d = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  const approved = d.people.filter((p) => p.status === "approved");
  return (
    <section className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h2 className="text-xl font-semibold">{displayName(d.ev, locale)}</h2>
          <p className="text-sm text-slate-600">
            {d.ev.days.map((x) => formatDate(x, locale)).join(", ")} · {d.ev.dayStart}–{d.ev.dayEnd} ·{" "}
            {d.ev.venue}
          </p>
          <p className="mt-1 flex flex-wrap gap-2 text-sm">
            <Badge>{t(`fair.status.${d.ev.status}`)}</Badge>
            <Badge tone="brand">
              {t("fair.admin.slotsTables", {
                slots: d.slots,
                tables: d.tables,
                minutes: d.ev.meetingMinutes,
              })}
            </Badge>
            {d.ev.deadline && (
              <Badge tone="amber">
                {t("fair.deadline", { when: formatDateTime(d.ev.deadline, locale) })}
              </Badge>
            )}
            {d.published && (
              <Badge tone="green">
                {t("fair.admin.publishedInfo", {
                  version: d.published.version,
                  meetings: d.published.meetings,
                })}
              </Badge>
            )}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <ButtonLink to={`/admin/events/${d.ev.id}/edit`} variant="secondary">
            {t("fair.admin.edit")}
          </ButtonLink>
          <ButtonLink to={`/admin/events/${d.ev.id}/schedule`}>{t("fair.admin.schedule")}</ButtonLink>
          <ButtonLink to={`/admin/events/${d.ev.id}/live`} variant="secondary">
            {t("fairDay.live.title")}
          </ButtonLink>
          <ButtonLink to={`/admin/events/${d.ev.id}/agendas`} variant="secondary">
            {t("fairDay.live.printAll")}
          </ButtonLink>
          <ButtonLink to={`/admin/events/${d.ev.id}/report`} variant="secondary">
            {t("fairDay.report.title")}
          </ButtonLink>
          <ButtonLink to={`/events/${d.ev.id}`} variant="ghost">
            {t("fair.admin.publicPage")}
          </ButtonLink>
        </div>
      </div>
      <EventExportLinks eventId={d.ev.id} />

      <div className="grid gap-3 sm:grid-cols-5">
        {(["pending", "accepted", "declined", "cancelled", "expired"] as const).map((s) => (
          <div key={s} className="rounded-lg border bg-white p-3 text-center">
            <div className="text-2xl font-semibold">{d.counts[s]}</div>
            <div className="text-xs text-slate-600">{t(`fair.requests.${s}`)}</div>
          </div>
        ))}
      </div>

      <Registrations d={d} />
      <AddMeeting d={d} approved={approved} />
    </section>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageMeta(matches, (t, locale) => ({ title: data ? displayName(data.ev, locale) : t("fair.admin.events") }));

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
