import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildIfStale } from "../../scripts/lib/build";
import { importDirectory } from "../../app/services/import/run.server";
import { Client, PASSWORD, seedOrg, seedUser } from "../integration/auth/client";
import { startServer, type RunningServer } from "../helpers/server";
import { freshPostgres, postgresSkipReason } from "../helpers/postgres";
import { LOGIN_PER_ACCOUNT_IP } from "../../app/modules/auth/rate-limits";

// Two real portal servers on one PostgreSQL database, each with its own search index file:
// a session made through A is honoured by B, and a directory change written while both serve is
// found by a search on B (search/follow.ts) without restarting anything.

const skip = postgresSkipReason();

function supplier(ref: string, name: string, process: string) {
  return { ref, name: { vi: name }, processes: [process], materials: [], products: [], certifications: [] };
}

describe.skipIf(!!skip)("two portal instances on one PostgreSQL", () => {
  let pg: Awaited<ReturnType<typeof freshPostgres>>;
  let a: RunningServer;
  let b: RunningServer;
  beforeAll(async () => {
    buildIfStale(() => {});
    pg = await freshPostgres();
    const org = await seedOrg(pg.db, { ref: "S-00001", kind: "supplier" });
    await seedUser(pg.db, { email: "owner@example.com", role: "supplier", orgId: org });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cnht-two-"));
    const env = (name: string) => ({
      DATABASE_URL: pg.url!,
      SEARCH_INDEX_PATH: path.join(dir, `${name}.db`),
    });
    [a, b] = await Promise.all([
      startServer({ databasePath: path.join(dir, "unused.db"), env: env("a") }),
      startServer({ databasePath: path.join(dir, "unused.db"), env: env("b") }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await pg?.close();
  });

  it("logged in through A, the session works through B", async () => {
    const onA = new Client(a.url);
    await onA.login("owner@example.com", PASSWORD);
    const onB = new Client(b.url);
    onB.copyFrom(onA);
    const page = await onB.get("/my/profile");
    expect(page.status).toBe(200);
    expect(await new Client(b.url).get("/my/profile").then((r) => r.status)).toBe(302);
  });

  it("a firm written while both serve is found by a search on B", async () => {
    await importDirectory(pg, {
      format: "cnht-directory/1",
      suppliers: [supplier("S-00002", "Bao bì Thăng Long", "thùng carton")],
    });
    const onB = new Client(b.url);
    // B's index follows the outbox once a second: wait for it (bounded), no timing asserted.
    let body = "";
    for (let i = 0; i < 100 && !body.includes("S-00002"); i++) {
      body = await (await onB.get(`/suppliers?q=${encodeURIComponent("Thăng Long")}`)).text();
      if (!body.includes("S-00002")) await new Promise((r) => setTimeout(r, 300));
    }
    expect(body).toContain("S-00002");
  });

  // Last: it locks 127.0.0.1 out of this account on both servers.
  it("login failures through A count on B: the account is locked for the guessing address on both", async () => {
    const email = "guessed@example.com";
    await seedUser(pg.db, {
      email,
      role: "supplier",
      orgId: await seedOrg(pg.db, { ref: "S-00003", kind: "supplier" }),
    });
    // Alternate the servers: neither alone sees enough failures to lock.
    for (let i = 0; i < LOGIN_PER_ACCOUNT_IP.free; i++) {
      const via = new Client((i % 2 ? a : b).url);
      expect((await via.post("/login", { email, password: `guess ${i} guess` })).status).toBe(401);
    }
    for (const server of [a, b]) {
      const locked = await new Client(server.url).post("/login", { email, password: PASSWORD });
      expect(locked.status).toBe(429);
      expect(await locked.text()).toMatch(/Too many failed attempts/);
    }
    // The other account from the same address is not locked: the pair is.
    expect((await new Client(b.url).login("owner@example.com", PASSWORD)).status).toBe(302);
  });
});
