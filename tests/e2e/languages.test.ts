import { afterAll, beforeAll, expect, it } from "vitest";
import type { BrowserContext } from "playwright-core";
import { PAGE_TIMEOUT, launchBrowser, watchedPage } from "../helpers/browser";
import { startDirectoryServer, type DirectoryServer } from "../integration/http/directory-server";
import { closeAll } from "../helpers/teardown";

// Issue 13 in Debian's Chromium: a reader switches to 日本語 with the header switch, the home and
// directory pages are in Japanese, a supplier's dates read as Japanese dates, and the switch back
// to Tiếng Việt works. Headless Chromium here has no CJK fonts, so this asserts on text, never on
// screenshots.

let server: DirectoryServer;
let browser: BrowserContext;

beforeAll(async () => {
  [server, browser] = await Promise.all([startDirectoryServer(), launchBrowser()]);
}, PAGE_TIMEOUT);
afterAll(() => closeAll(browser, server));

it(
  "switches to Japanese and back with the header switch",
  async () => {
    const { page, errors } = await watchedPage(browser, { language: "vi-VN,vi;q=0.9", consoleErrors: true });

    await page.goto(`${server.url}/`, { waitUntil: "networkidle" });
    expect(await page.getAttribute("html", "lang")).toBe("vi");

    await page.getByRole("button", { name: "日本語" }).click();
    await page.waitForFunction(() => document.documentElement.lang === "ja");
    await page.getByRole("heading", { level: 1, name: "ハノイの裾野産業サプライヤーと製造業をつなぐ" }).waitFor();

    // The choice is kept from page to page (a cookie), not only on the page where it was made.
    await page.goto(`${server.url}/suppliers`, { waitUntil: "networkidle" });
    expect(await page.getAttribute("html", "lang")).toBe("ja");
    await page.getByRole("heading", { level: 1, name: "サプライヤー一覧" }).waitFor();

    // S-00001's ISO 9001 certificate is valid until 2029-01-22 (tests/fixtures/directory-sample.json).
    await page.goto(`${server.url}/suppliers/S-00001`, { waitUntil: "networkidle" });
    expect(await page.getAttribute("html", "lang")).toBe("ja");
    const body = (await page.locator("main").textContent()) ?? "";
    expect(body).toContain("2029年1月22日");
    expect(body).not.toContain("2029-01-22");
    expect(body).not.toContain("22/01/2029");

    await page.getByRole("button", { name: "Tiếng Việt" }).click();
    await page.waitForFunction(() => document.documentElement.lang === "vi");
    const vi = (await page.locator("main").textContent()) ?? "";
    expect(vi).toContain("22/01/2029");
    expect(vi).not.toContain("2029年1月22日");

    expect(errors).toEqual([]);
  },
  PAGE_TIMEOUT * 3,
);
