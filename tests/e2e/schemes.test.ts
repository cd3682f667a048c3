import { afterAll, beforeAll, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { launchBrowser, watchedPage } from "../helpers/browser";
import { freshDb, insertedId } from "../helpers/db";
import { startServer, type RunningServer } from "../helpers/server";
import { PASSWORD, seedOrg, seedUser } from "../integration/auth/client";
import { todayInHanoi } from "../../app/modules/clock";
import { closeAll } from "../helpers/teardown";

// In Debian's Chromium: an organiser creates an ISO 9001 support scheme, a supplier applies with a
// PDF from /my/schemes, the organiser approves it with an amount, the supplier sees the decision
// and the programme's "certified through a support scheme" figure moves (the firm holds a dated,
// valid ISO 9001). Then on a training scheme: an organiser asks for more information, the firm
// answers with a document, withdraws, and applies again (decision 380). All forms go through the
// server's Origin check as the pages post them.
let server: RunningServer;
let trainingId = 0;
let browser: BrowserContext;
const today = todayInHanoi(new Date());
const shift = (n: number) =>
  new Date(Date.parse(`${today}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  const t = await freshDb();
  const firm = await seedOrg(t.db, { ref: "S-1", kind: "supplier" });
  await t.db
    .insertInto("certifications")
    .values({ orgId: firm, standard: "ISO 9001", conceptId: "iso9001", validUntil: shift(300) })
    .execute();
  await seedUser(t.db, { email: "org@example.com", role: "organiser" });
  await seedUser(t.db, { email: "s1@example.com", role: "supplier", orgId: firm });
  trainingId = await insertedId(t.db, "supportSchemes", {
    nameVi: "Hỗ trợ đào tạo",
    nameEn: "Training support",
    kind: "training",
    budget: 5_000_000,
    opensOn: shift(-1),
    closesOn: shift(20),
  });
  await t.close();
  [server, browser] = await Promise.all([startServer({ databasePath: t.file }), launchBrowser()]);
}, 240_000);
afterAll(() => closeAll(browser, server));

// Each call logs in anew; the pages share one cookie jar, so only the last login's page acts as its user.
async function as(email: string): Promise<{ page: Page; errors: string[] }> {
  const { page, errors } = await watchedPage(browser);
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
const pdf = (name: string) => ({
  name,
  mimeType: "application/pdf",
  buffer: Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"),
});
/** The figure in the programme table's "actual" cell of a metric, as the organiser sees it. */
const actual = (page: Page, metric: string) =>
  page
    .locator(`tr[data-metric="${metric}"] td[data-actual]`)
    .textContent()
    .then((s) => s?.trim());

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
  const iso = s.page.locator("section[data-scheme]", { hasText: "ISO 9001 support" });
  await iso.getByLabel("Description of the proposal").fill("Consulting and certification");
  await iso.getByLabel(/^Documents/).setInputFiles(pdf("quote.pdf"));
  await iso.getByRole("button", { name: "Apply" }).click();
  await iso.getByText("Submitted, awaiting review").waitFor();
  expect(s.errors).toEqual([]);

  const o2 = await as("org@example.com");
  await o2.page.goto(`${server.url}/admin/programme`);
  expect(await actual(o2.page, "schemeCertified")).toBe("0");
  await o2.page.goto(reviewUrl);
  await hydrated(o2.page);
  await o2.page.getByLabel("Amount of support (VND)").fill("2000000");
  await o2.page.getByRole("button", { name: "Approve" }).click();
  await o2.page.getByText("more than what is left").waitFor();
  await o2.page.getByLabel("Amount of support (VND)").fill("400000");
  await o2.page.getByRole("button", { name: "Approve" }).click();
  await o2.page.getByText("Approved 400,000 of 1,000,000 VND (40 %)").waitFor();
  await o2.page.goto(`${server.url}/admin/programme`);
  expect(await actual(o2.page, "schemeCertified")).toBe("1");
  expect(o2.errors).toEqual([]);

  // The pages share one browser context (one cookie jar): log the supplier in again.
  const s2 = await as("s1@example.com");
  await s2.page.goto(`${server.url}/my/schemes`);
  await s2.page.getByText("Supported with 400,000 VND").waitFor();
}, 180_000);

it("a firm answers an organiser's question with a document, withdraws, and applies again", async () => {
  const s = await as("s1@example.com");
  await s.page.goto(`${server.url}/my/schemes`);
  await hydrated(s.page);
  let card = s.page.locator(`section[data-scheme="${trainingId}"]`);
  await card.getByLabel("Description of the proposal").fill("Training for 20 QC staff");
  await card.getByLabel(/^Documents/).setInputFiles(pdf("plan.pdf"));
  await card.getByRole("button", { name: "Apply" }).click();
  await card.getByTestId("application-state").getByText("Submitted, awaiting review").waitFor();

  // The organiser asks; the question (with markup in it) reaches the firm as text.
  const o = await as("org@example.com");
  await o.page.goto(`${server.url}/admin/schemes/${trainingId}`);
  await hydrated(o.page);
  const question = "Please add the trainer's <b>CV</b>.";
  await o.page.getByLabel("The organisers ask for more information").fill(question);
  await o.page.getByRole("button", { name: "Ask for more information" }).click();
  await o.page.getByTestId("application-state").getByText("More information requested").waitFor();
  await o.page.close();

  const f = await as("s1@example.com");
  await f.page.goto(`${server.url}/my/schemes`);
  await hydrated(f.page);
  card = f.page.locator(`section[data-scheme="${trainingId}"]`);
  await card.getByTestId("application-state").getByText("More information requested").waitFor();
  expect(await card.locator("[data-info-request]").innerText()).toContain(question);
  expect(await f.page.locator("b", { hasText: "CV" }).count()).toBe(0);
  await card.getByLabel("Your answer", { exact: true }).fill("The CV is attached.");
  await card.getByLabel(/^Additional documents/).setInputFiles(pdf("cv.pdf"));
  await card.getByRole("button", { name: "Send answer" }).click();
  await f.page.getByText("Your answer was sent to the organisers.").waitFor();
  await card.getByTestId("application-state").getByText("Submitted, awaiting review").waitFor();
  await card.locator("[data-info-request]").getByText("The CV is attached.").waitFor();
  // The application's document and the answer's: both served to the firm.
  const links = card.locator('a[href^="/files/scheme-documents/"]');
  expect(await links.count()).toBe(2);
  const doc = await f.page.request.get(`${server.url}${await links.nth(1).getAttribute("href")}`);
  expect(doc.status()).toBe(200);
  expect(doc.headers()["content-type"]).toContain("application/pdf");

  // The firm withdraws, then applies again while the scheme is open; the first round stays as history.
  await card.getByRole("button", { name: "Withdraw application" }).click();
  await card.getByTestId("application-state").getByText("Withdrawn").waitFor();
  await card.getByLabel("Description of the proposal").fill("Training for 25 QC staff");
  await card.getByLabel(/^Documents/).setInputFiles(pdf("plan-v2.pdf"));
  await card.getByRole("button", { name: "Apply again" }).click();
  await card.getByTestId("application-state").getByText("Submitted, awaiting review").waitFor();
  await card.getByText("Submission 1 (withdrawn)").click();
  await card.locator('[data-earlier-round="1"]').getByText("The CV is attached.").waitFor();
  expect(await card.getByRole("button", { name: "Apply again" }).count()).toBe(0);
  expect(f.errors).toEqual([]);

  // The organiser sees the new submission, its note, and the first round folded away.
  const o2 = await as("org@example.com");
  await o2.page.goto(`${server.url}/admin/schemes/${trainingId}`);
  const app = o2.page.locator("li[data-application]");
  await app.getByText("Training for 25 QC staff").waitFor();
  await app.getByTestId("application-state").getByText("Submitted, awaiting review").waitFor();
  expect(await app.locator('[data-earlier-round="1"]').count()).toBe(1);
  expect(o2.errors).toEqual([]);
}, 180_000);
