// Ref namespaces (docs/decisions/090-ref-namespaces.md).
//
// The city's lists bring their own refs (S-00001, B-001, R-…). Refs the portal allocates itself —
// firms and buyer organisations registered on /my/organisation, requests posted on
// /my/requests/new — live under a prefix no import may create, so a ref in the city's list can
// never coincide with a firm a stranger registered. Every importer (JSON, the spreadsheet one)
// refuses a new record whose ref is reserved.

/** The reserved prefix; compared without case ("p-s-1" is as reserved as "P-S-1"). */
export const PORTAL_REF_PREFIX = "P-";

export function isPortalRef(ref: string): boolean {
  return ref.slice(0, 2).toUpperCase() === PORTAL_REF_PREFIX;
}

/** The prefix and zero-padded width of refs the portal allocates for organisations. */
export const PORTAL_ORG_REF = {
  supplier: { prefix: "P-S-", width: 5 },
  buyer: { prefix: "P-B-", width: 3 },
} as const;

/** P-S-00042 from the largest number in use (null when there is none yet). */
export function nextPortalOrgRef(kind: "supplier" | "buyer", maxInUse: number | null): string {
  const { prefix, width } = PORTAL_ORG_REF[kind];
  return `${prefix}${String((maxInUse ?? 0) + 1).padStart(width, "0")}`;
}
