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

export function exportMet(markets: string[], buyerCountry: string): Met {
  return markets.some((m) => m.toUpperCase() === buyerCountry.toUpperCase());
}

const DAY_MS = 86_400_000;

export function freshnessMet(updatedAt: string | null, asOf: string): Met {
  if (!updatedAt) return "unknown";
  const days = (Date.parse(asOf.slice(0, 10)) - Date.parse(updatedAt.slice(0, 10))) / DAY_MS;
  if (!Number.isFinite(days)) return "unknown";
  return days <= FRESH_DAYS;
}
