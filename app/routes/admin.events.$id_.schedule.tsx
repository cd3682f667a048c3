import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requireRole } from "~/services/auth.server";
import { getLocale } from "~/utils/locale.server";
import { redirectWithToast } from "~/utils/session.server";
import { idParam, notFound } from "~/utils/responses";
import { queryParams } from "~/utils/request-input";
import { runScheduleIntent, scheduleIntent, scheduleReview } from "~/services/events/schedule-review.server";
import { useT } from "~/components/i18n";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { EventExportLinks } from "~/components/export-links";
import { Field, Select } from "~/components/ui/field";
import {
  MoveForm,
  ScheduleControls,
  ScheduleFigures,
  ScheduleGrid,
  UnscheduledList,
} from "~/components/events/schedule-review";
import { titleMeta } from "~/components/meta";
import { runEventPageIntent } from "~/services/events/page-intent.server";

// The draft schedule: generate, review (grid of slots × tables, filter by participant,
// unscheduled list with reasons), move by hand, re-run for the unscheduled, publish.

const query = z.object({
  p: z.string().catch(""),
  move: z.coerce.number().int().min(0).catch(0),
});

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, "organiser");
  const { p, move } = queryParams(request, query);
  const view = await scheduleReview(idParam(params.id), { who: p, moveId: move }, getLocale(request));
  if (!view) notFound();
  return view;
}

export async function action({ request, params }: ActionFunctionArgs) {
  const done = await runEventPageIntent(request, params, "/schedule", scheduleIntent, runScheduleIntent);
  const { here, intent: v, toast } = done;
  // A successful move keeps the participant filter; everything else returns to the whole grid.
  const to =
    v.intent === "move" && v.p && toast.kind === "success" ? `${here}?p=${encodeURIComponent(v.p)}` : here;
  return redirectWithToast(request, to, toast);
}

export default function ScheduleReviewPage() {
  const d = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <section className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-xl font-semibold">
          <Link to={`/admin/events/${d.ev.id}`}>{d.ev.name}</Link> — {t("fair.admin.schedule")}
        </h2>
        {d.published ? (
          <Badge tone={d.published.upToDate ? "green" : "amber"}>
            {t(d.published.upToDate ? "fair.schedule.upToDate" : "fair.schedule.changedSince", {
              version: d.published.version,
            })}
          </Badge>
        ) : (
          <Badge tone="amber">{t("fair.schedule.notPublished")}</Badge>
        )}
      </div>
      <EventExportLinks
        eventId={d.ev.id}
        files={["schedule-by-participant", "schedule-by-table", "schedule-grid"]}
      />
      <ScheduleControls d={d} />
      <ScheduleFigures d={d} />

      <Form method="get" className="flex items-end gap-2">
        <Field id="flt-p" label={t("fair.schedule.filter")}>
          <Select id="flt-p" name="p" defaultValue={d.who}>
            <option value="">{t("fair.schedule.everyone")}</option>
            {d.people.map(([ref, name]) => (
              <option key={ref} value={ref}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
        <Button type="submit" variant="secondary">
          {t("fair.schedule.apply")}
        </Button>
      </Form>

      {d.moving && (
        <div className="rounded-lg border border-brand-200 bg-brand-50 p-4">
          <h3 className="mb-2 font-semibold">{t("fair.schedule.moving", { label: d.moving.label })}</h3>
          <MoveForm {...d.moving} slots={d.slots} tables={d.tables} who={d.who} />
        </div>
      )}

      <ScheduleGrid d={d} />
      <UnscheduledList d={d} />

      {d.runs.length > 0 && (
        <section className="text-sm text-slate-600">
          <h3 className="font-semibold text-slate-800">{t("fair.schedule.runs")}</h3>
          <ul>
            {d.runs.map((r) => (
              <li key={r.id}>
                {r.at} · {t(`fair.schedule.mode.${r.mode}`)} · {r.placed} / {r.placed + r.unscheduled} ·{" "}
                {r.ms} ms
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}

export const meta = titleMeta("fair.admin.schedule");

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
