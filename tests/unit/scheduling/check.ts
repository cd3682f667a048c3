// An independent referee for scheduling tests: re-checks every hard rule of CONTRACT.md §4 from
// the instance and result alone, sharing no code with the scheduler it judges.
import type { ScheduleInstance, ScheduleResult } from "../../../app/modules/scheduling";

export function hardRuleViolations(inst: ScheduleInstance, res: ScheduleResult): string[] {
  const errors: string[] = [];
  const slots = new Set(inst.slots.map((s) => s.id));
  const tables = new Set(inst.tables);
  const people = new Map(inst.participants.map((p) => [p.id, p]));
  const meetings = new Map(inst.meetings.map((m) => [m.id, m]));
  const seen = new Map<string, number>();
  const busy = new Set<string>();
  const tableBusy = new Set<string>();
  const count = new Map<string, number>();
  for (const a of res.assignments) {
    seen.set(a.meeting, (seen.get(a.meeting) ?? 0) + 1);
    const m = meetings.get(a.meeting);
    if (!m) {
      errors.push(`unknown meeting ${a.meeting}`);
      continue;
    }
    if (!slots.has(a.slot)) errors.push(`${a.meeting}: unknown slot ${a.slot}`);
    if (!tables.has(a.table)) errors.push(`${a.meeting}: unknown table ${a.table}`);
    if (tableBusy.has(`${a.table}@${a.slot}`)) errors.push(`table ${a.table} twice in ${a.slot}`);
    tableBusy.add(`${a.table}@${a.slot}`);
    for (const id of [m.a, m.b]) {
      const p = people.get(id)!;
      if (p.available && !p.available.includes(a.slot)) errors.push(`${id} unavailable in ${a.slot}`);
      if (busy.has(`${id}@${a.slot}`)) errors.push(`${id} twice in ${a.slot}`);
      busy.add(`${id}@${a.slot}`);
      if (p.fixedTable && p.fixedTable !== a.table)
        errors.push(`${id} must sit at ${p.fixedTable}, got ${a.table}`);
      count.set(id, (count.get(id) ?? 0) + 1);
    }
  }
  for (const [id, n] of count) {
    const max = people.get(id)!.maxMeetings;
    if (max !== undefined && n > max) errors.push(`${id} has ${n} meetings, maxMeetings ${max}`);
  }
  for (const u of res.unscheduled) {
    seen.set(u.meeting, (seen.get(u.meeting) ?? 0) + 1);
    if (!u.reason || u.reason.length < 5) errors.push(`${u.meeting}: no reason given`);
  }
  for (const m of inst.meetings)
    if (seen.get(m.id) !== 1) errors.push(`${m.id} appears ${seen.get(m.id) ?? 0} times`);
  if (seen.size !== inst.meetings.length) errors.push("result names meetings the instance does not have");
  return errors;
}

export function figures(inst: ScheduleInstance, res: ScheduleResult) {
  const meetings = new Map(inst.meetings.map((m) => [m.id, m]));
  const suppliers = new Set(inst.participants.filter((p) => p.kind === "supplier").map((p) => p.id));
  const served = new Set<string>();
  const idx = new Map(inst.slots.map((s, i) => [s.id, i]));
  const times = new Map<string, number[]>();
  let weight = 0;
  for (const a of res.assignments) {
    const m = meetings.get(a.meeting)!;
    weight += m.weight ?? 1;
    for (const p of [m.a, m.b]) {
      if (suppliers.has(p)) served.add(p);
      times.set(p, [...(times.get(p) ?? []), idx.get(a.slot)!]);
    }
  }
  let gaps = 0;
  for (const t of times.values()) {
    t.sort((x, y) => x - y);
    for (let i = 1; i < t.length; i++) if (t[i] !== t[i - 1] + 1) gaps++;
  }
  return {
    placed: res.assignments.length,
    weight,
    served: served.size,
    gaps,
    slotsUsed: new Set(res.assignments.map((a) => a.slot)).size,
  };
}
