import type { Db } from "../../../db/connection";
import { loadSchedulingData, prepareFullRun, savePlan } from "../../../db/queries/events-schedule";
import { scheduleExact, type ScheduleQuality } from "../../modules/scheduling";
import { buildInstance, fitTables, placementsOf } from "../../modules/events/instance";

// Generating a draft schedule (the "scheduling" part of the fair day, decision 310): read the
// draft, run the scheduler outside any transaction (seconds of CPU must not hold the write
// lock), then write the plan only if the draft's revision is unchanged.

export interface GenerateOptions {
  eventId: number;
  /** full: plan everything anew; unscheduled: keep placed meetings, place the others around them. */
  mode: "full" | "unscheduled";
  seed?: number;
  /** Pairs suggested by matching, scheduled with weight 1 (full runs only); undefined = none. */
  suggestions?: { aId: number; bId: number }[];
  userId: number | null;
  timeLimitMs?: number;
  /** Budget of the scheduler's exact phase; the web process keeps it short (it blocks). */
  exactTimeMs?: number;
}

export interface RunSummary {
  runId: number;
  meetings: number;
  placed: number;
  unscheduled: number;
  durationMs: number;
  schedulerMs: number;
  /** How far the plan can be from the best possible (full runs; a partial run's is of its part). */
  quality: ScheduleQuality;
}

/** The web process blocks while the solver runs: a short exact phase (the CLI allows more). */
export const WEB_EXACT_MS = 8_000;

export async function generateDraft(db: Db, o: GenerateOptions): Promise<RunSummary> {
  const started = Date.now();
  const seed = o.seed ?? 1;
  if (o.mode === "full") await prepareFullRun(db, o.eventId, o.suggestions ?? [], o.userId);
  const data = await loadSchedulingData(db, o.eventId);
  const onlyUnplaced = o.mode === "unscheduled";
  const instance = buildInstance(data, { onlyUnplaced });
  const t0 = Date.now();
  const { result, quality } = await scheduleExact(instance, {
    seed,
    timeLimitMs: o.timeLimitMs,
    exactTimeMs: o.exactTimeMs ?? WEB_EXACT_MS,
  });
  const schedulerMs = Date.now() - t0;
  const placements = onlyUnplaced ? fitTables(data, result) : placementsOf(data, result);
  const placed = placements.filter((p) => p.slotId !== null).length;
  const summary = {
    meetings: instance.meetings.length,
    placed,
    unscheduled: placements.length - placed,
    // The time to read and plan; the write that follows takes milliseconds and is not counted.
    durationMs: Date.now() - started,
  };
  const runId = await savePlan(db, {
    revision: data.revision,
    clearPlaced: !onlyUnplaced,
    placements,
    run: {
      ...summary,
      eventId: o.eventId,
      mode: o.mode,
      seed,
      includeSuggestions: o.suggestions !== undefined,
      userId: o.userId,
      // A partial run's bound is of the meetings it placed, not of the plan: kept for full runs.
      weight: onlyUnplaced ? null : quality.weight,
      weightBound: onlyUnplaced ? null : quality.weightBound,
      optimal: onlyUnplaced ? null : quality.optimal,
    },
  });
  return { runId, ...summary, schedulerMs, quality };
}
