import type { Highs, Model as HighsModel } from "highs";
import type { Model } from "./model";
import { bMatchingBounds } from "./selection";
import type { PlanState } from "./state";
import type { ScheduleQuality } from "./types";

/**
 * The exact phase: the time-indexed MIP of the instance, solved by HiGHS (WebAssembly) from the
 * heuristic plan as a starting solution, under a time budget, lexicographically in stages:
 *   A1 most suppliers served (only when the heuristic is short of the time-free bound),
 *   A2 most weight with that many suppliers served,
 *   B  fewest idle gaps with that many suppliers and that much weight.
 * Each stage keeps the better plan and reports the solver's proven bound, so the organiser sees
 * how far the plan can be from the best possible. Pure: the plan state in, the plan state out.
 */

/** Above this many (meeting, slot) variables the MIP is not built: big fairs keep the fast path. */
export const MAX_EXACT_COLUMNS = 150_000;
/** A runtime whose Wasm memory grew past this is dropped after use, so the process gets it back. */
const MAX_KEPT_MEMORY = 768 * 1024 * 1024;

let runtime: Promise<Highs> | undefined;

/** Loads the HiGHS WebAssembly runtime once per process (it is asynchronous; solving is not). */
export function loadHighs(): Promise<Highs> {
  runtime ??= import("highs").then((mod) => {
    const loader = (mod as unknown as { default?: (o?: object) => Promise<Highs> }).default ?? mod;
    return (loader as unknown as (o?: object) => Promise<Highs>)({});
  });
  // A failed load may be retried later (e.g. the file was being replaced during a deploy).
  runtime.catch(() => (runtime = undefined));
  return runtime;
}

export interface ExactOptions {
  /** Wall-clock budget of the whole exact phase. */
  timeMs: number;
  seed?: number;
  /**
   * Gap compaction with the placed set frozen (the heuristic's annealing), run on a plan the MIP
   * improved on (1)–(2): the solver's plan is arbitrary in idle gaps, and annealing closes most
   * of them in milliseconds before stage B proves or improves the rest.
   */
  polish?: (st: PlanState) => void;
}

/** Columns of the time-indexed model: x[meeting, slot] for every allowed pair. */
interface Layout {
  usable: (x: number) => boolean;
  /** First column of meeting x's variables (its slots are m.mSlots[x]); -1 if not modelled. */
  start: Int32Array;
  nx: number;
  /** Requesting suppliers (with a usable meeting) → their z column. */
  suppliers: number[];
  /** Participants with a usable meeting. */
  people: number[];
}

function layout(m: Model, st: PlanState): Layout {
  const usable = (x: number) =>
    !m.disabled[x] && !m.mTableClash[x] && m.mSlots[x].length > 0 && m.cap[m.ma[x]] > 0 && m.cap[m.mb[x]] > 0;
  const start = new Int32Array(m.M).fill(-1);
  let nx = 0;
  const has = new Uint8Array(m.P);
  for (let x = 0; x < m.M; x++) {
    if (!usable(x) || st.pinned[x]) continue;
    start[x] = nx;
    nx += m.mSlots[x].length;
    has[m.ma[x]] = has[m.mb[x]] = 1;
  }
  const suppliers: number[] = [];
  const people: number[] = [];
  for (let p = 0; p < m.P; p++) {
    if (!has[p]) continue;
    people.push(p);
    if (m.isSupplier[p]) suppliers.push(p);
  }
  return { usable, start, nx, suppliers, people };
}

/** Rows kept as CSR while they are built. */
class Rows {
  starts: number[] = [0];
  idx: number[] = [];
  val: number[] = [];
  lo: number[] = [];
  hi: number[] = [];
  add(cols: number[], vals: number[] | number, lo: number, hi: number) {
    for (let i = 0; i < cols.length; i++) {
      this.idx.push(cols[i]);
      this.val.push(typeof vals === "number" ? vals : vals[i]);
    }
    this.starts.push(this.idx.length);
    this.lo.push(lo);
    this.hi.push(hi);
  }
  get count() {
    return this.lo.length;
  }
}

type Stage = "served" | "weight" | "gaps" | "complete";

interface Built {
  ncols: number;
  cost: Float64Array;
  lower: Float64Array;
  upper: Float64Array;
  integrality: Int32Array;
  rows: Rows;
  /** z column of suppliers[i] = nx + i; r columns and h columns follow for the gaps stage. */
  rCol: Map<number, number>;
  hCol: Int32Array;
}

/**
 * The hard rules as rows (each meeting once; a person, a fixed table once per slot; tables per
 * slot; maxMeetings), z[p] ≤ Σ x of supplier p, and for the gaps stage r[p,s] ≥ y[p,s] − y[p,s−1]
 * (a run of p's meetings starts at s) and h[p] ≤ Σ x of p: idle gaps = Σ r − Σ h.
 */
function build(
  m: Model,
  st: PlanState,
  L: Layout,
  stage: Stage,
  floors: { served: number; weight: number; complete?: boolean },
): Built {
  const { S, P, ma, mb, mw, mSlots, mTableRes, cap, slotCap } = m;
  const nz = L.suppliers.length;
  const rows = new Rows();
  const byRes = new Map<number, number[]>(); // resource*S + s → columns
  const bySlot: number[][] = Array.from({ length: S }, () => []);
  const byPerson: number[][] = Array.from({ length: P }, () => []);
  for (let x = 0; x < m.M; x++) {
    const c0 = L.start[x];
    if (c0 < 0) continue;
    const cols: number[] = [];
    mSlots[x].forEach((s, k) => {
      const c = c0 + k;
      cols.push(c);
      bySlot[s].push(c);
      for (const r of [ma[x], mb[x], mTableRes[x]]) {
        if (r < 0) continue;
        const key = r * S + s;
        const list = byRes.get(key);
        if (list) list.push(c);
        else byRes.set(key, [c]);
      }
      byPerson[ma[x]].push(c);
      byPerson[mb[x]].push(c);
    });
    // Every meeting placed (stage A0, or gaps once the plan is complete): equalities propagate.
    if (stage === "complete" || floors.complete) rows.add(cols, 1, 1, 1);
    else if (cols.length > 1) rows.add(cols, 1, -Infinity, 1);
  }
  // Pinned meetings (reschedule) hold their resources: those slots are closed to the others.
  for (let x = 0; x < m.M; x++) {
    if (!st.pinned[x] || st.slotOf[x] === -1) continue;
    const s = st.slotOf[x];
    for (const r of [ma[x], mb[x], mTableRes[x]])
      if (r >= 0) for (const c of byRes.get(r * S + s) ?? []) rows.add([c], 1, 0, 0);
  }
  for (const cols of byRes.values()) if (cols.length > 1) rows.add(cols, 1, -Infinity, 1);
  for (let s = 0; s < S; s++) {
    let room = slotCap[s];
    for (let x = 0; x < m.M; x++) if (st.pinned[x] && st.slotOf[x] === s) room--;
    if (bySlot[s].length > room) rows.add(bySlot[s], 1, -Infinity, Math.max(0, room));
  }
  for (const p of L.people) {
    let room = cap[p];
    for (const x of m.partMeetings[p]) if (st.pinned[x] && st.slotOf[x] !== -1) room--;
    if (byPerson[p].length > room) rows.add(byPerson[p], 1, -Infinity, Math.max(0, room));
  }
  // Suppliers served: z[p] ≤ Σ x of p.
  L.suppliers.forEach((p, i) =>
    rows.add([L.nx + i, ...byPerson[p]], [1, ...byPerson[p].map(() => -1)], -Infinity, 0),
  );

  let ncols = L.nx + nz;
  const rCol = new Map<number, number>();
  let hStart = ncols;
  if (stage === "gaps") {
    // r[p,s] for every slot where p can be busy.
    for (const p of L.people)
      for (let s = 0; s < S; s++) {
        const here = byRes.get(p * S + s);
        if (here?.length) rCol.set(p * S + s, ncols++);
      }
    hStart = ncols;
    ncols += L.people.length;
  }
  const cost = new Float64Array(ncols);
  const lower = new Float64Array(ncols);
  const upper = new Float64Array(ncols).fill(1);
  const integrality = new Int32Array(ncols);
  integrality.fill(1, 0, L.nx);
  const hCol = new Int32Array(P).fill(-1);
  if (stage === "served") for (let i = 0; i < nz; i++) cost[L.nx + i] = 1;
  if (stage === "weight")
    for (let x = 0; x < m.M; x++)
      if (L.start[x] >= 0) for (let k = 0; k < mSlots[x].length; k++) cost[L.start[x] + k] = mw[x];
  if (stage !== "served" && floors.served > 0)
    rows.add(
      L.suppliers.map((_, i) => L.nx + i),
      1,
      floors.served,
      Infinity,
    );
  if (stage === "gaps") {
    const cols: number[] = [];
    const w: number[] = [];
    for (let x = 0; x < m.M; x++)
      if (L.start[x] >= 0)
        for (let k = 0; k < mSlots[x].length; k++) {
          cols.push(L.start[x] + k);
          w.push(mw[x]);
        }
    rows.add(cols, w, floors.weight - 1e-6, Infinity);
    L.people.forEach((p, i) => {
      const h = hStart + i;
      hCol[p] = h;
      cost[h] = -1;
      rows.add([h, ...byPerson[p]], [1, ...byPerson[p].map(() => -1)], -Infinity, 0);
      for (let s = 0; s < S; s++) {
        const r = rCol.get(p * S + s);
        if (r === undefined) continue;
        cost[r] = 1;
        // r − y[s] + y[s−1] ≥ 0
        const here = byRes.get(p * S + s) ?? [];
        const prev = s > 0 ? (byRes.get(p * S + s - 1) ?? []) : [];
        rows.add([r, ...here, ...prev], [1, ...here.map(() => -1), ...prev.map(() => 1)], 0, Infinity);
      }
    });
  }
  return { ncols, cost, lower, upper, integrality, rows, rCol, hCol };
}

/** The column vector of a plan (x, z, and for the gaps stage r and h), for a MIP start. */
function startVector(m: Model, L: Layout, B: Built, slotOf: Int32Array): Float64Array {
  const v = new Float64Array(B.ncols);
  const count = new Int32Array(m.P);
  const busy = new Uint8Array(m.P * m.S);
  for (let x = 0; x < m.M; x++) {
    const s = slotOf[x];
    if (s === -1) continue;
    count[m.ma[x]]++;
    count[m.mb[x]]++;
    busy[m.ma[x] * m.S + s] = busy[m.mb[x] * m.S + s] = 1;
    if (L.start[x] < 0) continue;
    const k = m.mSlots[x].indexOf(s);
    if (k >= 0) v[L.start[x] + k] = 1;
  }
  L.suppliers.forEach((p, i) => (v[L.nx + i] = count[p] > 0 ? 1 : 0));
  for (const [key, c] of B.rCol) {
    const p = Math.floor(key / m.S);
    const s = key % m.S;
    v[c] = busy[key] && (s === 0 || !busy[p * m.S + s - 1]) ? 1 : 0;
  }
  for (const p of L.people) if (B.hCol[p] >= 0) v[B.hCol[p]] = count[p] > 0 ? 1 : 0;
  return v;
}

/** Reads the plan off a MIP solution, or null when it breaks a hard rule (numerical trouble). */
function planOf(st: PlanState, L: Layout, col: Float64Array): Int32Array | null {
  const m = st.m;
  const slotOf = new Int32Array(m.M).fill(-1);
  for (let x = 0; x < m.M; x++) {
    if (st.pinned[x]) slotOf[x] = st.slotOf[x];
    else if (L.start[x] >= 0) m.mSlots[x].forEach((s, k) => col[L.start[x] + k] > 0.5 && (slotOf[x] = s));
  }
  const occ = new Int32Array(m.R * m.S).fill(-1);
  const load = new Int32Array(m.S);
  const count = new Int32Array(m.P);
  for (let x = 0; x < m.M; x++) {
    const s = slotOf[x];
    if (s === -1) continue;
    if (++load[s] > m.slotCap[s]) return null;
    for (const r of [m.ma[x], m.mb[x], m.mTableRes[x]]) {
      if (r < 0) continue;
      if (occ[r * m.S + s] !== -1) return null;
      occ[r * m.S + s] = x;
    }
    if (++count[m.ma[x]] > m.cap[m.ma[x]] || ++count[m.mb[x]] > m.cap[m.mb[x]]) return null;
    if (!st.allowed(x, s)) return null;
  }
  return slotOf;
}

function adopt(st: PlanState, plan: Int32Array) {
  const m = st.m;
  for (let x = 0; x < m.M; x++) if (st.slotOf[x] !== -1 && st.slotOf[x] !== plan[x]) st.unplace(x);
  for (let x = 0; x < m.M; x++) if (plan[x] !== -1 && st.slotOf[x] === -1) st.place(x, plan[x]);
  st.commit();
}

type Objective = ReturnType<typeof objectiveOf>;

/**
 * Adopts a stage's plan unless `worse` says it lost ground against the plan before it (a solver
 * stopped by its time limit may return a poorer incumbent); then the earlier plan is put back.
 * True when the stage's plan was kept.
 */
function adoptUnlessWorse(
  st: PlanState,
  plan: Int32Array,
  worse: (after: Objective, before: Objective) => boolean,
): boolean {
  const before = objectiveOf(st);
  const trial = st.slotOf.slice();
  adopt(st, plan);
  if (!worse(objectiveOf(st), before)) return true;
  adopt(st, trial);
  return false;
}

interface StageOutcome {
  plan: Int32Array | null;
  objective: number;
  bound: number;
  optimal: boolean;
  infeasible: boolean;
}

function toHighs(highs: Highs, B: Built, maximize: boolean, integer: boolean) {
  const rows = B.rows;
  return highs.createModel({
    numCols: B.ncols,
    numRows: rows.count,
    sense: maximize ? highs.constants.objectiveSense.maximize : highs.constants.objectiveSense.minimize,
    colCost: B.cost,
    colLower: B.lower,
    colUpper: B.upper,
    rowLower: Float64Array.from(rows.lo, (v) => (v === -Infinity ? -highs.infinity : v)),
    rowUpper: Float64Array.from(rows.hi, (v) => (v === Infinity ? highs.infinity : v)),
    matrix: {
      format: "csr",
      numRows: rows.count,
      numCols: B.ncols,
      starts: Int32Array.from(rows.starts),
      indices: Int32Array.from(rows.idx),
      values: Float64Array.from(rows.val),
    },
    ...(integer ? { integrality: B.integrality } : {}),
  });
}

/**
 * The LP relaxation of the time-indexed model, weight only (what sched-check calls the LP bound):
 * no plan weighs more. For benchmarks and reports; null when the model is too big or the LP did
 * not finish in time.
 */
export async function lpWeightBound(st: PlanState, timeMs = 60_000, integer = false): Promise<number | null> {
  const L = layout(st.m, st);
  if (L.nx > MAX_EXACT_COLUMNS) return null;
  if (L.nx === 0) return 0;
  const highs = await loadHighs();
  const B = build(st.m, st, L, "weight", { served: 0, weight: 0 });
  const model = toHighs(highs, B, true, integer);
  try {
    model.options.set({ output_flag: false, time_limit: timeMs / 1000, mip_rel_gap: 0 });
    model.run();
    return model.getModelStatus() === 7 ? model.getObjectiveValue() : null;
  } finally {
    model.dispose();
    if (highs.memoryBytes > MAX_KEPT_MEMORY) runtime = undefined;
  }
}

function solveStage(
  highs: Highs,
  st: PlanState,
  L: Layout,
  stage: Stage,
  floors: { served: number; weight: number; complete?: boolean },
  timeMs: number,
  seed: number,
  integral: boolean,
): StageOutcome {
  const m = st.m;
  const B = build(m, st, L, stage, floors);
  const maximize = stage !== "gaps" && stage !== "complete";
  const model: HighsModel = toHighs(highs, B, maximize, true);
  try {
    model.options.set({
      output_flag: false,
      time_limit: Math.max(0.05, timeMs / 1000),
      random_seed: seed,
      mip_rel_gap: 0,
      // Objectives are whole numbers when weights are: a bound within 1 proves optimality.
      mip_abs_gap: integral ? 0.999 : 1e-6,
    });
    model.setSolution({ colValue: startVector(m, L, B, st.slotOf) });
    model.run();
    const status = model.getModelStatus();
    const info = (name: string) => {
      try {
        return Number(model.info.get(name));
      } catch {
        return NaN;
      }
    };
    let bound = info("mip_dual_bound");
    if (!Number.isFinite(bound)) bound = maximize ? Infinity : -Infinity;
    const feasible = info("primal_solution_status") === highs.constants.solutionStatus.feasible;
    const plan = feasible ? planOf(st, L, model.getSolution().colValue) : null;
    const objective = info("objective_function_value");
    const optimal = status === 7;
    if (optimal && Number.isFinite(objective)) bound = objective;
    return { plan, objective, bound, optimal, infeasible: status === 8 };
  } finally {
    model.dispose();
    if (highs.memoryBytes > MAX_KEPT_MEMORY) runtime = undefined;
  }
}

const objectiveOf = (st: PlanState) => ({ served: st.served, weight: st.weight, gaps: st.gaps });

/**
 * Time-free bounds (b-matching): the most suppliers any plan serves and the most weight any plan
 * places. Valid for every instance, cheap on a 20,000-meeting fair.
 */
export function matchingBounds(st: PlanState): { served: number; weight: number } {
  const m = st.m;
  const usable = (x: number) =>
    !m.disabled[x] && !m.mTableClash[x] && m.mSlots[x].length > 0 && m.cap[m.ma[x]] > 0 && m.cap[m.mb[x]] > 0;
  return bMatchingBounds(m, usable);
}

/** The quality report when only the heuristic ran (big fair, or no budget). */
export function heuristicQuality(
  st: PlanState,
  why: ScheduleQuality["method"] = "heuristic",
  b: { served: number; weight: number } = matchingBounds(st),
): ScheduleQuality {
  return report(st, {
    method: why,
    servedBound: b.served,
    weightBound: b.weight,
    boundKind: "matching",
    optimal: st.served >= b.served && st.weight >= b.weight - 1e-9,
    gapsBound: st.gaps === 0 ? 0 : null,
  });
}

function report(
  st: PlanState,
  r: {
    method: ScheduleQuality["method"];
    servedBound: number;
    weightBound: number;
    boundKind: ScheduleQuality["boundKind"];
    optimal: boolean;
    gapsBound: number | null;
  },
): ScheduleQuality {
  const weightBound = Math.max(st.weight, r.weightBound);
  return {
    method: r.method,
    boundKind: r.boundKind,
    served: st.served,
    servedBound: Math.max(st.served, r.servedBound),
    weight: st.weight,
    weightBound,
    gap: weightBound > 0 ? Math.max(0, (weightBound - st.weight) / weightBound) : 0,
    optimal: r.optimal,
    idleGaps: st.gaps,
    idleGapsBound: r.gapsBound === null ? null : Math.min(st.gaps, r.gapsBound),
  };
}

/**
 * Runs the exact stages on the plan in `st` (already built by the heuristic) and returns how far
 * the final plan can be from the best possible. Never makes the plan worse: a stage's plan is
 * adopted only when it is valid and lexicographically at least as good.
 */
export async function improveExactly(st: PlanState, o: ExactOptions): Promise<ScheduleQuality> {
  const m = st.m;
  const deadline = Date.now() + o.timeMs;
  const L = layout(m, st);
  const tb = matchingBounds(st);
  if (L.nx === 0) return heuristicQuality(st, "exact", tb);
  if (L.nx > MAX_EXACT_COLUMNS || o.timeMs <= 0) return heuristicQuality(st, "heuristic", tb);
  const highs = await loadHighs();
  const seed = o.seed ?? 1;
  const integral = Array.from(m.mw).every((w) => Number.isInteger(w));
  let totalUsable = 0;
  for (let x = 0; x < m.M; x++)
    if (L.start[x] >= 0 || (st.pinned[x] && st.slotOf[x] !== -1)) totalUsable += m.mw[x];
  const left = () => Math.max(0, deadline - Date.now());

  // A0: when bounds leave room for placing every meeting and the heuristic did not, ask for
  // exactly that: with every meeting's row an equality, propagation does most of the search, far
  // faster than maximising weight. A complete plan is optimal on (1) and (2) at once.
  let placedAll = st.weight >= totalUsable - 1e-9;
  let completeInfeasible = false;
  if (!placedAll && tb.weight >= totalUsable - 1e-9 && left() > 0) {
    const r = solveStage(highs, st, L, "complete", { served: 0, weight: 0 }, left() * 0.5, seed, true);
    if (r.plan) {
      adopt(st, r.plan);
      if (o.polish && st.gaps > 0) o.polish(st);
      placedAll = true;
    } else if (r.infeasible) completeInfeasible = true;
  }

  // A1: suppliers served, only when the heuristic is short of the time-free bound.
  let servedBound = tb.served;
  let servedOptimal = st.served >= tb.served || placedAll;
  if (!servedOptimal && left() > 0) {
    const r = solveStage(highs, st, L, "served", { served: 0, weight: 0 }, left() * 0.3, seed, true);
    if (r.plan) {
      const kept = adoptUnlessWorse(
        st,
        r.plan,
        (after, before) =>
          after.served < before.served || (after.served === before.served && after.weight < before.weight),
      );
      if (kept && o.polish && st.gaps > 0) o.polish(st);
    }
    servedBound = Math.min(servedBound, Math.floor(r.bound + 1e-6));
    servedOptimal = r.optimal || st.served >= servedBound;
  }

  // A2: weight, with at least that many suppliers served. Placing every usable meeting is
  // optimal without asking the solver.
  let weightBound = Math.min(tb.weight, totalUsable);
  if (completeInfeasible) {
    let lightest = Infinity;
    for (let x = 0; x < m.M; x++) if (L.start[x] >= 0) lightest = Math.min(lightest, m.mw[x]);
    weightBound = Math.min(weightBound, totalUsable - lightest);
  }
  let weightOptimal = servedOptimal && st.weight >= weightBound - 1e-9;
  let boundKind: ScheduleQuality["boundKind"] = "matching";
  if (!weightOptimal && left() > 0) {
    const r = solveStage(
      highs,
      st,
      L,
      "weight",
      { served: st.served, weight: 0 },
      left() * (st.gaps > 0 ? 0.6 : 1),
      seed,
      integral,
    );
    if (r.plan) {
      const kept = adoptUnlessWorse(
        st,
        r.plan,
        (after, before) =>
          after.served < before.served ||
          (after.served === before.served && after.weight < before.weight - 1e-9),
      );
      if (kept && o.polish && st.gaps > 0) o.polish(st);
    }
    if (Number.isFinite(r.bound) && servedOptimal) {
      // The MIP bound holds for plans serving at least st.served suppliers: the lexicographic
      // optimum's weight when served is proven maximal.
      weightBound = Math.min(weightBound, integral ? Math.floor(r.bound + 1e-6) : r.bound);
      boundKind = "mip";
    }
    weightOptimal = servedOptimal && (r.optimal || st.weight >= weightBound - 1e-9);
  } else if (weightOptimal) boundKind = "mip";

  // B: idle gaps, keeping suppliers served and weight.
  let gapsBound: number | null = st.gaps === 0 ? 0 : null;
  if (st.gaps > 0 && left() > 50) {
    // Gaps are the last objective: at most 40 % of the budget, so that a long budget given to
    // prove (1)–(2) is not spent in full on a gap bound that is slow to close.
    const budget = Math.min(left(), 0.4 * o.timeMs);
    const complete = st.weight >= totalUsable - 1e-9;
    const r = solveStage(
      highs,
      st,
      L,
      "gaps",
      { served: st.served, weight: st.weight, complete },
      budget,
      seed,
      true,
    );
    if (r.plan)
      adoptUnlessWorse(
        st,
        r.plan,
        (after, before) =>
          after.served < before.served ||
          after.weight < before.weight - 1e-9 ||
          (after.weight <= before.weight + 1e-9 && after.gaps > before.gaps),
      );
    if (Number.isFinite(r.bound)) gapsBound = Math.max(0, Math.ceil(r.bound - 1e-6));
    if (r.optimal) gapsBound = st.gaps;
  }
  return report(st, {
    method: "exact",
    servedBound,
    weightBound,
    boundKind,
    optimal: servedOptimal && weightOptimal,
    gapsBound,
  });
}
