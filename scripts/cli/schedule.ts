import fs from "node:fs";
import path from "node:path";
import {
  schedule,
  validateInstance,
  type ScheduleInstance,
  type ScheduleResult,
} from "../../app/modules/scheduling";
import { evaluatePlan } from "../../app/modules/scheduling/evaluate";

const USAGE =
  "Usage: npm run cli -- schedule --in INSTANCE.json --out RESULT.json [--seed N] [--time-limit-ms N]";

/** `schedule --in INSTANCE --out RESULT`: solves a cnht-schedule/1 file; returns the exit code. */
export async function run(args: string[]): Promise<number> {
  const opts = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const key = args[i];
    if (!["--in", "--out", "--seed", "--time-limit-ms"].includes(key) || i + 1 >= args.length) {
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
  if ((seed !== undefined && !Number.isInteger(seed)) || (timeLimitMs !== undefined && !(timeLimitMs > 0))) {
    console.error(`schedule: --seed must be a whole number and --time-limit-ms a positive number\n${USAGE}`);
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
  const result = schedule(checked.instance, { seed, timeLimitMs });
  const ms = performance.now() - started;
  fs.mkdirSync(path.dirname(path.resolve(outPath)), { recursive: true });
  fs.writeFileSync(outPath, JSON.stringify(result, null, 1) + "\n");
  console.log(summary(checked.instance, result, ms));
  return 0;
}

export function summary(inst: ScheduleInstance, result: ScheduleResult, ms: number): string {
  const f = evaluatePlan(inst, result);
  return (
    `${inst.name ?? "schedule"}: placed ${f.placed}/${f.meetings} meetings, weight ${f.weight}, ` +
    `suppliers served ${f.suppliersServed}/${f.suppliersRequesting}, idle gaps ${f.gaps}, ${(ms / 1000).toFixed(2)} s`
  );
}
