// The fair runs in Hanoi: Asia/Ho_Chi_Minh is UTC+07:00 all year (no daylight saving), so a
// fixed offset is exact and needs no time-zone database.
export const EVENT_OFFSET = "+07:00";
const OFFSET_MINUTES = 7 * 60;

/** "2027-03-10" + "09:00" → "2027-03-10T09:00:00+07:00" (the exchange format of slot starts). */
export function localIso(date: string, hhmm: string): string {
  return `${date}T${hhmm}:00${EVENT_OFFSET}`;
}

/** "2027-03-10T09:00" (a datetime-local input, read as Hanoi time) → UTC "…Z" instant, or null. */
export function localInputToUtc(value: string): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2})?$/.exec(value.trim());
  if (!m) return null;
  const t = Date.parse(`${m[1]}T${m[2]}:00${EVENT_OFFSET}`);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

/** UTC instant → "2027-03-10T09:00" in Hanoi time, for datetime-local inputs and display. */
export function utcToLocalInput(utc: string | null): string {
  if (!utc) return "";
  const t = Date.parse(utc);
  if (Number.isNaN(t)) return "";
  return new Date(t + OFFSET_MINUTES * 60_000).toISOString().slice(0, 16);
}

export function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(":").map(Number);
  return h * 60 + m;
}

export function hhmmOf(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

export const isHhmm = (s: string) => /^([01]\d|2[0-3]):[0-5]\d$/.test(s);
export const isIsoDate = (s: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s)) && new Date(s).toISOString().startsWith(s);
