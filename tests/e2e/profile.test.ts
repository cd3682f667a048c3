import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { ARTIFACTS, launchBrowser, watchedPage } from "../helpers/browser";
import { freshDb } from "../helpers/db";
import { startServer, type RunningServer } from "../helpers/server";
import { PASSWORD, seedOrg, seedUser } from "../integration/auth/client";
import { PNG } from "../integration/profile/forms";
import { closeAll } from "../helpers/teardown";
import { logIn as logInAt } from "./fair-helpers";

// In Debian's Chromium: a supplier fills its profile in Vietnamese (a term from the taxonomy's
// suggestions, a certificate with a scan), logs out and sees the public profile, where a script
// typed into the description shows as text; a buyer posts a sourcing request.
let server: RunningServer;
let browser: BrowserContext;
let closeDb: () => Promise<void>;

const XSS = `<script>window.__xss = 1</script><img src=x onerror="window.__xss = 2">`;

beforeAll(async () => {
  const t = await freshDb();
  const supplier = await seedOrg(t.db, { ref: "S-00001", kind: "supplier", taxCode: "0100000001" });
  const buyer = await seedOrg(t.db, { ref: "B-001", kind: "buyer" });
  await seedUser(t.db, { email: "an@cokhi.example", role: "supplier", orgId: supplier });
  await seedUser(t.db, { email: "buyer@sakura.example", role: "buyer", orgId: buyer });
  closeDb = () => t.close();
  [server, browser] = await Promise.all([startServer({ databasePath: t.file }), launchBrowser()]);
});
afterAll(() => closeAll(browser, server, closeDb));

async function newPage(): Promise<{ page: Page; errors: string[] }> {
  await browser.clearCookies(); // one persistent context: start each story logged out
  return watchedPage(browser);
}

const logIn = (page: Page, email: string) => logInAt(page, server.url, email, PASSWORD);

it("a supplier fills its profile in Vietnamese, adds a certificate, and the public sees it as text", async () => {
  const { page, errors } = await newPage();
  await logIn(page, "an@cokhi.example");
  await page.locator("aside").getByRole("link", { name: "Capability profile" }).click();
  await page.getByRole("heading", { name: "Profile completeness" }).waitFor();
  await page.getByText("Add an English description — buyers search in English.").waitFor();

  await page.getByLabel("Firm name (Vietnamese)").fill("Công ty TNHH Cơ khí An Phát");
  await page.getByLabel("Firm name (English)").fill("An Phat Mechanical Co., Ltd");
  await page.getByLabel("Description (Vietnamese)").fill(`Gia công ép nhựa cho xe máy. ${XSS}`);
  await page.getByLabel("Description (English)").fill("Plastic injection moulding for motorbikes.");
  await page.getByLabel("Year founded").fill("2008");
  await page.getByLabel("Employees").fill("85");
  await page.getByLabel("Industrial zone").fill("KCN Quang Minh");
  await page.getByLabel("Equipment list").fill("Máy ép nhựa Haitian 250 tấn × 4");
  // A process from the taxonomy's suggestions, typed without diacritics.
  await page.getByLabel("Suggestions for “Processes”", { exact: true }).fill("ep phun");
  // The labels come in the reader's language (English here); both map to the same concept.
  await page.getByRole("button", { name: "Add “Injection moulding”" }).click();
  await expect
    .poll(() => page.getByLabel("Processes", { exact: true }).inputValue())
    .toBe("Injection moulding");
  await page.getByLabel("Materials", { exact: true }).fill("nhựa PP\nnhựa ABS");

  await page.getByRole("button", { name: "Add a certificate" }).click();
  await page.getByLabel("Standard").fill("ISO 9001:2015");
  await page.getByLabel("Valid until").fill("2029-06-30");
  await page
    .getByLabel("Copy of the certificate")
    .setInputFiles({ name: "iso9001.png", mimeType: "image/png", buffer: PNG });
  await page.getByRole("button", { name: "Save profile" }).click();
  await page.getByText("Profile saved.").waitFor();
  expect(await page.getByLabel("Standard").inputValue()).toBe("ISO 9001:2015");
  await page.getByRole("link", { name: "Current file" }).waitFor();
  await page.screenshot({ path: path.join(ARTIFACTS, "profile-edit.png"), fullPage: true });

  await page.locator("aside").getByRole("button", { name: "Log out" }).click();
  await page.getByText("You have logged out.").waitFor();
  await page.goto(`${server.url}/suppliers/S-00001`);
  await page.getByRole("heading", { level: 1, name: "An Phat Mechanical Co., Ltd" }).waitFor();
  await page.getByText("Injection moulding").first().waitFor();
  await page.getByText("ISO 9001:2015").first().waitFor();
  await page.getByText("Máy ép nhựa Haitian 250 tấn × 4").waitFor();
  // The English reader sees the English description; the Vietnamese one, with the payload, as text.
  await page.setExtraHTTPHeaders({ "Accept-Language": "vi" });
  await page.context().clearCookies();
  await page.goto(`${server.url}/suppliers/S-00001`);
  await page.getByText(XSS, { exact: false }).waitFor();
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(await page.locator("#about img").count()).toBe(0);
  await page.screenshot({ path: path.join(ARTIFACTS, "profile-public.png"), fullPage: true });
  expect(errors).toEqual([]);
  await page.close();
});

it("a buyer posts a sourcing request", async () => {
  const { page, errors } = await newPage();
  await logIn(page, "buyer@sakura.example");
  await page.locator("aside").getByRole("link", { name: "Sourcing requests" }).click();
  await page.getByRole("link", { name: "Post a new request" }).click();
  await page.getByLabel("Title (English)").fill("PA66 housings for motorbike lamps");
  await page.getByLabel("Processes", { exact: true }).fill("injection moulding");
  await page.getByLabel("Materials", { exact: true }).fill("PA66");
  await page.getByLabel("ISO 9001 quality management").check();
  await page.getByLabel("Annual volume (pieces)").fill("50000");
  await page.getByLabel("Target date").fill("2027-09-30");
  await page.getByLabel("Organisers only").check();
  await page.getByRole("button", { name: "Post request" }).click();
  await page.waitForURL(/\/my\/requests\/P-R-[A-Z0-9]{6}$/);
  await page.getByText(/Request P-R-[A-Z0-9]{6} posted\./).waitFor();
  await page.goto(`${server.url}/my/requests`);
  await page.getByRole("link", { name: "PA66 housings for motorbike lamps" }).waitFor();
  await page.getByRole("cell", { name: "Organisers only" }).waitFor();
  await page.screenshot({ path: path.join(ARTIFACTS, "requests-list.png"), fullPage: true });
  expect(errors).toEqual([]);
  await page.close();
});
