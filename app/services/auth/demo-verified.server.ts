import type { Db } from "../../../db/connection";
import { auditAction } from "~/services/audit.server";
import { enqueueSupplierSync } from "../../../db/queries/outbox";

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
  const already = await db
    .selectFrom("organisations")
    .where("kind", "=", "supplier")
    .where("verifiedAt", "is not", null)
    .select("id")
    .limit(1)
    .executeTakeFirst();
  if (already) return [];
  const day = DEMO_VERIFIED_AT.slice(0, 10);
  const candidates = await db
    .selectFrom("organisations as o")
    .innerJoin("certifications as c", "c.orgId", "o.id")
    .where("o.kind", "=", "supplier")
    .where("o.status", "=", "active")
    .where("c.conceptId", "=", "iso9001")
    .where("c.validUntil", ">=", day)
    .select(["o.id", "o.ref"])
    .distinct()
    .orderBy("o.ref")
    .execute();
  const chosen = candidates.filter((o) => {
    const n = Number(o.ref.replace(/\D/g, ""));
    return n > 0 && n % EVERY === 0;
  });
  if (!chosen.length) return [];
  await db.transaction().execute(async (tx) => {
    for (const o of chosen) {
      await tx
        .updateTable("organisations")
        .set({ verifiedAt: DEMO_VERIFIED_AT, updatedAt: new Date().toISOString() })
        .where("id", "=", o.id)
        .execute();
      // Same trail as an organiser's "verify" on /admin/firms/:ref: search facets follow the outbox.
      await enqueueSupplierSync(tx, o.ref, "upsert");
      await auditAction(tx, `user:${organiserUserId}`, "verify", "organisation", o.ref, { demo: true });
    }
  });
  return chosen.map((o) => o.ref);
}
