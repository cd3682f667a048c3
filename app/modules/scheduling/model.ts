import type { ScheduleInstance } from "./types";

/**
 * The instance compiled to dense integer arrays: the search touches these millions of times, so
 * string ids and objects stay outside it.
 *
 * Resources: every participant is a resource, and so is every table somebody is fixed to; a
 * meeting uses its two participants and, when one side has a fixedTable, that table. A resource
 * holds at most one meeting per slot. Tables nobody is fixed to are interchangeable, so they are
 * only counted (slotCap) and handed out at the end.
 */
export interface Model {
  S: number;
  P: number;
  M: number;
  R: number;
  slotIds: string[];
  tableIds: string[];
  partIds: string[];
  partKind: string[];
  meetingIds: string[];
  isSupplier: Uint8Array;
  /** Participant's meeting limit (maxMeetings, else a large number). */
  cap: Int32Array;
  /** P×S: 1 when the participant may meet in that slot. */
  partAvail: Uint8Array;
  /** Table index a participant is fixed to, or -1. */
  partTable: Int32Array;
  /** T×S: 1 when the table exists in that slot (tableDown removes it). */
  tableAvail: Uint8Array;
  /** Tables available per slot: the most meetings a slot can hold. */
  slotCap: Int32Array;
  ma: Int32Array;
  mb: Int32Array;
  mw: Float64Array;
  /** Resource of the fixed table the meeting must use, or -1. */
  mTableRes: Int32Array;
  /** The two sides are fixed to different tables: the meeting can never be placed. */
  mTableClash: Uint8Array;
  /** Slots where both sides (and their fixed table) are available, ascending. */
  mSlots: Int32Array[];
  /** Meetings that take no part (cancelled). */
  disabled: Uint8Array;
  /** Meetings of each participant. */
  partMeetings: Int32Array[];
}

export interface ModelAdjustments {
  /** Table id → first slot index from which it is out of service. */
  tableDownFrom?: Map<string, number>;
  /** Meeting ids cancelled: listed as unscheduled, never placed. */
  cancelled?: Set<string>;
  /** Slots before this index are in the past: nothing new may be placed there. */
  firstOpenSlot?: number;
}

export const NO_LIMIT = 1 << 29;

export function buildModel(inst: ScheduleInstance, adj: ModelAdjustments = {}): Model {
  const S = inst.slots.length;
  const slotIds = inst.slots.map((s) => s.id);
  const slotIndex = new Map(slotIds.map((id, i) => [id, i]));
  const tableIds = inst.tables.slice();
  const tableIndex = new Map(tableIds.map((id, i) => [id, i]));
  const T = tableIds.length;
  const P = inst.participants.length;
  const partIds = inst.participants.map((p) => p.id);
  const partIndex = new Map(partIds.map((id, i) => [id, i]));
  const firstOpen = adj.firstOpenSlot ?? 0;

  const tableAvail = new Uint8Array(T * S).fill(1);
  for (const [tid, from] of adj.tableDownFrom ?? []) {
    const t = tableIndex.get(tid);
    if (t === undefined) continue;
    for (let s = Math.max(0, from); s < S; s++) tableAvail[t * S + s] = 0;
  }
  const slotCap = new Int32Array(S);
  for (let s = 0; s < S; s++) for (let t = 0; t < T; t++) slotCap[s] += tableAvail[t * S + s];

  const isSupplier = new Uint8Array(P);
  const cap = new Int32Array(P);
  const partAvail = new Uint8Array(P * S);
  const partTable = new Int32Array(P).fill(-1);
  inst.participants.forEach((p, i) => {
    isSupplier[i] = p.kind === "supplier" ? 1 : 0;
    cap[i] = p.maxMeetings ?? NO_LIMIT;
    if (p.available) for (const s of p.available) partAvail[i * S + slotIndex.get(s)!] = 1;
    else partAvail.fill(1, i * S, (i + 1) * S);
    if (p.fixedTable !== undefined) partTable[i] = tableIndex.get(p.fixedTable)!;
  });

  const M = inst.meetings.length;
  const ma = new Int32Array(M);
  const mb = new Int32Array(M);
  const mw = new Float64Array(M);
  const mTableRes = new Int32Array(M).fill(-1);
  const mTableClash = new Uint8Array(M);
  const disabled = new Uint8Array(M);
  const mSlots: Int32Array[] = [];
  const partLists: number[][] = Array.from({ length: P }, () => []);
  inst.meetings.forEach((m, i) => {
    const a = partIndex.get(m.a)!;
    const b = partIndex.get(m.b)!;
    ma[i] = a;
    mb[i] = b;
    mw[i] = m.weight ?? 1;
    partLists[a].push(i);
    partLists[b].push(i);
    if (adj.cancelled?.has(m.id)) disabled[i] = 1;
    const ta = partTable[a];
    const tb = partTable[b];
    if (ta >= 0 && tb >= 0 && ta !== tb) mTableClash[i] = 1;
    const table = ta >= 0 ? ta : tb;
    if (table >= 0) mTableRes[i] = P + table;
    const list: number[] = [];
    if (!mTableClash[i])
      for (let s = firstOpen; s < S; s++)
        if (
          partAvail[a * S + s] &&
          partAvail[b * S + s] &&
          (table < 0 || tableAvail[table * S + s]) &&
          slotCap[s] > 0
        )
          list.push(s);
    mSlots.push(Int32Array.from(list));
  });

  return {
    S,
    P,
    M,
    R: P + T,
    slotIds,
    tableIds,
    partIds,
    partKind: inst.participants.map((p) => p.kind),
    meetingIds: inst.meetings.map((m) => m.id),
    isSupplier,
    cap,
    partAvail,
    partTable,
    tableAvail,
    slotCap,
    ma,
    mb,
    mw,
    mTableRes,
    mTableClash,
    mSlots,
    disabled,
    partMeetings: partLists.map((l) => Int32Array.from(l)),
  };
}
