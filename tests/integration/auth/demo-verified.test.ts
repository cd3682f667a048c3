import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedIfEmpty } from "../../../scripts/seed";
import { createDemoAccounts } from "../../../app/services/auth/demo.server";
import { DEMO_VERIFIED_AT } from "../../../app/services/auth/demo-verified.server";
import { freshDb } from "../../helpers/db";
import { all, count, exec } from "../import/snapshot";

// Demo set-up: after the seed, a fixed fifth of the suppliers is verified by the demo organiser,
// so "Verified suppliers only" and the search facet have something to show.

let t: Awaited<ReturnType<typeof freshDb>>;
beforeAll(async () => {
  t = await freshDb();
  await seedIfEmpty(t);
  await exec(t, "DELETE FROM search_outbox");
});
afterAll(() => t?.close());

const verified = async () =>
  (await all(
    t,
    "SELECT ref, verified_at AS at FROM organisations WHERE kind = 'supplier' AND verified_at IS NOT NULL ORDER BY ref",
  )) as { ref: string; at: string }[];

describe("demo verified suppliers", () => {
  it("verifies suppliers whose ref number is divisible by 5 and that hold a valid ISO 9001, on a fixed day", async () => {
    expect(await verified()).toEqual([]);
    await createDemoAccounts(t.db);
    const rows = await verified();
    const suppliers = await count(t, "SELECT count(*) AS n FROM organisations WHERE kind = 'supplier'");
    // About a fifth of the candidates (every fifth ref) that pass the certificate check.
    expect(rows.length).toBeGreaterThan(suppliers * 0.05);
    expect(rows.length).toBeLessThanOrEqual(suppliers * 0.2);
    for (const r of rows) {
      expect(Number(r.ref.replace(/\D/g, "")) % 5).toBe(0);
      expect(r.at).toBe(DEMO_VERIFIED_AT);
    }
    const withoutIso = await count(
      t,
      `SELECT count(*) AS n FROM organisations o WHERE o.kind = 'supplier' AND o.verified_at IS NOT NULL AND NOT EXISTS
         (SELECT 1 FROM certifications c WHERE c.org_id = o.id AND c.concept_id = 'iso9001' AND c.valid_until >= ?)`,
      DEMO_VERIFIED_AT.slice(0, 10),
    );
    expect(withoutIso).toBe(0);
    // For a buyer organisation verified_at is the organisers' approval (091-contact-access.md):
    // only the demo buyer's own organisation is approved, so the demo buyer sees contacts.
    const buyers = await all(
      t,
      `SELECT o.ref FROM organisations o JOIN memberships m ON m.org_id = o.id JOIN users u ON u.id = m.user_id
       WHERE o.kind = 'buyer' AND o.verified_at IS NOT NULL AND u.email_verified_at IS NOT NULL`,
    );
    expect(buyers).toHaveLength(1);
    // Search facets follow the outbox; the organiser's action is in the audit log.
    const queued = (await all(
      t,
      "SELECT ref FROM search_outbox WHERE entity = 'supplier' AND op = 'upsert' ORDER BY ref",
    )) as { ref: string }[];
    expect(queued.map((q) => q.ref)).toEqual(rows.map((r) => r.ref));
    const organiser = await count(t, "SELECT id FROM users WHERE email = 'organiser@demo.cnht.vn'");
    const audited = await count(
      t,
      "SELECT count(*) AS n FROM audit_log WHERE action = 'verify' AND actor = ?",
      `user:${organiser}`,
    );
    expect(audited).toBe(rows.length);
  });

  it("leaves a database that has verified suppliers alone (a second start, or a real directory)", async () => {
    const before = await verified();
    await exec(t, "UPDATE organisations SET verified_at = NULL WHERE ref = ?", before[0]!.ref);
    await createDemoAccounts(t.db);
    expect(await verified()).toEqual(before.slice(1));
  });
});
