import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDb, storedValue } from "../../helpers/db";
import { startServer, type RunningServer } from "../../helpers/server";
import type { OpenDb } from "../../../db/connection";
import { Client, PASSWORD, seedOrg, seedUser } from "../auth/client";
import { FORM, raw } from "./raw";
import { closeAll } from "../../helpers/teardown";

// Issue 10, findings 1, 3, 4 and the low ones of the request layer, over real HTTP against the
// started production server (PUBLIC_URL = the address it serves, set by the test helper).
let t: OpenDb & { file: string };
let server: RunningServer;
let victimId: number;
const client = () => new Client(server.url);
const EVIL = "evil.example";
// Another port of the same host: same-site for the browser (the cookie goes along), but
// not same-origin.
const OTHER_PORT = () => `http://127.0.0.1:${Number(new URL(server.url).port) + 1}`;

beforeAll(async () => {
  t = await freshDb();
  const org = await seedOrg(t.db, { ref: "S-00001", kind: "supplier" });
  await seedUser(t.db, { email: "owner@example.com", role: "supplier", orgId: org });
  await seedUser(t.db, { email: "org@example.com", role: "organiser" });
  victimId = await seedUser(t.db, { email: "victim@example.com", role: "buyer" });
  server = await startServer({ databasePath: t.file });
});
afterAll(() => closeAll(server, t));

const lastMail = async (to: string) =>
  t.db
    .selectFrom("mailOutbox")
    .where("toAddress", "=", to)
    .orderBy("id", "desc")
    .select(["body", "kind"])
    .executeTakeFirstOrThrow();
const mailCount = async () =>
  Number(
    (
      await t.db
        .selectFrom("mailOutbox")
        .select((e) => e.fn.countAll().as("n"))
        .executeTakeFirstOrThrow()
    ).n,
  );
const status = async (id: number) => await storedValue(t.db, "users", { id }, "status");

describe("finding 1: absolute links come from PUBLIC_URL, never from Host or X-Forwarded-Host", () => {
  const forged: Record<string, string>[] = [
    { Host: EVIL },
    { "X-Forwarded-Host": EVIL, "X-Forwarded-Proto": "https" },
    { Host: `${EVIL}:8080`, "X-Forwarded-Host": EVIL },
  ];

  it.each(forged)("password-reset mail with %j", async (headers) => {
    const res = await raw(server.url, "/forgot-password", {
      headers: { ...FORM, ...headers },
      body: "email=victim%40example.com",
    });
    expect(res.status).toBe(302);
    const mail = await lastMail("victim@example.com");
    expect(mail.kind).toBe("password_reset");
    expect(mail.body).toContain(`${server.url}/reset-password/rst_`);
    expect(mail.body).not.toContain(EVIL);
  });

  it("'account exists' mail on registering a taken address", async () => {
    const body = new URLSearchParams({
      email: "owner@example.com",
      password: "violet harbour lantern 2027 quietly",
      name: "Someone",
      locale: "en",
      accountType: "buyer",
    }).toString();
    const res = await raw(server.url, "/register", { headers: { ...FORM, Host: EVIL }, body });
    expect(res.status).toBe(302);
    const mail = await lastMail("owner@example.com");
    expect(mail.kind).toBe("register_existing");
    expect(mail.body).toContain(`${server.url}/login`);
    expect(mail.body).not.toContain(EVIL);
  });

  it("invitation link", async () => {
    const owner = client();
    await owner.login("owner@example.com", PASSWORD);
    const res = await raw(server.url, "/my/organisation", {
      headers: { ...FORM, Cookie: owner.cookieHeader(), "X-Forwarded-Host": EVIL },
      body: "intent=invite",
    });
    expect(res.status).toBe(200);
    expect(res.body).toContain(`${server.url}/invite/`);
    expect(res.body).not.toContain(EVIL);
  });
});

describe("finding 3: cross-origin writes are refused before Remix", () => {
  const suspend = { intent: "suspend", userId: "" };

  it.each([
    ["a page action", "/admin/users", {}],
    ["a ?_data= request", "/admin/users?_data=routes%2Fadmin.users", {}],
    ["a single-fetch request", "/admin/users.data", {}],
    [
      "Sec-Fetch-Site: same-site without Origin",
      "/admin/users",
      { "Sec-Fetch-Site": "same-site", Origin: "" },
    ],
    ["Origin: null", "/admin/users", { Origin: "null" }],
    ["a subdomain", "/admin/users", { Origin: "http://sub.127.0.0.1.nip.io" }],
  ])("%s with the organiser's cookie changes nothing (403)", async (_name, url, extra) => {
    const org = client();
    await org.login("org@example.com", PASSWORD);
    const headers: Record<string, string> = { Origin: OTHER_PORT(), "Sec-Fetch-Site": "same-site", ...extra };
    if (headers.Origin === "") delete headers.Origin;
    const res = await org.request(url, { form: { ...suspend, userId: String(victimId) }, headers });
    expect(res.status).toBe(403);
    const body = await res.text();
    expect(body).toContain("sent from another website");
    expect(body).toContain("được gửi từ một trang web khác");
    expect(await status(victimId)).toBe("active");
  });

  it("/logout and /lang from another origin do nothing", async () => {
    const org = client();
    await org.login("org@example.com", PASSWORD);
    const out = await org.request("/logout", { form: {}, headers: { Origin: OTHER_PORT() } });
    expect(out.status).toBe(403);
    expect((await org.get("/admin")).status).toBe(200);
    const lang = await org.request("/lang", {
      form: { lang: "vi", redirectTo: "/" },
      headers: { Origin: OTHER_PORT() },
    });
    expect(lang.status).toBe(403);
    expect(lang.headers.getSetCookie().join()).not.toContain("lang=");
  });

  it("the API answers cookie-carrying cross-origin writes with its JSON error", async () => {
    const org = client();
    await org.login("org@example.com", PASSWORD);
    const res = await org.request("/api/v1/suppliers", {
      form: { a: "1" },
      headers: { Origin: `https://${EVIL}` },
    });
    expect(res.status).toBe(403);
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
    expect((await res.json()).error.code).toBe("cross_origin");
    // A script with a token and no cookie needs no Origin (nothing a foreign page can forge).
    const script = await fetch(`${server.url}/api/v1/suppliers`, {
      method: "POST",
      headers: { Authorization: "Bearer cnht_whatever", Origin: `https://${EVIL}` },
      body: "{}",
    });
    expect(script.status).not.toBe(403);
    expect(script.headers.get("content-type")).toMatch(/application\/json/);
  });

  it("the portal's own pages still work: same Origin, and clients without browser headers", async () => {
    const org = client();
    await org.login("org@example.com", PASSWORD);
    const other = await seedUser(t.db, { email: `target-${Date.now()}@example.com`, role: "buyer" });
    const res = await org.request("/admin/users", {
      form: { intent: "suspend", userId: String(other) },
      headers: { Origin: server.url, "Sec-Fetch-Site": "same-origin" },
    });
    expect(res.status).toBe(302);
    expect(await status(other)).toBe("suspended");
    // curl with a cookie (no Origin, no Sec-Fetch-Site) is the operator's own doing.
    const back = await org.post("/admin/users", { intent: "reactivate", userId: String(other) });
    expect(back.status).toBe(302);
    expect(await status(other)).toBe("active");
  });
});

describe("finding 4: no open redirect", () => {
  const hostile = [
    "%2F%09%2Fevil.example%2Fphish",
    "//evil.example",
    "/%5Cevil.example",
    "%2F%5Cevil.example",
    "https%3A%2F%2Fevil.example",
    "javascript%3Aalert(1)",
    "%2F%0A%2Fevil.example",
    "%2F%252F%252Fevil.example",
  ];

  it.each(hostile)("/login?redirectTo=%s, logged in or logging in, stays on the site", async (q) => {
    const c = client();
    const login = await c.request(`/login?redirectTo=${q}`, {
      form: { email: "victim@example.com", password: PASSWORD, redirectTo: decodeURIComponent(q) },
    });
    expect(login.status).toBe(302);
    expect(login.headers.get("location")).toBe("/my");
    const again = await c.get(`/login?redirectTo=${q}`);
    expect(again.status).toBe(302);
    expect(again.headers.get("location")).toBe("/my");
  });

  it.each([
    "/\\evil.example",
    "//evil.example",
    "/\t/evil.example",
    "https://evil.example",
    "javascript:alert(1)",
  ])("/lang redirectTo=%j goes home", async (to) => {
    const res = await client().post("/lang", { lang: "en", redirectTo: to });
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("/");
  });

  it("a path of the site is kept", async () => {
    const res = await client().post("/lang", { lang: "en", redirectTo: "/suppliers?q=ep+nhua" });
    expect(res.headers.get("location")).toBe("/suppliers?q=ep+nhua");
  });
});

describe("low findings: methods, bodies, NUL", () => {
  it("TRACE and other unsupported methods: 405 with Allow (JSON under /api/)", async () => {
    for (const method of ["TRACE", "PUT", "DELETE", "PATCH", "PROPFIND"]) {
      const page = await raw(server.url, "/login", { method });
      expect(page.status, method).toBe(405);
      expect(page.headers.allow).toContain("GET, HEAD, POST");
      const api = await raw(server.url, "/api/v1/suppliers", { method });
      expect(api.status, method).toBe(405);
      expect(api.headers["content-type"]).toMatch(/application\/json/);
      expect(JSON.parse(api.body).error.code).toBe("method_not_allowed");
    }
    const options = await raw(server.url, "/login", { method: "OPTIONS" });
    expect(options.status).toBe(204);
    expect(options.headers.allow).toContain("POST");
  });

  it("JSON or empty bodies to a form action: 415 / 400, not 500, and nothing written", async () => {
    const before = await mailCount();
    const json = await raw(server.url, "/forgot-password", {
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ email: "victim@example.com" }),
    });
    expect(json.status).toBe(415);
    expect(json.body).toContain("form data only");
    const empty = await raw(server.url, "/forgot-password", { method: "POST" });
    expect(empty.status).toBe(400);
    const text = await raw(server.url, "/login", { headers: { "Content-Type": "text/plain" }, body: "x" });
    expect(text.status).toBe(415);
    expect(await mailCount()).toBe(before);
  });

  it.each([
    [{ Host: EVIL }, "Host"],
    [{ "X-Forwarded-Host": EVIL }, "X-Forwarded-Host"],
  ])(
    "a page write with the portal's Origin but a forged %j: 400 naming the header, not 500, nothing sent",
    async (headers, header) => {
      const before = await mailCount();
      const res = await raw(server.url, "/forgot-password", {
        headers: { ...FORM, Origin: server.url, ...headers },
        body: "email=victim%40example.com",
      });
      expect(res.status).toBe(400);
      expect(res.body).toContain(`The request&#39;s ${header} header (${EVIL})`);
      expect(res.body).toContain("Tiêu đề");
      expect(await mailCount()).toBe(before);
      // The same form, addressed to the portal, goes through.
      const ok = await raw(server.url, "/forgot-password", {
        headers: { ...FORM, Origin: server.url },
        body: "email=victim%40example.com",
      });
      expect(ok.status).toBe(302);
    },
  );

  it("NUL characters are never stored nor returned", async () => {
    const email = `nul-${Date.now()}@example.com`;
    const res = await raw(server.url, "/register", {
      headers: FORM,
      body: new URLSearchParams({
        email,
        password: "violet harbour lantern 2027 quietly",
        name: "Ng\u0000uyễn\u0000 Văn A",
        locale: "en",
        accountType: "buyer",
      }).toString(),
    });
    expect(res.status).toBe(302);
    expect(await storedValue(t.db, "users", { email }, "name")).toBe("Nguyễn Văn A");
  });
});

describe("production start", () => {
  const dir = () => fs.mkdtempSync(path.join(os.tmpdir(), "cnht-prod-"));

  it.each([
    [{ SESSION_SECRET: "", PUBLIC_URL: "" }, ["SESSION_SECRET: missing", "PUBLIC_URL: missing"]],
    [{ PUBLIC_URL: "" }, ["PUBLIC_URL: missing"]],
    [{ SESSION_SECRET: "" }, ["SESSION_SECRET: missing"]],
    [{ SESSION_SECRET: "too-short-secret" }, ["SESSION_SECRET"]],
  ])("NODE_ENV=production refuses %j, naming what is missing", async (env, says) => {
    const err = await startServer({ databasePath: path.join(dir(), "portal.db"), env }).then(
      async (s) => {
        await s.stop();
        return "";
      },
      (e: Error) => e.message,
    );
    expect(err).toContain("Invalid environment");
    for (const s of says) expect(err).toContain(s);
    expect(err).not.toMatch(/\n\s+at /); // a message, not a stack trace
  });

  it("without NODE_ENV (a fresh clone's `npm start`) it starts with nothing set; files are private", async () => {
    const d = dir();
    const file = path.join(d, "data", "portal.db");
    const s = await startServer({
      databasePath: file,
      env: { NODE_ENV: "", SESSION_SECRET: "", PUBLIC_URL: "" },
    });
    try {
      expect((await fetch(`${s.url}/login`)).status).toBe(200);
      const mode = (f: string) => fs.statSync(f).mode & 0o777;
      expect(mode(file)).toBe(0o600);
      expect(mode(`${file}-wal`)).toBe(0o600);
      expect(mode(`${file}-shm`)).toBe(0o600);
      expect(mode(path.join(d, "data", "session-secret"))).toBe(0o600);
      expect(mode(path.join(d, "data"))).toBe(0o700);
    } finally {
      await s.stop();
    }
  });
});
