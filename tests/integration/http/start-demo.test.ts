import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { freshDb, reopen } from "../../helpers/db";
import { startServer } from "../../helpers/server";
import { importDirectory } from "../../../app/services/import/run.server";

const FIXTURE = path.resolve(import.meta.dirname, "../../fixtures/directory-sample.json");

/** Read through a connection of its own, as another process sees the database (SQLite or PostgreSQL). */
async function demoUsers(t: { file: string; url?: string }): Promise<string[]> {
  const o = reopen(t);
  try {
    const rows = await o.db
      .selectFrom("users")
      .select("email")
      .where("email", "like", "%@demo.cnht.vn")
      .execute();
    return rows.map((r) => r.email).sort();
  } finally {
    await o.close();
  }
}

// `npm start` seeds demo data only into an empty database, and the demo logins (public
// passwords) must never appear in a database that holds a real, imported directory.
describe("npm start and demo data", () => {
  it("gives a database with an imported directory no demo logins, however often it starts", async () => {
    const t = await freshDb();
    const report = await importDirectory(t, JSON.parse(fs.readFileSync(FIXTURE, "utf8")));
    expect(report.rejections).toHaveLength(0);
    // Closed at the end: on PostgreSQL close() drops the test's database.
    try {
      for (let i = 0; i < 2; i++) {
        const server = await startServer({ databasePath: t.file, env: { SEED: "1" } });
        await server.stop();
        expect(server.output()).not.toContain("Demo logins");
        expect(server.output()).not.toContain("Loaded the demo directory");
      }
      expect(await demoUsers(t)).toEqual([]);
    } finally {
      await t.close();
    }
  }, 300_000); // two starts, each seeding and waiting for /readyz on a loaded machine

  it("seeds an empty database with the demo directory, fair and logins, and prints them again next start", async () => {
    const t = await freshDb();
    try {
      const first = await startServer({ databasePath: t.file, env: { SEED: "1" } });
      await first.stop();
      expect(first.output()).toContain("Loaded the demo directory");
      expect(first.output()).toContain("Created the demo fair");
      expect(first.output()).toContain("organiser@demo.cnht.vn");
      const second = await startServer({ databasePath: t.file, env: { SEED: "1" } });
      await second.stop();
      expect(second.output()).not.toContain("Loaded the demo directory");
      expect(second.output()).toContain("organiser@demo.cnht.vn");
      expect(await demoUsers(t)).toEqual([
        "admin@demo.cnht.vn",
        "buyer@demo.cnht.vn",
        "organiser@demo.cnht.vn",
        "supplier@demo.cnht.vn",
      ]);
    } finally {
      await t.close();
    }
  }, 300_000); // two starts, each seeding and waiting for /readyz on a loaded machine
});
