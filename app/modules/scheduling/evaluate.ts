import { buildModel } from "./model";
import { bMatchingBounds } from "./selection";
import type { ScheduleInstance, ScheduleResult } from "./types";

export interface PlanFigures {
  meetings: number;
  placed: number;
  weight: number;
  suppliersRequesting: number;
  suppliersServed: number;
  /** Idle gaps summed over participants (a gap = non-consecutive slots between two meetings). */
  gaps: number;
  slotsUsed: number;
}

/** The figures the objectives are judged by, read off a result. */
export function evaluatePlan(inst: ScheduleInstance, result: ScheduleResult): PlanFigures {
  const slotIndex = new Map(inst.slots.map((s, i) => [s.id, i]));
  const byId = new Map(inst.meetings.map((m) => [m.id, m]));
  const supplier = new Set(inst.participants.filter((p) => p.kind === "supplier").map((p) => p.id));
  const requesting = new Set(inst.meetings.flatMap((m) => [m.a, m.b]).filter((id) => supplier.has(id)));
  const times = new Map<string, number[]>();
  let weight = 0;
  for (const a of result.assignments) {
    const m = byId.get(a.meeting);
    if (!m) continue;
    weight += m.weight ?? 1;
    for (const p of [m.a, m.b]) {
      const list = times.get(p) ?? [];
      list.push(slotIndex.get(a.slot)!);
      times.set(p, list);
    }
  }
  let gaps = 0;
  for (const list of times.values()) {
    list.sort((x, y) => x - y);
    for (let i = 1; i < list.length; i++) if (list[i] !== list[i - 1] + 1) gaps++;
  }
  return {
    meetings: inst.meetings.length,
    placed: result.assignments.length,
    weight,
    suppliersRequesting: requesting.size,
    suppliersServed: [...times.keys()].filter((p) => supplier.has(p)).length,
    gaps,
    slotsUsed: new Set(result.assignments.map((a) => a.slot)).size,
  };
}

/**
 * Time-free upper bounds: the most suppliers any plan can serve (b-matching with one meeting per
 * supplier, as sched-check's fairBound) and the most weight (maximum-weight b-matching; looser
 * than the LP relaxation of the time-indexed model but cheap on any size).
 */
export function upperBounds(inst: ScheduleInstance): { suppliers: number; weight: number } {
  const m = buildModel(inst);
  const usable = (x: number) => m.mSlots[x].length > 0 && m.cap[m.ma[x]] > 0 && m.cap[m.mb[x]] > 0;
  const b = bMatchingBounds(m, usable);
  return { suppliers: b.served, weight: b.weight };
}
