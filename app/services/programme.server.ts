import { z } from "zod";
import { getDb } from "~/utils/services.server";
import { SECTORS, getConcept } from "~/modules/taxonomy";
import type { Locale } from "~/modules/i18n";
import { todayInHanoi } from "~/modules/clock";
import type { Actor } from "~/modules/auth/permissions";
import {
  actualFor,
  computeKpis,
  isMetric,
  progress,
  yearOverYear,
  type KpiFigures,
} from "~/modules/programme/kpi";
import { SECTOR_IDS, TARGET_METRICS } from "~/modules/programme/metrics";
import { deleteTarget, getTarget, listTargets, loadKpiData, setTarget } from "../../db/queries/programme";
import { auditAction } from "~/services/audit.server";

// The programme's targets and key figures (/admin/programme): targets entered by organisers,
// actuals computed from the directory and the fairs by app/modules/programme/kpi.ts.

export function standardLabel(id: string): string {
  return getConcept(id)?.labels.en ?? id;
}

export interface ProgrammeRow {
  metric: string;
  target: number | null;
  actual: number;
  progress: number | null;
}

export async function programmeOverview(asOf: string, locale: Locale) {
  const db = getDb();
  const [data, targets] = await Promise.all([loadKpiData(db), listTargets(db)]);
  const figures = computeKpis(data, asOf);
  const firstYear = Math.min(figures.year - 4, ...targets.map((t) => t.year));
  const years = yearOverYear(data, Math.max(firstYear, figures.year - 9), asOf);
  const targetOf = (year: number, metric: string) =>
    targets.find((t) => t.year === year && t.metric === metric)?.value ?? null;
  const rowsFor = (f: KpiFigures): ProgrammeRow[] =>
    TARGET_METRICS.filter(
      (m) => !m.startsWith("sector:") || targetOf(f.year, m) != null || f.sectorShares[m.slice(7)],
    ).map((metric) => {
      const target = targetOf(f.year, metric);
      const actual = actualFor(f, metric) ?? 0;
      return { metric, target, actual, progress: progress(actual, target) };
    });
  return {
    asOf,
    figures,
    rows: rowsFor(figures),
    years: years.map((f) => ({ figures: f, rows: rowsFor(f) })),
    targets,
    sectors: SECTORS.map((s) => ({ id: s.id, label: s.labels[locale] })),
    standards: Object.keys(figures.certifiedByStandard).map((id) => ({ id, label: standardLabel(id) })),
  };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export type ProgrammePage = Awaited<ReturnType<typeof programmePage>>;

/** The page's data as of `rawAsOf` (the ?asOf= of the URL); a missing or impossible date
 * falls back to today in Hanoi, and an impossible one is flagged so the page can say so. */
export async function programmePage(rawAsOf: string | null, locale: Locale) {
  const valid = rawAsOf != null && DATE.test(rawAsOf) && !Number.isNaN(Date.parse(rawAsOf));
  const asOf = valid ? rawAsOf : todayInHanoi(new Date());
  return { ...(await programmeOverview(asOf, locale)), badDate: rawAsOf != null && !valid };
}

// Each refinement's message is the key of the error shown (programme.err.*), so the form can
// mark the field that is wrong.
const targetForm = z.object({
  year: z.coerce.number({ invalid_type_error: "year" }).int("year").min(2000, "year").max(2100, "year"),
  metric: z.string().refine((m) => TARGET_METRICS.includes(m), "metric"),
  value: z
    .string()
    .trim()
    .transform((v) => (v === "" ? null : Number(v.replace(",", "."))))
    .refine((v) => v === null || (Number.isFinite(v) && v >= 0), "value"),
});

/** Saves the target form's fields; returns the problem (error key and field) or null. */
export async function saveTargetForm(
  actor: Actor,
  fields: Record<string, unknown>,
): Promise<{ error: string; field: string } | null> {
  const parsed = targetForm.safeParse(fields);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      error: issue?.message === "metric" || issue?.message === "value" ? issue.message : "year",
      field: String(issue?.path[0] ?? ""),
    };
  }
  try {
    await saveTarget(actor, parsed.data);
  } catch (e) {
    if (e instanceof TargetError) return { error: e.message, field: "value" };
    throw e;
  }
  return null;
}

export class TargetError extends Error {}

export async function saveTarget(actor: Actor, t: { year: number; metric: string; value: number | null }) {
  if (!isMetric(t.metric, SECTOR_IDS)) throw new TargetError("metric");
  if (t.value != null && t.metric.startsWith("sector:") && t.value > 100) throw new TargetError("percent");
  const db = getDb();
  await db.transaction().execute(async (trx) => {
    const before = await getTarget(trx, t.year, t.metric);
    if (t.value == null) {
      if (!(await deleteTarget(trx, t.year, t.metric))) return;
    } else {
      if (before?.value === t.value) return;
      await setTarget(trx, { year: t.year, metric: t.metric, value: t.value, userId: actor.userId });
    }
    await auditAction(
      trx,
      actor,
      t.value == null ? "programme_target_delete" : "programme_target_set",
      "programme_target",
      `${t.year}/${t.metric}`,
      { from: before?.value ?? null, to: t.value },
    );
  });
}
