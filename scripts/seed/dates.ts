/**
 * The demo data is dated relative to this day, never to the clock, so certificate expiry and
 * request dates look the same whenever the seed runs (and "expires within 60 days" shows up
 * on a demo run on this date).
 */
export const REFERENCE_DATE = "2026-11-23";

const DAY = 86_400_000;

export function addDays(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d) + days * DAY).toISOString().slice(0, 10);
}

export function yearOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4));
}
