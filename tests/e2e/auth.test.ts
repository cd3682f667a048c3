import path from "node:path";
import { expect, it } from "vitest";
import type { Page } from "playwright-core";
import { ARTIFACTS, watchedPage } from "../helpers/browser";
import { PASSWORD, seedUser } from "../integration/auth/client";
import { appInBrowser } from "./app-in-browser";
import { logIn as logInAt, logOut as logOutAt } from "./fair-helpers";

// In Debian's Chromium: a supplier registers an account and its firm; an organiser verifies
// the firm; the supplier sees the verification.
const app = appInBrowser((db) => seedUser(db, { email: "organiser@example.com", role: "organiser" }));

const logIn = (page: Page, email: string, password: string) => logInAt(page, app.server.url, email, password);
const logOut = (page: Page) => logOutAt(page, app.server.url);

it("registers a supplier firm, and an organiser verifies it", async () => {
  const { page, errors } = await watchedPage(app.browser);

  await page.goto(`${app.server.url}/register`);
  await page.getByLabel("Full name").fill("Nguyễn Văn An");
  await page.getByLabel("Email").fill("an@cokhi-example.vn");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  // Refused with the reason next to the field, and nothing else is lost.
  await page.getByText("The password needs at least 10 characters.").waitFor();
  expect(await page.getByLabel("Email").inputValue()).toBe("an@cokhi-example.vn");
  await page.getByLabel("Password").fill("tam giac vang 2027");
  // Forms validate on submit (app/components/form-validation.ts): leaving the field keeps the
  // message where it is, so the button does not move under the pointer and one click submits.
  await page.getByLabel("Password").blur();
  await page.getByLabel("You are").selectOption("supplier");
  await page.getByLabel("Preferred language").selectOption("en");
  await page.getByRole("button", { name: "Create account" }).click();
  await page.getByText(/your account is ready/).waitFor();

  await logIn(page, "an@cokhi-example.vn", "tam giac vang 2027");
  await page.getByRole("link", { name: "Register an organisation" }).click();
  const form = page.locator("form#register-supplier");
  await form.getByLabel("Firm name (Vietnamese)").fill("Công ty TNHH Cơ khí An Phát");
  await form.getByLabel("Tax code").fill("12345");
  await form.getByRole("button", { name: "Register a supplier firm" }).click();
  await form.getByText("A tax code has 10 or 13 digits.").waitFor();
  await form.getByLabel("Tax code").fill("0109876543");
  await form.getByLabel("Tax code").blur();
  await form.getByRole("button", { name: "Register a supplier firm" }).click();
  await page.getByText(/is registered\. You are its owner\./).waitFor();
  await page.getByText("Not verified yet").waitFor();
  await page.screenshot({ path: path.join(ARTIFACTS, "auth-supplier-registered.png"), fullPage: true });
  await logOut(page);

  await logIn(page, "organiser@example.com", PASSWORD);
  await page.goto(`${app.server.url}/admin`);
  await page.getByLabel("Search name, ref, tax code").fill("0109876543");
  await page.getByRole("button", { name: "Filter" }).click();
  await page.getByRole("link", { name: "S-00001" }).click();
  await page.getByRole("button", { name: "Verify this firm" }).click();
  await page.getByText("S-00001 is verified.").waitFor();
  await page.getByText(/Verified on \d{1,2} \w+ \d{4}/).waitFor();
  await page.screenshot({ path: path.join(ARTIFACTS, "auth-organiser-verified.png"), fullPage: true });
  await logOut(page);

  await logIn(page, "an@cokhi-example.vn", "tam giac vang 2027");
  await page.getByText(/Verified by the organiser on \d{1,2} \w+ \d{4}/).waitFor();
  expect(errors).toEqual([]);
});
