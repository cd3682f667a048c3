// The meeting scheduler: pure functions on the cnht-schedule/1 shapes (CONTRACT.md §4).
export { schedule, scheduleExact } from "./solve";
export { reschedule } from "./reschedule";
export { validateInstance, type ValidationOutcome } from "./validate";
export type {
  RescheduleOptions,
  RescheduleOutcome,
  ScheduleAssignment,
  ScheduleChange,
  ScheduleInstance,
  ScheduleMeeting,
  ScheduleOptions,
  ScheduleOutcome,
  ScheduleQuality,
  ScheduleParticipant,
  ScheduleResult,
  ScheduleSlot,
} from "./types";
