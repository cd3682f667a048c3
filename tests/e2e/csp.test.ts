import { afterAll, beforeAll, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import Database from "better-sqlite3";
import { launchBrowser, PAGE_TIMEOUT, watchedPage } from "../helpers/browser";
import { freshDb } from "../helpers/db";
import { startServer, type RunningServer } from "../helpers/server";
import { closeAll } from "../helpers/teardown";

// The Content-Security-Policy (scripts/lib/http/security.ts) against every kind of page, in
// Debian's Chromium, on the demo install: a visitor and each demo role follow the links of their
// pages (one page per route shape) and the browser must report no violation and no error, and
// every page must hydrate (Remix's scripts ran despite the policy).

let server: RunningServer;
let browser: BrowserContext;
let dbFile: string;

beforeAll(async () => {
  const t = await freshDb();
  await t.close();
  dbFile = t.file;
  [server, browser] = await Promise.all([
    startServer({ databasePath: t.file, env: { SEED: "1" } }),
    launchBrowser(),
  ]);
}, 240_000);
afterAll(() => closeAll(browser, server));

/** One visit per route shape: ids, refs and query strings do not make a new page. */
function shape(p: string): string {
  return p
    .split("?")[0]!
    .replace(/\/[A-Z]{1,3}-[\w-]+/g, "/REF")
    .replace(/\/\d+(?=\/|$)/g, "/N")
    .replace(/\/[0-9a-f]{16,}/gi, "/TOKEN");
}

const SKIP = /^\/(logout|lang)\b|\.(csv|ics|xlsx|json)\b|\/export\b|^\/files\/|^\/api\/|^\/checkin\//;

async function crawl(page: Page, start: string[], limit: number, errors: string[]): Promise<string[]> {
  const seen = new Set<string>();
  const queue = [...start];
  const visited: string[] = [];
  while (queue.length && visited.length < limit) {
    const p = queue.shift()!;
    if (seen.has(shape(p)) || SKIP.test(p)) continue;
    seen.add(shape(p));
    const before = errors.length;
    const res = await page.goto(server.url + p, { waitUntil: "load" });
    expect(res?.status(), p).toBeLessThan(400);
    // Hydrated: the router exists only once Remix's inline and module scripts have run.
    await page.waitForFunction(
      () => !!(window as unknown as { __remixRouter?: unknown }).__remixRouter,
      null,
      {
        timeout: PAGE_TIMEOUT,
      },
    );
    visited.push(p);
    if (errors.length > before) errors.push(`  ^ on ${p}`);
    const links = await page.$$eval("a[href^='/']:not([download])", (as) => as.map((a) => a.getAttribute("href")!));
    // Files (spreadsheets, calendars, exports) are downloads, not pages to run scripts on.
    for (const l of links)
      if (!seen.has(shape(l)) && !/\.(xlsx|csv|json|ics|pdf)(\?|$)|\/(export|download)\//.test(l)) queue.push(l);
  }
  return visited;
}

async function logIn(page: Page, email: string, password: string) {
  await page.goto(`${server.url}/login`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Log in" }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/login"));
}

it("runs every page's scripts under the CSP without a single violation, for visitors and each role", async () => {
  const errors: string[] = [];
  const roles: [string | null, string, string[]][] = [
    [null, "", ["/", "/suppliers", "/events", "/login", "/register", "/forgot-password"]],
    ["supplier@demo.cnht.vn", "demo-supplier-2027", ["/my"]],
    ["buyer@demo.cnht.vn", "demo-buyer-2027", ["/my", "/my/requests/new"]],
    ["organiser@demo.cnht.vn", "demo-organiser-2027", ["/admin", "/admin/events"]],
  ];
  const visited: string[] = [];
  for (const [email, password, start] of roles) {
    await browser.clearCookies();
    const page = await browser.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    page.setDefaultTimeout(PAGE_TIMEOUT);
    await page.setExtraHTTPHeaders({ "Accept-Language": "en" });
    page.on("pageerror", (e) => errors.push(`${email ?? "visitor"}: ${e.message}`));
    page.on("console", (m) => {
      if (m.type() === "error" || /Content Security Policy/i.test(m.text()))
        errors.push(`${email ?? "visitor"}: ${m.text()}`);
    });
    if (email) await logIn(page, email, password);
    visited.push(...(await crawl(page, start, 30, errors)));
    // A client-side navigation too: the module scripts loaded and the router fetches data.
    await page.goto(server.url + start[0]);
    await page.waitForFunction(() => !!(window as unknown as { __remixRouter?: unknown }).__remixRouter);
    await page.locator('a[href="/suppliers"]:visible').first().click();
    await page.waitForURL(/\/suppliers$/);
    await page
      .getByRole("heading", { level: 1 })
      .filter({ hasText: /Supplier directory|Danh bạ/ })
      .waitFor();
    await page.close();
  }
  // The crawl reached the signed-in areas, not just the front door.
  expect(visited.filter((p) => p.startsWith("/my")).length).toBeGreaterThan(5);
  expect(visited.filter((p) => p.startsWith("/admin")).length).toBeGreaterThan(5);
  expect(errors).toEqual([]);
}, 600_000);

// Last: breaks the database on purpose.
it("shows the request id on a 500 page, and the page hydrates without an error of its own", async () => {
  const db = new Database(dbFile);
  const ref = (
    db.prepare("SELECT ref FROM organisations WHERE kind = 'supplier' LIMIT 1").get() as { ref: string }
  ).ref;
  db.exec("ALTER TABLE organisations RENAME TO organisations_gone");
  db.close();
  await browser.clearCookies();
  const { page, errors } = await watchedPage(browser);
  page.on("console", (m) => {
    // The browser's own note about the 500 status is expected; anything else (a hydration
    // mismatch, a CSP violation) is not.
    if (m.type() === "error" && !/status of 500/.test(m.text())) errors.push(m.text());
  });
  const res = await page.goto(`${server.url}/suppliers/${ref}`);
  expect(res?.status()).toBe(500);
  const id = await res!.headerValue("x-request-id");
  await page.waitForFunction(() => !!(window as unknown as { __remixRouter?: unknown }).__remixRouter);
  await page.getByText("please quote this reference").waitFor();
  expect(await page.locator("#cnht-request-id").textContent()).toBe(id);
  expect(errors).toEqual([]);
}, 120_000);
