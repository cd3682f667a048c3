// The error page over real HTTP against the built server: a 404 and a 403 render inside the site's
// layout (header, footer, the reader's language on <html>) in Vietnamese, English and Japanese,
// with the status and no trace of the code (no stack, no file paths). A resource route's error
// stays the route's own Response (no HTML page for a client that asked for a file or data).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDb } from "../../helpers/db";
import { startServer, type RunningServer } from "../../helpers/server";
import { Client, PASSWORD, seedUser } from "../auth/client";
import { translator } from "../../../app/modules/i18n";

let server: RunningServer;
let supplier: Client;

beforeAll(async () => {
  const fresh = await freshDb();
  await seedUser(fresh.db, { email: "supplier@example.com", role: "supplier" });
  server = await startServer({ databasePath: fresh.file });
  supplier = new Client(server.url);
  await supplier.login("supplier@example.com", PASSWORD);
});

afterAll(() => server?.stop());

const LANGS = ["vi", "en", "ja"] as const;

/** A text as React writes it into HTML. */
const escapeHtml = (s: string) =>
  s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#x27;");

/** What must and must not be on any error page. */
function expectErrorPage(html: string, lang: (typeof LANGS)[number], status: number, titleKey: string) {
  const t = translator(lang);
  expect(html).toMatch(new RegExp(`<html[^>]*\\blang="${lang}"`));
  // Inside the layout: the site header and footer are around it.
  expect(html).toMatch(/<header[\s>]/);
  expect(html).toMatch(/<footer[\s>]/);
  const title = t(titleKey);
  expect(title).not.toBe(titleKey);
  expect(html).toContain(escapeHtml(title));
  expect(html).toMatch(new RegExp(`>${status}<`));
  // A way on: home.
  expect(html).toContain(escapeHtml(t("common.backHome")));
  // No stack trace or internals.
  expect(html).not.toMatch(/\bat [\w.<>]+ \(/);
  expect(html).not.toMatch(/node_modules|\/app\/routes\/|\.tsx?:\d+/);
  expect(html).not.toMatch(/\b(TypeError|ReferenceError|Error:)/);
}

describe.each(LANGS)("error pages in %s", (lang) => {
  const headers = { "Accept-Language": lang };

  it("an unknown address is a 404 page", async () => {
    const res = await fetch(`${server.url}/no-such-page/at-all`, { headers });
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toMatch(/text\/html/);
    expectErrorPage(await res.text(), lang, 404, "error.notFound.title");
  });

  it("a page route's own 404 (an event that does not exist) renders the same way", async () => {
    const res = await fetch(`${server.url}/events/99999999`, { headers });
    expect(res.status).toBe(404);
    expectErrorPage(await res.text(), lang, 404, "error.notFound.title");
  });

  it("a signed-in supplier on an organisers' page gets a 403 page", async () => {
    // Signed in, the language is the one chosen with the switch (a cookie), as a person does.
    expect((await supplier.post("/lang", { lang, redirectTo: "/" })).status).toBe(302);
    const res = await supplier.get("/admin/users");
    expect(res.status).toBe(403);
    expect(res.headers.get("content-type")).toMatch(/text\/html/);
    expectErrorPage(await res.text(), lang, 403, "error.forbidden.title");
  });
});

describe("resource routes", () => {
  it("answer their own errors, not with an HTML page", async () => {
    const res = await fetch(`${server.url}/files/logos/NO-SUCH-FIRM`, {
      headers: { "Accept-Language": "en" },
    });
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type") ?? "").not.toMatch(/text\/html/);
    expect(await res.text()).not.toMatch(/<html/i);
  });
});
