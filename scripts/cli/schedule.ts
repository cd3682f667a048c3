import fs from "node:fs";
import path from "node:path";
import {
  scheduleExact,
  validateInstance,
  type ScheduleInstance,
  type ScheduleQuality,
  type ScheduleResult,
} from "../../app/modules/scheduling";
import { evaluatePlan } from "../../app/modules/scheduling/evaluate";

const USAGE =
  "Usage: npm run cli -- schedule --in INSTANCE.json --out RESULT.json [--seed N] [--time-limit-ms N] [--exact-ms N]";

/** The CLI runs offline, so the exact phase may take longer than in the web process. */
const CLI_EXACT_MS = 30_000;

/** `schedule --in INSTANCE --out RESULT`: solves a cnht-schedule/1 file; returns the exit code. */
export async function run(args: string[]): Promise<number> {
  const opts = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const key = args[i];
    if (!["--in", "--out", "--seed", "--time-limit-ms", "--exact-ms"].includes(key) || i + 1 >= args.length) {
      console.error(`schedule: unexpected argument '${key}'\n${USAGE}`);
      return 1;
    }
    opts.set(key, args[++i]);
  }
  const inPath = opts.get("--in");
  const outPath = opts.get("--out");
  if (!inPath || !outPath) {
    console.error(`schedule: --in and --out are required\n${USAGE}`);
    return 1;
  }
  const seed = opts.has("--seed") ? Number(opts.get("--seed")) : undefined;
  const timeLimitMs = opts.has("--time-limit-ms") ? Number(opts.get("--time-limit-ms")) : undefined;
  const exactTimeMs = opts.has("--exact-ms") ? Number(opts.get("--exact-ms")) : CLI_EXACT_MS;
  if ((seed !== undefined && !Number.isInteger(seed)) || (timeLimitMs !== undefined && !(timeLimitMs > 0))) {
    console.error(`schedule: --seed must be a whole number and --time-limit-ms a positive number\n${USAGE}`);
    return 1;
  }
  if (!(exactTimeMs >= 0)) {
    console.error(`schedule: --exact-ms must be 0 (heuristic only) or a positive number\n${USAGE}`);
    return 1;
  }

  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(inPath, "utf8"));
  } catch (e) {
    console.error(`schedule: cannot read ${inPath}: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
  const checked = validateInstance(raw);
  if (!checked.ok) {
    console.error(
      `schedule: ${inPath} is not a valid cnht-schedule/1 instance:\n  ${checked.errors.join("\n  ")}`,
    );
    return 1;
  }
  const started = performance.now();
  const { result, quality } = await scheduleExact(checked.instance, { seed, timeLimitMs, exactTimeMs });
  const ms = performance.now() - started;
  fs.mkdirSync(path.dirname(path.resolve(outPath)), { recursive: true });
  fs.writeFileSync(outPath, JSON.stringify(result, null, 1) + "\n");
  console.log(summary(checked.instance, result, ms, quality));
  return 0;
}

export function summary(
  inst: ScheduleInstance,
  result: ScheduleResult,
  ms: number,
  q?: ScheduleQuality,
): string {
  const f = evaluatePlan(inst, result);
  const weight = q
    ? `weight ${f.weight} of at most ${round(q.weightBound)} (${q.optimal ? "optimal" : `within ${percent(q.gap)} % of the best possible`})`
    : `weight ${f.weight}`;
  const gaps =
    q && q.idleGapsBound !== null
      ? `idle gaps ${f.gaps} (${f.gaps === q.idleGapsBound ? "fewest possible" : `at least ${q.idleGapsBound} needed`})`
      : `idle gaps ${f.gaps}`;
  return (
    `${inst.name ?? "schedule"}: placed ${f.placed}/${f.meetings} meetings, ${weight}, ` +
    `suppliers served ${f.suppliersServed}/${f.suppliersRequesting}, ${gaps}, ${(ms / 1000).toFixed(2)} s`
  );
}

const round = (x: number) => Math.round(x * 100) / 100;
/** One decimal, rounded up: "within 0.8 %" is never an understatement. */
const percent = (gap: number) => (Math.ceil(gap * 1000 - 1e-9) / 10).toFixed(1);
