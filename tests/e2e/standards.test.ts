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
// published fair schedule, in each language at 390 px and at 1366 px: no sideways scroll and no
// 4xx/5xx in every combination; no serious or critical axe-core violation and valid HTML
// (html-validate on the server's HTML) in every language. The organisers' console is in
// Vietnamese and English (its Japanese falls back to English), so it is walked in those two.
// Screenshots of the key pages at both widths stay in test-results/screenshots/ (vi and en:
// headless Chromium here has no CJK fonts, so Japanese screenshots would show empty boxes).
//
// One server and one browser for the whole file: the checks are many, the machine is small.
// axe is the slow check, so it runs once per language and page, at 390 px for vi and ja and at
// 1366 px for en, so that both layouts meet it; the server's HTML does not depend on the width,
// so it is validated once per language too.

/** A walk opens ~13 pages six times and runs axe on three of them: generous on a loaded 2-core machine. */
const WALK_MS = 1_800_000;
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

type Lang = "vi" | "en" | "ja";
/** Each language at both widths; axe and the HTML check once per language (see above). */
const COMBINATIONS = [
  { lang: "vi", size: PHONE, full: true },
  { lang: "vi", size: DESKTOP, full: false },
  { lang: "en", size: DESKTOP, full: true },
  { lang: "en", size: PHONE, full: false },
  { lang: "ja", size: PHONE, full: true },
  { lang: "ja", size: DESKTOP, full: false },
] as const;
const SHOT_DIR = path.join(ARTIFACTS, "screenshots");

/** Walks `urls` in each of `langs` at 390 and 1366 px; returns the problems. */
async function walk(
  login: [string, string] | null,
  urls: () => string[],
  shots: string[] = [],
  langs: readonly Lang[] = ["vi", "en", "ja"],
) {
  fs.mkdirSync(SHOT_DIR, { recursive: true });
  const checks: PageCheck[] = [];
  for (const { lang, size, full } of COMBINATIONS.filter((c) => langs.includes(c.lang))) {
    await browser.clearCookies();
    const page: Page = await browser.newPage();
    page.setDefaultTimeout(60_000);
    await page.setViewportSize(size);
    if (login) await logInAs(page, server.url, ...login);
    // The language cookie outranks the account's language (set at login) and the browser's.
    await browser.addCookies([{ name: LOCALE_COOKIE, value: lang, url: server.url }]);
    await page.setExtraHTTPHeaders({ "Accept-Language": lang });
    for (const url of urls()) {
      const shot =
        lang !== "ja" && shots.includes(url)
          ? path.join("screenshots", `standards-${url.replace(/\W+/g, "_")}-${lang}`)
          : undefined;
      const check = await checkPage(page, server.url, url, { html: full, axe: full, shot });
      // The page must be in the language asked for, or the walk would check another one.
      const shown = await page.getAttribute("html", "lang");
      if (shown !== lang) check.problems.push(`html lang is ${shown}, not ${lang}`);
      checks.push({ ...check, url: `${url} [${lang}]` });
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
      ["/", "/suppliers", ids.supplier],
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
    const problems = await walk(
      ["buyer@demo.cnht.vn", "demo-buyer-2027"],
      () => [
        "/my",
        "/my/requests",
        "/my/requests/new",
        ids.request,
        "/my/buyer-profile",
        `/my/events/${ids.event}`,
        `/my/agenda?event=${ids.event}`,
      ],
      [ids.request, `/my/agenda?event=${ids.event}`],
    );
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
      [`/admin/events/${ids.event}/live`, `/admin/events/${ids.event}/schedule`],
      ["vi", "en"],
    );
    expect(problems).toEqual([]);
  },
  WALK_MS,
);
