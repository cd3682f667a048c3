import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

/** How long a browser step may wait (navigation, a selector, a hydrated router). Generous on
 * purpose: the suite runs on a loaded 2-core machine, where a page that takes 1 s alone took over
 * 20 s (a CSP crawl failed at 20 s). Speed is measured in scripts/bench/, never here. */
export const PAGE_TIMEOUT = 90_000;

/** Debian's Chromium, and the flags this machine's closed network needs (also the pages bench's Lighthouse). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Debian's Chromium, headless, with the flags above. */
export async function launchBrowser(): Promise<BrowserContext> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cnht-chromium-"));
  const ctx = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_FLAGS,
  });
  ctx.setDefaultTimeout(PAGE_TIMEOUT);
  ctx.setDefaultNavigationTimeout(PAGE_TIMEOUT);
  return ctx;
}

/**
 * A new page of the browser, asking for `language` (an Accept-Language value, English unless
 * told) at `viewport` if given, whose uncaught errors are collected in `errors` (with
 * `consoleErrors`, the console's error lines too), for the test to expect empty at its end. The
 * page waits PAGE_TIMEOUT at most, as launchBrowser set for the whole browser.
 */
export async function watchedPage(
  browser: BrowserContext,
  o: { language?: string; viewport?: { width: number; height: number }; consoleErrors?: boolean } = {},
): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  if (o.viewport) await page.setViewportSize(o.viewport);
  await page.setExtraHTTPHeaders({ "Accept-Language": o.language ?? "en" });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  if (o.consoleErrors) page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  return { page, errors };
}

export const ARTIFACTS = path.resolve(import.meta.dirname, "../../test-results");
