import path from "node:path";
import { expect, it } from "vitest";
import { ARTIFACTS, watchedPage } from "../helpers/browser";
import { Client, PASSWORD, seedUser } from "../integration/auth/client";
import { appInBrowser } from "./app-in-browser";

// In Chromium at phone width: the sessions list on /my/account, and logging out another device.
const IPHONE =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";

const app = appInBrowser((db) => seedUser(db, { email: "two-devices@example.com", role: "buyer" }));

it("lists this device and a phone at 390 px, and logs the phone out", async () => {
  const phone = new Client(app.server.url);
  await phone.request("/login", {
    form: { email: "two-devices@example.com", password: PASSWORD },
    headers: { "User-Agent": IPHONE },
  });
  expect((await phone.get("/my")).status).toBe(200);

  const { page, errors } = await watchedPage(app.browser, { viewport: { width: 390, height: 844 } });
  await page.goto(`${app.server.url}/login`);
  await page.getByLabel("Email").fill("two-devices@example.com");
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Log in" }).click();
  await page.waitForURL(/\/my$/);
  await page.goto(`${app.server.url}/my/account`);
  // The list of sessions: the one that names this device.
  const list = page.locator("ul", { has: page.getByText("This device", { exact: true }) });
  await list.getByText("This device", { exact: true }).waitFor();
  await list.getByText("Safari on iPhone").waitFor();
  await list.getByText("Chrome on Linux").waitFor();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: path.join(ARTIFACTS, "account-sessions-390.png"), fullPage: true });

  await page.getByRole("button", { name: "Log out this device: Safari on iPhone" }).click();
  await page.getByText("That device has been logged out.").waitFor();
  await list.getByText("Safari on iPhone").waitFor({ state: "detached" });
  expect((await phone.get("/my")).status).toBe(302);
  await list.getByText("This device", { exact: true }).waitFor();
  expect(errors).toEqual([]);
});
