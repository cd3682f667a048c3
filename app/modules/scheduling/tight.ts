import { makeRng } from "./rng";
import type { ScheduleInstance, ScheduleParticipant, ScheduleResult } from "./types";

export interface TightShape {
  seed: number;
  /** 8–10 in the real events this imitates. */
  slots?: number;
  /** 40–60. */
  participants?: number;
}

export interface TightEvent {
  instance: ScheduleInstance;
  /** The complete schedule the instance was built from: proof that every meeting fits. */
  planted: ScheduleResult;
  /** Idle gaps of the planted schedule: an upper bound on the fewest possible. */
  plantedGaps: number;
}

const pad = (n: number, w: number) => String(n).padStart(w, "0");

/**
 * A "tight real event" (the shape of the business-meeting forums of the scheduling literature):
 * one day of 8–10 slots split into morning and afternoon, 40–60 participants, a third or more of
 * them busy in nearly every slot they are present, others present only in the morning or only in
 * the afternoon, and just enough tables. Built backwards so that a complete schedule provably
 * exists: each participant gets a run of consecutive slots inside their presence, the people busy
 * in a slot are paired off (buyer with supplier where possible, never the same pair twice), and
 * the pairs become the requested meetings. Deterministic for a seed.
 */
export function generateTightEvent(shape: TightShape): TightEvent {
  const rng = makeRng(shape.seed * 7919 + 17);
  const int = (lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
  const S = shape.slots ?? int(8, 10);
  const P = shape.participants ?? int(40, 60);
  const half = Math.ceil(S / 2);
  const slots = Array.from({ length: S }, (_, i) => {
    // Morning from 08:30, afternoon from 13:30, 30-minute meetings.
    const minutes = i < half ? 8 * 60 + 30 + i * 30 : 13 * 60 + 30 + (i - half) * 30;
    const hh = pad(Math.floor(minutes / 60), 2);
    const mm = pad(minutes % 60, 2);
    return { id: `s${hh}${mm}`, start: `2027-03-10T${hh}:${mm}:00+07:00`, minutes: 25 };
  });

  // Presence and the run of slots each participant is busy in.
  type Person = { kind: "buyer" | "supplier"; from: number; to: number; runFrom: number; runTo: number };
  const people: Person[] = [];
  for (let i = 0; i < P; i++) {
    const kind = i % 2 === 0 ? "buyer" : "supplier";
    const r = rng();
    let from = 0;
    let to = S;
    if (r < 0.45) {
      // Busy all day: a meeting in every slot but at most one.
      const len = S - (rng() < 0.5 ? 0 : 1);
      const start = int(0, S - len);
      people.push({ kind, from, to, runFrom: start, runTo: start + len });
      continue;
    }
    if (r < 0.75) [from, to] = rng() < 0.5 ? [0, half] : [half, S];
    const span = to - from;
    // Half-day people fill most of their half-day; all-day light users meet a few times.
    const len = to - from === S ? int(3, S - 3) : int(Math.max(1, span - 1), span);
    const start = from + int(0, span - len);
    people.push({ kind, from, to, runFrom: start, runTo: start + len });
  }

  // Pair off the busy people of each slot. Nobody may be left alone inside their run, so an odd
  // slot shortens or grows somebody's run at its edge (that keeps every run gap-free).
  const pairs = new Set<string>();
  const meetings: ScheduleInstance["meetings"] = [];
  const assignments: ScheduleResult["assignments"] = [];
  const busyAt = (p: Person, s: number) => s >= p.runFrom && s < p.runTo;
  const planted: number[][] = Array.from({ length: P }, () => []);
  let tablesNeeded = 0;
  for (let s = 0; s < S; s++) {
    let here = people.map((_, i) => i).filter((i) => busyAt(people[i], s));
    if (here.length % 2 === 1) {
      // Prefer trimming a run that ends or starts here; else extend one that touches this slot.
      const edge = here.find((i) => people[i].runTo === s + 1 && people[i].runTo - people[i].runFrom > 1);
      const grow = people.findIndex(
        (p, i) => !here.includes(i) && p.runTo === s && s < p.to && p.runTo - p.runFrom >= 1,
      );
      if (edge !== undefined) people[edge].runTo = s;
      else if (grow >= 0) people[grow].runTo = s + 1;
      else {
        const start = here.find((i) => people[i].runFrom === s && people[i].runTo - people[i].runFrom > 1);
        if (start !== undefined) people[start].runFrom = s + 1;
      }
      here = people.map((_, i) => i).filter((i) => busyAt(people[i], s));
    }
    // Random pairing, buyer with supplier first, no pair twice; a few retries.
    let best: [number, number][] = [];
    for (let attempt = 0; attempt < 30; attempt++) {
      const order = here.slice();
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(rng() * (i + 1));
        [order[i], order[j]] = [order[j], order[i]];
      }
      const left = new Set(order);
      const got: [number, number][] = [];
      for (const a of order) {
        if (!left.has(a)) continue;
        left.delete(a);
        const key = (b: number) => (a < b ? `${a}-${b}` : `${b}-${a}`);
        const cands = [...left].filter((b) => !pairs.has(key(b)));
        const mixed = cands.filter((b) => people[b].kind !== people[a].kind);
        const pool = mixed.length ? mixed : cands;
        if (!pool.length) continue;
        const b = pool[Math.floor(rng() * pool.length)];
        left.delete(b);
        got.push([a, b]);
      }
      if (got.length > best.length) best = got;
      if (2 * got.length === here.length) break;
    }
    for (const [a, b] of best) {
      pairs.add(a < b ? `${a}-${b}` : `${b}-${a}`);
      const id = `M${pad(meetings.length + 1, 3)}`;
      const r = rng();
      meetings.push({ id, a: pid(a, people), b: pid(b, people), weight: r < 0.3 ? 3 : r < 0.65 ? 2 : 1 });
      assignments.push({ meeting: id, slot: slots[s].id, table: "" });
      planted[a].push(s);
      planted[b].push(s);
    }
    tablesNeeded = Math.max(tablesNeeded, best.length);
  }
  // Requests reach organisers in no particular order: shuffle them (and number them afresh) so
  // that the input order does not spell out the planted plan to a first-free-slot greedy.
  const order = meetings.map((_, k) => k);
  for (let k = order.length - 1; k > 0; k--) {
    const j = Math.floor(rng() * (k + 1));
    [order[k], order[j]] = [order[j], order[k]];
  }
  const shuffled = order.map((k, n) => ({ ...meetings[k], id: `M${pad(n + 1, 3)}` }));
  const plantedAssignments = order.map((k, n) => ({ ...assignments[k], meeting: `M${pad(n + 1, 3)}` }));
  meetings.splice(0, meetings.length, ...shuffled);
  assignments.splice(0, assignments.length, ...plantedAssignments);

  // Just enough tables: the busiest slot fills the hall.
  const tables = Array.from({ length: tablesNeeded }, (_, i) => `T${pad(i + 1, 2)}`);
  const used = new Map<string, number>();
  for (const a of assignments) {
    const n = used.get(a.slot) ?? 0;
    a.table = tables[n];
    used.set(a.slot, n + 1);
  }
  const participants: ScheduleParticipant[] = people.map((p, i) => {
    const out: ScheduleParticipant = { id: pid(i, people), kind: p.kind };
    if (p.from !== 0 || p.to !== S) out.available = slots.slice(p.from, p.to).map((s) => s.id);
    // Organisers cap people at what they asked for; the busy ones' limit is what binds.
    const n = planted[i].length;
    if (n >= S - 1) out.maxMeetings = n;
    return out;
  });
  let plantedGaps = 0;
  for (const list of planted)
    for (let k = 1; k < list.length; k++) if (list[k] !== list[k - 1] + 1) plantedGaps++;
  return {
    instance: {
      format: "cnht-schedule/1",
      name: `tight-${shape.seed}`,
      slots,
      tables,
      participants,
      meetings,
    },
    planted: { format: "cnht-schedule-result/1", assignments, unscheduled: [] },
    plantedGaps,
  };
}

function pid(i: number, people: { kind: string }[]): string {
  return `${people[i].kind === "buyer" ? "B" : "S"}${pad(i + 1, 2)}`;
}

/** The twelve tight events the tests and the benchmark use (seeds 1–12). */
export const TIGHT_SEEDS = Array.from({ length: 12 }, (_, i) => i + 1);
