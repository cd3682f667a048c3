import { Validator } from "@seriousme/openapi-schema-validator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDirectoryServer, type DirectoryServer } from "./directory-server";

// Issue 13, the JSON API as a client sees it over real HTTP, for every path the OpenAPI document
// lists (so that a new endpoint is checked as soon as it is documented): 405 with Allow, 401
// with a challenge for a bad token on every endpoint, pages with Link, ETag/304 on public reads,
// and the document itself valid OpenAPI 3.1 (docs/decisions/170-openapi-from-zod.md).
let server: DirectoryServer;
let doc: { openapi: string; paths: Record<string, Record<string, { security?: object[] }>> };

beforeAll(async () => {
  server = await startDirectoryServer();
  doc = await (await fetch(`${server.url}/api/openapi.json`)).json();
}, 300_000);
afterAll(() => server?.stop());

/** The document's path with its parameters filled from the sample data. */
function concrete(path: string): string {
  return path
    .replace("/suppliers/{ref}", `/suppliers/${server.sample.suppliers[0].ref}`)
    .replace("/requests/{ref}", "/requests/R-001")
    .replace("{id}", "1");
}

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}${path}`, { headers: { "Accept-Language": "en", ...headers } });

describe("the OpenAPI document", () => {
  it("is valid OpenAPI 3.1 and lists every v1 endpoint", async () => {
    expect(doc.openapi).toBe("3.1.0");
    const result = await new Validator().validate(doc as Parameters<Validator["validate"]>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(Object.keys(doc.paths).sort()).toEqual(
      [
        "/api/v1/events/{id}/schedule",
        "/api/v1/me/agenda",
        "/api/v1/requests/{ref}/matches",
        "/api/v1/suppliers",
        "/api/v1/suppliers/{ref}",
        "/api/v1/suppliers/{ref}/matches",
      ].sort(),
    );
  });

  it("/api/docs shows the endpoints in the reader's language and links the document", async () => {
    const en = await get("/api/docs");
    expect(en.status, server.output()).toBe(200);
    const html = await en.text().catch((e) => {
      throw new Error(`${e}\n${server.output()}`);
    });
    expect(html).toContain('href="/api/openapi.json"');
    expect(html).toContain("/api/v1/suppliers/{ref}/matches");
    expect(html).toContain("Endpoints");
    const vi = await (await get("/api/docs", { "Accept-Language": "vi" })).text();
    expect(vi).toContain("Các địa chỉ");
  });
});

describe("every endpoint", () => {
  it("answers POST, PUT, PATCH and DELETE with 405, Allow and the JSON error", async () => {
    for (const path of [...Object.keys(doc.paths).map(concrete), "/api/openapi.json"]) {
      for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
        const res = await fetch(`${server.url}${path}`, {
          method,
          headers: { Authorization: `Bearer ${server.tokens.organiser}`, "Content-Type": "application/json" },
          body: "{}",
        });
        expect(res.status, `${method} ${path}`).toBe(405);
        expect(res.headers.get("Allow"), `${method} ${path}`).toBe("GET, HEAD");
        expect(res.headers.get("Content-Type")).toMatch(/^application\/json/);
        expect((await res.json()).error.code).toBe("method_not_allowed");
      }
    }
  });

  it("refuses an unknown token with 401 and a Bearer challenge, public endpoints included", async () => {
    for (const path of [...Object.keys(doc.paths).map(concrete), "/api/openapi.json"]) {
      for (const auth of ["Bearer cnht_not_a_token", "Basic dXNlcjpwYXNz"]) {
        const res = await get(path, { Authorization: auth });
        expect(res.status, `${auth} ${path}`).toBe(401);
        expect(res.headers.get("WWW-Authenticate"), path).toMatch(
          /^Bearer realm="CNHT", error="invalid_(token|request)"/,
        );
        expect((await res.json()).error.code).toMatch(/^invalid_(token|request)$/);
      }
    }
  });

  it("asks for credentials with WWW-Authenticate where they are needed", async () => {
    for (const [path, ops] of Object.entries(doc.paths)) {
      const open = (ops.get.security ?? []).some((s) => Object.keys(s).length === 0);
      const res = await get(concrete(path));
      if (open) expect(res.status, path).not.toBe(401);
      else {
        expect(res.status, path).toBe(401);
        expect(res.headers.get("WWW-Authenticate")).toMatch(/^Bearer realm="CNHT"/);
      }
    }
  });
});

describe("pages and caching of the supplier search", () => {
  // rel -> the link's path and its parameters, sorted (their order carries no meaning)
  const links = (header: string | null): Record<string, string> =>
    Object.fromEntries([...(header ?? "").matchAll(/<([^>]+)>;\s*rel="(\w+)"/g)].map((m) => [m[2], m[1]]));
  const norm = (href: string | undefined) => {
    if (!href) return href;
    const u = new URL(href, "http://x");
    u.searchParams.sort();
    return u.pathname + u.search;
  };

  it("pages by page and limit, with first/prev/next/last in the Link header", async () => {
    const one = await get("/api/v1/suppliers?q=CNC&limit=5");
    expect(one.status).toBe(200);
    const b1 = await one.json();
    expect(b1).toMatchObject({ page: 1, offset: 0, limit: 5 });
    expect(b1.total).toBeGreaterThan(10);
    const l1 = links(one.headers.get("Link"));
    expect(l1.prev).toBeUndefined();
    expect(norm(l1.first)).toBe("/api/v1/suppliers?limit=5&page=1&q=CNC");
    expect(norm(l1.last)).toBe(`/api/v1/suppliers?limit=5&page=${Math.ceil(b1.total / 5)}&q=CNC`);
    // Following rel="next" as a client would: resolved against the request's URL.
    const two = await get(l1.next);
    const b2 = await two.json();
    expect(b2).toMatchObject({ page: 2, offset: 5 });
    expect(b2.hits.map((h: { ref: string }) => h.ref)).not.toContain(b1.hits[0].ref);
    const l2 = links(two.headers.get("Link"));
    expect(norm(l2.prev)).toBe("/api/v1/suppliers?limit=5&page=1&q=CNC");
    expect(norm(l2.next)).toBe("/api/v1/suppliers?limit=5&page=3&q=CNC");
    // offset still works and lands on its page
    expect((await (await get("/api/v1/suppliers?q=CNC&limit=5&offset=10")).json()).page).toBe(3);
    const bad = await get("/api/v1/suppliers?page=0");
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.message).toMatch(/^page/);
  });

  it("a public read has a weak ETag and Cache-Control, and If-None-Match gets a 304", async () => {
    const path = "/api/v1/suppliers?q=ep+nhua&limit=3";
    const first = await get(path);
    const etag = first.headers.get("ETag");
    expect(etag).toMatch(/^W\/"[\w-]+"$/);
    expect(first.headers.get("Cache-Control")).toBe("public, max-age=60");
    const again = await get(path, { "If-None-Match": etag! });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("ETag")).toBe(etag);
    // another page is another body
    const other = await get("/api/v1/suppliers?q=ep+nhua&limit=3&page=2", { "If-None-Match": etag! });
    expect(other.status).toBe(200);
    // A supplier read anonymously is the same record for everyone: validated too.
    const ref = server.sample.suppliers[0].ref;
    const s = await get(`/api/v1/suppliers/${ref}`);
    expect(s.headers.get("ETag")).toMatch(/^W\//);
    expect((await get(`/api/v1/suppliers/${ref}`, { "If-None-Match": s.headers.get("ETag")! })).status).toBe(
      304,
    );
  });

  it("with a token the answer is private and carries no ETag", async () => {
    const res = await get("/api/v1/suppliers?q=ep+nhua&limit=3", {
      Authorization: `Bearer ${server.tokens.buyer}`,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("Cache-Control")).toBe("private, no-store");
    expect(res.headers.get("ETag")).toBeNull();
  });
});
