import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDb } from "../../helpers/db";
import { openDatabase, type OpenDb } from "../../../db/connection";

// Decision 441: the public directory's views are kept until the database changes — a write by
// the server itself (its connection's total_changes) or by another process (data_version).
// Real SQLite files, the server's own connection (getServices) and a second one like the CLI's.

let other: OpenDb;
let keptUntilChange: typeof import("../../../app/services/read-cache.server").keptUntilChange;
let server: OpenDb;
const isSqlite = process.env.CNHT_TEST_DATABASE !== "postgres";

beforeAll(async () => {
  const fresh = await freshDb();
  await fresh.close();
  if (isSqlite) {
    process.env.DATABASE_PATH = fresh.file;
    delete process.env.DATABASE_URL;
    other = openDatabase(fresh.file);
  }
  ({ keptUntilChange } = await import("../../../app/services/read-cache.server"));
  server = (await import("../../../app/utils/services.server")).getServices();
});
afterAll(async () => {
  await other?.close();
});

describe.runIf(isSqlite)("views kept until the database changes", () => {
  let builds = 0;
  const view = (keep = true) => keptUntilChange("k", async () => ({ value: { n: ++builds }, keep }));
  const addBuyer = (db: OpenDb["db"], ref: string) =>
    db.insertInto("organisations").values({ kind: "buyer", ref, nameEn: ref }).execute();

  it("builds once while nothing is written", async () => {
    const first = await view();
    expect(await view()).toBe(first);
    expect(builds).toBe(1);
  });

  it("builds again after a write through the server's own connection", async () => {
    const before = await view();
    await addBuyer(server.db, "B-KEPT-1");
    const after = await view();
    expect(after).not.toBe(before);
    expect(after.n).toBe(before.n + 1);
    expect(await view()).toBe(after);
  });

  it("builds again after another process wrote (the CLI's import, a restore)", async () => {
    const before = await view();
    await addBuyer(other.db, "B-KEPT-2");
    expect((await view()).n).toBe(before.n + 1);
  });

  it("does not keep a view built with keep: false (the search engine was down)", async () => {
    await addBuyer(other.db, "B-KEPT-3");
    const partial = await view(false);
    const next = await view();
    expect(next.n).toBe(partial.n + 1);
  });
});
