import http from "node:http";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { launchBrowser, PAGE_TIMEOUT } from "../helpers/browser";
import { freshDb } from "../helpers/db";
import { startServer, type RunningServer } from "../helpers/server";
import { PASSWORD, seedUser } from "../integration/auth/client";
import type { OpenDb } from "../../db/connection";

// Finding 3 in Debian's Chromium: a page on another port of the same host (same-site, so the
// browser sends the SameSite=Lax session cookie along) auto-submits forms to the portal while
// the organiser is logged in. Nothing may change; the portal's own forms keep working.
let server: RunningServer;
let browser: BrowserContext;
let attacker: http.Server;
let attackerUrl: string;
let t: OpenDb & { file: string };
let victimId: number;

function attackerPage(action: string, fields: Record<string, string>) {
  const inputs = Object.entries(fields)
    .map(([k, v]) => `<input type="hidden" name="${k}" value="${v}">`)
    .join("");
  return `<!doctype html><html><body><form id="f" method="post" action="${action}">${inputs}</form>
<script>document.getElementById("f").submit()</script></body></html>`;
}

beforeAll(async () => {
  t = await freshDb();
  await seedUser(t.db, { email: "organiser@example.com", role: "organiser" });
  victimId = await seedUser(t.db, { email: "victim@example.com", role: "buyer" });
  [server, browser] = await Promise.all([startServer({ databasePath: t.file }), launchBrowser()]);
  const forms: Record<string, string> = {
    "/page": attackerPage(`${server.url}/admin/users`, { intent: "suspend", userId: String(victimId) }),
    "/data": attackerPage(`${server.url}/admin/users?_data=routes%2Fadmin.users`, {
      intent: "suspend",
      userId: String(victimId),
    }),
    "/logout": attackerPage(`${server.url}/logout`, { intent: "everywhere" }),
  };
  attacker = http.createServer((req, res) => {
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.end(forms[req.url ?? ""] ?? "no such page");
  });
  await new Promise<void>((resolve) => attacker.listen(0, "127.0.0.1", resolve));
  attackerUrl = `http://127.0.0.1:${(attacker.address() as { port: number }).port}`;
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await new Promise((r) => attacker?.close(r));
  await t?.close();
});

const status = async () =>
  (await t.db.selectFrom("users").where("id", "=", victimId).select("status").executeTakeFirstOrThrow())
    .status;

async function logIn(page: Page) {
  await page.goto(`${server.url}/login`);
  await page.getByLabel("Email").fill("organiser@example.com");
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Log in" }).click();
  await page.waitForURL(/\/(my|admin)/);
}

it("a cross-origin auto-submitted form (page action, ?_data=, /logout) changes nothing", async () => {
  const page = await browser.newPage();
  page.setDefaultTimeout(PAGE_TIMEOUT);
  await page.setExtraHTTPHeaders({ "Accept-Language": "en" });
  await logIn(page);

  for (const path of ["/page", "/data", "/logout"]) {
    const answered = page.waitForResponse(
      (r) => r.url().startsWith(server.url) && r.request().method() === "POST",
    );
    await page.goto(`${attackerUrl}${path}`);
    const res = await answered;
    // The attack was real: the browser sent the organiser's cookie with it.
    expect((await res.request().allHeaders()).cookie ?? "", path).toContain("__session=");
    expect(res.status(), path).toBe(403);
    if (path !== "/data") await page.getByText("sent from another website").waitFor();
    expect(await status(), path).toBe("active");
  }

  // Still logged in (the forged logout did nothing), and the portal's own form does work.
  await page.goto(`${server.url}/admin/users`);
  await page.getByRole("button", { name: "Suspend: victim@example.com" }).click();
  await expect.poll(status, { timeout: PAGE_TIMEOUT }).toBe("suspended");
});
