import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { seedOrg } from "../integration/auth/client";
import { dbEnv } from "../helpers/db";
import { postgresSkipReason } from "../helpers/postgres";
import { postgresSuite } from "../helpers/postgres-hooks";

// `cli backup` / `cli restore` on PostgreSQL (pg_dump / pg_restore), through the real CLI.
const skip = postgresSkipReason();
const ROOT = path.resolve(import.meta.dirname, "../..");

describe.skipIf(!!skip)("cli backup and restore on PostgreSQL", () => {
  const pg = postgresSuite();
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, ["--import", "tsx", "scripts/cli.ts", ...args], {
      cwd: ROOT,
      env: { ...process.env, ...dbEnv(pg.file) },
      encoding: "utf8",
      timeout: 300_000,
    });
  const refs = async () =>
    (await pg.db.selectFrom("organisations").select("ref").orderBy("ref").execute()).map((r) => r.ref);

  it("a backup restored brings back what was deleted since; an existing file needs --force", async () => {
    await seedOrg(pg.db, { ref: "S-00001", kind: "supplier" });
    await seedOrg(pg.db, { ref: "S-00002", kind: "supplier" });
    const file = path.join(pg.dir, "portal.dump");
    const made = cli("backup", file);
    expect(made.status, made.stderr).toBe(0);
    expect(made.stdout).toMatch(/pg_dump/);
    expect(fs.statSync(file).size).toBeGreaterThan(0);
    const again = cli("backup", file);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/exists \(--force replaces it\)/);

    await pg.db.deleteFrom("supplierProfiles").execute();
    await pg.db.deleteFrom("organisations").where("ref", "=", "S-00002").execute();
    expect(await refs()).toEqual(["S-00001"]);
    const restored = cli("restore", file);
    expect(restored.status, restored.stderr).toBe(0);
    expect(await refs()).toEqual(["S-00001", "S-00002"]);
  });

  it("a file that is not there is refused by name, changing nothing", async () => {
    const before = await refs();
    const r = cli("restore", path.join(pg.dir, "missing.dump"));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/missing\.dump does not exist/);
    expect(await refs()).toEqual(before);
  });
});
