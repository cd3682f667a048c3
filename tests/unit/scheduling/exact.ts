// Reference optima from an exact MIP (HiGHS compiled to WebAssembly) for small instances.
import type { ScheduleInstance } from "../../../app/modules/scheduling";
import { roomyInstance } from "./random-instances";

type Highs = { solve(lp: string): { Status: string; ObjectiveValue: number } };
let highsPromise: Promise<Highs> | undefined;
const loadHighs = () =>
  (highsPromise ??= import("highs").then((m) => (m.default as unknown as (o: object) => Promise<Highs>)({})));

interface Vars {
  names: string[];
  byMeeting: Map<number, string[]>;
  bySlotPerson: Map<string, string[]>;
  bySlotTable: Map<string, string[]>;
  bySlot: Map<number, string[]>;
  byPerson: Map<string, string[]>;
}

function timeIndexed(inst: ScheduleInstance): Vars {
  const people = new Map(inst.participants.map((p) => [p.id, p]));
  const v: Vars = {
    names: [],
    byMeeting: new Map(),
    bySlotPerson: new Map(),
    bySlotTable: new Map(),
    bySlot: new Map(),
    byPerson: new Map(),
  };
  const push = <K>(map: Map<K, string[]>, k: K, name: string) => map.set(k, [...(map.get(k) ?? []), name]);
  inst.meetings.forEach((m, i) => {
    const a = people.get(m.a)!;
    const b = people.get(m.b)!;
    if (a.fixedTable && b.fixedTable && a.fixedTable !== b.fixedTable) return;
    const table = a.fixedTable ?? b.fixedTable;
    inst.slots.forEach((s, j) => {
      if ((a.available && !a.available.includes(s.id)) || (b.available && !b.available.includes(s.id)))
        return;
      if (inst.tables.length === 0) return;
      const name = `x${i}_${j}`;
      v.names.push(name);
      push(v.byMeeting, i, name);
      push(v.bySlotPerson, `${m.a}@${j}`, name);
      push(v.bySlotPerson, `${m.b}@${j}`, name);
      if (table) push(v.bySlotTable, `${table}@${j}`, name);
      push(v.bySlot, j, name);
      push(v.byPerson, m.a, name);
      push(v.byPerson, m.b, name);
    });
  });
  return v;
}

function rules(inst: ScheduleInstance, v: Vars): string[] {
  const people = new Map(inst.participants.map((p) => [p.id, p]));
  const cons: string[] = [];
  let k = 0;
  for (const vs of v.byMeeting.values()) cons.push(`m${k++}: ${vs.join(" + ")} <= 1`);
  for (const vs of v.bySlotPerson.values()) cons.push(`p${k++}: ${vs.join(" + ")} <= 1`);
  for (const vs of v.bySlotTable.values()) cons.push(`t${k++}: ${vs.join(" + ")} <= 1`);
  for (const vs of v.bySlot.values()) cons.push(`s${k++}: ${vs.join(" + ")} <= ${inst.tables.length}`);
  for (const [id, vs] of v.byPerson) {
    const max = people.get(id)!.maxMeetings;
    if (max !== undefined) cons.push(`q${k++}: ${vs.join(" + ")} <= ${max}`);
  }
  return cons;
}

const lp = (sense: string, obj: string[], cons: string[], binaries: string[], bounds: string[] = []) =>
  [
    sense,
    ` obj: ${obj.join(" + ") || "0 x_dummy"}`,
    "Subject To",
    ...cons.map((c) => ` ${c}`),
    "Bounds",
    ...bounds,
    "Binary",
    ` ${binaries.join(" ")}`,
    "End",
  ].join("\n");

/** Lexicographic optimum: most suppliers served, then most weight (as one big-M objective). */
export async function optimumServedWeight(
  inst: ScheduleInstance,
): Promise<{ served: number; weight: number }> {
  const v = timeIndexed(inst);
  if (!v.names.length) return { served: 0, weight: 0 };
  const cons = rules(inst, v);
  const big = inst.meetings.reduce((s, m) => s + (m.weight ?? 1), 0) + 1;
  const obj: string[] = [];
  const binaries = [...v.names];
  inst.meetings.forEach((m, i) => {
    for (const name of v.byMeeting.get(i) ?? []) obj.push(`${m.weight ?? 1} ${name}`);
  });
  const suppliers = inst.participants.filter((p) => p.kind === "supplier" && v.byPerson.has(p.id));
  suppliers.forEach((p, i) => {
    obj.push(`${big} z${i}`);
    binaries.push(`z${i}`);
    cons.push(`f${i}: z${i} - ${v.byPerson.get(p.id)!.join(" - ")} <= 0`);
  });
  const sol = (await loadHighs()).solve(lp("Maximize", obj, cons, binaries));
  if (sol.Status !== "Optimal") throw new Error(`MIP status ${sol.Status}`);
  const served = Math.floor((sol.ObjectiveValue + 0.5) / big);
  return { served, weight: Math.round(sol.ObjectiveValue - served * big) };
}

/** Fewest idle gaps over plans that place every meeting (null when not all can be placed). */
export async function optimumGapsAllPlaced(inst: ScheduleInstance): Promise<number | null> {
  const v = timeIndexed(inst);
  const cons = rules(inst, v);
  for (let i = 0; i < inst.meetings.length; i++) {
    const vs = v.byMeeting.get(i);
    if (!vs) return null;
    cons.push(`all${i}: ${vs.join(" + ")} >= 1`);
  }
  const obj: string[] = [];
  const bounds: string[] = [];
  let k = 0;
  let withMeetings = 0;
  for (const p of inst.participants) {
    if (!v.byPerson.has(p.id)) continue;
    withMeetings++;
    inst.slots.forEach((_, j) => {
      // r = 1 where a run of busy slots starts: r_j >= y_j - y_{j-1}.
      const here = v.bySlotPerson.get(`${p.id}@${j}`) ?? [];
      const prev = j > 0 ? (v.bySlotPerson.get(`${p.id}@${j - 1}`) ?? []) : [];
      if (!here.length) return;
      const r = `r${k++}`;
      obj.push(r);
      bounds.push(` 0 <= ${r} <= 1`);
      cons.push(`g${k}: ${r} - ${here.join(" - ")}${prev.length ? " + " + prev.join(" + ") : ""} >= 0`);
    });
  }
  const sol = (await loadHighs()).solve(lp("Minimize", obj, cons, v.names, bounds));
  if (sol.Status === "Infeasible") return null;
  if (sol.Status !== "Optimal") throw new Error(`MIP status ${sol.Status}`);
  return Math.round(sol.ObjectiveValue) - withMeetings;
}

/** LP relaxation of the time-indexed model, weight only: sched-check's "LP bound". */
export async function lpBound(inst: ScheduleInstance): Promise<number> {
  const v = timeIndexed(inst);
  if (!v.names.length) return 0;
  const obj: string[] = [];
  inst.meetings.forEach((m, i) => {
    for (const name of v.byMeeting.get(i) ?? []) obj.push(`${m.weight ?? 1} ${name}`);
  });
  const bounds = v.names.map((n) => ` 0 <= ${n} <= 1`);
  // Long rows wrapped as sched-check does: the LP reader is happier with short lines.
  const wrap = (s: string) => s.replace(/((?:\S+\s+){40})/g, "$1\n ");
  const text = [
    "Maximize",
    wrap(` obj: ${obj.join(" + ")}`),
    "Subject To",
    ...rules(inst, v).map((c) => wrap(` ${c}`)),
    "Bounds",
    ...bounds,
    "End",
  ].join("\n");
  const sol = (await loadHighs()).solve(text);
  if (sol.Status !== "Optimal") throw new Error(`LP status ${sol.Status}`);
  return sol.ObjectiveValue;
}

/** The first `count` roomy instances (seeds 1..maxSeed) on which every meeting fits, each with the
 *  fewest idle gaps the MIP can place them with. Yields fewer when the seeds run out, so callers
 *  still check how many they compared. */
export async function* roomyInstancesWithFewestGaps(
  count: number,
  maxSeed: number,
): AsyncGenerator<{ seed: number; inst: ScheduleInstance; best: number }> {
  let found = 0;
  for (let seed = 1; found < count && seed <= maxSeed; seed++) {
    const inst = roomyInstance(seed);
    const best = await optimumGapsAllPlaced(inst);
    if (best === null) continue;
    found++;
    yield { seed, inst, best };
  }
}
