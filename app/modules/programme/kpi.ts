import { isCertificateValid } from "../certificates/validity";
import { certifiedThroughSchemes, type SupportedFirm } from "../schemes/rules";
import { todayInHanoi } from "../clock";

// The programme's key figures, computed from the portal's own data as of a date. Pure: the
// service loads the rows, passes "as of" in, and gets figures out, so every figure can be
// recomputed by hand from the same rows (the definitions on /admin/programme say the same).

/** Management-system and product standards the plan counts as "international standards". */
export const INTERNATIONAL_STANDARDS = [
  "iso9001",
  "iso14001",
  "iso45001",
  "iatf16949",
  "iso13485",
  "as9100",
  "iso27001",
  "iso22000",
  "iso50001",
  "iso17025",
  "iso15378",
] as const;
const INTERNATIONAL = new Set<string>(INTERNATIONAL_STANDARDS);

export const OUTCOME_KINDS = ["samples_requested", "quotation_requested", "order_placed"] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

export const METRICS = [
  "firms",
  "certified",
  "mncSuppliers",
  "meetings",
  "outcomes",
  "schemeCertified",
] as const;
export type Metric = (typeof METRICS)[number];

export interface KpiFirm {
  orgId: number;
  /** UTC ISO instant the firm entered the directory. */
  createdAt: string;
  status: "active" | "suspended";
  sector: string | null;
}
export interface KpiCertificate {
  orgId: number;
  conceptId: string | null;
  validUntil: string | null;
}
export interface KpiMeeting {
  meetingId: number;
  /** UTC ISO instant attendance was recorded as held. */
  heldAt: string;
  sides: { orgId: number; kind: "buyer" | "supplier"; country: string | null }[];
}
export interface KpiOutcome {
  meetingId: number;
  outcome: string;
  recordedAt: string;
}
export interface KpiData {
  firms: KpiFirm[];
  certificates: KpiCertificate[];
  meetings: KpiMeeting[];
  outcomes: KpiOutcome[];
  /** Approved management-system scheme applications (docs/decisions/190-support-schemes.md). */
  supported?: SupportedFirm[];
}

export interface KpiFigures {
  asOf: string;
  year: number;
  firms: number;
  firmsBySector: Record<string, number>;
  /** Percent of active firms in each sector (firms without a sector count as "unknown"). */
  sectorShares: Record<string, number>;
  certified: number;
  certifiedByStandard: Record<string, number>;
  mncSuppliers: number;
  meetings: number;
  outcomes: number;
  outcomesByKind: Record<OutcomeKind, number>;
  /** Active firms whose approved management-system support ended in a valid certificate to its standard. */
  schemeCertified: number;
}

/** The calendar date in Hanoi of a stored UTC instant: the one clock rule, applied to a string. */
export function hanoiDate(iso: string): string {
  return todayInHanoi(new Date(iso));
}

const round1 = (x: number) => Math.round(x * 10) / 10;

export function computeKpis(data: KpiData, asOf: string): KpiFigures {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new Error(`asOf must be YYYY-MM-DD, got "${asOf}"`);
  const year = Number(asOf.slice(0, 4));
  const yearStart = `${year}-01-01`;
  const inYear = (iso: string) => {
    const d = hanoiDate(iso);
    return d >= yearStart && d <= asOf;
  };

  // Stock figures: the state on asOf.
  const active = data.firms.filter((f) => f.status === "active" && hanoiDate(f.createdAt) <= asOf);
  const activeIds = new Set(active.map((f) => f.orgId));
  const firmsBySector: Record<string, number> = {};
  for (const f of active) {
    const s = f.sector ?? "unknown";
    firmsBySector[s] = (firmsBySector[s] ?? 0) + 1;
  }
  const sectorShares: Record<string, number> = {};
  for (const [s, n] of Object.entries(firmsBySector)) sectorShares[s] = round1((100 * n) / active.length);

  const certifiedFirms = new Set<number>();
  const byStandard = new Map<string, Set<number>>();
  for (const c of data.certificates) {
    if (!activeIds.has(c.orgId) || !c.conceptId || !INTERNATIONAL.has(c.conceptId)) continue;
    if (!isCertificateValid(c.validUntil, asOf)) continue;
    certifiedFirms.add(c.orgId);
    if (!byStandard.has(c.conceptId)) byStandard.set(c.conceptId, new Set());
    byStandard.get(c.conceptId)!.add(c.orgId);
  }
  const certifiedByStandard: Record<string, number> = {};
  for (const [s, ids] of byStandard) certifiedByStandard[s] = ids.size;

  // Flow figures: from 1 January of asOf's year through asOf, in Hanoi's calendar.
  const held = data.meetings.filter((m) => inYear(m.heldAt));
  const heldIds = new Set(held.map((m) => m.meetingId));
  const mnc = new Set<number>();
  for (const m of held) {
    const foreignBuyer = m.sides.some(
      (s) => s.kind === "buyer" && s.country && s.country.toUpperCase() !== "VN",
    );
    if (!foreignBuyer) continue;
    for (const s of m.sides) if (s.kind === "supplier" && activeIds.has(s.orgId)) mnc.add(s.orgId);
  }

  const byKind = new Map<OutcomeKind, Set<number>>(OUTCOME_KINDS.map((k) => [k, new Set<number>()]));
  const anyOutcome = new Set<number>();
  for (const o of data.outcomes) {
    const set = byKind.get(o.outcome as OutcomeKind);
    if (!set || !heldIds.has(o.meetingId) || !inYear(o.recordedAt)) continue;
    set.add(o.meetingId);
    anyOutcome.add(o.meetingId);
  }
  const outcomesByKind = Object.fromEntries(OUTCOME_KINDS.map((k) => [k, byKind.get(k)!.size])) as Record<
    OutcomeKind,
    number
  >;

  return {
    asOf,
    year,
    firms: active.length,
    firmsBySector,
    sectorShares,
    certified: certifiedFirms.size,
    certifiedByStandard,
    mncSuppliers: mnc.size,
    meetings: held.length,
    outcomes: anyOutcome.size,
    outcomesByKind,
    schemeCertified: certifiedThroughSchemes(
      data.supported ?? [],
      data.certificates,
      asOf,
      hanoiDate,
      activeIds,
    ).size,
  };
}

/** Each year's figures at its end (or at asOf for asOf's own year), oldest first. */
export function yearOverYear(data: KpiData, fromYear: number, asOf: string): KpiFigures[] {
  const last = Number(asOf.slice(0, 4));
  const out: KpiFigures[] = [];
  for (let y = fromYear; y <= last; y++) out.push(computeKpis(data, y === last ? asOf : `${y}-12-31`));
  return out;
}

/** Progress toward a target in percent (null without a target; may exceed 100). */
export function progress(actual: number, target: number | undefined | null): number | null {
  if (target == null || target <= 0) return null;
  return round1((100 * actual) / target);
}

/** The figure a target metric is compared with ("sector:X" compares with X's share in %). */
export function actualFor(f: KpiFigures, metric: string): number | null {
  if (metric.startsWith("sector:")) return f.sectorShares[metric.slice(7)] ?? 0;
  if ((METRICS as readonly string[]).includes(metric)) return f[metric as Metric];
  return null;
}

export function isMetric(metric: string, sectorIds: readonly string[]): boolean {
  return (
    (METRICS as readonly string[]).includes(metric) ||
    (metric.startsWith("sector:") && sectorIds.includes(metric.slice(7)))
  );
}
