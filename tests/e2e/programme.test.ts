import { afterAll, beforeAll, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { launchBrowser, watchedPage } from "../helpers/browser";
import { freshDb } from "../helpers/db";
import { startServer, type RunningServer } from "../helpers/server";
import { PASSWORD, seedUser } from "../integration/auth/client";
import { programmeFixture } from "../integration/programme/fixture";
import { closeAll } from "../helpers/teardown";

// In Debian's Chromium at 390 px: the publication and the programme page fit the screen, hydrate
// without errors (CSP included), and the organiser's target form and freeze button work through
// the server's Origin check, as posted from the portal's own pages.
let server: RunningServer;
let browser: BrowserContext;

beforeAll(async () => {
  const t = await freshDb();
  await programmeFixture(t.db);
  await seedUser(t.db, { email: "org@example.com", role: "organiser" });
  await t.close();
  [server, browser] = await Promise.all([startServer({ databasePath: t.file }), launchBrowser()]);
}, 240_000);
afterAll(() => closeAll(browser, server));

const phone = () => watchedPage(browser, { viewport: { width: 390, height: 844 }, consoleErrors: true });
const hydrated = (page: Page) =>
  page.waitForFunction(() => !!(window as unknown as { __remixRouter?: unknown }).__remixRouter);
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

it("the publication and the programme page at 390 px; a target saved and an edition frozen from the pages", async () => {
  const { page, errors } = await phone();
  await page.goto(`${server.url}/publication/2026`);
  await hydrated(page);
  await page.getByRole("heading", { name: "Hanoi supporting industry — 2026 publication" }).waitFor();
  expect(await overflow(page)).toBeLessThanOrEqual(0);

  await page.goto(`${server.url}/login`);
  await page.getByLabel("Email").fill("org@example.com");
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Log in" }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/login"));

  await page.goto(`${server.url}/admin/programme?asOf=2026-06-30`);
  await hydrated(page);
  expect(await overflow(page)).toBeLessThanOrEqual(0);
  // The target form (the page has other year fields, e.g. the publication's).
  const targetForm = page.locator("form", { has: page.getByRole("button", { name: "Save target" }) });
  await targetForm.getByLabel("Year").fill("2026");
  await targetForm.getByLabel("Figure").selectOption("firms");
  await targetForm.getByLabel("Value").fill("6");
  await page.getByRole("button", { name: "Save target" }).click();
  await page.getByText("Target saved.").waitFor();
  await page.goto(`${server.url}/admin/programme?asOf=2026-06-30`);
  await expect.poll(() => page.locator('tr[data-metric="firms"]').textContent()).toContain("50 %");

  await page.goto(`${server.url}/publication/2026`);
  await hydrated(page);
  await page.getByRole("button", { name: "Freeze this year's edition" }).click();
  await page.getByText("Edition frozen on").waitFor();
  expect(errors).toEqual([]);
}, 120_000);
