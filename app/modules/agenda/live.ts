// The organiser's view of the day: which slot is running by the clock, and which comes next.

export interface LiveSlot {
  id: string | number;
  start: string;
  minutes: number;
}

export interface SlotClock<S extends LiveSlot> {
  current: S | null;
  next: S | null;
  /** Slots that began before now, current included: their meetings have started and never move. */
  startedIds: Set<S["id"]>;
  /** The first slot not yet begun: what reschedule() calls `startedBefore`. */
  firstOpen: S | null;
}

export function slotClock<S extends LiveSlot>(slots: S[], now: Date): SlotClock<S> {
  const t = now.getTime();
  const sorted = slots.slice().sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  let current: S | null = null;
  const startedIds = new Set<S["id"]>();
  let firstOpen: S | null = null;
  for (const s of sorted) {
    const start = Date.parse(s.start);
    if (start <= t) {
      startedIds.add(s.id);
      if (t < start + s.minutes * 60_000) current = s;
    } else if (!firstOpen) firstOpen = s;
  }
  return { current, next: firstOpen, startedIds, firstOpen };
}
