// The meeting scheduler: pure functions on the cnht-schedule/1 shapes (CONTRACT.md §4).
export { schedule } from "./solve";
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
  ScheduleParticipant,
  ScheduleResult,
  ScheduleSlot,
} from "./types";
