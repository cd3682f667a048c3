// The cnht-schedule/1 exchange shapes (CONTRACT.md §4) and the day-of changes `reschedule` accepts.

export interface ScheduleSlot {
  id: string;
  start?: string;
  minutes?: number;
}

export interface ScheduleParticipant {
  id: string;
  kind: "buyer" | "supplier";
  /** Absent = every slot. */
  available?: string[];
  /** Absent = no limit. */
  maxMeetings?: number;
  /** The participant hosts all its meetings at this table. */
  fixedTable?: string;
}

export interface ScheduleMeeting {
  id: string;
  a: string;
  b: string;
  /** 3 both sides asked, 2 or 1 one side asked or the portal suggested; absent = 1. */
  weight?: number;
}

export interface ScheduleInstance {
  format: "cnht-schedule/1";
  name?: string;
  slots: ScheduleSlot[];
  tables: string[];
  participants: ScheduleParticipant[];
  meetings: ScheduleMeeting[];
}

export interface ScheduleAssignment {
  meeting: string;
  slot: string;
  table: string;
}

export interface ScheduleResult {
  format: "cnht-schedule-result/1";
  assignments: ScheduleAssignment[];
  unscheduled: { meeting: string; reason: string }[];
}

export interface ScheduleOptions {
  /** Seed of the search's random choices; the same seed gives the same plan. Default 1. */
  seed?: number;
  /**
   * Safety cap on the improvement phases. The search budget is counted in steps, not time, so
   * that a seed reproduces its plan; this cap only cuts a search that would run longer.
   */
  timeLimitMs?: number;
  /**
   * Budget of the exact phase (HiGHS MIP after the heuristic) in `scheduleExact`; default 10 s,
   * 0 = heuristic only. A budget that runs out leaves a valid plan and reports the gap left.
   */
  exactTimeMs?: number;
}

/** How good a plan is, measured against proven upper bounds (CONTRACT.md §4 objectives). */
export interface ScheduleQuality {
  /** "exact": the MIP phase ran; "heuristic": the instance was too big for it (or no budget). */
  method: "exact" | "heuristic";
  /** "mip": weight bound proven by the MIP (or by placing every meeting); "matching": time-free. */
  boundKind: "mip" | "matching";
  served: number;
  /** No plan serves more requesting suppliers. */
  servedBound: number;
  weight: number;
  /** No plan serving `served` suppliers (when that is the most possible) weighs more. */
  weightBound: number;
  /** (weightBound − weight) ÷ weightBound: 0 = best possible. */
  gap: number;
  /** Suppliers served and weight are proven lexicographically optimal. */
  optimal: boolean;
  idleGaps: number;
  /** Fewest idle gaps any plan as good on (1) and (2) can have, when known; null = unknown. */
  idleGapsBound: number | null;
}

export interface ScheduleOutcome {
  result: ScheduleResult;
  quality: ScheduleQuality;
}

export type ScheduleChange =
  | { kind: "cancel"; meeting: string }
  | { kind: "late"; participant: string; availableFrom: string }
  | { kind: "add"; meeting: { id: string; a: string; b: string; weight?: number } }
  | { kind: "tableDown"; table: string; fromSlot: string }
  | { kind: "unavailable"; participant: string; slots: string[] };

export interface RescheduleOptions extends ScheduleOptions {
  /** Meetings in slots before this one have started or happened: they are never moved. */
  startedBefore?: string;
}

export interface RescheduleOutcome {
  result: ScheduleResult;
  /** Meetings placed in `current` that now sit in another slot or at another table. */
  moved: number;
  movedMeetings: string[];
}
