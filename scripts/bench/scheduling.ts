import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  schedule,
  scheduleExact,
  type ScheduleInstance,
  type ScheduleQuality,
  type ScheduleResult,
} from "../../app/modules/scheduling";
import { evaluatePlan, upperBounds } from "../../app/modules/scheduling/evaluate";
import { lpWeightBound } from "../../app/modules/scheduling/exact";
import { FAIR_2020_SIZED, generateFair, LARGE_FAIR } from "../../app/modules/scheduling/generate";
import { greedySchedule } from "../../app/modules/scheduling/greedy";
import { buildModel } from "../../app/modules/scheduling/model";
import { PlanState } from "../../app/modules/scheduling/state";
import { generateTightEvent, TIGHT_SEEDS } from "../../app/modules/scheduling/tight";

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../tests/fixtures");

const round = (x: number, d = 4) => Math.round(x * 10 ** d) / 10 ** d;
/** sched-check computes the LP bound up to this size and falls back to b-matching above. */
const LP_SIZE = 120_000;

interface Bound {
  suppliers: number;
  weight: number;
  /** "lp": time-indexed LP relaxation (as sched-check); "matching": time-free b-matching. */
  kind: "lp" | "matching";
}

async function measure(
  run: () => ScheduleResult | Promise<{ result: ScheduleResult }>,
  inst: ScheduleInstance,
  bound: Bound,
) {
  const t0 = performance.now();
  const out = await run();
  const ms = Math.round(performance.now() - t0);
  const result = "result" in out ? out.result : out;
  const f = evaluatePlan(inst, result);
  return {
    ms,
    placed: f.placed,
    weight: f.weight,
    suppliersServed: f.suppliersServed,
    gaps: f.gaps,
    weightRatio: round(bound.weight ? f.weight / bound.weight : 1),
    servedRatio: round(bound.suppliers ? f.suppliersServed / bound.suppliers : 1),
    quality: "quality" in out ? (out.quality as ScheduleQuality) : undefined,
  };
}

/**
 * `npm run bench -- scheduling [--exact-ms N]`: the sample instances, twelve generated tight
 * real-event instances, a generated 2020-sized fair and a generated 3-day fair (300 buyers,
 * 2,000 suppliers, ~20,000 requests). For each: greedy first-free-slot (the baseline, same
 * process), the heuristic alone and the heuristic + exact phase, against the LP bound of the
 * time-indexed model (b-matching above sched-check's size limit). Prints JSON.
 */
export async function run(args: string[] = []): Promise<void> {
  const i = args.indexOf("--exact-ms");
  const exactTimeMs = i >= 0 ? Number(args[i + 1]) : 30_000;
  const instances: { group: string; inst: ScheduleInstance; plantedGaps?: number }[] = fs
    .readdirSync(fixtures)
    .filter((f) => /^schedule-.*\.json$/.test(f))
    .sort()
    .map((f) => ({ group: "sample", inst: JSON.parse(fs.readFileSync(path.join(fixtures, f), "utf8")) }));
  for (const seed of TIGHT_SEEDS) {
    const t = generateTightEvent({ seed });
    instances.push({ group: "tight", inst: t.instance, plantedGaps: t.plantedGaps });
  }
  instances.push({ group: "generated", inst: generateFair(FAIR_2020_SIZED) });
  instances.push({ group: "generated", inst: generateFair(LARGE_FAIR) });

  const rows = [];
  for (const { group, inst, plantedGaps } of instances) {
    const tf = upperBounds(inst);
    const lp =
      inst.meetings.length * inst.slots.length <= LP_SIZE
        ? await lpWeightBound(new PlanState(buildModel(inst)), 120_000)
        : null;
    const bound: Bound =
      lp === null ? { ...tf, kind: "matching" } : { suppliers: tf.suppliers, weight: lp, kind: "lp" };
    const greedy = await measure(() => greedySchedule(inst), inst, bound);
    const heuristic = await measure(() => schedule(inst, { seed: 1 }), inst, bound);
    const exact = await measure(() => scheduleExact(inst, { seed: 1, exactTimeMs }), inst, bound);
    const q = exact.quality!;
    delete exact.quality;
    delete greedy.quality;
    delete heuristic.quality;
    rows.push({
      group,
      instance: inst.name,
      meetings: inst.meetings.length,
      slots: inst.slots.length,
      participants: inst.participants.length,
      bound: { ...bound, weight: round(bound.weight, 2) },
      greedy,
      heuristic,
      exact: {
        ...exact,
        provenOptimal: q.optimal,
        weightBound: round(q.weightBound, 2),
        gapToBound: round(q.gap),
        idleGapsBound: q.idleGapsBound,
        method: q.method,
      },
      ...(plantedGaps !== undefined ? { plantedGaps } : {}),
      runtimeVsGreedy: round(exact.ms / Math.max(1, greedy.ms), 1),
    });
  }
  const tight = rows.filter((r) => r.group === "tight");
  console.log(
    JSON.stringify(
      {
        bench: "scheduling",
        exactTimeMs,
        tightSummary: {
          instances: tight.length,
          meetings: tight.reduce((s, r) => s + r.meetings, 0),
          leftOut: {
            greedy: tight.reduce((s, r) => s + r.meetings - r.greedy.placed, 0),
            heuristic: tight.reduce((s, r) => s + r.meetings - r.heuristic.placed, 0),
            exact: tight.reduce((s, r) => s + r.meetings - r.exact.placed, 0),
          },
          idleGaps: {
            greedy: tight.reduce((s, r) => s + r.greedy.gaps, 0),
            heuristic: tight.reduce((s, r) => s + r.heuristic.gaps, 0),
            exact: tight.reduce((s, r) => s + r.exact.gaps, 0),
            planted: tight.reduce((s, r) => s + (r.plantedGaps ?? 0), 0),
          },
          provenOptimal: tight.filter((r) => r.exact.provenOptimal).length,
        },
        rows,
      },
      null,
      2,
    ),
  );
}
