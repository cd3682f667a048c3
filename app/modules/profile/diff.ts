import type { DirectoryCertification } from "../directory/types";

// What an edit changed, for the audit log ("who, when, what"): the dotted paths of the fields
// whose value differs, not the values themselves (a description can be 5,000 characters; the
// log says which fields moved, the record holds what they now say).

function flatten(value: unknown, prefix: string, out: Map<string, string>): void {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) {
    // Lists are compared as a whole: "capabilities.processes" changed, not every index after a removal.
    out.set(prefix, JSON.stringify(value));
    return;
  }
  if (typeof value === "object") {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
    return;
  }
  out.set(prefix, JSON.stringify(value));
}

/** Sorted paths of the fields that differ between two records (added, removed or changed). */
export function changedFields(before: unknown, after: unknown): string[] {
  const a = new Map<string, string>();
  const b = new Map<string, string>();
  flatten(before, "", a);
  flatten(after, "", b);
  const keys = new Set([...a.keys(), ...b.keys()]);
  return [...keys].filter((k) => a.get(k) !== b.get(k)).sort();
}

export interface CertificateState extends DirectoryCertification {
  filePath: string | null;
}

/**
 * Whether the certificates differ in anything an organiser checked when verifying the firm:
 * any field, the attached scan, their number. Order alone does not count.
 */
export function certificatesChanged(before: CertificateState[], after: CertificateState[]): boolean {
  const key = (c: CertificateState) =>
    JSON.stringify([
      c.standard,
      c.certificateNo ?? null,
      c.issuer ?? null,
      c.scope ?? null,
      c.validUntil ?? null,
      c.filePath,
    ]);
  const a = before.map(key).sort();
  const b = after.map(key).sort();
  return a.length !== b.length || a.some((k, i) => k !== b[i]);
}
