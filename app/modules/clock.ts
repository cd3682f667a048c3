// The one rule for calendar dates. The portal serves Hanoi's fair and firms: "today" is the date
// in Hanoi (Asia/Ho_Chi_Minh, UTC+07:00 all year, no daylight saving), not the server's UTC date —
// between 00:00 and 07:00 Hanoi time the two differ by a day. Modules stay pure: they take the
// date as an argument; only the edges (services, routes, CLI) read the clock and pass
// `todayInHanoi(new Date())` in.
const HANOI_OFFSET_MS = 7 * 60 * 60_000;

/** The calendar date in Hanoi at instant `now`, as YYYY-MM-DD. */
export function todayInHanoi(now: Date): string {
  return new Date(now.getTime() + HANOI_OFFSET_MS).toISOString().slice(0, 10);
}
