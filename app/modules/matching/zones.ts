import { fold } from "~/modules/text/analyser";

// Industrial zones are typed by hand, so one zone arrives both as "CCN Bình Phú" and "CCN Binh Phu".
// The filter groups them by the folded form (the key the filter compares on) and shows the
// accented spelling, which is the one a Vietnamese reader expects.

export interface ZoneOption {
  /** Folded form: the filter's value; a supplier belongs to the zone when fold(its zone) equals it. */
  key: string;
  label: string;
}

/** Marks carried by a spelling: the most-accented spelling of a zone is the one shown. */
function accents(s: string): number {
  return (s.normalize("NFD").match(/[\u0300-\u036f]/g)?.length ?? 0) + (s.match(/[đĐ]/g)?.length ?? 0);
}

export function zoneKey(zone: string): string {
  return fold(zone);
}

export function groupZones(zones: Iterable<string>): ZoneOption[] {
  const byKey = new Map<string, string>();
  for (const z of zones) {
    const key = zoneKey(z);
    if (!key) continue;
    const cur = byKey.get(key);
    // Ties (same number of marks) keep the alphabetically first spelling, so the label is stable.
    const spelling = z.trim();
    if (
      cur === undefined ||
      accents(spelling) > accents(cur) ||
      (accents(spelling) === accents(cur) && spelling < cur)
    )
      byKey.set(key, spelling);
  }
  return [...byKey]
    .map(([key, label]) => ({ key, label }))
    .sort((a, b) => a.label.localeCompare(b.label, "vi"));
}

/** Does a supplier's zone belong to the zone picked in the filter (given as a key or any spelling)? */
export function inZone(supplierZone: string | null, picked: string): boolean {
  return supplierZone !== null && zoneKey(supplierZone) === zoneKey(picked);
}
