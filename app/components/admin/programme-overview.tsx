import { Form } from "@remix-run/react";
import type { ReactNode } from "react";
import { Legend, Line } from "recharts";
import { Chart } from "~/components/chart";
import { Options } from "~/components/ui/field";
import { useLocale, useT } from "~/components/i18n";
import { scrollRegion } from "~/components/ui/table";
import { Button } from "~/components/ui/button";
import { formatDate } from "~/components/format";
import { OUTCOME_KINDS } from "~/modules/programme/kpi";
import { HEADLINE, TARGET_METRICS, sectorLabel } from "~/modules/programme/metrics";
import type { Locale } from "~/modules/i18n";
import type { ProgrammePage } from "~/services/programme.server";

// Parts of the organisers' programme page (/admin/programme).

type T = (k: string, v?: Record<string, string | number>) => string;

function metricLabel(t: T, metric: string, locale: Locale) {
  if (metric.startsWith("sector:"))
    return t("programme.m.sector", { sector: sectorLabel(metric.slice(7), locale) });
  return t(`programme.m.${metric}`);
}

const fmt = (n: number | null, locale: Locale) =>
  n == null
    ? "—"
    : new Intl.NumberFormat(locale === "vi" ? "vi-VN" : "en-GB", { maximumFractionDigits: 1 }).format(n);

/** A field with its name above it, as every field of this page's two forms is laid out. */
function StackedLabel({ label, children }: { label: string; children: ReactNode }) {
  return (
    <label className="text-sm">
      <span className="block font-medium">{label}</span>
      {children}
    </label>
  );
}

/** One white card of the page: its h3, an optional note under it, then its content. */
function Card({
  title,
  note,
  className,
  children,
}: {
  title: string;
  note?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section
      className={className ? `rounded-lg border bg-white p-4 ${className}` : "rounded-lg border bg-white p-4"}
    >
      <h3 className="font-medium">{title}</h3>
      {note && <p className="text-sm text-slate-600">{note}</p>}
      {children}
    </section>
  );
}

export function AsOfHeader({ asOf, badDate }: { asOf: string; badDate: boolean }) {
  const t = useT();
  return (
    <header className="space-y-2">
      <h2 className="text-xl font-semibold">{t("programme.title")}</h2>
      <p className="text-sm text-slate-600">{t("programme.intro")}</p>
      <Form method="get" className="flex flex-wrap items-end gap-2">
        <StackedLabel label={t("programme.asOf")}>
          <input type="date" name="asOf" defaultValue={asOf} className="rounded border px-2 py-1" />
        </StackedLabel>
        <Button type="submit" variant="secondary">
          {t("programme.show")}
        </Button>
      </Form>
      {badDate && (
        <p role="alert" className="text-sm text-red-700">
          {t("programme.badDate")}
        </p>
      )}
    </header>
  );
}

/** The targets table's column headings and their cells' alignment. */
const TARGET_COLUMNS = [
  ["programme.metric", "py-1 pr-2"],
  ["programme.target", "py-1 pr-2 text-right"],
  ["programme.actual", "py-1 pr-2 text-right"],
  ["programme.progress", "py-1 text-right"],
] as const;

export function TargetsTable({ d }: { d: Pick<ProgrammePage, "asOf" | "rows"> }) {
  const t = useT();
  const locale = useLocale();
  const title = `${t("programme.asOf")} ${formatDate(d.asOf, locale)}`;
  return (
    <section className="overflow-x-auto" {...scrollRegion(title)}>
      <table className="w-full min-w-[20rem] text-left text-sm" data-testid="targets-vs-actuals">
        <caption className="text-left font-medium">{title}</caption>
        <thead>
          <tr>
            {TARGET_COLUMNS.map(([key, className]) => (
              <th key={key} scope="col" className={className}>
                {t(key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {d.rows.map((r) => (
            <tr key={r.metric} data-metric={r.metric} className="border-t">
              <th scope="row" className="py-1 pr-2 font-normal">
                {metricLabel(t, r.metric, locale)}
              </th>
              <td className="py-1 pr-2 text-right">
                {r.target == null ? t("programme.noTarget") : fmt(r.target, locale)}
              </td>
              <td className="py-1 pr-2 text-right" data-actual>
                {fmt(r.actual, locale)}
              </td>
              <td className="py-1 text-right">
                {r.progress == null ? (
                  "—"
                ) : (
                  <span>
                    {`${fmt(r.progress, locale)} %`}
                    <progress
                      className="ml-2 hidden w-20 align-middle sm:inline"
                      max={100}
                      value={Math.min(100, r.progress)}
                    />
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function StandardsAndOutcomes({ d }: { d: Pick<ProgrammePage, "standards" | "figures"> }) {
  const t = useT();
  return (
    <Card title={t("programme.byStandard")}>
      <ul className="mt-2 text-sm">
        {d.standards.map((s) => (
          <li key={s.id}>
            {s.label}: {d.figures.certifiedByStandard[s.id]}
          </li>
        ))}
      </ul>
      <h3 className="mt-4 font-medium">{t("programme.outcomesByKind")}</h3>
      <ul className="mt-2 text-sm">
        {OUTCOME_KINDS.map((k) => (
          <li key={k}>
            {t(`programme.o.${k}`)}: {d.figures.outcomesByKind[k]}
          </li>
        ))}
      </ul>
    </Card>
  );
}

/** The year-over-year chart's lines (the headline figures but outcomes) and their colours. */
const LINE_COLOURS = {
  firms: "#1d4ed8",
  certified: "#15803d",
  mncSuppliers: "#b45309",
  meetings: "#7c3aed",
} as const;

export function YearOverYear({ years }: { years: ProgrammePage["years"] }) {
  const t = useT();
  const locale = useLocale();
  const yoy = years.map((y) => ({
    year: String(y.figures.year),
    ...Object.fromEntries(HEADLINE.map((m) => [m, y.figures[m]])),
  }));
  return (
    <Card title={t("programme.yoy")} note={t("programme.yoyNote")}>
      <Chart kind="line" data={yoy} xKey="year" className="h-64">
        <Legend />
        {Object.entries(LINE_COLOURS).map(([m, colour]) => (
          <Line key={m} dataKey={m} name={t(`programme.m.${m}`)} stroke={colour} />
        ))}
      </Chart>
      <section className="overflow-x-auto" {...scrollRegion(t("programme.yoy"))}>
        <table className="w-full text-left text-sm">
          <thead>
            <tr>
              <th scope="col">{t("programme.year")}</th>
              {HEADLINE.map((m) => (
                <th scope="col" key={m} className="px-1 text-right">
                  {t(`programme.m.${m}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {years.map((y) => (
              <tr key={y.figures.year} data-year={y.figures.year} className="border-t">
                <th scope="row" className="font-normal">
                  {y.figures.year}
                </th>
                {HEADLINE.map((m) => {
                  const row = y.rows.find((r) => r.metric === m);
                  return (
                    <td key={m} className="px-1 text-right">
                      {y.figures[m]}
                      {row?.target != null && (
                        <span className="text-slate-500"> / {fmt(row.target, locale)}</span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </Card>
  );
}

export function TargetForm({
  asOf,
  err,
  busy,
}: {
  asOf: string;
  err: { error: string; field: string } | undefined;
  busy: boolean;
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <Card title={t("programme.targets")} note={t("programme.targetsIntro")}>
      <Form method="post" className="mt-2 flex flex-wrap items-end gap-2">
        <StackedLabel label={t("programme.year")}>
          <input
            name="year"
            type="number"
            min={2000}
            max={2100}
            required
            defaultValue={Number(asOf.slice(0, 4))}
            className="w-24 rounded border px-2 py-1"
            aria-invalid={err?.field === "year" || undefined}
          />
        </StackedLabel>
        <StackedLabel label={t("programme.metric")}>
          <select name="metric" className="max-w-[20rem] rounded border px-2 py-1">
            <Options items={TARGET_METRICS} value={(m) => m} label={(m) => metricLabel(t, m, locale)} />
          </select>
        </StackedLabel>
        <StackedLabel label={t("programme.value")}>
          <input
            name="value"
            inputMode="decimal"
            className="w-28 rounded border px-2 py-1"
            aria-invalid={err?.field === "value" || undefined}
          />
        </StackedLabel>
        <Button type="submit" disabled={busy}>
          {t("programme.save")}
        </Button>
      </Form>
      {err?.error && (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {err.error}
        </p>
      )}
    </Card>
  );
}

export function Definitions() {
  const t = useT();
  return (
    <Card title={t("programme.definitions")} className="text-sm">
      <dl className="mt-2 space-y-2">
        {([...HEADLINE, "schemeCertified", "sector"] as const).map((k) => (
          <div key={k}>
            <dd>{t(`programme.def.${k}`)}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
