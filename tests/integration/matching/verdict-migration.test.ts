import { Migrator, sql } from "kysely";
import { expect, it } from "vitest";
import { requestWithTerms, withFreshDb } from "../../helpers/db";
import { seedUser } from "../auth/client";
import { migrations } from "../../../db/migrations/index";
import { migrateToLatest } from "../../../db/migrate";

// Migration 2026-12-09-20 (decision 703) rebuilds match_dismissals with `given_by` and a unique
// key per side. Run on a database migrated to the version before it, with verdicts in it: every
// row is kept, with its id, side from the creator's current role, and new rows follow on (on
// PostgreSQL the identity continues after the copied ids). Runs on SQLite and, in the
// PostgreSQL run, on PostgreSQL.

const BEFORE = "2026-12-09-08-import-jobs";

it("keeps every verdict, gives each its side, and goes back down keeping the buyer's", async () => {
  await withFreshDb(async ({ db }) => {
    const migrator = new Migrator({
      db,
      provider: { getMigrations: async () => migrations },
      allowUnorderedMigrations: true,
    });
    expect((await migrator.migrateTo(BEFORE)).error).toBeUndefined();
    const org = async (ref: string, kind: "buyer" | "supplier") =>
      (
        await db
          .insertInto("organisations")
          .values({ ref, kind, nameVi: ref })
          .returning("id")
          .executeTakeFirstOrThrow()
      ).id;
    const buyerOrg = await org("B-1", "buyer");
    const s1 = await org("S-1", "supplier");
    const s2 = await org("S-2", "supplier");
    const s3 = await org("S-3", "supplier");
    const s4 = await org("S-4", "supplier");
    const req = await requestWithTerms(db, { ref: "R-1", buyerOrgId: buyerOrg, titleEn: "Housings" }, [
      { kind: "process", text: "injection moulding", conceptId: "injection-moulding" },
    ]);
    const buyer = await seedUser(db, { email: "b@example.com", role: "buyer", orgId: buyerOrg });
    const organiser = await seedUser(db, { email: "o@example.com", role: "organiser" });
    const admin = await seedUser(db, { email: "a@example.com", role: "admin" });
    const insert = (id: number, supplier: number, reason: string, note: string | null, by: number | null) =>
      sql`INSERT INTO match_dismissals (id, request_id, supplier_org_id, reason, note, score, created_by)
        VALUES (${id}, ${req}, ${supplier}, ${reason}, ${note}, ${0.5}, ${by})`.execute(db);
    await insert(7, s1, "price", "too dear", buyer);
    await insert(8, s2, "wrong_process", "seen at the fair", organiser);
    // A user deleted since (created_by set to NULL): nothing says an organiser spoke, so it stays
    // the buyer's, as the report counted it until now.
    const gone = await seedUser(db, { email: "gone@example.com", role: "organiser" });
    await insert(9, s3, "other", null, gone);
    await db.deleteFrom("users").where("id", "=", gone).execute();
    await insert(11, s4, "too_small", null, admin);

    const result = await migrateToLatest(db);
    expect(result.error).toBeUndefined();
    const rows = await db
      .selectFrom("matchDismissals")
      .select(["id", "supplierOrgId", "reason", "note", "score", "createdBy", "givenBy"])
      .orderBy("id")
      .execute();
    expect(rows).toEqual([
      {
        id: 7,
        supplierOrgId: s1,
        reason: "price",
        note: "too dear",
        score: 0.5,
        createdBy: buyer,
        givenBy: "buyer",
      },
      {
        id: 8,
        supplierOrgId: s2,
        reason: "wrong_process",
        note: "seen at the fair",
        score: 0.5,
        createdBy: organiser,
        givenBy: "organiser",
      },
      {
        id: 9,
        supplierOrgId: s3,
        reason: "other",
        note: null,
        score: 0.5,
        createdBy: null,
        givenBy: "buyer",
      },
      {
        id: 11,
        supplierOrgId: s4,
        reason: "too_small",
        note: null,
        score: 0.5,
        createdBy: admin,
        givenBy: "organiser",
      },
    ]);
    // After the rebuild: the other side's verdict on the same pair is a row of its own, and an
    // insert without id gets the next one.
    const { id } = await db
      .insertInto("matchDismissals")
      .values({ requestId: req, supplierOrgId: s1, reason: "other", givenBy: "organiser", createdBy: admin })
      .returning("id")
      .executeTakeFirstOrThrow();
    expect(id).toBe(12);
    await expect(
      db
        .insertInto("matchDismissals")
        .values({ requestId: req, supplierOrgId: s1, reason: "price", givenBy: "buyer" })
        .execute(),
    ).rejects.toThrow(/unique|duplicate/i);
    await expect(
      sql`INSERT INTO match_dismissals (request_id, supplier_org_id, reason, given_by) VALUES (${req}, ${s2}, 'price', 'supplier')`.execute(
        db,
      ),
    ).rejects.toThrow(/check/i);

    // Down: one verdict per pair again, the buyer's where both sides spoke; then up again.
    expect((await migrator.migrateTo(BEFORE)).error).toBeUndefined();
    const down = await sql<{
      id: number;
      reason: string;
    }>`SELECT id, reason FROM match_dismissals ORDER BY id`.execute(db);
    expect(down.rows).toEqual([
      { id: 7, reason: "price" },
      { id: 8, reason: "wrong_process" },
      { id: 9, reason: "other" },
      { id: 11, reason: "too_small" },
    ]);
    expect((await migrateToLatest(db)).error).toBeUndefined();
  });
});
