import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { ARTIFACTS, launchBrowser } from "../helpers/browser";
import { freshDb } from "../helpers/db";
import { startServer, type RunningServer } from "../helpers/server";
import { LOCALE_COOKIE } from "../../app/modules/i18n";
import { checkPage, DESKTOP, logInAs, PHONE, report, type PageCheck } from "./standards-helpers";

// Every role's main pages as the web's checkers see them (issue 13), on the demo install with a
// published fair schedule: at 390 px in Vietnamese and at 1366 px in English, no sideways
// scroll; at 390 px also no serious or critical axe-core violation and valid HTML (html-validate
// on the server's HTML). axe runs once per page to keep the file's time modest on a small machine. Screenshots of the key pages stay in test-results/.
//
// One server and one browser for the whole file: the checks are many, the machine is small.

/** A walk opens ~20 pages twice and runs axe on each: generous on a loaded 2-core machine. */
const WALK_MS = 900_000;
let server: RunningServer;
let browser: BrowserContext;
let ids: { event: number; request: string; supplier: string; buyer: string };

beforeAll(async () => {
  const t = await freshDb();
  // SEED=1: the demo directory, the demo logins and the demo fair, as `npm start` makes them.
  [server, browser] = await Promise.all([
    startServer({ databasePath: t.file, env: { SEED: "1" } }),
    launchBrowser(),
  ]);
  const page = await browser.newPage();
  page.setDefaultTimeout(60_000);
  await page.setExtraHTTPHeaders({ "Accept-Language": "en" });
  await logInAs(page, server.url, "organiser@demo.cnht.vn", "demo-organiser-2027");
  const { id: event } = await t.db.selectFrom("events").select("id").orderBy("id").executeTakeFirstOrThrow();
  // A published schedule, so that agendas and the live view have meetings to show.
  await page.goto(`${server.url}/admin/events/${event}/schedule`);
  // By the forms' intents: the demo organiser's account reads Vietnamese.
  await page.locator("form:has(input[name=intent][value=generate]) button[type=submit]").click();
  const publish = page.locator(
    "form:has(input[name=intent][value=publish]) button[type=submit]:not([disabled])",
  );
  // Publishing asks for confirmation: the confirming form sits in a <details> to open first.
  await page.locator("details:has(input[name=intent][value=publish]) > summary").click();
  await publish.click();
  for (;;) {
    const row = await t.db
      .selectFrom("events")
      .select("publishedVersion")
      .where("id", "=", event)
      .executeTakeFirst();
    if (row?.publishedVersion) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  // A buyer's public page: the demo directory's first active buyer (its refs are the city's).
  const { ref: buyer } = await t.db
    .selectFrom("organisations")
    .select("ref")
    .where("kind", "=", "buyer")
    .where("status", "=", "active")
    .orderBy("ref")
    .executeTakeFirstOrThrow();
  await t.close();
  await page.goto(`${server.url}/suppliers`);
  const supplier = await page.locator("article h3 a").first().getAttribute("href");
  await page.context().clearCookies();
  await logInAs(page, server.url, "buyer@demo.cnht.vn", "demo-buyer-2027");
  await page.goto(`${server.url}/my/requests`);
  const request = await page
    .locator('main a[href^="/my/requests/"]:not([href$="/new"])')
    .first()
    .getAttribute("href");
  await page.context().clearCookies();
  await page.close();
  ids = { event, request: request ?? "", supplier: supplier ?? "", buyer: `/buyers/${buyer}` };
}, 600_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Walks `urls` at 390 px in Vietnamese and at 1366 px in English; returns the problems. */
async function walk(login: [string, string] | null, urls: () => string[], shots: string[] = []) {
  const checks: PageCheck[] = [];
  for (const [size, lang] of [
    [PHONE, "vi"],
    [DESKTOP, "en"],
  ] as const) {
    await browser.clearCookies();
    const page: Page = await browser.newPage();
    page.setDefaultTimeout(60_000);
    await page.setViewportSize(size);
    if (login) await logInAs(page, server.url, ...login);
    // The language cookie outranks the account's language (set at login) and the browser's.
    await browser.addCookies([{ name: LOCALE_COOKIE, value: lang, url: server.url }]);
    await page.setExtraHTTPHeaders({ "Accept-Language": lang });
    for (const url of urls()) {
      const shot = shots.includes(url) ? `standards-${url.replace(/\W+/g, "_")}-${lang}` : undefined;
      checks.push(await checkPage(page, server.url, url, { html: lang === "vi", axe: lang === "vi", shot }));
    }
    await page.close();
  }
  const all = report(checks);
  // Also written to test-results/, so that one run lists every page's findings at once.
  fs.appendFileSync(path.join(ARTIFACTS, "standards-findings.txt"), all.join("\n") + "\n");
  return all;
}

it(
  "public pages",
  async () => {
    const problems = await walk(
      null,
      () => [
        "/",
        "/suppliers",
        "/suppliers?q=injection+moulding",
        ids.supplier,
        ids.buyer,
        "/events",
        `/events/${ids.event}`,
        "/login",
        "/register",
        "/forgot-password",
      ],
      ["/suppliers"],
    );
    expect(problems).toEqual([]);
  },
  WALK_MS,
);

it(
  "a supplier's pages",
  async () => {
    const problems = await walk(
      ["supplier@demo.cnht.vn", "demo-supplier-2027"],
      () => [
        "/my",
        "/my/profile",
        "/my/opportunities",
        `/my/events/${ids.event}`,
        `/my/agenda?event=${ids.event}`,
        "/my/organisation",
        "/my/account",
      ],
      ["/my", `/my/agenda?event=${ids.event}`],
    );
    expect(problems).toEqual([]);
  },
  WALK_MS,
);

it(
  "a buyer's pages",
  async () => {
    const problems = await walk(["buyer@demo.cnht.vn", "demo-buyer-2027"], () => [
      "/my",
      "/my/requests",
      "/my/requests/new",
      ids.request,
      "/my/buyer-profile",
      `/my/events/${ids.event}`,
      `/my/agenda?event=${ids.event}`,
    ]);
    expect(problems).toEqual([]);
  },
  WALK_MS,
);

it(
  "an organiser's pages",
  async () => {
    const problems = await walk(
      ["organiser@demo.cnht.vn", "demo-organiser-2027"],
      () => [
        "/admin",
        "/admin/events",
        `/admin/events/${ids.event}`,
        `/admin/events/${ids.event}/schedule`,
        `/admin/events/${ids.event}/live`,
        `/admin/events/${ids.event}/report`,
        "/admin/import",
        "/admin/users",
        "/admin/audit",
        "/admin/tokens",
        "/admin/mail",
        "/admin/matching",
        "/admin/programme",
      ],
      [`/admin/events/${ids.event}/live`],
    );
    expect(problems).toEqual([]);
  },
  WALK_MS,
);
