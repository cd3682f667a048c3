// What came of a meeting, as each side sees it. Recorded right after and again months later;
// every recording is kept (with its date) and the newest one per side is the current verdict.

export const OUTCOMES = [
  "no_further_contact",
  "samples_requested",
  "quotation_requested",
  "negotiation",
  "order_placed",
] as const;
export type Outcome = (typeof OUTCOMES)[number];

export function isOutcome(x: unknown): x is Outcome {
  return typeof x === "string" && (OUTCOMES as readonly string[]).includes(x);
}

export interface OutcomeRecord {
  meetingId: number;
  orgId: number;
  outcome: Outcome;
  note: string | null;
  recordedAt: string;
}

/** The newest record of each side of each meeting (key `${meetingId}:${orgId}`). */
export function latestOutcomes<T extends OutcomeRecord>(records: T[]): Map<string, T> {
  const latest = new Map<string, T>();
  for (const r of records) {
    const k = `${r.meetingId}:${r.orgId}`;
    const cur = latest.get(k);
    if (!cur || r.recordedAt >= cur.recordedAt) latest.set(k, r);
  }
  return latest;
}

/** Outcomes may be recorded once the meeting's slot has begun, not for a meeting still ahead. */
export function canRecordOutcome(meetingStart: string, now: Date): boolean {
  return new Date(meetingStart).getTime() <= now.getTime();
}
