import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { BrowserContext } from "playwright-core";
import { ARTIFACTS, launchBrowser, watchedPage } from "../helpers/browser";
import { startDirectoryServer, type DirectoryServer } from "../integration/http/directory-server";
import { closeAll } from "../helpers/teardown";

// A visitor's path through the public pages in Debian's Chromium: home, switch to English,
// the directory, its second page, a supplier's profile. Screenshots stay in test-results/.

let server: DirectoryServer;
let browser: BrowserContext;

beforeAll(async () => {
  [server, browser] = await Promise.all([startDirectoryServer(), launchBrowser()]);
});
afterAll(() => closeAll(browser, server));

it("opens the home page, switches language, pages the directory and opens a profile", async () => {
  // A Vietnamese reader's browser; the portal follows it until the switch is used.
  const { page, errors } = await watchedPage(browser, {
    language: "vi-VN,vi;q=0.9,en;q=0.5",
    viewport: { width: 1280, height: 900 },
    consoleErrors: true,
  });

  await page.goto(`${server.url}/`, { waitUntil: "networkidle" });
  expect(await page.getAttribute("html", "lang")).toBe("vi");
  await page.getByRole("heading", { level: 1 }).waitFor();

  await page.getByRole("button", { name: /English/ }).click();
  await page.waitForFunction(() => document.documentElement.lang === "en");
  await page.getByRole("heading", { level: 1, name: /Connecting Hanoi/ }).waitFor();
  await page.screenshot({ path: path.join(ARTIFACTS, "public-home-en.png"), fullPage: true });

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Suppliers" }).click();
  await page.getByRole("heading", { level: 1, name: "Supplier directory" }).waitFor();
  const firstPageFirst = await page.locator("article h3 a").first().textContent();

  // The list's links are plain <a>s that one listener makes navigate in place (decision 470): a
  // mark left on the window survives paging, a facet and the card's link; a document load would
  // lose it.
  const stayed = () => page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed === true);
  await page.evaluate(() => ((window as unknown as { stayed?: boolean }).stayed = true));
  await page.locator("#filters a.facet").first().click();
  await page.waitForURL(/process=|material=|certification=|zone=|employees=|verified=/);
  await page.locator('#filters a.facet[aria-current="true"]').waitFor();
  expect(await stayed()).toBe(true);
  await page.goBack();
  await page.waitForURL((u) => u.search === "");
  await page.locator("article h3 a", { hasText: firstPageFirst! }).first().waitFor();

  await page.getByRole("navigation", { name: "Pagination" }).getByRole("link", { name: /Next/ }).click();
  await page.waitForURL(/page=2/);
  await page.locator('[aria-current="page"]', { hasText: "2" }).waitFor();
  const secondPageFirst = await page.locator("article h3 a").first().textContent();
  expect(secondPageFirst).not.toBe(firstPageFirst);
  await page.screenshot({ path: path.join(ARTIFACTS, "public-directory-page2.png"), fullPage: true });

  await page.locator("article h3 a").first().click();
  await page.getByRole("heading", { level: 2, name: "Capabilities" }).waitFor();
  expect(await stayed()).toBe(true);
  expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(secondPageFirst);
  // A visitor is told who sees contacts (verified buyers), and offered the login.
  expect(await page.getByText(/^Contacts are shown to verified buyers/).count()).toBe(1);
  await page.screenshot({ path: path.join(ARTIFACTS, "public-profile.png"), fullPage: true });

  expect(errors).toEqual([]);
});
