// Agendas, the fair day and what came of it: pure functions, no Remix, no database.
export * from "./types";
export { agendaCalendar, type IcalOptions } from "./ical";
export { wallClock, zonedDateTime } from "./wall-time";
export { checkinPath, checkinToken, qrSvg, verifyCheckinToken } from "./checkin";
export {
  OUTCOMES,
  canRecordOutcome,
  isOutcome,
  latestOutcomes,
  type Outcome,
  type OutcomeRecord,
} from "./outcomes";
export { slotClock, type LiveSlot, type SlotClock } from "./live";
export { NO_SECTOR, buildReport, reportRows, type EventReport, type ReportInput } from "./report";
export { toCsv, toXlsx } from "./export";
export { DayChangeError, planDayChange, type DayChange, type DayPlan } from "./day-change";
