import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openDatabase, type OpenDb } from "../../db/connection";
import { migrateToLatest } from "../../db/migrate";
import crypto from "node:crypto";
import { dependencyOrder, migrateToPostgres, uploadsOf } from "../../scripts/cli/migrate-to-postgres";
import { Client, PASSWORD, seedOrg, seedUser } from "../integration/auth/client";
import { startServer } from "../helpers/server";
import { freshPostgres, postgresSkipReason } from "../helpers/postgres";
import type { TestPostgres } from "../helpers/postgres-hooks";
import { seedIfEmpty } from "../../scripts/seed/seed-if-empty";
import { createDemoAccounts } from "../../app/services/auth/demo.server";
import { createDemoFair } from "../../app/services/events/demo.server";
import { createDemoProgramme } from "../../scripts/seed/programme";

const skip = postgresSkipReason();

it("orders tables parents first, and survives a cycle", () => {
  const fk: Record<string, string[]> = {
    memberships: ["users", "organisations"],
    users: [],
    organisations: ["users"],
  };
  expect(dependencyOrder(Object.keys(fk), (t) => fk[t]!)).toEqual(["users", "organisations", "memberships"]);
  expect(dependencyOrder(["a", "b"], (t) => (t === "a" ? ["b"] : ["a"]))).toHaveLength(2);
});

/**
 * `fn` with a SQLite file (opened, not yet migrated) in a temporary folder of its own and an empty
 * PostgreSQL database to move it into; the database is dropped and the folder removed after,
 * whatever happens. Closing the SQLite side is `fn`'s own (the move reads the file once closed).
 */
async function withSqliteAndPostgres(
  prefix: string,
  fn: (x: { dir: string; file: string; lite: OpenDb; pg: TestPostgres }) => Promise<void>,
) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const file = path.join(dir, "portal.db");
  const lite = openDatabase(file);
  const pg = await freshPostgres();
  try {
    await fn({ dir, file, lite, pg });
  } finally {
    await pg.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe.skipIf(!!skip)("npm run cli -- migrate-to-postgres", () => {
  it("copies a SQLite file into an empty PostgreSQL database, ids kept, sequences moved on", async () => {
    await withSqliteAndPostgres("cnht-to-pg-", async ({ file, lite, pg }) => {
      await migrateToLatest(lite.db);
      const orgA = await seedOrg(lite.db, { ref: "S-00001", kind: "supplier" });
      const orgB = await seedOrg(lite.db, { ref: "B-00001", kind: "buyer" });
      // A gap in the ids: the copy keeps them, and the next id follows the largest.
      await lite.db.deleteFrom("buyerProfiles").where("orgId", "=", orgB).execute();
      await lite.db.deleteFrom("organisations").where("id", "=", orgB).execute();
      const orgC = await seedOrg(lite.db, { ref: "B-00002", kind: "buyer" });
      const user = await seedUser(lite.db, { email: "owner@example.com", role: "supplier", orgId: orgA });
      await lite.close();

      const counts = await migrateToPostgres(file, pg.url, () => {});
      expect(counts).toMatchObject({ organisations: 2, users: 1, memberships: 1, supplier_profiles: 1 });
      const orgs = await pg.db
        .selectFrom("organisations")
        .select(["id", "ref", "nameVi"])
        .orderBy("id")
        .execute();
      expect(orgs).toEqual([
        { id: orgA, ref: "S-00001", nameVi: "Công ty S-00001" },
        { id: orgC, ref: "B-00002", nameVi: "Công ty B-00002" },
      ]);
      expect(await pg.db.selectFrom("memberships").select(["userId", "orgId"]).execute()).toEqual([
        { userId: user, orgId: orgA },
      ]);
      const next = await seedOrg(pg.db, { ref: "B-00003", kind: "buyer" });
      expect(next).toBe(orgC + 1);

      // Only into an empty database: a second run refuses and changes nothing.
      await expect(migrateToPostgres(file, pg.url, () => {})).rejects.toThrow(/not empty/);
      expect(await pg.db.selectFrom("organisations").select("id").execute()).toHaveLength(3);
    });
  });

  it("the demo database loses nothing: every copied table equal row for row", async () => {
    await withSqliteAndPostgres("cnht-demo-to-pg-", async ({ file, lite, pg }) => {
      try {
        // What `npm start` puts in an empty database: the directory, logins, the fair, the programme.
        await migrateToLatest(lite.db);
        await seedIfEmpty(lite);
        await createDemoAccounts(lite.db);
        await createDemoFair(lite.db);
        await createDemoProgramme(lite.db);
        const counts = await migrateToPostgres(file, pg.url, () => {});
        // Every row of every table, columns by name, in a fixed order: equal on both sides.
        const rowsOf = (rows: Record<string, unknown>[]) =>
          rows
            .map((r) =>
              JSON.stringify(Object.fromEntries(Object.entries(r).sort(([a], [b]) => a.localeCompare(b)))),
            )
            .sort();
        const copied = Object.keys(counts);
        expect(copied.length).toBeGreaterThan(20);
        let rows = 0;
        for (const table of copied) {
          const fromSqlite = rowsOf(
            lite.sqlite.prepare(`SELECT * FROM "${table}"`).all() as Record<string, unknown>[],
          );
          const fromPg = rowsOf((await pg.pgPool!.query(`SELECT * FROM "${table}"`)).rows);
          expect(fromPg.length, table).toBe(fromSqlite.length);
          expect(fromPg, table).toEqual(fromSqlite);
          rows += fromSqlite.length;
        }
        expect(rows).toBeGreaterThan(1000);
      } finally {
        await lite.close();
      }
    });
  });

  // Files and sessions are not compared by the rows above: a session is a row AND a cookie signed
  // with the secret, a logo is a row AND a file in the data folder. Both checked through the
  // real servers, before and after the move, with the same browser's cookie.
  it("a session and the uploaded files work after the move: the same cookie, the same bytes", async () => {
    await withSqliteAndPostgres("cnht-files-to-pg-", async ({ dir, file, lite, pg }) => {
      const hash = (b: ArrayBuffer | Buffer) =>
        crypto.createHash("sha256").update(new Uint8Array(b)).digest("hex");
      await migrateToLatest(lite.db);
      const orgId = await seedOrg(lite.db, { ref: "S-00042", kind: "supplier" });
      await seedUser(lite.db, { email: "owner@example.com", role: "supplier", orgId });
      // Two uploads as storeUpload leaves them: random stored names in the data folder's uploads/.
      const uploads = path.join(dir, "uploads");
      fs.mkdirSync(uploads);
      const logoName = `${crypto.randomBytes(16).toString("hex")}.png`;
      const scanName = `${crypto.randomBytes(16).toString("hex")}.pdf`;
      const logo = Buffer.concat([Buffer.from("89504e470d0a1a0a", "hex"), crypto.randomBytes(2048)]);
      const scan = Buffer.concat([Buffer.from("%PDF-1.7\n"), crypto.randomBytes(4096)]);
      fs.writeFileSync(path.join(uploads, logoName), logo);
      fs.writeFileSync(path.join(uploads, scanName), scan);
      await lite.db
        .updateTable("supplierProfiles")
        .set({ logoPath: logoName })
        .where("orgId", "=", orgId)
        .execute();
      const { id: certId } = await lite.db
        .insertInto("certifications")
        .values({
          orgId,
          standard: "ISO 9001",
          validUntil: "2030-01-01",
          filePath: scanName,
          conceptId: null,
          certificateNo: null,
          issuer: null,
          scope: null,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      await lite.close();

      // Logged in on the SQLite portal, as a user would be on the day of the move.
      const before = await startServer({ databasePath: file });
      const browser = new Client(before.url);
      let fetched: { logo: string; scan: string };
      try {
        await browser.login("owner@example.com", PASSWORD);
        const l = await browser.get("/files/logos/S-00042");
        const c = await browser.get(`/files/certificates/${certId}`);
        expect([l.status, c.status]).toEqual([200, 200]);
        fetched = { logo: hash(await l.arrayBuffer()), scan: hash(await c.arrayBuffer()) };
        expect(fetched).toEqual({ logo: hash(logo), scan: hash(scan) });
      } finally {
        await before.stop();
      }

      await migrateToPostgres(file, pg.url, () => {});
      expect(uploadsOf(file)).toEqual({ folder: uploads, referenced: 2, missing: [] });

      // The PostgreSQL instance keeps DATABASE_PATH (its data folder) as docs/deploy.md says.
      const after = await startServer({ databasePath: pg.url, env: { DATABASE_PATH: file } });
      try {
        const same = new Client(after.url);
        same.copyFrom(browser);
        // Still logged in: the account page answers, where a visitor is sent to the login.
        expect((await same.get("/my/account")).status).toBe(200);
        expect((await new Client(after.url).get("/my/account")).status).toBe(302);
        // The scan is served to the firm's member only: the session and the file both arrived.
        const c = await same.get(`/files/certificates/${certId}`);
        const l = await same.get("/files/logos/S-00042");
        expect([l.status, c.status]).toEqual([200, 200]);
        expect({ logo: hash(await l.arrayBuffer()), scan: hash(await c.arrayBuffer()) }).toEqual(fetched);
      } finally {
        await after.stop();
      }

      // A file named by a row but absent from the data folder is reported, never passed over.
      fs.rmSync(path.join(uploads, scanName));
      expect(uploadsOf(file).missing).toEqual([scanName]);
    });
  }, 600_000);
});
