/** A real calendar date written YYYY-MM-DD (JSON Schema "format": "date"); 2027-02-30 is not one. */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1];
  return d <= days;
}

/** Today's date (UTC) as YYYY-MM-DD, the form validUntil is compared in. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * Whether a certificate counts as valid on `asOf` (YYYY-MM-DD): valid through its validUntil day.
 * A certificate recorded without an expiry date is taken at its word (valid); the profile page
 * shows the missing date so a reader can judge.
 */
export function isValidOn(validUntil: string | null | undefined, asOf: string): boolean {
  return validUntil == null || validUntil >= asOf;
}
