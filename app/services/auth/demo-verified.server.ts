import type { Db } from "../../../db/connection";
import { auditAction } from "~/services/audit.server";
import { enqueueSupplierSync } from "../../../db/queries/outbox";
import {
  activeSuppliersCertified,
  anySupplierVerified,
  setVerifiedAt,
} from "../../../db/queries/recognitions";

// The seeded directory has no verified supplier, so "Verified suppliers only" (matching, search
// facets) would always be empty in a demo. A fixed fifth of the suppliers is marked verified by
// the demo organiser, as an organiser would after checking their ISO 9001 certificate.

/** The demo verification day: fixed so that demo databases are alike. */
export const DEMO_VERIFIED_AT = "2026-11-02T09:00:00.000Z";

/** Ref numbers divisible by this are candidates (about 20 % of S-00001…S-01000). */
const EVERY = 5;

/**
 * Marks as verified the demo suppliers whose ref number is divisible by 5 and that hold an
 * ISO 9001 certificate valid on the verification day. Does nothing when any supplier is
 * verified already (a real or already prepared database). Returns the refs it verified.
 */
export async function verifyDemoSuppliers(db: Db, organiserUserId: number): Promise<string[]> {
  if (await anySupplierVerified(db)) return [];
  const day = DEMO_VERIFIED_AT.slice(0, 10);
  const candidates = await activeSuppliersCertified(db, "iso9001", day);
  const chosen = candidates.filter((o) => {
    const n = Number(o.ref.replace(/\D/g, ""));
    return n > 0 && n % EVERY === 0;
  });
  if (!chosen.length) return [];
  await db.transaction().execute(async (tx) => {
    for (const o of chosen) {
      await setVerifiedAt(tx, o.id, DEMO_VERIFIED_AT);
      // Same trail as an organiser's "verify" on /admin/firms/:ref: search facets follow the outbox.
      await enqueueSupplierSync(tx, o.ref, "upsert");
      await auditAction(tx, `user:${organiserUserId}`, "verify", "organisation", o.ref, { demo: true });
    }
  });
  return chosen.map((o) => o.ref);
}
