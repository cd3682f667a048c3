import { FRESH_DAYS, UNITS_PER_EMPLOYEE_YEAR } from "./weights";
import type { Met } from "./types";

// The soft facts around capabilities: capacity, export experience, verification, freshness.
// Each returns met (✓/✗/?) only; the weight and the fit of "unknown" are applied by score.ts.

/** Head-count implied by a yearly volume under the rule of thumb in weights.ts. */
export function neededEmployees(annualVolume: number): number {
  return Math.max(1, Math.ceil(annualVolume / UNITS_PER_EMPLOYEE_YEAR));
}

export function capacityMet(employees: number | null, annualVolume: number | null): Met {
  if (employees === null || annualVolume === null) return "unknown";
  return employees >= neededEmployees(annualVolume);
}

/** `markets` holds upper-case ISO codes (PreparedSupplier.markets). */
export function exportMet(markets: Set<string>, buyerCountry: string): Met {
  return markets.has(buyerCountry.toUpperCase());
}

const DAY_MS = 86_400_000;

/** Days since 1970 of an ISO date or timestamp (its date part), or null when unreadable. */
export function dayNumber(iso: string | null): number | null {
  if (!iso) return null;
  const t = Date.parse(iso.slice(0, 10));
  return Number.isFinite(t) ? Math.floor(t / DAY_MS) : null;
}

export function freshnessMet(updatedDay: number | null, asOfDay: number): Met {
  if (updatedDay === null) return "unknown";
  return asOfDay - updatedDay <= FRESH_DAYS;
}
