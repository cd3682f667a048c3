// The documented deployment, run for real: Debian's nginx with deploy/nginx-cnht.conf (TLS with a
// self-signed certificate) in front of the portal started with deploy/cnht-portal.service's
// environment and deploy/portal.env.example. Checked over HTTPS as a browser would see it.
// Skipped, with a plain message, only when there is no nginx on this machine.
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import https from "node:https";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDb } from "../../helpers/db";
import { startServer, type RunningServer } from "../../helpers/server";
import type { OpenDb } from "../../../db/connection";
import { PUBLIC_FORM_PER_IP } from "../../../app/modules/auth/rate-limits";
import { PASSWORD, seedUser } from "../auth/client";
import { freePort, NGINX, startNginx, type RunningNginx } from "../../helpers/nginx";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const DEPLOY = path.join(ROOT, "deploy");
if (!NGINX) console.warn("deploy test SKIPPED: nginx not found (apt-get install nginx; .ci/run does)");

const NAME = "cnht.example.vn"; // as written in the site file: not substituted

// ---- The templating step: the ONLY changes made to the deploy files. Each replaced text must
// ---- occur in the file as written, so a change to the files cannot slip past the test.
function substitute(file: string, text: string, pairs: [string, string][]): string {
  for (const [from, to] of pairs) {
    if (!text.includes(from)) throw new Error(`${file} no longer contains ${JSON.stringify(from)}`);
    text = text.split(from).join(to);
  }
  return text;
}

/** systemd `Environment=K=V` lines and an EnvironmentFile's `K=V` lines (comments skipped). */
function envLines(text: string, prefix = ""): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split("\n")) {
    const m = new RegExp(`^${prefix}([A-Z_]+)=(.*)$`).exec(line.trim());
    if (m) out[m[1]!] = m[2]!;
  }
  return out;
}

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

let dir: string;
let t: OpenDb & { file: string };
let portal: RunningServer;
let nginx: RunningNginx | undefined;
let httpsPort: number;
let httpPort: number;
let ca: string;
let publicUrl: string;

/** One HTTPS request to nginx, from a chosen loopback address, without decoding the body. */
function request(
  p: string,
  o: { method?: string; headers?: Record<string, string>; body?: string; from?: string; host?: string } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = https.request(
      {
        host: "127.0.0.1",
        port: httpsPort,
        servername: NAME,
        ca,
        localAddress: o.from ?? "127.0.0.1",
        method: o.method ?? "GET",
        path: p,
        agent: false,
        headers: { Host: o.host ?? `${NAME}:${httpsPort}`, "Accept-Language": "en", ...o.headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
        );
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(o.body);
  });
}

function postForm(
  p: string,
  form: Record<string, string>,
  from: string,
  headers: Record<string, string> = {},
) {
  return request(p, {
    method: "POST",
    from,
    body: new URLSearchParams(form).toString(),
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: publicUrl, ...headers },
  });
}

describe.skipIf(!NGINX)("the documented deployment behind nginx with TLS", () => {
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "cnht-deploy-"));
    const [appPort, hp, hsp] = [await freePort(), await freePort(), await freePort()];
    httpPort = hp;
    httpsPort = hsp;
    publicUrl = `https://${NAME}:${httpsPort}`;

    // A self-signed certificate for the site's name.
    const cert = path.join(dir, "fullchain.pem");
    const key = path.join(dir, "privkey.pem");
    const ssl = spawnSync(
      "openssl",
      [
        "req",
        "-x509",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-days",
        "2",
        "-keyout",
        key,
        "-out",
        cert,
        "-subj",
        `/CN=${NAME}`,
        "-addext",
        `subjectAltName=DNS:${NAME}`,
      ],
      { encoding: "utf8" },
    );
    if (ssl.status !== 0) throw new Error(`openssl failed: ${ssl.stderr}`);
    ca = fs.readFileSync(cert, "utf8");

    // The portal, started as the unit starts it.
    const unitFile = path.join(DEPLOY, "cnht-portal.service");
    const unit = fs.readFileSync(unitFile, "utf8");
    expect(unit).toMatch(/^ExecStart=\/usr\/bin\/node --import tsx scripts\/start\.ts$/m); // = startServer's command
    t = await freshDb();
    await seedUser(t.db, { email: "org@example.com", role: "organiser" });
    const unitEnv = envLines(
      substitute(unitFile, unit, [
        ["Environment=PORT=3000", `Environment=PORT=${appPort}`],
        ["Environment=DATABASE_PATH=/var/lib/cnht/portal.db", `Environment=DATABASE_PATH=${t.file}`],
      ]),
      "Environment=",
    );
    const envFile = path.join(DEPLOY, "portal.env.example");
    const fileEnv = envLines(
      substitute(envFile, fs.readFileSync(envFile, "utf8"), [
        [`PUBLIC_URL=https://${NAME}`, `PUBLIC_URL=${publicUrl}`],
        ["SESSION_SECRET=\n", `SESSION_SECRET=${crypto.randomBytes(32).toString("hex")}\n`],
      ]),
    );
    expect(unitEnv).toMatchObject({ NODE_ENV: "production", TRUST_PROXY: "1", HOST: "127.0.0.1", SEED: "0" });

    // nginx: the site file as written, in a minimal main configuration of the test's own.
    const siteFile = path.join(DEPLOY, "nginx-cnht.conf");
    const site = substitute(siteFile, fs.readFileSync(siteFile, "utf8"), [
      ["listen 80;", `listen 127.0.0.1:${httpPort};`],
      ["listen 443 ssl default_server;", `listen 127.0.0.1:${httpsPort} ssl default_server;`],
      ["listen 443 ssl http2;", `listen 127.0.0.1:${httpsPort} ssl http2;`],
      [`/etc/letsencrypt/live/${NAME}/fullchain.pem`, cert],
      [`/etc/letsencrypt/live/${NAME}/privkey.pem`, key],
      ["proxy_pass http://127.0.0.1:3000;", `proxy_pass http://127.0.0.1:${appPort};`],
    ]);
    fs.writeFileSync(path.join(dir, "site.conf"), site);
    portal = await startServer({ databasePath: t.file, env: { ...unitEnv, ...fileEnv } });
    nginx = startNginx(dir, [
      "include /etc/nginx/mime.types;",
      `access_log ${path.join(dir, "access.log")};`,
      `include ${path.join(dir, "site.conf")};`,
    ]);
    // Up when /healthz answers through it (polled; the limit only bounds a broken start).
    for (let i = 0; ; i++) {
      if (nginx.process.exitCode !== null) throw new Error(`nginx exited: ${nginx.output()}`);
      const ok = await request("/healthz").then(
        (r) => r.status === 200,
        () => false,
      );
      if (ok) break;
      if (i > 600) throw new Error(`nginx did not answer: ${nginx.output()}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }, 240_000);

  afterAll(async () => {
    await nginx?.stop();
    await portal?.stop();
    await t?.close();
  });

  it("redirects plain http to https", async () => {
    const res = await new Promise<http.IncomingMessage>((resolve, reject) =>
      http
        .get({ host: "127.0.0.1", port: httpPort, path: "/suppliers?q=x", headers: { Host: NAME } }, resolve)
        .on("error", reject),
    );
    res.resume();
    expect(res.statusCode).toBe(301);
    expect(res.headers.location).toBe(`https://${NAME}/suppliers?q=x`);
  });

  it("answers /readyz over https, with HSTS and the request id nginx made", async () => {
    const res = await request("/readyz", { headers: { "X-Request-Id": "client-chosen-id-1234" } });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body.toString())).toMatchObject({ status: "ready", migrations: { ok: true } });
    expect(res.headers["strict-transport-security"]).toMatch(/^max-age=31536000/);
    // nginx's $request_id (32 hex digits) replaced the client's and reached the portal.
    expect(res.headers["x-request-id"]).toMatch(/^[0-9a-f]{32}$/);
    const page = await request("/");
    expect(page.status).toBe(200);
    expect(page.headers["strict-transport-security"]).toMatch(/^max-age=31536000/);
    expect(page.headers["content-security-policy"]).toContain("upgrade-insecure-requests");
  });

  it("refuses a Host that is not the site's", async () => {
    await expect(request("/", { host: "evil.example" })).rejects.toThrow();
  });

  it("delivers the portal's brotli and gzip through the proxy", async () => {
    const br = await request("/suppliers", { headers: { "Accept-Encoding": "br" } });
    expect(br.status).toBe(200);
    expect(br.headers["content-encoding"]).toBe("br");
    expect(zlib.brotliDecompressSync(br.body).toString()).toContain("<html");
    const gz = await request("/api/v1/suppliers?limit=5", { headers: { "Accept-Encoding": "gzip" } });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(JSON.parse(zlib.gunzipSync(gz.body).toString())).toHaveProperty("total");
  });

  it("sets Secure session cookies on login over https", async () => {
    const res = await postForm("/login", { email: "org@example.com", password: PASSWORD }, "127.0.0.5");
    expect(res.status).toBe(302);
    const cookie = ([] as string[])
      .concat(res.headers["set-cookie"] ?? [])
      .find((c) => c.startsWith("__session="));
    expect(cookie).toMatch(/;\s*Secure/i);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(res.headers["cache-control"]).toBe("private, no-store");
  });

  it("writes PUBLIC_URL links into a reset mail", async () => {
    const res = await postForm("/forgot-password", { email: "org@example.com" }, "127.0.0.4");
    expect(res.status).toBe(302);
    const mail = t.sqlite
      .prepare("SELECT body FROM mail_outbox WHERE to_address = ? ORDER BY id DESC LIMIT 1")
      .get("org@example.com") as { body: string } | undefined;
    expect(mail?.body).toContain(`${publicUrl}/reset-password/`);
  });

  it("counts rate limits per real client address, whatever X-Forwarded-For a client sends", async () => {
    const forgot = (from: string, xff?: string) =>
      postForm(
        "/forgot-password",
        { email: "nobody@example.com" },
        from,
        xff ? { "X-Forwarded-For": xff } : {},
      );
    // 127.0.0.2 pretends to be many addresses: nginx overwrites the header with its $remote_addr.
    for (let i = 0; i < PUBLIC_FORM_PER_IP.points; i++)
      expect((await forgot("127.0.0.2", `10.7.0.${i + 1}`)).status).toBe(302);
    expect((await forgot("127.0.0.2", "10.7.1.1")).status).toBe(429);
    // Another client of the same nginx is not held back by the first.
    expect((await forgot("127.0.0.3")).status).toBe(302);
  });
});
