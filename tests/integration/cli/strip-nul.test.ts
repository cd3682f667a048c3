import SQLite from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { freshDb } from "../../helpers/db";
import { up } from "../../../db/migrations/2026-12-05-11-strip-nul";

// NUL characters: never written through the portal's connection, and the migration removes
// the ones saved before.
describe("NUL characters", () => {
  it("are stripped from every string parameter, Kysely and raw statements alike", async () => {
    const t = await freshDb();
    await t.db
      .insertInto("organisations")
      .values({ ref: "S-1", kind: "supplier", nameVi: "Cơ\u0000 khí", nameEn: "a\u0000b\u0000" })
      .execute();
    t.sqlite.prepare("UPDATE organisations SET description_en = ? WHERE ref = ?").run("x\u0000y", "S-1");
    const row = t.sqlite
      .prepare("SELECT name_vi, name_en, description_en, instr(name_vi, char(0)) AS nul FROM organisations")
      .get() as Record<string, unknown>;
    expect(row).toEqual({ name_vi: "Cơ khí", name_en: "ab", description_en: "xy", nul: 0 });
    // A lookup with a NUL finds the clean value (what the user meant), never a second spelling.
    expect(
      await t.db.selectFrom("organisations").where("nameVi", "=", "Cơ khí\u0000").select("ref").execute(),
    ).toEqual([{ ref: "S-1" }]);
    await t.close();
  });

  it("saved before the fix are removed by the migration, leaving everything else", async () => {
    const t = await freshDb();
    await t.close();
    t.sqlite.close();
    // A connection without the portal's guard, as the old code wrote.
    const old = new SQLite(t.file);
    old
      .prepare("INSERT INTO organisations (ref, kind, name_vi, description_vi) VALUES (?, 'supplier', ?, ?)")
      .run("S-1", "Cơ khí\u0000 An Phát", "Không có NUL");
    old
      .prepare("INSERT INTO users (email, name, password_hash, role) VALUES (?, ?, 'x', 'buyer')")
      .run("a@example.com", "An\u0000");
    old.close();
    const { openDatabase } = await import("../../../db/connection");
    const o = openDatabase(t.file);
    await up(o.db);
    const raw = new SQLite(t.file, { readonly: true });
    expect(raw.prepare("SELECT name_vi, description_vi FROM organisations").get()).toEqual({
      name_vi: "Cơ khí An Phát",
      description_vi: "Không có NUL",
    });
    expect(raw.prepare("SELECT name FROM users").get()).toEqual({ name: "An" });
    raw.close();
    await o.close();
    o.sqlite.close();
  });
});
