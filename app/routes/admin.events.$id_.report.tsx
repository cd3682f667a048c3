import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import type { ReactNode } from "react";
import { Bar, Legend } from "recharts";
import { requireRole } from "~/services/auth.server";
import { OUTCOMES, eventInfo, eventReport, getDb } from "~/services/agenda.server";
import { getLocale } from "~/utils/locale.server";
import { idParam, notFound } from "~/utils/responses";
import { useT } from "~/components/i18n";
import { displayName, reasonLabel } from "~/modules/i18n";
import { titleMeta } from "~/components/meta";
import { PageHeader } from "~/components/page-header";
import { Chart } from "~/components/chart";

// The organisers' figures for one event; report/export?format=csv|xlsx downloads the same numbers.
export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, "organiser");
  const locale = getLocale(request);
  const eventId = idParam(params.id);
  const event = (await eventInfo(getDb(), eventId)) ?? notFound();
  return {
    event: { id: event.id, name: displayName(event, locale) },
    report: await eventReport(eventId),
    outcomes: OUTCOMES,
  };
}

export const meta = titleMeta("fairDay.report.title");

const COLOURS = ["#94a3b8", "#60a5fa", "#a78bfa", "#f59e0b", "#10b981"];

function Figures({ title, values }: { title: string; values: [string, number][] }) {
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 className="font-semibold">{title}</h2>
      <dl className="mt-2 grid grid-cols-2 gap-x-4 gap-y-1 text-sm">
        {values.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="text-slate-600">{k}</dt>
            <dd className="text-right font-semibold tabular-nums" data-figure={k}>
              {v}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** A bar chart in a card, the bars (and legend) given as children; `after` stands below the chart. */
function BarCard({
  title,
  data,
  xKey,
  after,
  children,
}: {
  title: string;
  data: object[];
  xKey: string;
  after?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 className="font-semibold">{title}</h2>
      <Chart kind="bar" data={data} xKey={xKey} className="h-64">
        {children}
      </Chart>
      {after}
    </section>
  );
}

export default function Report() {
  const { event, report: r, outcomes } = useLoaderData<typeof loader>();
  const t = useT();
  const req = (k: keyof typeof r.requests) =>
    [t(`fairDay.report.requests.${k}`), r.requests[k]] as [string, number];
  const met = (k: keyof typeof r.meetings) =>
    [t(`fairDay.report.meetings.${k}`), r.meetings[k]] as [string, number];
  const funnel = [
    { name: t("fairDay.report.requests.sent"), value: r.requests.sent },
    { name: t("fairDay.report.requests.accepted"), value: r.requests.accepted },
    { name: t("fairDay.report.meetings.scheduled"), value: r.meetings.scheduled },
    { name: t("fairDay.report.meetings.held"), value: r.meetings.held },
  ];
  const bySector = r.outcomesBySector.map((s) => ({ ...s, label: s.sector }));
  return (
    <>
      <PageHeader title={`${t("fairDay.report.title")} — ${event.name}`}>
        <div className="mt-3 flex gap-3 text-sm">
          <a href={`/admin/events/${event.id}/report/export?format=csv`} download>
            {t("fairDay.report.csv")}
          </a>
          <a href={`/admin/events/${event.id}/report/export?format=xlsx`} download>
            {t("fairDay.report.xlsx")}
          </a>
        </div>
      </PageHeader>
      <div className="grid gap-4 md:grid-cols-3">
        <Figures
          title={t("fairDay.report.requests")}
          values={[
            req("sent"),
            req("accepted"),
            req("declined"),
            req("pending"),
            req("cancelled"),
            req("expired"),
          ]}
        />
        <Figures
          title={t("fairDay.report.meetings")}
          values={[met("scheduled"), met("held"), met("noShows"), met("unrecorded")]}
        />
        <Figures
          title={t("fairDay.report.suppliers")}
          values={[
            [t("fairDay.report.suppliers.participating"), r.suppliers.participating],
            [t("fairDay.report.suppliers.withMeeting"), r.suppliers.withMeeting],
          ]}
        />
      </div>
      {r.declineReasons.length > 0 && (
        <Figures
          title={t("fairDay.report.declineReasons")}
          values={r.declineReasons.map((d) => [reasonLabel(d.reason, "fair.decline.", t), d.count])}
        />
      )}
      <div className="mt-6 grid gap-6 lg:grid-cols-2">
        <BarCard title={t("fairDay.report.meetings")} data={funnel} xKey="name">
          <Bar dataKey="value" fill="#2563eb" />
        </BarCard>
        <BarCard
          title={t("fairDay.report.outcomes")}
          data={bySector}
          xKey="label"
          after={
            <table className="mt-3 w-full text-left text-sm">
              <thead>
                <tr>
                  <th className="pr-2"></th>
                  {outcomes.map((o) => (
                    <th key={o} className="pr-2 text-xs font-medium">
                      {t(`fairDay.outcome.${o}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {r.outcomesBySector.map((s) => (
                  <tr key={s.sector} data-sector={s.sector}>
                    <th className="pr-2 font-medium">{s.sector}</th>
                    {outcomes.map((o) => (
                      <td key={o} className="pr-2 tabular-nums">
                        {s[o]}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          }
        >
          <Legend />
          {outcomes.map((o, i) => (
            <Bar key={o} dataKey={o} name={t(`fairDay.outcome.${o}`)} stackId="o" fill={COLOURS[i]} />
          ))}
        </BarCard>
      </div>
    </>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
