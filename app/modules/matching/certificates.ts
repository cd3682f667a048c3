import { isCertificateValid } from "../certificates/validity";
import type { HeldCertificate, PreparedRequest, PreparedSupplier, Wanted } from "./prepare";

export interface CertCheck {
  wanted: Wanted;
  /** The certificate that satisfies it (possibly a more specific standard), or the best expired one. */
  held: HeldCertificate | undefined;
  valid: boolean;
}

/** Held and valid on the day, by the one rule (an undated certificate is never accepted). */
export function validOn(c: HeldCertificate | undefined, asOf: string): boolean {
  return !!c && isCertificateValid(c.validUntil, asOf);
}

export function checkCertificates(r: PreparedRequest, s: PreparedSupplier, asOf: string): CertCheck[] {
  return r.requiredCerts.map((wanted) => {
    const held = s.certs.get(wanted.key);
    return { wanted, held, valid: validOn(held, asOf) };
  });
}

export function meetsCertificates(r: PreparedRequest, s: PreparedSupplier, asOf: string): boolean {
  for (const w of r.requiredCerts) if (!validOn(s.certs.get(w.key), asOf)) return false;
  return true;
}
