import { ChainSearch } from "./chains";
import { improveExactly } from "./exact";
import { compactGaps } from "./gaps";
import { swapIn } from "./improve";
import { buildModel, type Model } from "./model";
import { explainUnscheduled } from "./reasons";
import { makeRng } from "./rng";
import { selectMeetings } from "./selection";
import { PlanState } from "./state";
import { assignTables } from "./tables";
import type { ScheduleInstance, ScheduleOptions, ScheduleOutcome, ScheduleResult } from "./types";

export const DEFAULT_TIME_LIMIT_MS = 20_000;
export const DEFAULT_EXACT_TIME_MS = 10_000;

/**
 * Slot preference when a meeting has several free slots: close a gap of one of its sides, or at
 * least sit beside a meeting they already have; otherwise the emptier slot, keeping room for the
 * meetings still to come.
 */
export function gapAwareScore(st: PlanState) {
  const { S, ma, mb, slotCap } = st.m;
  const side = (p: number, s: number) => {
    const l = s > 0 && st.occ[p * S + s - 1] !== -1;
    const r = s + 1 < S && st.occ[p * S + s + 1] !== -1;
    return l && r ? -1 : !l && !r && st.count[p] > 0 ? 1 : 0;
  };
  return (x: number, s: number) =>
    side(ma[x], s) + side(mb[x], s) + (0.5 * st.load[s]) / Math.max(1, slotCap[s]);
}

/** Scales the search to the instance: enough for small events to converge, bounded for big fairs. */
export function budgets(m: Model) {
  const size = m.M * Math.max(1, m.S);
  return {
    chain: size > 300_000 ? 60 : 400,
    repairChain: size > 300_000 ? 30 : 150,
    passes: size > 300_000 ? 2 : 4,
    // Small events (the ones where every request fits and gaps are what is left to win) get the
    // longest annealing; the step count shrinks as instances grow so a big fair stays in seconds.
    compactIterations:
      m.M <= 625 ? 4000 * m.M : Math.round(Math.max(1_000_000, Math.min(2_500_000, 2.5e9 / m.M))),
  };
}

/** Builds the plan in place: fairness stage, weight stage, swap-in repair, gap compaction. */
export function solveInto(
  st: PlanState,
  rng: () => number,
  deadline: number,
  candidates?: (x: number) => boolean,
) {
  const m = st.m;
  const { mw, mSlots, isSupplier, partMeetings } = m;
  const b = budgets(m);
  const chains = new ChainSearch(st);
  const score = gapAwareScore(st);
  const usable = (x: number) => !m.disabled[x] && mSlots[x].length > 0 && (!candidates || candidates(x));
  const constrained = (x: number, y: number) => mSlots[x].length - mSlots[y].length || mw[y] - mw[x] || x - y;

  // What to aim for, time aside: the lexicographic optimum of (suppliers served, weight).
  const chosen = selectMeetings(m, usable);
  const chosenOf = (p: number) => Array.from(partMeetings[p]).filter((x) => chosen[x]);

  // (1) Each supplier's meeting that is hardest to fit goes in first, tightest suppliers first.
  const anchors: number[] = [];
  for (let p = 0; p < m.P; p++) {
    if (!isSupplier[p]) continue;
    const mine = chosenOf(p).sort(constrained);
    if (mine.length) anchors.push(mine[0]);
  }
  anchors.sort(constrained);
  for (const x of anchors) if (st.newSupplierGain(x) > 0) chains.insert(x, b.chain, score);
  // Suppliers still without a meeting: any of theirs, chosen ones and heavier ones first.
  const unserved: number[] = [];
  for (let p = 0; p < m.P; p++)
    if (isSupplier[p] && st.count[p] === 0 && partMeetings[p].length) unserved.push(p);
  unserved.sort((p, q) => partMeetings[p].length - partMeetings[q].length || p - q);
  for (const p of unserved) {
    if (st.count[p] > 0) continue;
    const options = Array.from(partMeetings[p]).filter(usable);
    options.sort((x, y) => chosen[y] - chosen[x] || mw[y] - mw[x] || constrained(x, y));
    for (const x of options) if (chains.insert(x, b.chain, score) >= 0) break;
  }
  st.commit();

  // (2) Weight: the chosen meetings, then the others, heaviest first; among equals, the meeting
  // with fewer possible slots first.
  const rest: number[] = [];
  for (let x = 0; x < m.M; x++) if (st.slotOf[x] === -1 && usable(x)) rest.push(x);
  const tieBreak = new Float64Array(m.M).map(() => rng());
  rest.sort(
    (x, y) =>
      chosen[y] - chosen[x] ||
      mw[y] - mw[x] ||
      mSlots[x].length - mSlots[y].length ||
      tieBreak[x] - tieBreak[y],
  );
  for (const x of rest) chains.insert(x, b.chain, score);
  st.commit();

  swapIn(st, chains, { chainBudget: b.repairChain, deadline, maxPasses: b.passes });

  // (3) Idle gaps, the placed set untouched.
  compactGaps(st, chains, rng, { iterations: b.compactIterations, deadline, chainBudget: 20 });
}

export function toResult(st: PlanState, tableOf: Int32Array): ScheduleResult {
  const m = st.m;
  const assignments: ScheduleResult["assignments"] = [];
  const unscheduled: ScheduleResult["unscheduled"] = [];
  for (let x = 0; x < m.M; x++) {
    const s = st.slotOf[x];
    if (s === -1) unscheduled.push({ meeting: m.meetingIds[x], reason: explainUnscheduled(st, x) });
    else assignments.push({ meeting: m.meetingIds[x], slot: m.slotIds[s], table: m.tableIds[tableOf[x]] });
  }
  return { format: "cnht-schedule-result/1", assignments, unscheduled };
}

/**
 * Solves a cnht-schedule/1 instance (validate it first with validateInstance): hard rules always
 * hold; suppliers served, then weight, then idle gaps are optimised in that order.
 */
export function schedule(instance: ScheduleInstance, options: ScheduleOptions = {}): ScheduleResult {
  const deadline = Date.now() + (options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS);
  const model = buildModel(instance);
  const st = new PlanState(model);
  solveInto(st, makeRng(options.seed ?? 1), deadline);
  return toResult(st, assignTables(st));
}

/**
 * `schedule` followed by the exact phase (exact.ts): on instances up to a few thousand meetings the
 * HiGHS MIP, started from the heuristic plan, proves it optimal or improves it within
 * `exactTimeMs`, and the outcome says how far the plan can be from the best possible. Big fairs
 * keep the heuristic plan and get time-free bounds. Asynchronous only because the WebAssembly
 * solver loads asynchronously; the solve itself blocks for at most the budget.
 */
export async function scheduleExact(
  instance: ScheduleInstance,
  options: ScheduleOptions = {},
): Promise<ScheduleOutcome> {
  const deadline = Date.now() + (options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS);
  const model = buildModel(instance);
  const st = new PlanState(model);
  solveInto(st, makeRng(options.seed ?? 1), deadline);
  const quality = await improveExactly(st, {
    timeMs: options.exactTimeMs ?? DEFAULT_EXACT_TIME_MS,
    seed: options.seed ?? 1,
    polish: (plan) => {
      const m = plan.m;
      compactGaps(plan, new ChainSearch(plan), makeRng((options.seed ?? 1) + 1), {
        iterations: Math.min(budgets(m).compactIterations, 1_000_000),
        deadline: Date.now() + 2_000,
        chainBudget: 20,
      });
    },
  });
  return { result: toResult(st, assignTables(st)), quality };
}
