// The HTTP layer's pieces on a small real express app: an event stream passes through the
// compression middleware unbuffered, and the rules for private answers and log redaction.
import http from "node:http";
import type { AddressInfo } from "node:net";
import express from "express";
import compression from "compression";
import { afterEach, describe, expect, it } from "vitest";
import { compressible } from "../../../scripts/lib/http/compress";
import { isPrivateRequest, privateNoStore } from "../../../scripts/lib/http/security";
import { redactUrl } from "../../../scripts/lib/http/access-log";

const servers: http.Server[] = [];
afterEach(() => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections();
    s.close();
  }
});

async function listen(app: express.Express): Promise<string> {
  const s = app.listen(0, "127.0.0.1");
  servers.push(s);
  await new Promise((r) => s.once("listening", r));
  return `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
}

describe("compression and streams", () => {
  it("delivers the first event of a stream that stays open (not held in a compressor's buffer)", async () => {
    const app = express();
    app.use(compression({ filter: compressible }));
    app.get("/events", (_req, res) => {
      res.setHeader("Content-Type", "text/event-stream");
      res.write(`data: ${"x".repeat(2000)}\n\n`); // above compression's 1 KB threshold
      // …and never ends.
    });
    app.get("/page", (_req, res) => res.type("html").send(`<p>${"y".repeat(5000)}</p>`));
    const base = await listen(app);
    const first = await new Promise<{ encoding?: string; chunk: string }>((resolve, reject) => {
      http
        .get(`${base}/events`, { headers: { "Accept-Encoding": "br, gzip" } }, (res) => {
          res.once("data", (c: Buffer) => {
            resolve({ encoding: res.headers["content-encoding"], chunk: c.toString() });
            res.destroy();
          });
        })
        .on("error", reject);
    });
    expect(first.encoding).toBeUndefined();
    expect(first.chunk).toMatch(/^data: x+/);
    // The same middleware still compresses a page.
    const page = await new Promise<string | undefined>((resolve, reject) =>
      http
        .get(`${base}/page`, { headers: { "Accept-Encoding": "gzip" } }, (res) => {
          res.resume();
          resolve(res.headers["content-encoding"]);
        })
        .on("error", reject),
    );
    expect(page).toBe("gzip");
  });
});

describe("private answers", () => {
  const req = (path: string, headers: Record<string, string> = {}) => ({ path, headers });
  it("treats the signed-in areas, session cookies and API tokens as private, and nothing else", () => {
    for (const p of ["/my", "/my/account", "/admin", "/admin/users", "/api/v1/me/agenda", "/my.ics"])
      expect(isPrivateRequest(req(p)), p).toBe(true);
    for (const p of [
      "/",
      "/suppliers",
      "/mystery",
      "/administration",
      "/api/v1/meetings",
      "/api/v1/suppliers",
    ])
      expect(isPrivateRequest(req(p)), p).toBe(false);
    expect(isPrivateRequest(req("/suppliers", { cookie: "lang=vi; __session=abc" }))).toBe(true);
    expect(isPrivateRequest(req("/suppliers", { cookie: "x__session=abc" }))).toBe(false);
    expect(isPrivateRequest(req("/suppliers", { authorization: "Bearer t" }))).toBe(true);
  });

  it("overrides a route's own caching on private answers and on any answer that sets a cookie", async () => {
    const app = express();
    app.use(privateNoStore());
    app.get("/my/x", (_req, res) => res.set("Cache-Control", "public, max-age=600").send("mine"));
    app.get("/flash", (_req, res) =>
      res.cookie("__session", "v").set("Cache-Control", "max-age=60").send("set"),
    );
    app.get("/open", (_req, res) => res.set("Cache-Control", "public, max-age=600").send("all"));
    const base = await listen(app);
    expect((await fetch(`${base}/my/x`)).headers.get("cache-control")).toBe("private, no-store");
    expect((await fetch(`${base}/flash`)).headers.get("cache-control")).toBe("private, no-store");
    expect((await fetch(`${base}/open`)).headers.get("cache-control")).toBe("public, max-age=600");
  });
});

describe("access log redaction", () => {
  it("cuts the secrets out of URLs and keeps the route", () => {
    expect(redactUrl("/reset-password/rst_abc123")).toBe("/reset-password/…");
    expect(redactUrl("/invite/inv_abc/accept")).toBe("/invite/…/accept");
    expect(redactUrl("/checkin/42/tok_abc")).toBe("/checkin/42/…");
    expect(redactUrl("/admin/import/progress?job=abcdef&x=1")).toBe(
      "/admin/import/progress?job=%E2%80%A6&x=1",
    );
    expect(redactUrl("/suppliers?q=cnc&page=2")).toBe("/suppliers?q=cnc&page=2");
  });
});
