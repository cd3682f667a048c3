import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildIfStale } from "../../scripts/lib/build";
import { Client, PASSWORD, seedOrg, seedUser } from "../integration/auth/client";
import { postMultipart, supplierForm } from "../integration/profile/forms";
import { BASE } from "../integration/events/fixture";
import { startServer, type RunningServer } from "../helpers/server";
import { freshPostgres, postgresSkipReason } from "../helpers/postgres";
import { freePort, NGINX, startNginx, type RunningNginx } from "../helpers/nginx";
import { LOGIN_PER_ACCOUNT_IP } from "../../app/modules/auth/rate-limits";
import { createEvent, listSlots, listTables } from "../../db/queries/events";
import { registerParticipant, setParticipantStatus } from "../../db/queries/events-participants";
import { respondToRequest, sendRequest } from "../../app/services/events/requests.server";
import { draftMeetings } from "../../db/queries/events-schedule";

// Issue 17's end-to-end test: two real portal servers on one PostgreSQL database, each with its
// own search index file, behind Debian's nginx balancing round robin (no stickiness), with the
// data folder shared as docs/deploy.md asks. What one instance does, the other sees: sessions,
// search (search/follow.ts), the login limit, an import's staged file and progress (ADR 465,
// 466), a schedule generated on one and published on the other, and parallel moves through both
// that never double-book. Skipped, saying so, without PostgreSQL or without nginx.

const skip = postgresSkipReason();
if (!NGINX) console.warn("two-instance test SKIPPED: nginx not found (apt-get install nginx; .ci/run does)");

/** Polls `probe` until it returns a value (not undefined), within a generous limit. */
async function eventually<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  limitMs = 90_000,
): Promise<T> {
  const deadline = Date.now() + limitMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`${what}: not seen within ${limitMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

function supplierDoc(i: number) {
  const ref = `S-2${String(i).padStart(4, "0")}`;
  return { ref, name: { vi: `Công ty Nhập Khẩu Số ${i}` }, capabilities: { processes: ["dập kim loại"] } };
}

describe.skipIf(!!skip || !NGINX)("two portal instances on one PostgreSQL behind nginx (round robin)", () => {
  let pg: Awaited<ReturnType<typeof freshPostgres>>;
  let a: RunningServer;
  let b: RunningServer;
  let nginx: RunningNginx | undefined;
  let front = "";
  let dir = "";
  let eventId = 0;
  const ports: Record<string, string> = {};

  /** The access log: one line per request, `METHOD URI STATUS UPSTREAM`. */
  const served = () =>
    fs
      .readFileSync(path.join(dir, "access.log"), "utf8")
      .trim()
      .split("\n")
      .map((l) => {
        const [method, uri, status, upstream] = l.split(" ");
        return {
          method,
          uri,
          status: Number(status),
          by: upstream === ports.a ? "a" : upstream === ports.b ? "b" : "?",
        };
      });

  /** The `n` lines after line `from` that match, once nginx has written them all (polled). */
  const logged = (from: number, match: (r: ReturnType<typeof served>[number]) => boolean, n: number) =>
    eventually(`${n} matching lines in nginx's access log`, async () => {
      const lines = served().slice(from).filter(match);
      return lines.length >= n ? lines : undefined;
    });

  beforeAll(async () => {
    buildIfStale(() => {});
    pg = await freshPostgres();
    const owner = await seedOrg(pg.db, { ref: "S-00001", kind: "supplier", taxCode: "0100000001" });
    await seedUser(pg.db, { email: "owner@example.com", role: "supplier", orgId: owner });
    await seedUser(pg.db, { email: "org@example.com", role: "organiser" });
    await seedUser(pg.db, {
      email: "guessed@example.com",
      role: "supplier",
      orgId: await seedOrg(pg.db, { ref: "S-00003", kind: "supplier" }),
    });

    // A fair: 2 buyers × 2 suppliers, every pair agreed to meet; 7 slots, 4 tables.
    eventId = await createEvent(pg.db, { ...BASE, dayEnd: "12:00", tableNames: ["A", "B", "C", "D"] }, null);
    const part: Record<string, number> = {};
    for (const [ref, kind] of [
      ["B1", "buyer"],
      ["B2", "buyer"],
      ["S1", "supplier"],
      ["S2", "supplier"],
    ] as const) {
      const org = await seedOrg(pg.db, { ref: `E-${ref}`, kind });
      part[ref] = await registerParticipant(pg.db, { eventId, orgId: org, userId: null, note: null });
      await setParticipantStatus(pg.db, part[ref]!, "approved", null);
    }
    for (const buyer of ["B1", "B2"])
      for (const supplier of ["S1", "S2"]) {
        const r = await sendRequest(pg.db, {
          eventId,
          fromId: part[buyer]!,
          toId: part[supplier]!,
          message: null,
          userId: null,
        });
        await respondToRequest(pg.db, {
          requestId: r.id,
          participantId: part[supplier]!,
          action: "accept",
          userId: null,
        });
      }

    dir = fs.mkdtempSync(path.join(os.tmpdir(), "cnht-two-"));
    const [portA, portB, portFront] = [await freePort(), await freePort(), await freePort()];
    ports.a = `127.0.0.1:${portA}`;
    ports.b = `127.0.0.1:${portB}`;
    front = `http://127.0.0.1:${portFront}`;
    const env = (name: string, port: number) => ({
      PORT: String(port),
      DATABASE_URL: pg.url,
      // One data folder for both (the shared mount of docs/deploy.md): uploads, staged imports.
      DATABASE_PATH: path.join(dir, "data", "portal.db"),
      SEARCH_INDEX_PATH: path.join(dir, `search-${name}.db`),
      PUBLIC_URL: front,
      TRUST_PROXY: "1",
    });
    [a, b] = await Promise.all([
      startServer({ databasePath: pg.url, env: env("a", portA) }),
      startServer({ databasePath: pg.url, env: env("b", portB) }),
    ]);

    nginx = startNginx(dir, [
      "log_format upstream '$request_method $uri $status $upstream_addr';",
      `access_log ${path.join(dir, "access.log")} upstream;`,
      // Round robin, as docs/deploy.md's upstream: no ip_hash, nothing sticks a client to one.
      `upstream cnht_portal { server ${ports.a}; server ${ports.b}; }`,
      "server {",
      `  listen 127.0.0.1:${portFront};`,
      "  client_max_body_size 55m;",
      "  location / {",
      "    proxy_pass http://cnht_portal;",
      "    proxy_http_version 1.1;",
      '    proxy_set_header Connection "";',
      "    proxy_set_header Host $http_host;",
      "    proxy_set_header X-Forwarded-For $remote_addr;",
      "    proxy_set_header X-Forwarded-Proto $scheme;",
      "    proxy_read_timeout 300s;",
      "  }",
      "}",
    ]);
    // Ready when /readyz answers 200 through nginx from both instances (polled, generous limit).
    await eventually("both instances ready through nginx", async () => {
      if (nginx!.process.exitCode !== null) throw new Error(`nginx exited: ${nginx!.output()}`);
      await fetch(`${front}/readyz`).catch(() => null);
      const ready = served().filter((r) => r.uri === "/readyz" && r.status === 200);
      return new Set(ready.map((r) => r.by)).size === 2 ? true : undefined;
    });
  }, 400_000);

  afterAll(async () => {
    await nginx?.stop();
    await Promise.all([a?.stop(), b?.stop()]);
    await pg?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("logged in through one instance, the session works through the other", async () => {
    const user = new Client(front);
    await user.login("owner@example.com", PASSWORD);
    for (let i = 0; i < 4; i++) expect((await user.get("/my/profile")).status).toBe(200);
    const pages = await logged(0, (r) => r.uri === "/my/profile", 4);
    expect(new Set(pages.map((r) => r.by))).toEqual(new Set(["a", "b"]));
    const login = served().find((r) => r.uri === "/login" && r.method === "POST")!;
    expect(pages.some((r) => r.by !== login.by)).toBe(true);
    // And by name: the cookie made by A opens the page on B; without it B sends to the login.
    const onA = new Client(a.url);
    await onA.login("owner@example.com", PASSWORD);
    const onB = new Client(b.url);
    onB.copyFrom(onA);
    expect((await onB.get("/my/profile")).status).toBe(200);
    expect((await new Client(b.url).get("/my/profile")).status).toBe(302);
  });

  it("a profile edited through A is found by a search on B", async () => {
    const owner = new Client(a.url);
    await owner.login("owner@example.com", PASSWORD);
    const saved = await postMultipart(
      owner,
      "/my/profile",
      supplierForm({ nameEn: "Zephyrine Tooling Works" }),
    );
    expect(saved.status).toBe(302);
    // B's index follows the change sequence about once a second: poll, never a fixed wait.
    const hits = await eventually("the edit in B's search", async () => {
      const res = await fetch(`${b.url}/api/v1/suppliers?q=Zephyrine`);
      const body = (await res.json()) as { hits: { ref: string }[] };
      return body.hits.some((h) => h.ref === "S-00001") ? body.hits : undefined;
    });
    expect(hits.map((h) => h.ref)).toContain("S-00001");
  });

  it("an import staged through B, started on A: its progress and report are read on B", async () => {
    const organiser = (base: string) => {
      const c = new Client(base);
      return c.login("org@example.com", PASSWORD).then(() => c);
    };
    const [onA, onB] = [await organiser(a.url), await organiser(b.url)];
    const doc = {
      format: "cnht-directory/1",
      suppliers: Array.from({ length: 250 }, (_, i) => supplierDoc(i + 1)),
    };
    const fd = new FormData();
    fd.append("intent", "preview");
    fd.append("file", new Blob([JSON.stringify(doc)], { type: "application/json" }), "province-list.json");
    const preview = await onB.request("/admin/import", { method: "POST", body: fd });
    expect(preview.status).toBe(200);
    const token = /name="token" value="([0-9a-f]{32})"/.exec(await preview.text())![1]!;
    // The file B staged is in the shared data folder: A confirms it and runs the job.
    const start = await onA.request("/admin/import/progress", {
      method: "POST",
      body: new URLSearchParams({ token, fileName: "province-list.json", replace: "off" }),
    });
    expect(start.status).toBe(200);
    const { job } = (await start.json()) as { job: string };
    const seen: number[] = [];
    const last = await eventually("the job's end on B", async () => {
      const p = (await (await fetch(`${b.url}/admin/import/progress?job=${job}`)).json()) as {
        done: number;
        total: number;
        finished: boolean;
        error: string | null;
      };
      seen.push(p.done);
      return p.finished ? p : undefined;
    });
    expect(last).toMatchObject({ done: 250, total: 250, finished: true, error: null });
    // Progress only moves forward, as B reads it.
    expect([...seen].sort((x, y) => x - y)).toEqual(seen);
    const page = (await (await onB.get(`/admin/import?job=${job}`)).text()).replaceAll("<!-- -->", "");
    expect(page).toContain("Import finished");
    expect(page).toContain("province-list.json");
    // One confirmation, one import: the same token again is refused on either instance.
    const again = await onB.request("/admin/import/progress", {
      method: "POST",
      body: new URLSearchParams({ token, fileName: "x" }),
    });
    expect(again.status).toBe(410);
    const { n } = await pg.db
      .selectFrom("organisations")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .where("ref", "like", "S-2%")
      .executeTakeFirstOrThrow();
    expect(Number(n)).toBe(250);
  });

  it("a schedule generated on A is published on B; parallel moves through both never double-book", async () => {
    const organiser = async (base: string) => {
      const c = new Client(base);
      await c.login("org@example.com", PASSWORD);
      return c;
    };
    const [onA, onB] = [await organiser(a.url), await organiser(b.url)];
    const here = `/admin/events/${eventId}/schedule`;
    expect((await onA.post(here, { intent: "generate", seed: "1" })).status).toBe(302);
    const placed = (await draftMeetings(pg.db, eventId)).filter((m) => m.slotId !== null);
    expect(placed).toHaveLength(4);
    expect((await onB.post(here, { intent: "publish", expectedVersion: "0", confirm: "yes" })).status).toBe(
      302,
    );
    const pubs = await pg.db
      .selectFrom("publications")
      .select(["id", "version"])
      .where("eventId", "=", eventId)
      .execute();
    expect(pubs.map((p) => p.version)).toEqual([1]);

    // Two meetings with nobody in common, moved at once through A and B into one empty seat.
    const ms = await draftMeetings(pg.db, eventId);
    const m1 = ms[0]!;
    const m2 = ms.find((m) => ![m.aId, m.bId].includes(m1.aId) && ![m.aId, m.bId].includes(m1.bId))!;
    const freeSlot = (await listSlots(pg.db, eventId)).find((s) => !ms.some((m) => m.slotId === s.id))!;
    const [table] = await listTables(pg.db, eventId);
    const move = (c: Client, meetingId: number) =>
      c.post(here, {
        intent: "move",
        meetingId: String(meetingId),
        slotId: String(freeSlot.id),
        tableId: String(table.id),
      });
    const answers = await Promise.all([move(onA, m1.id), move(onB, m2.id)]);
    expect(answers.map((r) => r.status)).toEqual([302, 302]);

    const after = (await draftMeetings(pg.db, eventId)).filter((m) => m.slotId !== null);
    expect(after.filter((m) => m.slotId === freeSlot.id && m.tableId === table.id)).toHaveLength(1);
    const seats = new Set<string>();
    for (const m of after)
      for (const k of [`t${m.slotId}:${m.tableId}`, `p${m.slotId}:${m.aId}`, `p${m.slotId}:${m.bId}`]) {
        expect(seats.has(k)).toBe(false);
        seats.add(k);
      }
    expect(after).toHaveLength(4);
  });

  // Last: it locks this address out of one account on both instances.
  it("login failures through nginx count on both instances: neither alone saw enough, both lock", async () => {
    const email = "guessed@example.com";
    const before = served().length;
    for (let i = 0; i < LOGIN_PER_ACCOUNT_IP.free; i++) {
      const res = await new Client(front).post("/login", { email, password: `guess ${i} guess` });
      expect(res.status).toBe(401);
    }
    // nginx logs a request after answering it: wait for the lines, bounded.
    const failures = await logged(
      before,
      (r) => r.uri === "/login" && r.status === 401,
      LOGIN_PER_ACCOUNT_IP.free,
    );
    expect(failures).toHaveLength(LOGIN_PER_ACCOUNT_IP.free);
    for (const by of ["a", "b"])
      expect(failures.filter((r) => r.by === by).length).toBeLessThan(LOGIN_PER_ACCOUNT_IP.free);
    const lockedAt = served().length;
    for (let i = 0; i < 2; i++) {
      const locked = await new Client(front).post("/login", { email, password: PASSWORD });
      expect(locked.status).toBe(429);
      expect(await locked.text()).toMatch(/Too many failed attempts/);
    }
    const refusals = await logged(lockedAt, (r) => r.uri === "/login", 2);
    expect(new Set(refusals.map((r) => r.by))).toEqual(new Set(["a", "b"]));
    // The pair is locked, not the address: another account logs in from it.
    expect((await new Client(front).login("owner@example.com", PASSWORD)).status).toBe(302);
  });
});
