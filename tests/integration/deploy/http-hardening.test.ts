// The production server's HTTP layer, over real HTTP against the started build: security headers
// and the CSP nonce, the no-store rule, compression, request ids and the access log, the health
// probes, and which proxy headers are believed (TRUST_PROXY).
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDb } from "../../helpers/db";
import { startServer, type RunningServer } from "../../helpers/server";
import type { OpenDb } from "../../../db/connection";
import { importDirectory } from "../../../app/services/import/run.server";
import { createApiToken } from "../../../app/services/auth/api-tokens.server";
import { PUBLIC_FORM_PER_IP } from "../../../app/modules/auth/rate-limits";
import { Client, PASSWORD, seedUser } from "../auth/client";
import { freePort } from "../../helpers/nginx";
import { all, exec } from "../import/snapshot";

const FIXTURE = path.resolve(import.meta.dirname, "../../fixtures/directory-sample.json");


/** A raw GET: the bytes as sent (fetch would decompress them). */
function rawGet(url: string, headers: Record<string, string>) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>(
    (resolve, reject) => {
      http
        .get(url, { headers }, (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () =>
            resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
          );
          res.on("error", reject);
        })
        .on("error", reject);
    },
  );
}

let t: OpenDb & { file: string };
let direct: RunningServer; // defaults: TRUST_PROXY unset, no PUBLIC_URL, access log on
let proxied: RunningServer; // TRUST_PROXY=1, PUBLIC_URL https
let proxiedOrigin: string;
let token: string;

beforeAll(async () => {
  t = await freshDb();
  const report = await importDirectory(t, JSON.parse(fs.readFileSync(FIXTURE, "utf8")));
  expect(report.rejections).toHaveLength(0);
  await seedUser(t.db, { email: "org@example.com", role: "organiser" });
  const created = await createApiToken(t.db, { name: "test", role: "organiser" }, "test");
  if (!created.ok) throw new Error("token");
  token = created.token;
  const port = await freePort();
  proxiedOrigin = `https://127.0.0.1:${port}`;
  [direct, proxied] = await Promise.all([
    startServer({ databasePath: t.file, env: { LOG_LEVEL: "info" } }),
    startServer({
      databasePath: t.file,
      env: { PORT: String(port), TRUST_PROXY: "1", PUBLIC_URL: proxiedOrigin },
    }),
  ]);
}, 240_000);
afterAll(async () => {
  await Promise.all([direct?.stop(), proxied?.stop()]);
  await t?.close();
});

describe("security headers", () => {
  it("puts a nonce CSP on pages and gives every inline script that nonce, a new one per response", async () => {
    const nonces: string[] = [];
    for (let i = 0; i < 2; i++) {
      const res = await fetch(`${direct.url}/suppliers`);
      expect(res.status).toBe(200);
      const csp = res.headers.get("content-security-policy")!;
      const directives = Object.fromEntries(
        csp.split(";").map((d) => {
          const [k, ...v] = d.trim().split(/\s+/);
          return [k, v];
        }),
      );
      const nonce = /'nonce-([^']+)'/.exec(csp)![1];
      expect(directives["script-src"]).toEqual(["'self'", `'nonce-${nonce}'`]);
      expect(directives["script-src-attr"]).toEqual(["'none'"]);
      expect(directives["default-src"]).toEqual(["'self'"]);
      expect(directives["object-src"]).toEqual(["'none'"]);
      expect(directives["frame-ancestors"]).toEqual(["'none'"]);
      expect(csp).not.toContain("unsafe-eval");
      // Plain http here: no upgrade, no HSTS.
      expect(directives).not.toHaveProperty("upgrade-insecure-requests");
      expect(res.headers.get("strict-transport-security")).toBeNull();
      const html = await res.text();
      const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
      expect(scripts.length).toBeGreaterThan(0);
      for (const s of scripts) expect(s).toContain(`nonce="${nonce}"`);
      nonces.push(nonce);
    }
    expect(nonces[0]).not.toBe(nonces[1]);
  });

  it("sends the same protective headers on pages, 404s, API answers, assets and probes", async () => {
    const html = await (await fetch(`${direct.url}/`)).text();
    const asset = /\/assets\/[^"]+\.js/.exec(html)![0];
    for (const p of ["/", "/no-such-page", "/api/v1/suppliers?limit=1", asset, "/healthz", "/readyz"]) {
      const res = await fetch(direct.url + p);
      expect(res.headers.get("x-content-type-options"), p).toBe("nosniff");
      expect(res.headers.get("referrer-policy"), p).toBe("strict-origin-when-cross-origin");
      expect(res.headers.get("x-frame-options"), p).toBe("DENY");
      expect(res.headers.get("content-security-policy"), p).toContain("frame-ancestors 'none'");
      expect(res.headers.get("x-powered-by"), p).toBeNull();
      await res.arrayBuffer();
    }
  });

  it("sends HSTS only when PUBLIC_URL is https, and upgrade-insecure-requests only to https clients", async () => {
    const res = await fetch(`${proxied.url}/`);
    expect(res.headers.get("strict-transport-security")).toMatch(/^max-age=31536000/);
    expect(res.headers.get("content-security-policy")).not.toContain("upgrade-insecure-requests");
    const viaTls = await fetch(`${proxied.url}/`, { headers: { "X-Forwarded-Proto": "https" } });
    expect(viaTls.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
    // A direct client's X-Forwarded-Proto is not believed.
    const forged = await fetch(`${direct.url}/`, { headers: { "X-Forwarded-Proto": "https" } });
    expect(forged.headers.get("content-security-policy")).not.toContain("upgrade-insecure-requests");
  });
});

describe("Cache-Control on private answers", () => {
  it("lets public pages be cached but never a page for a signed-in user, a login or an API token", async () => {
    const anon = await fetch(`${direct.url}/suppliers`);
    expect(anon.headers.get("cache-control") ?? "").not.toContain("no-store");

    const c = new Client(direct.url);
    const login = await c.request("/login", {
      form: { email: "org@example.com", password: PASSWORD },
      headers: { Origin: direct.url },
    });
    expect(login.status).toBe(302);
    expect(login.headers.get("cache-control")).toBe("private, no-store");
    for (const p of ["/suppliers", "/my", "/admin", "/my/account"]) {
      const res = await c.get(p);
      expect(res.status, p).toBeLessThan(400);
      expect(res.headers.get("cache-control"), p).toBe("private, no-store");
    }
    // The signed-in areas even without a cookie (the redirect to /login).
    const my = await fetch(`${direct.url}/my`, { redirect: "manual" });
    expect(my.headers.get("cache-control")).toBe("private, no-store");
    const api = await fetch(`${direct.url}/api/v1/suppliers?limit=1`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(api.status).toBe(200);
    expect(api.headers.get("cache-control")).toBe("private, no-store");
  });
});

describe("compression", () => {
  it("answers HTML, JSON, JS and CSS with brotli or gzip as the client asks", async () => {
    const html = await (await fetch(`${direct.url}/`)).text();
    const js = /\/assets\/[^"]+\.js/.exec(html)![0];
    const css = /\/assets\/[^"]+\.css/.exec(html)![0];
    const cases: [string, RegExp][] = [
      ["/suppliers", /^text\/html/],
      ["/api/v1/suppliers?limit=50", /^application\/json/],
      [js, /javascript/],
      [css, /^text\/css/],
    ];
    for (const [p, type] of cases) {
      const plain = await rawGet(direct.url + p, { "Accept-Encoding": "identity" });
      expect(plain.headers["content-encoding"], p).toBeUndefined();
      expect(plain.headers["content-type"], p).toMatch(type);
      expect(plain.headers.vary ?? "", p).toMatch(/Accept-Encoding/i);

      const br = await rawGet(direct.url + p, { "Accept-Encoding": "br, gzip" });
      expect(br.headers["content-encoding"], p).toBe("br");
      const unbr = zlib.brotliDecompressSync(br.body);
      expect(br.body.length, p).toBeLessThan(unbr.length);

      const gz = await rawGet(direct.url + p, { "Accept-Encoding": "gzip" });
      expect(gz.headers["content-encoding"], p).toBe("gzip");
      const ungz = zlib.gunzipSync(gz.body);
      // Same content (a page carries a fresh nonce and request data, so compare its start).
      expect(ungz.subarray(0, 15).toString(), p).toBe(plain.body.subarray(0, 15).toString());
    }
  });
});

describe("request ids and the access log", () => {
  it("gives every response its own id, ignoring one a direct client sends", async () => {
    const a = await fetch(`${direct.url}/`, { headers: { "X-Request-Id": "planted-by-client-0001" } });
    const b = await fetch(`${direct.url}/`);
    const idA = a.headers.get("x-request-id")!;
    const idB = b.headers.get("x-request-id")!;
    expect(idA).toMatch(/^[\w-]{12}$/);
    expect(idB).toMatch(/^[\w-]{12}$/);
    expect(idA).not.toBe(idB);
    expect(idA).not.toBe("planted-by-client-0001");
  });

  it("takes the id a trusted proxy hands in", async () => {
    const res = await fetch(`${proxied.url}/`, {
      headers: { "X-Request-Id": "0123456789abcdef0123456789abcdef" },
    });
    expect(res.headers.get("x-request-id")).toBe("0123456789abcdef0123456789abcdef");
  });

  it("logs one JSON line per request with its id, status and client address, and no secret from the URL", async () => {
    const res = await fetch(`${direct.url}/reset-password/rst_secretsecretsecret?x=1`);
    const id = res.headers.get("x-request-id")!;
    await res.arrayBuffer();
    let line: Record<string, unknown> | undefined;
    for (let i = 0; i < 100 && !line; i++) {
      line = direct
        .output()
        .split("\n")
        .filter((l) => l.startsWith("{"))
        .map((l) => JSON.parse(l) as Record<string, unknown>)
        .find((l) => l.reqId === id);
      if (!line) await new Promise((r) => setTimeout(r, 50));
    }
    expect(line).toMatchObject({
      msg: "request",
      ip: "127.0.0.1",
      req: { method: "GET", url: "/reset-password/…?x=1" },
      res: { status: res.status },
    });
    expect(typeof line!.ms).toBe("number");
    expect(direct.output()).not.toContain("rst_secretsecretsecret");
    expect(JSON.stringify(line)).not.toMatch(/cookie|authorization/i);
  });
});

describe("TRUST_PROXY: whose X-Forwarded-* headers are believed", () => {
  const forgot = (server: RunningServer, origin: string, xff: string, proto?: string) =>
    fetch(`${server.url}/forgot-password`, {
      method: "POST",
      redirect: "manual",
      headers: {
        "Content-Type": "application/x-www-form-urlencoded",
        Origin: origin,
        "X-Forwarded-For": xff,
        ...(proto ? { "X-Forwarded-Proto": proto } : {}),
      },
      body: new URLSearchParams({ email: "nobody@example.com" }),
    });

  it("ignores X-Forwarded-For from a direct client: a new address per request does not escape the limit", async () => {
    for (let i = 0; i < PUBLIC_FORM_PER_IP.points; i++)
      expect((await forgot(direct, direct.url, `10.1.0.${i + 1}`)).status).toBe(302);
    expect((await forgot(direct, direct.url, "10.1.1.1")).status).toBe(429);
  });

  it("with TRUST_PROXY=1 counts per the address the proxy reports", async () => {
    for (let i = 0; i < PUBLIC_FORM_PER_IP.points; i++)
      expect((await forgot(proxied, proxiedOrigin, "10.2.0.1", "https")).status).toBe(302);
    expect((await forgot(proxied, proxiedOrigin, "10.2.0.1", "https")).status).toBe(429);
    // Another client behind the same proxy is not punished for the first one.
    expect((await forgot(proxied, proxiedOrigin, "10.2.0.2", "https")).status).toBe(302);
  });

  it("sets Secure cookies when a trusted proxy says the client came over https, never on a direct client's say-so", async () => {
    const viaProxy = new Client(proxied.url);
    const a = await viaProxy.request("/login", {
      form: { email: "org@example.com", password: PASSWORD },
      headers: { Origin: proxiedOrigin, "X-Forwarded-Proto": "https", "X-Forwarded-For": "10.3.0.1" },
    });
    expect(a.status).toBe(302);
    expect(a.headers.getSetCookie().find((s) => s.startsWith("__session="))).toMatch(/;\s*Secure/i);

    const directClient = new Client(direct.url);
    const b = await directClient.request("/login", {
      form: { email: "org@example.com", password: PASSWORD },
      headers: { Origin: direct.url, "X-Forwarded-Proto": "https" },
    });
    expect(b.status).toBe(302);
    expect(b.headers.getSetCookie().find((s) => s.startsWith("__session="))).not.toMatch(/Secure/i);
  });
});

// Last: these break the shared database on purpose.
describe("health probes and the 500 page", () => {
  it("/healthz and /readyz answer JSON; /readyz says 503 and why when a migration is missing", async () => {
    const live = await fetch(`${direct.url}/healthz`);
    expect(live.status).toBe(200);
    expect(await live.json()).toMatchObject({ status: "ok" });
    const ready = await fetch(`${direct.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({
      status: "ready",
      database: { ok: true },
      migrations: { ok: true },
      search: { ok: true, engine: "embedded", healthy: true },
    });

    const row = (
      await all(t, "SELECT name, timestamp FROM kysely_migration ORDER BY name DESC LIMIT 1")
    )[0] as {
      name: string;
      timestamp: string;
    };
    await exec(t, "DELETE FROM kysely_migration WHERE name = ?", row.name);
    try {
      const stale = await fetch(`${direct.url}/readyz`);
      expect(stale.status).toBe(503);
      expect(stale.headers.get("cache-control")).toBe("no-store");
      expect(await stale.json()).toMatchObject({
        status: "not ready",
        database: { ok: true },
        migrations: { ok: false, pending: [row.name] },
      });
      expect((await fetch(`${direct.url}/healthz`)).status).toBe(200);
    } finally {
      await exec(t, "INSERT INTO kysely_migration (name, timestamp) VALUES (?, ?)", row.name, row.timestamp);
    }
    expect((await fetch(`${direct.url}/readyz`)).status).toBe(200);
  });

  it("shows the request id on the 500 page, the same as in the header and the error log", async () => {
    const ref = (
      await all(t, "SELECT ref FROM organisations WHERE kind = 'supplier' ORDER BY ref LIMIT 1")
    )[0]!.ref as string;
    expect((await fetch(`${direct.url}/suppliers/${ref}`)).status).toBe(200);
    // A broken database under a public page: the loader fails.
    await exec(t, "ALTER TABLE organisations RENAME TO organisations_gone");
    const res = await fetch(`${direct.url}/suppliers/${ref}`, { headers: { "Accept-Language": "en" } });
    expect(res.status).toBe(500);
    const id = res.headers.get("x-request-id")!;
    const html = await res.text();
    expect(html).toContain("please quote this reference");
    expect(html).toMatch(new RegExp(`<code id="cnht-request-id"[^>]*>${id}</code>`));
    expect(html).not.toContain("organisations_gone");
    let logged = false;
    for (let i = 0; i < 100 && !logged; i++) {
      logged = direct
        .output()
        .split("\n")
        .some((l) => l.includes(`"reqId":"${id}"`) && l.includes("request failed"));
      if (!logged) await new Promise((r) => setTimeout(r, 50));
    }
    expect(logged).toBe(true);
  });
});
