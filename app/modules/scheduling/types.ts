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
