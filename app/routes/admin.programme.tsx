import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { requireRole, requireWriter } from "~/services/auth.server";
import { getLocale, getTranslator } from "~/utils/locale.server";
import { redirectWithToast } from "~/utils/session.server";
import { programmePage, saveTargetForm } from "~/services/programme.server";
import { useT } from "~/components/i18n";
import { SectorChart, sectorBars, useSectorName } from "~/components/programme/sector-chart";
import {
  AsOfHeader,
  Definitions,
  StandardsAndOutcomes,
  TargetForm,
  TargetsTable,
  YearOverYear,
} from "~/components/admin/programme-overview";
import { titleMeta } from "~/components/meta";
import { readForm } from "~/utils/form-body.server";

// Organisers' view of the programme: targets by year against figures computed from the
// portal's data as of a date, with the definitions that make the figures defensible.

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "organiser");
  return programmePage(new URL(request.url).searchParams.get("asOf"), getLocale(request));
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireWriter(request, "organiser");
  const { t } = getTranslator(request);
  const problem = await saveTargetForm(actor, Object.fromEntries(await readForm(request)));
  // 400 with the message keeps what was typed in the form.
  if (problem)
    return json({ error: t(`programme.err.${problem.error}`), field: problem.field }, { status: 400 });
  return redirectWithToast(request, `/admin/programme`, { kind: "success", message: t("programme.saved") });
}

export default function AdminProgramme() {
  const t = useT();
  const sectorName = useSectorName();
  const d = useLoaderData<typeof loader>();
  const err = useActionData<typeof action>();
  const busy = useNavigation().state === "submitting";
  const bySector = sectorBars(d.figures.firmsBySector, sectorName);
  return (
    <section className="space-y-6">
      <AsOfHeader asOf={d.asOf} badDate={d.badDate} />
      <TargetsTable d={d} />
      <div className="grid gap-4 md:grid-cols-2">
        <section className="rounded-lg border bg-white p-4">
          <h3 className="font-medium">{t("programme.bySector")}</h3>
          <SectorChart data={bySector} className="h-64" />
          <ul className="mt-2 text-sm">
            {bySector.map((s) => (
              <li key={s.label}>
                {s.label}: {s.n}
              </li>
            ))}
          </ul>
        </section>
        <StandardsAndOutcomes d={d} />
      </div>
      <YearOverYear years={d.years} />
      <TargetForm asOf={d.asOf} err={err} busy={busy} />
      <Definitions />
    </section>
  );
}

export const meta = titleMeta("admin.nav.programme");

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
