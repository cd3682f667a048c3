import { OUTCOMES, type Outcome } from "./outcomes";

// The organiser's figures for one event, computed from plain rows so the same numbers feed the
// page, the charts and both exports.

export interface ReportInput {
  requests: { state: string; declineReason: string | null }[];
  meetings: {
    id: number;
    supplierOrgId: number | null;
    /** null = not recorded yet. */
    attendance: "held" | "no_show" | null;
    sector: string | null;
  }[];
  /** Current (newest) outcome per side per meeting. */
  outcomes: { meetingId: number; outcome: Outcome }[];
  /** Suppliers approved for the event, to say how many got at least one meeting. */
  supplierParticipants: number;
}

export interface EventReport {
  requests: {
    sent: number;
    accepted: number;
    declined: number;
    pending: number;
    cancelled: number;
    expired: number;
  };
  declineReasons: { reason: string; count: number }[];
  meetings: { scheduled: number; held: number; noShows: number; unrecorded: number };
  suppliers: { participating: number; withMeeting: number };
  /** One row per sector: how many meetings (sides) reported each outcome. */
  outcomesBySector: ({ sector: string } & Record<Outcome, number>)[];
}

export const NO_SECTOR = "—";

export function buildReport(input: ReportInput): EventReport {
  const count = (state: string) => input.requests.filter((r) => r.state === state).length;
  const reasons = new Map<string, number>();
  for (const r of input.requests)
    if (r.state === "declined")
      reasons.set(r.declineReason ?? "other", (reasons.get(r.declineReason ?? "other") ?? 0) + 1);

  const sectorOf = new Map(input.meetings.map((m) => [m.id, m.sector ?? NO_SECTOR]));
  const bySector = new Map<string, Record<Outcome, number>>();
  for (const o of input.outcomes) {
    const sector = sectorOf.get(o.meetingId);
    if (sector === undefined) continue;
    let row = bySector.get(sector);
    if (!row)
      bySector.set(
        sector,
        (row = Object.fromEntries(OUTCOMES.map((k) => [k, 0])) as Record<Outcome, number>),
      );
    row[o.outcome] += 1;
  }

  const held = input.meetings.filter((m) => m.attendance === "held").length;
  const noShows = input.meetings.filter((m) => m.attendance === "no_show").length;
  return {
    requests: {
      sent: input.requests.length,
      accepted: count("accepted"),
      declined: count("declined"),
      pending: count("pending"),
      cancelled: count("cancelled"),
      expired: count("expired"),
    },
    declineReasons: [...reasons]
      .map(([reason, n]) => ({ reason, count: n }))
      .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason)),
    meetings: {
      scheduled: input.meetings.length,
      held,
      noShows,
      unrecorded: input.meetings.length - held - noShows,
    },
    suppliers: {
      participating: input.supplierParticipants,
      withMeeting: new Set(input.meetings.map((m) => m.supplierOrgId).filter((x) => x !== null)).size,
    },
    outcomesBySector: [...bySector]
      .map(([sector, row]) => ({ sector, ...row }))
      .sort((a, b) => a.sector.localeCompare(b.sector)),
  };
}

/** Flat rows (section, item, value) for CSV and XLSX: one format an organiser can pivot. */
export function reportRows(r: EventReport, label: (key: string) => string): [string, string, number][] {
  const rows: [string, string, number][] = [];
  for (const [k, v] of Object.entries(r.requests)) rows.push([label("requests"), label(`requests.${k}`), v]);
  for (const d of r.declineReasons) rows.push([label("declineReasons"), d.reason, d.count]);
  for (const [k, v] of Object.entries(r.meetings)) rows.push([label("meetings"), label(`meetings.${k}`), v]);
  for (const [k, v] of Object.entries(r.suppliers))
    rows.push([label("suppliers"), label(`suppliers.${k}`), v]);
  for (const s of r.outcomesBySector)
    for (const o of OUTCOMES) rows.push([`${label("outcomes")}: ${s.sector}`, label(`outcome.${o}`), s[o]]);
  return rows;
}
