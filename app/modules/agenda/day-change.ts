import { reschedule, type ScheduleChange, type ScheduleResult } from "../scheduling";
import { buildInstance, meetingIdOf, meetingKey, type EventSchedulingData } from "../events/instance";
import { slotClock } from "./live";

// Cancellations and late arrivals on the fair day, through the scheduler's incremental
// reschedule: meetings whose slot has begun are pinned (never moved, never cancelled here — a
// started meeting that did not happen is a no-show), and the organiser sees how many meetings
// move before confirming.

export type DayChange =
  { kind: "cancel"; meetingId: number } | { kind: "late"; participantId: number; fromSlotId: number };

export class DayChangeError extends Error {
  constructor(
    readonly code: "started" | "unknown" | "over",
    message: string,
  ) {
    super(message);
    this.name = "DayChangeError";
  }
}

export interface DayPlan {
  moved: number;
  /** Meetings that end with a different slot or table, and those newly placed or dropped. */
  updates: { meetingId: number; slotId: number | null; tableId: number | null; reason: string | null }[];
  cancelled: number | null;
  late: { participantId: number; arrivesAt: string } | null;
}

export function planDayChange(data: EventSchedulingData, change: DayChange, now: Date): DayPlan {
  const clock = slotClock(
    data.slots.map((s) => ({ ...s, start: s.startsAt })),
    now,
  );
  if (!clock.firstOpen) throw new DayChangeError("over", "Every slot has begun: nothing can be rescheduled.");
  const slotCode = new Map(data.slots.map((s) => [s.id, s.code]));
  const tableCode = new Map(data.tables.map((t) => [t.id, t.code]));
  const slotIdOf = new Map(data.slots.map((s) => [s.code, s.id]));
  const tableIdOf = new Map(data.tables.map((t) => [t.code, t.id]));
  const current: ScheduleResult = { format: "cnht-schedule-result/1", assignments: [], unscheduled: [] };
  for (const m of data.meetings)
    if (m.slotId !== null && m.tableId !== null)
      current.assignments.push({
        meeting: meetingKey(m.id),
        slot: slotCode.get(m.slotId)!,
        table: tableCode.get(m.tableId)!,
      });
    else current.unscheduled.push({ meeting: meetingKey(m.id), reason: "not placed" });

  let sc: ScheduleChange;
  let late: DayPlan["late"] = null;
  if (change.kind === "cancel") {
    const m = data.meetings.find((x) => x.id === change.meetingId);
    if (!m) throw new DayChangeError("unknown", `Meeting ${change.meetingId} is not in this event's plan.`);
    if (m.slotId !== null && clock.startedIds.has(m.slotId))
      throw new DayChangeError("started", "That meeting has started; mark a no-show instead.");
    sc = { kind: "cancel", meeting: meetingKey(m.id) };
  } else {
    const p = data.participants.find((x) => x.id === change.participantId);
    const slot = data.slots.find((s) => s.id === change.fromSlotId);
    if (!p || !slot) throw new DayChangeError("unknown", "Unknown participant or slot.");
    sc = { kind: "late", participant: p.ref, availableFrom: slot.code };
    late = { participantId: p.id, arrivesAt: new Date(slot.startsAt).toISOString() };
  }
  const out = reschedule(buildInstance(data), current, sc, { startedBefore: clock.firstOpen.code });

  const after = new Map<number, { slotId: number | null; tableId: number | null; reason: string | null }>();
  for (const a of out.result.assignments)
    after.set(meetingIdOf(a.meeting), {
      slotId: slotIdOf.get(a.slot)!,
      tableId: tableIdOf.get(a.table)!,
      reason: null,
    });
  for (const u of out.result.unscheduled)
    after.set(meetingIdOf(u.meeting), { slotId: null, tableId: null, reason: u.reason });
  const updates = data.meetings
    .map((m) => ({ m, n: after.get(m.id)! }))
    .filter(({ m, n }) => n && (n.slotId !== m.slotId || n.tableId !== m.tableId))
    .map(({ m, n }) => ({ meetingId: m.id, ...n }));
  return { moved: out.moved, updates, cancelled: change.kind === "cancel" ? change.meetingId : null, late };
}
