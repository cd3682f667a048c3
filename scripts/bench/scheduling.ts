import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { schedule, type ScheduleInstance } from "../../app/modules/scheduling";
import { evaluatePlan, upperBounds, type PlanFigures } from "../../app/modules/scheduling/evaluate";
import { generateFair, LARGE_FAIR } from "../../app/modules/scheduling/generate";
import { greedySchedule } from "../../app/modules/scheduling/greedy";

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../tests/fixtures");

const round = (x: number, d = 4) => Math.round(x * 10 ** d) / 10 ** d;

function measure(
  run: () => ReturnType<typeof schedule>,
  inst: ScheduleInstance,
  bound: { suppliers: number; weight: number },
) {
  const t0 = performance.now();
  const result = run();
  const ms = Math.round(performance.now() - t0);
  const f: PlanFigures = evaluatePlan(inst, result);
  return {
    ms,
    placed: f.placed,
    weight: f.weight,
    suppliersServed: f.suppliersServed,
    gaps: f.gaps,
    slotsUsed: f.slotsUsed,
    servedRatio: round(bound.suppliers ? f.suppliersServed / bound.suppliers : 1),
    weightRatio: round(bound.weight ? f.weight / bound.weight : 1),
  };
}

/**
 * `npm run bench -- scheduling`: every sample instance and a generated 3-day fair (300 buyers,
 * 2,000 suppliers, ~20,000 requests), the scheduler next to greedy first-free-slot in the same
 * process, against time-free upper bounds (b-matching). Prints JSON.
 */
export async function run(): Promise<void> {
  const instances: ScheduleInstance[] = fs
    .readdirSync(fixtures)
    .filter((f) => /^schedule-.*\.json$/.test(f))
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(fixtures, f), "utf8")));
  instances.push(generateFair(LARGE_FAIR));
  const rows = [];
  for (const inst of instances) {
    const bound = upperBounds(inst);
    const greedy = measure(() => greedySchedule(inst), inst, bound);
    const scheduler = measure(() => schedule(inst, { seed: 1 }), inst, bound);
    rows.push({
      instance: inst.name,
      meetings: inst.meetings.length,
      slots: inst.slots.length,
      suppliersRequesting: evaluatePlan(inst, {
        format: "cnht-schedule-result/1",
        assignments: [],
        unscheduled: [],
      }).suppliersRequesting,
      bound,
      scheduler,
      greedy,
      ratios: {
        suppliersServed: round(scheduler.suppliersServed / Math.max(1, greedy.suppliersServed)),
        weight: round(scheduler.weight / Math.max(1, greedy.weight)),
        greedyGapsPerSchedulerGap: round(greedy.gaps / Math.max(1, scheduler.gaps), 2),
        runtime: round(scheduler.ms / Math.max(1, greedy.ms), 1),
      },
    });
  }
  console.log(JSON.stringify({ bench: "scheduling", rows }, null, 2));
}
