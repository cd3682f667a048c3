import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type OpenDb } from "../../db/connection";
import { migrateToLatest } from "../../db/migrate";
import { withStatements } from "../../db/statements";
import { ProfileStatements } from "../../db/queries/profile";
import { importDirectory } from "../../app/services/import/run.server";
import { exportDirectory } from "../../app/services/import/export.server";
import type { DirectoryFile } from "../../app/modules/directory/types";
import { freshPostgres, postgresSkipReason } from "../helpers/postgres";

// The directory importer and the profile writes (db/statements.ts) on PostgreSQL: the same file
// imported into SQLite and into PostgreSQL exports the same bytes, and the importer's guarantees
// (nothing written twice, a preview writes nothing, a refused record alone, --replace) hold.
// A slice of the sample keeps this quick: every statement is a round trip to the server.

const skip = postgresSkipReason();

const SAMPLE = JSON.parse(
  fs.readFileSync(path.resolve(import.meta.dirname, "../fixtures/directory-sample.json"), "utf8"),
) as DirectoryFile;

function slice(): DirectoryFile {
  const buyers = SAMPLE.buyers!.slice(0, 4);
  const refs = new Set(buyers.map((b) => b.ref));
  return {
    format: SAMPLE.format,
    suppliers: SAMPLE.suppliers!.slice(0, 40),
    buyers,
    requests: SAMPLE.requests!.filter((r) => refs.has(r.buyer)),
  };
}

const rows = async (o: OpenDb, table: "auditLog" | "searchOutbox" | "organisations") =>
  Number(
    (
      await o.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as("n"))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe.skipIf(!!skip)("the directory importer on PostgreSQL", () => {
  let pg: Awaited<ReturnType<typeof freshPostgres>>;
  let lite: OpenDb;
  beforeAll(async () => {
    pg = await freshPostgres();
    lite = openDatabase(path.join(fs.mkdtempSync(path.join(os.tmpdir(), "cnht-pg-import-")), "portal.db"));
    await migrateToLatest(lite.db);
  });
  afterAll(async () => {
    await pg?.close();
    await lite?.close();
  });

  it("imports what SQLite imports: the same export, byte for byte", async () => {
    const file = slice();
    const a = await importDirectory(pg, structuredClone(file), { actor: "test" });
    const b = await importDirectory(lite, structuredClone(file), { actor: "test" });
    expect(a.rejections).toEqual([]);
    expect([a.suppliers.created, a.buyers.created, a.requests.created]).toEqual([
      file.suppliers!.length,
      file.buyers!.length,
      file.requests!.length,
    ]);
    expect({ ...a, durationMs: 0 }).toEqual({ ...b, durationMs: 0 });
    expect(JSON.stringify(await exportDirectory(pg.db))).toBe(JSON.stringify(await exportDirectory(lite.db)));
    expect(await rows(pg, "searchOutbox")).toBe(file.suppliers!.length);
  });

  it("a second run writes nothing; a preview reports and writes nothing", async () => {
    const audit = await rows(pg, "auditLog");
    const again = await importDirectory(pg, slice());
    expect(again.suppliers).toMatchObject({ created: 0, updated: 0, unchanged: 40 });
    const changed = slice();
    changed.suppliers![0]!.website = "https://changed.example.vn";
    const preview = await importDirectory(pg, changed, { dryRun: true, replace: true });
    expect(preview.suppliers).toMatchObject({ updated: 1 });
    expect(await rows(pg, "auditLog")).toBe(audit);
  });

  it("refuses one record the database refuses (a tax code another firm holds), the rest written", async () => {
    const file = slice();
    const holder = file.suppliers!.shift()!;
    expect(holder.taxCode).toBeTruthy();
    file.suppliers!.push({ ...structuredClone(holder), ref: "S-09999" });
    file.suppliers![0]!.website = "https://other.example.vn";
    const r = await importDirectory(pg, file);
    expect(r.rejections.map((x) => [x.ref, x.problems[0]?.field])).toEqual([["S-09999", "taxCode"]]);
    expect(r.suppliers).toMatchObject({ created: 0, updated: 1, rejected: 1 });
  });

  it("--replace deletes what the file no longer names", async () => {
    const file = slice();
    const gone = file.suppliers!.pop()!;
    const orgs = await rows(pg, "organisations");
    const r = await importDirectory(pg, file, { replace: true });
    expect(r.replaceSkipped).toBeNull();
    expect(r.kept).toEqual([]);
    expect(r.suppliers.deleted).toBe(1);
    expect(await rows(pg, "organisations")).toBe(orgs - 1);
    const last = await pg.db
      .selectFrom("searchOutbox")
      .select(["ref", "op"])
      .orderBy("id", "desc")
      .executeTakeFirstOrThrow();
    expect(last).toEqual({ ref: gone.ref, op: "delete" });
  });

  it("profile writes run in one transaction, rolled back whole on failure", async () => {
    const org = await pg.db
      .selectFrom("organisations")
      .select(["id", "updatedAt"])
      .where("kind", "=", "supplier")
      .orderBy("id")
      .executeTakeFirstOrThrow();
    await pg.db
      .updateTable("organisations")
      .set({ verifiedAt: "2026-01-01T00:00:00.000Z" })
      .where("id", "=", org.id)
      .execute();
    const removed = await withStatements(pg, (sx) =>
      sx.tx(async () => {
        const ps = new ProfileStatements(sx);
        await ps.setExtras(org.id, { equipment: "5 máy CNC", capacityNotes: null, logoPath: null });
        return ps.removeVerification(org.id);
      }),
    );
    expect(removed).toBe(true);
    const after = await pg.db
      .selectFrom("supplierProfiles")
      .innerJoin("organisations", "organisations.id", "supplierProfiles.orgId")
      .select(["equipment", "verifiedAt"])
      .where("orgId", "=", org.id)
      .executeTakeFirstOrThrow();
    expect(after).toEqual({ equipment: "5 máy CNC", verifiedAt: null });

    await expect(
      withStatements(pg, (sx) =>
        sx.tx(async () => {
          await new ProfileStatements(sx).setExtras(org.id, {
            equipment: "lost",
            capacityNotes: null,
            logoPath: null,
          });
          throw new Error("stale form");
        }),
      ),
    ).rejects.toThrow("stale form");
    const kept = await pg.db
      .selectFrom("supplierProfiles")
      .select("equipment")
      .where("orgId", "=", org.id)
      .executeTakeFirstOrThrow();
    expect(kept.equipment).toBe("5 máy CNC");
  });
});
