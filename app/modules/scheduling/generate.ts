import { makeRng } from "./rng";
import type { ScheduleInstance, ScheduleParticipant } from "./types";

export interface FairShape {
  name: string;
  buyers: number;
  suppliers: number;
  /** Requested meetings (approximately: duplicate pairs are dropped). */
  meetings: number;
  days: number;
  slotsPerDay: number;
  /** Tables; buyers get fixed tables while there are enough. */
  tables: number;
  seed: number;
  /** Share of participants who are only there part of the time. */
  partTime?: number;
}

const pad = (n: number, w: number) => String(n).padStart(w, "0");

/**
 * A deterministic synthetic fair: buyers popular in a long-tailed way (a few big buyers get most
 * requests, as at real fairs), suppliers asking 1–20 buyers, some people present only on some
 * half-days, buyers at fixed tables with 60–100 % of the slots as their meeting limit.
 */
export function generateFair(shape: FairShape): ScheduleInstance {
  const rng = makeRng(shape.seed);
  const S = shape.days * shape.slotsPerDay;
  const slots = Array.from({ length: S }, (_, i) => {
    const day = Math.floor(i / shape.slotsPerDay) + 1;
    const k = i % shape.slotsPerDay;
    const minutes = 9 * 60 + k * 25 + (k >= shape.slotsPerDay / 2 ? 60 : 0);
    const hhmm = `${pad(Math.floor(minutes / 60), 2)}${pad(minutes % 60, 2)}`;
    return {
      id: `d${day}-${hhmm}`,
      start: `2027-03-${pad(9 + day, 2)}T${hhmm.slice(0, 2)}:${hhmm.slice(2)}:00+07:00`,
      minutes: 20,
    };
  });
  const tables = Array.from({ length: shape.tables }, (_, i) => `T${pad(i + 1, 3)}`);
  const half = Math.ceil(shape.slotsPerDay / 2);
  const partTime = shape.partTime ?? 0.15;
  // Present on a random non-empty subset of half-days.
  const availability = (): string[] | undefined => {
    if (rng() >= partTime) return undefined;
    const halves = shape.days * 2;
    const keep = new Set<number>();
    while (keep.size === 0) for (let h = 0; h < halves; h++) if (rng() < 0.5) keep.add(h);
    return slots
      .filter((_, i) =>
        keep.has(Math.floor(i / shape.slotsPerDay) * 2 + (i % shape.slotsPerDay >= half ? 1 : 0)),
      )
      .map((s) => s.id);
  };
  const participants: ScheduleParticipant[] = [];
  for (let i = 0; i < shape.buyers; i++) {
    const p: ScheduleParticipant = {
      id: `B${pad(i + 1, 3)}`,
      kind: "buyer",
      maxMeetings: Math.max(1, Math.round(S * (0.6 + 0.4 * rng()))),
    };
    if (i < shape.tables) p.fixedTable = tables[i];
    const av = availability();
    if (av) p.available = av;
    participants.push(p);
  }
  for (let i = 0; i < shape.suppliers; i++) {
    const p: ScheduleParticipant = {
      id: `S${pad(i + 1, 4)}`,
      kind: "supplier",
      maxMeetings: 4 + Math.floor(rng() * 12),
    };
    const av = availability();
    if (av) p.available = av;
    participants.push(p);
  }
  // Long-tailed popularity: buyer i drawn with weight 1/(i+5).
  const pop = Array.from({ length: shape.buyers }, (_, i) => 1 / (i + 5));
  const cum: number[] = [];
  pop.reduce((acc, w, i) => (cum[i] = acc + w), 0);
  const total = cum[cum.length - 1];
  const drawBuyer = () => {
    const r = rng() * total;
    let lo = 0;
    let hi = cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid] < r) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const meetings: ScheduleInstance["meetings"] = [];
  const seen = new Set<string>();
  for (let k = 0; k < shape.meetings * 1.2 && meetings.length < shape.meetings; k++) {
    const b = drawBuyer();
    const s = Math.floor(Math.pow(rng(), 1.5) * shape.suppliers);
    const key = `${b}-${s}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const r = rng();
    meetings.push({
      id: `M${pad(meetings.length + 1, 6)}`,
      a: participants[b].id,
      b: participants[shape.buyers + s].id,
      weight: r < 0.25 ? 3 : r < 0.55 ? 2 : 1,
    });
  }
  return { format: "cnht-schedule/1", name: shape.name, slots, tables, participants, meetings };
}

export const LARGE_FAIR: FairShape = {
  name: "generated-3day-300x2000",
  buyers: 300,
  suppliers: 2000,
  meetings: 20_000,
  days: 3,
  slotsPerDay: 17,
  tables: 300,
  seed: 2027,
};

/** A fair the size of the 2020 sample (one day of 17 slots, 20 buyers at fixed tables, 190
 * suppliers, 730 requests) drawn anew: data the scheduler was not tuned on. */
export const FAIR_2020_SIZED: FairShape = {
  name: "generated-2020-sized",
  buyers: 20,
  suppliers: 190,
  meetings: 730,
  days: 1,
  slotsPerDay: 17,
  tables: 20,
  seed: 2020,
};
