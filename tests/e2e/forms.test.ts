import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { launchBrowser } from "../helpers/browser";
import { startDirectoryServer, type DirectoryServer } from "../integration/http/directory-server";
import { closeAll } from "../helpers/teardown";

// Issue 13 in Debian's Chromium: the directory's suggestions close on Enter and on Escape (and a
// late answer does not reopen them), and on /register the first click on "Create account" after
// a validation error submits (errors no longer vanish on blur and move the button away).

let server: DirectoryServer;
let browser: BrowserContext;

beforeAll(async () => {
  [server, browser] = await Promise.all([startDirectoryServer(), launchBrowser()]);
}, 300_000);
afterAll(() => closeAll(browser, server));

async function open(path: string): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.setExtraHTTPHeaders({ "Accept-Language": "en" });
  await page.goto(`${server.url}${path}`, { waitUntil: "networkidle" });
  return page;
}

/** The directory's search box and its suggestions (the listbox, found whether shown or hidden). */
async function directorySearch() {
  const page = await open("/suppliers");
  const box = page.locator('main input[type="search"]');
  const list = page.locator("main").getByRole("listbox", { includeHidden: true });
  return { page, box, list };
}

/** The directory's search with "ep nh" typed as a person types, once its suggestions show. */
async function suggestionsShown() {
  const search = await directorySearch();
  await search.box.pressSequentially("ep nh", { delay: 30 });
  await search.list.waitFor({ state: "visible" });
  return search;
}

describe("directory suggestions", () => {
  it("close on Enter and stay closed over the results", async () => {
    const { page, box, list } = await suggestionsShown();
    await box.press("Enter");
    await page.waitForURL(/[?&]q=ep\+nh/);
    await page.waitForLoadState("networkidle");
    expect(await list.isVisible()).toBe(false);
    expect(await box.getAttribute("aria-expanded")).toBe("false");
  });

  it("do not reopen when Enter comes before their answer", async () => {
    const { page, box, list } = await directorySearch();
    await box.fill("");
    await box.pressSequentially("inox", { delay: 10 });
    await box.press("Enter");
    await page.waitForURL(/[?&]q=inox/);
    await page.waitForLoadState("networkidle");
    expect(await list.isVisible()).toBe(false);
  });

  it("close on Escape, and open again on the next keystroke", async () => {
    const { page, box, list } = await suggestionsShown();
    await box.press("Escape");
    await list.waitFor({ state: "hidden" });
    await page.waitForLoadState("networkidle");
    expect(await list.isVisible()).toBe(false);
    expect(await box.inputValue()).toBe("ep nh");
    await box.press("u");
    await list.waitFor({ state: "visible" });
  });
});

describe("/register after a validation error", () => {
  it("submits on the first click on Create account", async () => {
    const page = await open("/register");
    await page.getByLabel("Full name").fill("Nguyễn Văn Thử");
    await page.getByLabel("Email").fill("not-an-email");
    await page.getByLabel("Password", { exact: true }).fill("short");
    await page.getByRole("button", { name: "Create account" }).click();
    // The browser-side check shows the errors and nothing is sent.
    const errors = page.locator("main ul.text-red-700");
    await errors.first().waitFor();
    expect(page.url()).toMatch(/\/register$/);

    // Correct both fields; focus stays in the password field, as for a person typing.
    await page.getByLabel("Email").fill("first-click@example.com");
    const password = page.getByLabel("Password", { exact: true });
    await password.fill("a long enough passphrase 2027");
    await password.focus();
    // A person aims at where the button is now; the mousedown blurs the password field.
    const button = await page.getByRole("button", { name: "Create account" }).boundingBox();
    expect(button).not.toBeNull();
    await page.mouse.click(button!.x + button!.width / 2, button!.y + button!.height / 2);
    await page.waitForURL(/\/login/, { timeout: 60_000 });
  });
});
