import { afterAll, beforeAll, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { launchBrowser } from "../helpers/browser";
import { freshDb } from "../helpers/db";
import { startServer, type RunningServer } from "../helpers/server";
import { PASSWORD, seedOrg, seedUser } from "../integration/auth/client";
import { todayInHanoi } from "../../app/modules/clock";

// In Debian's Chromium: an organiser creates an ISO 9001 support scheme, a supplier applies with a
// PDF from /my/schemes, the organiser approves it with an amount, the supplier sees the decision
// and the programme's "certified through a support scheme" figure moves (the firm holds a dated,
// valid ISO 9001). All forms go through the server's Origin check as the pages post them.
let server: RunningServer;
let browser: BrowserContext;
const today = todayInHanoi(new Date());
const shift = (n: number) => new Date(Date.parse(`${today}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  const t = await freshDb();
  const firm = await seedOrg(t.db, { ref: "S-1", kind: "supplier" });
  await t.db.insertInto("certifications").values({ orgId: firm, standard: "ISO 9001", conceptId: "iso9001", validUntil: shift(300) }).execute();
  await seedUser(t.db, { email: "org@example.com", role: "organiser" });
  await seedUser(t.db, { email: "s1@example.com", role: "supplier", orgId: firm });
  await t.close();
  [server, browser] = await Promise.all([startServer({ databasePath: t.file }), launchBrowser()]);
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

// Each call logs in anew; the pages share one cookie jar, so only the last login's page acts as its user.
async function as(email: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage();
  await page.setExtraHTTPHeaders({ "Accept-Language": "en" });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.context().clearCookies();
  await page.goto(`${server.url}/login`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Log in" }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/login"));
  return { page, errors };
}
const hydrated = (page: Page) =>
  page.waitForFunction(() => !!(window as unknown as { __remixRouter?: unknown }).__remixRouter);

it("organiser creates a scheme, supplier applies, organiser approves, the KPI moves", async () => {
  const o = await as("org@example.com");
  await o.page.goto(`${server.url}/admin/schemes`);
  await hydrated(o.page);
  await o.page.getByLabel("Name (Vietnamese)").fill("Hỗ trợ ISO 9001");
  await o.page.getByLabel("Name (English)").fill("ISO 9001 support");
  await o.page.getByLabel("Kind").selectOption("management_system");
  await o.page.getByLabel("Standard").selectOption("iso9001");
  await o.page.getByLabel("Budget (VND)").fill("1000000");
  await o.page.getByLabel("Applications open on").fill(shift(-3));
  await o.page.getByLabel("Applications close on").fill(shift(10));
  await o.page.getByRole("button", { name: "Create scheme" }).click();
  await o.page.waitForURL(/\/admin\/schemes\/\d+$/);
  await o.page.getByText("No applications yet.").waitFor();
  const reviewUrl = o.page.url();
  await o.page.close();

  const s = await as("s1@example.com");
  await s.page.goto(`${server.url}/my/schemes`);
  await hydrated(s.page);
  await s.page.getByLabel("Description of the proposal").fill("Consulting and certification");
  await s.page.getByLabel(/^Documents/).setInputFiles({
    name: "quote.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"),
  });
  await s.page.getByRole("button", { name: "Apply" }).click();
  await s.page.getByText("Submitted, awaiting review").waitFor();
  expect(s.errors).toEqual([]);

  const o2 = await as("org@example.com");
  await o2.page.goto(`${server.url}/admin/programme`);
  await expect.poll(() => o2.page.locator('tr[data-metric="schemeCertified"]').textContent()).toMatch(/0/);
  await o2.page.goto(reviewUrl);
  await hydrated(o2.page);
  await o2.page.getByLabel("Amount of support (VND)").fill("2000000");
  await o2.page.getByRole("button", { name: "Approve" }).click();
  await o2.page.getByText("more than what is left").waitFor();
  await o2.page.getByLabel("Amount of support (VND)").fill("400000");
  await o2.page.getByRole("button", { name: "Approve" }).click();
  await o2.page.getByText("Approved 400,000 of 1,000,000 VND (40 %)").waitFor();
  await o2.page.goto(`${server.url}/admin/programme`);
  await expect
    .poll(async () => (await o2.page.locator('tr[data-metric="schemeCertified"]').textContent())?.replace(/\D+/g, " ").trim())
    .toMatch(/^1\b/);
  expect(o2.errors).toEqual([]);

  // The pages share one browser context (one cookie jar): log the supplier in again.
  const s2 = await as("s1@example.com");
  await s2.page.goto(`${server.url}/my/schemes`);
  await s2.page.getByText("Supported with 400,000 VND").waitFor();
}, 180_000);
