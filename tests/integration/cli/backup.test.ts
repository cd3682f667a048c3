import fs from "node:fs";
import path from "node:path";
import { spawn } from "node:child_process";
import SQLite from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { freshDb } from "../../helpers/db";

// `cli backup` and `cli restore` as operators run them: a separate process on a real file,
// with another connection (standing in for the server) writing or holding the database open.
const ROOT = path.resolve(import.meta.dirname, "../../..");

function cli(dbFile: string, args: string[]) {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/cli.ts", ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_PATH: dbFile },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout.on("data", (d) => (out += d));
  child.stderr.on("data", (d) => (out += d));
  return new Promise<{ code: number | null; out: string }>((resolve) =>
    child.on("close", (code) => resolve({ code, out })),
  );
}

const refs = (file: string) => {
  const db = new SQLite(file, { readonly: true });
  try {
    return (db.prepare("SELECT ref FROM organisations ORDER BY id").all() as { ref: string }[]).map(
      (r) => r.ref,
    );
  } finally {
    db.close();
  }
};

describe("cli backup", () => {
  it("copies one consistent moment while another connection keeps writing", async () => {
    const t = await freshDb();
    const padding = t.sqlite.prepare(
      "INSERT INTO audit_log (actor, action, entity, entity_ref) VALUES ('cli', 'x', 'y', ?)",
    );
    t.sqlite.transaction(() => {
      for (let i = 0; i < 20_000; i++) padding.run(`padding ${i} `.repeat(8));
    })();
    // The writer: each firm and its profile in one transaction, one after another, yielding to
    // the event loop in between, for as long as the backup runs.
    const org = t.sqlite.prepare(
      "INSERT INTO organisations (ref, kind, name_vi) VALUES (?, 'supplier', ?) RETURNING id",
    );
    const profile = t.sqlite.prepare("INSERT INTO supplier_profiles (org_id) VALUES (?)");
    const write = t.sqlite.transaction((n: number) => {
      const { id } = org.get(`W-${String(n).padStart(6, "0")}`, `Firm ${n}`) as { id: number };
      profile.run(id);
    });
    let n = 0;
    let running = true;
    const writer = (async () => {
      while (running) {
        write(++n);
        await new Promise((r) => setImmediate(r));
      }
    })();
    while (n < 50) await new Promise((r) => setImmediate(r));
    const before = n;
    const dest = path.join(t.dir, "backup.db");
    const res = await cli(t.file, ["backup", dest]);
    running = false;
    await writer;
    expect(res.out).toContain("integrity checked");
    expect(res.code).toBe(0);

    const got = refs(dest);
    // Everything committed before the backup began, then a prefix of the rest: no torn write.
    expect(got.length).toBeGreaterThanOrEqual(before);
    expect(got).toEqual(Array.from({ length: got.length }, (_, i) => `W-${String(i + 1).padStart(6, "0")}`));
    expect(n).toBeGreaterThan(got.length); // the writer really ran past the copy
    const b = new SQLite(dest, { readonly: true });
    expect(b.pragma("integrity_check", { simple: true })).toBe("ok");
    expect((b.prepare("SELECT count(*) AS n FROM supplier_profiles").get() as { n: number }).n).toBe(
      got.length,
    );
    expect(
      (b.prepare("SELECT count(*) AS n FROM audit_log").get() as { n: number }).n,
    ).toBeGreaterThanOrEqual(20_000);
    b.close();
    expect(fs.statSync(dest).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(t.dir).filter((f) => f.includes("partial"))).toEqual([]);

    // An existing file is not overwritten without --force.
    const again = await cli(t.file, ["backup", dest]);
    expect(again.code).toBe(1);
    expect(again.out).toContain("already exists");
    await t.close();
  }, 120_000);
});

describe("cli restore", () => {
  it("round trip: refused while the database is open, then restores and keeps the replaced file", async () => {
    const t = await freshDb();
    const add = t.sqlite.prepare("INSERT INTO organisations (ref, kind, name_vi) VALUES (?, 'supplier', ?)");
    add.run("S-1", "Kept");
    const dest = path.join(t.dir, "backup.db");
    expect((await cli(t.file, ["backup", dest])).code).toBe(0);
    add.run("S-2", "Added after the backup");

    // The "server" still has it open: nothing happens.
    const busy = await cli(t.file, ["restore", dest]);
    expect(busy.code).toBe(1);
    expect(busy.out).toContain("is in use");
    expect(refs(t.file)).toEqual(["S-1", "S-2"]);
    expect(fs.readdirSync(t.dir).filter((f) => f.startsWith(".portal.db"))).toEqual([]);

    await t.close();
    t.sqlite.close(); // Kysely closes it only when it has run a query itself
    const ok = await cli(t.file, ["restore", dest]);
    expect(ok.out).toContain("Restored");
    expect(ok.code).toBe(0);
    expect(refs(t.file)).toEqual(["S-1"]);
    const kept = /kept as (\S+)\./.exec(ok.out)![1];
    expect(refs(kept)).toEqual(["S-1", "S-2"]);
    expect(fs.statSync(t.file).mode & 0o777).toBe(0o600);
    expect(fs.statSync(kept).mode & 0o777).toBe(0o600);
    // The restored file works as the portal's database (the CLI migrates and reads it).
    expect((await cli(t.file, ["migrate"])).code).toBe(0);
  }, 120_000);

  it("refuses what is not a current portal database, changing nothing", async () => {
    const t = await freshDb();
    t.sqlite.prepare("INSERT INTO organisations (ref, kind, name_vi) VALUES ('S-1', 'supplier', 'x')").run();
    await t.close();
    const text = path.join(t.dir, "notes.txt");
    fs.writeFileSync(text, "not a database");
    const other = path.join(t.dir, "other.db");
    new SQLite(other).exec("CREATE TABLE x (y)").close();
    const newer = path.join(t.dir, "newer.db");
    fs.copyFileSync(t.file, newer);
    new SQLite(newer)
      .exec("INSERT INTO kysely_migration (name, timestamp) VALUES ('2099-01-01-01-future', 'now')")
      .close();

    for (const [file, says] of [
      [path.join(t.dir, "missing.db"), "does not exist"],
      [text, "not an SQLite database"],
      [other, "not a portal database"],
      [newer, "newer version of the portal"],
    ]) {
      const r = await cli(t.file, ["restore", file]);
      expect(r.code, file).toBe(1);
      expect(r.out, file).toContain(says);
    }
    expect(refs(t.file)).toEqual(["S-1"]);
    expect(fs.readdirSync(t.dir).filter((f) => f.includes("before-restore"))).toEqual([]);
  }, 120_000);
});
