import type { ScheduleInstance, ScheduleParticipant, ScheduleResult } from "../scheduling";
import type { ParticipantKind } from "./requests";

// The bridge between the database rows of an event and the scheduler's cnht-schedule/1 shapes.
// Participants are named by their organisation ref (readable in reasons: "buyer B-001 is full"),
// meetings by "M" + id, slots and tables by their codes.

export interface SlotRow {
  id: number;
  code: string;
  startsAt: string;
  minutes: number;
}
export interface TableRow {
  id: number;
  code: string;
}
export interface ParticipantRow {
  id: number;
  ref: string;
  kind: ParticipantKind;
  arrivesAt: string | null;
  leavesAt: string | null;
  blockedSlots: string[];
  fixedTableId: number | null;
  maxMeetings: number | null;
}
export interface MeetingRow {
  id: number;
  aId: number;
  bId: number;
  weight: number;
  slotId: number | null;
  tableId: number | null;
}
export interface EventSchedulingData {
  name: string;
  slots: SlotRow[];
  tables: TableRow[];
  /** Approved participants only: the others are invisible and cannot be scheduled. */
  participants: ParticipantRow[];
  /** Active meetings between approved participants. */
  meetings: MeetingRow[];
  limits: { buyer: number | null; supplier: number | null };
}

export const meetingKey = (id: number) => `M${id}`;
export function meetingIdOf(key: string): number {
  const n = Number(key.slice(1));
  if (!key.startsWith("M") || !Number.isInteger(n)) throw new Error(`Not a meeting key: ${key}`);
  return n;
}

/** Slot codes the participant can attend: after arriving, before leaving, not blocked. */
export function availableSlots(
  p: Pick<ParticipantRow, "arrivesAt" | "leavesAt" | "blockedSlots">,
  slots: SlotRow[],
): string[] {
  const from = p.arrivesAt ? Date.parse(p.arrivesAt) : -Infinity;
  const until = p.leavesAt ? Date.parse(p.leavesAt) : Infinity;
  const blocked = new Set(p.blockedSlots);
  return slots
    .filter((s) => {
      const start = Date.parse(s.startsAt);
      return start >= from && start + s.minutes * 60_000 <= until && !blocked.has(s.code);
    })
    .map((s) => s.code);
}

function limitOf(p: ParticipantRow, limits: EventSchedulingData["limits"]): number | null {
  return p.maxMeetings ?? limits[p.kind];
}

/**
 * The instance for the scheduler. With `onlyUnplaced`, placed meetings stay where they are: the
 * instance holds only the unplaced ones, each participant's slots lose those already taken and
 * their limit what they already have (tables are then assigned by `fitTables`).
 */
export function buildInstance(
  data: EventSchedulingData,
  opts: { onlyUnplaced?: boolean } = {},
): ScheduleInstance {
  const slotCode = new Map(data.slots.map((s) => [s.id, s.code]));
  const tableCode = new Map(data.tables.map((t) => [t.id, t.code]));
  const taken = new Map<number, Set<string>>();
  if (opts.onlyUnplaced)
    for (const m of data.meetings)
      if (m.slotId !== null)
        for (const pid of [m.aId, m.bId]) {
          let s = taken.get(pid);
          if (!s) taken.set(pid, (s = new Set()));
          s.add(slotCode.get(m.slotId)!);
        }
  const participants: ScheduleParticipant[] = data.participants.map((p) => {
    const busy = taken.get(p.id);
    let available = availableSlots(p, data.slots);
    if (busy) available = available.filter((c) => !busy.has(c));
    const out: ScheduleParticipant = { id: p.ref, kind: p.kind };
    if (available.length !== data.slots.length) out.available = available;
    const limit = limitOf(p, data.limits);
    if (limit !== null) out.maxMeetings = Math.max(0, limit - (busy?.size ?? 0));
    if (p.fixedTableId !== null && tableCode.has(p.fixedTableId))
      out.fixedTable = tableCode.get(p.fixedTableId)!;
    return out;
  });
  const ref = new Map(data.participants.map((p) => [p.id, p.ref]));
  return {
    format: "cnht-schedule/1",
    name: data.name,
    slots: data.slots.map((s) => ({ id: s.code, start: s.startsAt, minutes: s.minutes })),
    tables: data.tables.map((t) => t.code),
    participants,
    meetings: data.meetings
      .filter((m) => !opts.onlyUnplaced || m.slotId === null)
      .filter((m) => ref.has(m.aId) && ref.has(m.bId))
      .map((m) => ({ id: meetingKey(m.id), a: ref.get(m.aId)!, b: ref.get(m.bId)!, weight: m.weight })),
  };
}

export interface Placement {
  meetingId: number;
  slotId: number | null;
  tableId: number | null;
  reason: string | null;
}

/**
 * Turns the scheduler's answer for unplaced meetings into placements that fit around the ones
 * already placed: the scheduler did not know which tables those hold, so each new meeting keeps
 * its proposed table if it is free in that slot, else takes its fixed table or any free one not
 * fixed to somebody else; when none is free it stays unscheduled, saying so.
 */
export function fitTables(data: EventSchedulingData, result: ScheduleResult): Placement[] {
  const slotId = new Map(data.slots.map((s) => [s.code, s.id]));
  const tableId = new Map(data.tables.map((t) => [t.code, t.id]));
  const byId = new Map(data.meetings.map((m) => [m.id, m]));
  const people = new Map(data.participants.map((p) => [p.id, p]));
  const fixedTables = new Set(
    data.participants.map((p) => p.fixedTableId).filter((t): t is number => t !== null),
  );
  const used = new Map<number, Set<number>>();
  const occupy = (slot: number, table: number) => {
    let s = used.get(slot);
    if (!s) used.set(slot, (s = new Set()));
    s.add(table);
  };
  for (const m of data.meetings) if (m.slotId !== null && m.tableId !== null) occupy(m.slotId, m.tableId);
  const out: Placement[] = [];
  for (const a of result.assignments) {
    const m = byId.get(meetingIdOf(a.meeting))!;
    const slot = slotId.get(a.slot)!;
    const taken = used.get(slot) ?? new Set<number>();
    const fixed = people.get(m.aId)?.fixedTableId ?? people.get(m.bId)?.fixedTableId ?? null;
    const proposed = tableId.get(a.table)!;
    let table: number | undefined;
    if (fixed !== null) table = taken.has(fixed) ? undefined : fixed;
    else if (!taken.has(proposed) && !fixedTables.has(proposed)) table = proposed;
    else table = data.tables.find((t) => !taken.has(t.id) && !fixedTables.has(t.id))?.id;
    if (table === undefined) {
      out.push({
        meetingId: m.id,
        slotId: null,
        tableId: null,
        reason: `every table is taken in slot ${a.slot}`,
      });
      continue;
    }
    occupy(slot, table);
    out.push({ meetingId: m.id, slotId: slot, tableId: table, reason: null });
  }
  for (const u of result.unscheduled)
    out.push({ meetingId: meetingIdOf(u.meeting), slotId: null, tableId: null, reason: u.reason });
  return out;
}

/** Placements for a full run: the scheduler's answer as it is. */
export function placementsOf(data: EventSchedulingData, result: ScheduleResult): Placement[] {
  const slotId = new Map(data.slots.map((s) => [s.code, s.id]));
  const tableId = new Map(data.tables.map((t) => [t.code, t.id]));
  return [
    ...result.assignments.map((a) => ({
      meetingId: meetingIdOf(a.meeting),
      slotId: slotId.get(a.slot)!,
      tableId: tableId.get(a.table)!,
      reason: null,
    })),
    ...result.unscheduled.map((u) => ({
      meetingId: meetingIdOf(u.meeting),
      slotId: null,
      tableId: null,
      reason: u.reason,
    })),
  ];
}
