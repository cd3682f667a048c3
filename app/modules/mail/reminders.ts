import { todayInHanoi } from "../clock";

// When reminders are due. Dates of the fair and certificate expiry dates are calendar dates in
// Hanoi, so "today" is the venue's date, not the server's.

export const REQUEST_REMINDER_DAYS = 3;
export const CERTIFICATE_WINDOW_DAYS = 60;

/** The venue's date: the one clock rule (app/modules/clock.ts), under the name mail reads. */
export function venueToday(now: Date): string {
  return todayInHanoi(now);
}

/** yyyy-mm-dd plus n days (calendar arithmetic, no time zone involved). */
export function addDays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** The eve of the fair: the venue's date is the day before its first day. */
export function isFairEve(firstDay: string, now: Date): boolean {
  return venueToday(now) === addDays(firstDay, -1);
}

/** A request asked at `createdAt` is due a reminder once `days` have passed without an answer. */
export function requestReminderCutoff(now: Date, days = REQUEST_REMINDER_DAYS): string {
  return new Date(now.getTime() - days * 86_400_000).toISOString();
}

/** Certificates valid until a date in [today, today + days] are in their renewal window. */
export function certificateWindow(now: Date, days = CERTIFICATE_WINDOW_DAYS): { from: string; to: string } {
  const today = venueToday(now);
  return { from: today, to: addDays(today, days) };
}
