// The one rule for "is this certificate valid today?" (docs/decisions/160-certificate-validity.md).
// Search facets and filters, supplier cards, the profile page, the API and matching's hard
// constraint all ask here, so an undated ISO 9001 can no longer count in one place and not another.
// Pure: "today" is an argument (YYYY-MM-DD; the edges pass todayInHanoi from app/modules/clock.ts).

/**
 * - "valid": an expiry date on or after today (valid through its last day);
 * - "expired": an expiry date before today;
 * - "unknown": no expiry date on file, so nothing shows it is valid today.
 */
export type CertificateValidity = "valid" | "expired" | "unknown";

export function certificateValidity(
  validUntil: string | null | undefined,
  today: string,
): CertificateValidity {
  if (validUntil == null || validUntil === "") return "unknown";
  return validUntil >= today ? "valid" : "expired";
}

/** Whether the certificate can be shown to be valid on `today`: only a dated, unexpired one. */
export function isCertificateValid(validUntil: string | null | undefined, today: string): boolean {
  return certificateValidity(validUntil, today) === "valid";
}

/** Each certificate with its validity on `today` (what the profile page shows for every one). */
export function withValidity<C extends { validUntil?: string | null }>(
  certs: readonly C[],
  today: string,
): (C & { validity: CertificateValidity })[] {
  return certs.map((c) => ({ ...c, validity: certificateValidity(c.validUntil, today) }));
}

/**
 * The certificates a list shows a buyer (cards, `GET /api/v1/suppliers`): the valid ones and the
 * undated ones ("validity unknown"); expired ones are left off. Counting (facets, filters,
 * matching) asks isCertificateValid instead, so an undated one is listed but never counted.
 */
export function listedCertificates<C extends { validUntil?: string | null }>(
  certs: readonly C[],
  today: string,
): (C & { validity: CertificateValidity })[] {
  return withValidity(certs, today).filter((c) => c.validity !== "expired");
}

/** The certificates expired on `today` (the warning after a firm saves its profile). */
export function expiredCertificates<C extends { validUntil?: string | null }>(
  certs: readonly C[],
  today: string,
): C[] {
  return certs.filter((c) => certificateValidity(c.validUntil, today) === "expired");
}
