import { Form, Link, useNavigation } from "@remix-run/react";
import { useLocale, useT } from "~/components/i18n";
import { scrollRegion } from "~/components/ui/table";
import { formatNumber, formatPercent } from "~/components/format";
import { Button } from "~/components/ui/button";
import { Field, Select, Options } from "~/components/ui/field";
import type { ScheduleReview } from "~/services/events/schedule-review.server";
import { IntentButton } from "~/components/ui/intent-button";

// The parts of the draft schedule page (/admin/events/:id/schedule): the controls (generate,
// re-run, publish with a confirmation step), the figures, the grid of slots × tables, the
// unscheduled list and the move form. The view model is built in schedule-review.server.ts.

type Choice = { id: number; label: string };

export function MoveForm({
  id,
  label,
  slots,
  tables,
  slotId,
  tableId,
  who,
}: {
  id: number;
  label: string;
  slots: Choice[];
  tables: { id: number; name: string }[];
  slotId: number | null;
  tableId: number | null;
  who: string;
}) {
  const t = useT();
  return (
    <Form method="post" className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="intent" value="move" />
      <input type="hidden" name="meetingId" value={id} />
      {who && <input type="hidden" name="p" value={who} />}
      <Field id={`mv-slot-${id}`} label={t("fair.schedule.slot")}>
        <Select id={`mv-slot-${id}`} name="slotId" defaultValue={slotId ?? slots[0]?.id}>
          <option value="0">{t("fair.schedule.takeOut")}</option>
          <Options items={slots} value={(s) => s.id} label={(s) => s.label} />
        </Select>
      </Field>
      <Field id={`mv-table-${id}`} label={t("fair.schedule.table")}>
        <Select id={`mv-table-${id}`} name="tableId" defaultValue={tableId ?? tables[0]?.id}>
          <Options items={tables} value={(x) => x.id} label={(x) => x.name} />
        </Select>
      </Field>
      <Button type="submit" variant="secondary" label={t("fair.schedule.move")} item={label} />
    </Form>
  );
}

export function ScheduleControls({ d }: { d: ScheduleReview }) {
  const t = useT();
  const busy = useNavigation().state === "submitting";
  return (
    <div className="flex flex-wrap gap-4 rounded-lg border bg-white p-4">
      <Form method="post" className="flex flex-wrap items-end gap-3">
        <input type="hidden" name="intent" value="generate" />
        <label className="text-sm">
          <input type="checkbox" name="includeSuggestions" /> {t("fair.schedule.includeSuggestions")}
        </label>
        <input type="hidden" name="seed" value="1" />
        <Button type="submit" disabled={busy}>
          {t("fair.schedule.generate")}
        </Button>
      </Form>
      <IntentButton intent="rerun" variant="secondary" disabled={busy || d.figures.unplaced === 0}>
        {t("fair.schedule.rerun")}
      </IntentButton>
      {busy || d.figures.placed === 0 ? (
        <Button type="button" disabled>
          {t("fair.schedule.publish")}
        </Button>
      ) : (
        // A second, explicit step: publishing mails every participant their agenda.
        <details className="w-full sm:w-auto">
          <summary className="inline-flex cursor-pointer items-center rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
            {t("fair.schedule.publish")}
          </summary>
          <Form
            method="post"
            className="mt-2 max-w-md space-y-2 rounded border border-amber-300 bg-amber-50 p-3"
          >
            <input type="hidden" name="intent" value="publish" />
            <input type="hidden" name="expectedVersion" value={d.ev.publishedVersion} />
            <input type="hidden" name="confirm" value="yes" />
            <p className="text-sm">
              {t("fair.schedule.publishConfirm", {
                version: d.ev.publishedVersion + 1,
                meetings: d.figures.placed,
              })}
            </p>
            <Button type="submit">
              {t("fair.schedule.publishYes", { version: d.ev.publishedVersion + 1 })}
            </Button>
          </Form>
        </details>
      )}
    </div>
  );
}

export function ScheduleFigures({ d }: { d: ScheduleReview }) {
  const t = useT();
  const locale = useLocale();
  // The newest full generation run that measured itself against the bound.
  const last = d.runs.find((r) => r.mode === "full" && r.weightBound !== null && r.weight !== null);
  const verdict = (weight: number, bound: number, optimal: boolean | null) =>
    optimal
      ? t("fair.schedule.bestPossible")
      : t("fair.schedule.withinBound", {
          gap: formatPercent(bound > 0 ? (bound - weight) / bound : 0, locale),
        });
  return (
    <p className="text-sm text-slate-700" role="status">
      {t("fair.schedule.figures", d.figures)}
      {last && (
        <>
          {" "}
          {t("fair.schedule.quality", {
            weight: formatNumber(last.weight!, locale),
            bound: formatNumber(Math.floor(last.weightBound! + 1e-9), locale),
            verdict: verdict(last.weight!, last.weightBound!, last.optimal),
          })}
        </>
      )}
    </p>
  );
}

export function ScheduleGrid({ d }: { d: ScheduleReview }) {
  const t = useT();
  const cell = new Map(d.cells.map((c) => [`${c.slotId}:${c.tableId}`, c]));
  const q = (extra: string) => `?${d.who ? `p=${encodeURIComponent(d.who)}&` : ""}${extra}`;
  return (
    <section
      className="overflow-x-auto rounded-lg border bg-white"
      {...scrollRegion(t("fair.schedule.grid"))}
    >
      <table className="text-xs">
        <caption className="sr-only">{t("fair.schedule.grid")}</caption>
        <thead>
          <tr>
            <th scope="col" className="sticky left-0 bg-white px-2 py-1 text-left">
              {t("fair.schedule.slot")}
            </th>
            {d.tables.map((x) => (
              <th key={x.id} scope="col" className="px-2 py-1 text-left font-medium">
                {x.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {d.slots.map((s) => (
            <tr key={s.id} className="border-t">
              <th
                scope="row"
                className="sticky left-0 whitespace-nowrap bg-white px-2 py-1 text-left font-normal"
              >
                {s.label}
              </th>
              {d.tables.map((x) => {
                const c = cell.get(`${s.id}:${x.id}`);
                if (!c) return <td key={x.id} className="px-2 py-1" />;
                return (
                  <td
                    key={x.id}
                    className={`whitespace-nowrap px-2 py-1 ${c.mine ? (d.who ? "bg-amber-100" : "") : "text-slate-300"}`}
                  >
                    <Link to={q(`move=${c.id}`)} title={t("fair.schedule.move")}>
                      {c.label}
                    </Link>
                    {c.hand && " ✋"}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function UnscheduledList({ d }: { d: ScheduleReview }) {
  const t = useT();
  return (
    <section>
      <h3 className="mb-2 font-semibold">{t("fair.schedule.unscheduled", { count: d.unplacedTotal })}</h3>
      {d.unplacedTotal > d.unplaced.length && (
        <p className="text-sm text-slate-600">
          {t("fair.schedule.firstShown", { count: d.unplaced.length })}
        </p>
      )}
      <ul className="space-y-3">
        {d.unplaced.map((m) => (
          <li key={m.id} className="rounded border bg-white p-3 text-sm">
            <div>
              <strong>{m.label}</strong> · {t(`fair.source.${m.source}`)} ·{" "}
              {t("fair.schedule.weight", { weight: m.weight })}
            </div>
            <div className="text-slate-600">{m.reason ?? t("fair.schedule.notYet")}</div>
            <MoveForm
              id={m.id}
              label={m.label}
              slots={d.slots}
              tables={d.tables}
              slotId={null}
              tableId={null}
              who={d.who}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
