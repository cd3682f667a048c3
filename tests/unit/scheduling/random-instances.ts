// Small random instances for property tests and exact comparisons.
import type { ScheduleInstance, ScheduleParticipant } from "../../../app/modules/scheduling";
import { makeRng } from "../../../app/modules/scheduling/rng";

export interface RandomShape {
  slots: number;
  tables: number;
  buyers: number;
  suppliers: number;
  meetings: number;
  /** Chance a participant is present only in some slots / has a meeting limit / a fixed table. */
  partTime?: number;
  limited?: number;
  fixed?: number;
  /** Chance a meeting joins two participants of the same kind. */
  sameKind?: number;
}

export function randomInstance(seed: number, shape: RandomShape): ScheduleInstance {
  const rng = makeRng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(rng() * xs.length)];
  const slots = Array.from({ length: shape.slots }, (_, i) => ({ id: `s${i}` }));
  const tables = Array.from({ length: shape.tables }, (_, i) => `T${i}`);
  const participants: ScheduleParticipant[] = [];
  const add = (id: string, kind: "buyer" | "supplier") => {
    const p: ScheduleParticipant = { id, kind };
    if (rng() < (shape.partTime ?? 0.3)) p.available = slots.filter(() => rng() < 0.6).map((s) => s.id);
    if (rng() < (shape.limited ?? 0.3)) p.maxMeetings = Math.floor(rng() * 4);
    if (rng() < (shape.fixed ?? 0.2)) p.fixedTable = pick(tables);
    participants.push(p);
  };
  for (let i = 0; i < shape.buyers; i++) add(`B${i}`, "buyer");
  for (let i = 0; i < shape.suppliers; i++) add(`S${i}`, "supplier");
  const buyers = participants.filter((p) => p.kind === "buyer");
  const suppliers = participants.filter((p) => p.kind === "supplier");
  const meetings: ScheduleInstance["meetings"] = [];
  for (let i = 0; i < shape.meetings; i++) {
    let a = pick(buyers);
    let b = pick(suppliers);
    if (rng() < (shape.sameKind ?? 0))
      [a, b] = rng() < 0.5 ? [pick(buyers), pick(buyers)] : [pick(suppliers), pick(suppliers)];
    if (a.id === b.id) continue;
    meetings.push({ id: `M${i}`, a: a.id, b: b.id, weight: 1 + Math.floor(rng() * 3) });
  }
  return { format: "cnht-schedule/1", name: `random-${seed}`, slots, tables, participants, meetings };
}

/** The small instances the heuristic and the exact phase are both held to the MIP optimum on:
 *  one shape, so the two suites compare like with like. */
export function smallOptimumInstance(seed: number): ScheduleInstance {
  return randomInstance(1000 + seed, {
    slots: 4,
    tables: 3,
    buyers: 3,
    suppliers: 7,
    meetings: 22,
    limited: 0.4,
  });
}

/** Roomy instances with no limits or fixed tables, where every meeting can usually be placed, so
 *  idle gaps are the only thing left to compare. */
export function roomyInstance(seed: number): ScheduleInstance {
  return randomInstance(2000 + seed, {
    slots: 10,
    tables: 6,
    buyers: 4,
    suppliers: 8,
    meetings: 18,
    limited: 0,
    fixed: 0,
    partTime: 0.3,
  });
}

/** The varied family: every size moves with the seed (slots on a cycle of `slotCycle`), and a few
 *  meetings join two firms of the same kind, so the hard rules meet many different shapes. */
export function variedInstance(seed: number, slotCycle: number, seedBase = 0): ScheduleInstance {
  return randomInstance(seedBase + seed, {
    slots: 2 + (seed % slotCycle),
    tables: 1 + (seed % 4),
    buyers: 2 + (seed % 5),
    suppliers: 3 + (seed % 9),
    meetings: 5 + (seed % 30),
    sameKind: 0.15,
  });
}
