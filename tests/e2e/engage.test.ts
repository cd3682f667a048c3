import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { ARTIFACTS, launchBrowser, PAGE_TIMEOUT } from "../helpers/browser";
import { freshDb } from "../helpers/db";
import { startServer, type RunningServer } from "../helpers/server";
import { PASSWORD } from "../integration/auth/client";
import { verifiedPairAtEvent } from "../integration/events/fixture";
import { acceptRequest, logIn } from "./fair-helpers";
import { closeAll } from "../helpers/teardown";

// Issue 14's "Done when", in Chromium, each role in its own browser profile, through the pages:
// 1. the buyer finds a supplier by search, shortlists it and asks it for a meeting from its
//    profile; the supplier sees it on its dashboard and in its notifications and accepts; both
//    see the meeting in their agendas (time to be set until the organisers publish);
// 2. the supplier says it is interested in the buyer's sourcing request (an opportunity), and
//    the buyer sees it among the request's ranked matches;
// 3. the buyer writes to the supplier about that request, the supplier replies; each sees the
//    unread count on the dashboard and the messages list, and it drops once read.
// The fair, the request and the firms are seeded (their creation has its own tests).
let server: RunningServer;
// Two browsers: one persistent profile each, so the buyer and the supplier keep their own cookies.
let browser: BrowserContext;
let browser2: BrowserContext;
let buyer: Page;
let sup: Page;
let closeDb: () => Promise<void>;
let eventId = 0;
const SUPPLIER = "Hanoi Precision Moulding";
const BUYER = "Company B-1";
const REQUEST = "PA66 housings for meters";

beforeAll(async () => {
  const t = await freshDb();
  const pair = await verifiedPairAtEvent(t.db, SUPPLIER, { nameEn: "Engage fair", days: ["2030-03-10"] });
  eventId = pair.eventId;
  // What matching needs to rank the supplier for the request: a process both name.
  await t.db
    .insertInto("capabilityTerms")
    .values({ orgId: pair.supplier, kind: "process", text: "ép nhựa", conceptId: "injection-moulding" })
    .execute();
  const r = await t.db
    .insertInto("sourcingRequests")
    .values({ ref: "R-1", buyerOrgId: pair.buyer, titleEn: REQUEST, titleVi: REQUEST })
    .returning("id")
    .executeTakeFirstOrThrow();
  await t.db
    .insertInto("requestTerms")
    .values({ requestId: r.id, kind: "process", text: "injection moulding", conceptId: "injection-moulding" })
    .execute();
  closeDb = () => t.close();
  [server, browser, browser2] = await Promise.all([
    startServer({ databasePath: t.file }),
    launchBrowser(),
    launchBrowser(),
  ]);
  buyer = await browser.newPage();
  sup = await browser2.newPage();
  await logIn(buyer, server.url, "buyer@example.com", PASSWORD);
  await logIn(sup, server.url, "sup@example.com", PASSWORD);
}, 300_000);
afterAll(() => closeAll(buyer, sup, browser, browser2, server, closeDb));

async function shot(page: Page, name: string) {
  await page.screenshot({ path: path.join(ARTIFACTS, `engage-${name}.png`), fullPage: true });
}

/** Runs a step; on failure keeps both sides' screens for the artefacts. */
async function step(name: string, body: () => Promise<void>) {
  try {
    await body();
  } catch (e) {
    await shot(buyer, `${name}-buyer-failure`).catch(() => {});
    await shot(sup, `${name}-supplier-failure`).catch(() => {});
    throw e;
  }
}

/** Opens a page and waits until the app is hydrated and the network is quiet. */
const open = (page: Page, url: string) => page.goto(`${server.url}${url}`, { waitUntil: "networkidle" });

/** The number a "what needs you now" entry of /my shows, 0 when the entry is absent. */
async function need(page: Page, key: string) {
  await open(page, "/my");
  await page.locator("#needs-now").waitFor();
  const el = page.locator(`[data-need="${key}"]`);
  if ((await el.count()) === 0) return 0;
  return Number((await el.locator("span").first().innerText()).trim());
}

it(
  "buyer: search → shortlist → meeting request from the profile; supplier: dashboard, notification, accepts; both agendas",
  () =>
    step("meeting", async () => {
      // The public event page lists both firms, each linking to its profile.
      await open(buyer, `/events/${eventId}`);
      await buyer.getByRole("heading", { name: "Programme" }).waitFor();
      expect(await buyer.getByRole("link", { name: SUPPLIER }).getAttribute("href")).toBe("/suppliers/S-1");
      expect(await buyer.getByRole("link", { name: BUYER }).getAttribute("href")).toBe("/buyers/B-1");

      // Search, then the profile.
      await open(buyer, `/suppliers?q=${encodeURIComponent("Precision Moulding")}`);
      await buyer.getByRole("link", { name: SUPPLIER }).first().click();
      await buyer.waitForURL(/\/suppliers\/S-1(\?|$)/);
      await buyer.waitForLoadState("networkidle");

      await buyer.getByRole("button", { name: `Add to shortlist: ${SUPPLIER}` }).click();
      await buyer.getByText("Added to “My shortlist”.").waitFor();

      await buyer.getByLabel(`Why you want to meet (short) (${SUPPLIER})`).fill("PA66 housings");
      await buyer.getByRole("button", { name: `Request a meeting at Engage fair: ${SUPPLIER}` }).click();
      await buyer.getByText("Meeting request sent.").waitFor();
      await shot(buyer, "profile");

      // The shortlist holds the supplier.
      await open(buyer, "/my/shortlists");
      await buyer.getByRole("link", { name: SUPPLIER }).first().waitFor();

      // The supplier: the dashboard says one request waits, the notification says who asks.
      expect(await need(sup, "pending")).toBe(1);
      expect(await need(sup, "notifications")).toBeGreaterThan(0);
      await shot(sup, "dashboard");
      await sup.locator('[data-need="pending"]').click();
      await sup.waitForURL(/\/my\/events$/);
      await open(sup, "/my/notifications");
      await sup.getByText(`${BUYER} asks to meet you at Engage fair`).click();
      await sup.waitForURL(new RegExp(`/my/events/${eventId}$`));
      await acceptRequest(sup, server.url, eventId, BUYER);
      expect(await need(sup, "pending")).toBe(0);

      // Both see the accepted meeting in their agendas, and at the fair, from the account's menu.
      for (const [page, other, ref] of [
        [buyer, SUPPLIER, "S-1"],
        [sup, BUYER, "B-1"],
      ] as const) {
        await open(page, "/my");
        await page.locator("aside").getByRole("link", { name: "My agenda" }).click();
        await page.waitForURL(/\/my\/agenda$/);
        await page.locator(`[data-awaiting="${ref}"]`).getByRole("link", { name: other }).waitFor();
        await page.getByRole("heading", { name: "Agreed meetings, time to be set" }).waitFor();
        await page.locator("aside").getByRole("link", { name: "Fairs and matching sessions" }).click();
        await page.waitForURL(/\/my\/events$/);
        await page.getByRole("link", { name: "Engage fair" }).click();
        await page.waitForURL(new RegExp(`/my/events/${eventId}$`));
        await page
          .locator("li, tr")
          .filter({ hasText: other })
          .filter({ hasText: /accepted/i })
          .first()
          .waitFor();
      }
      await shot(buyer, "agenda");
      await open(buyer, "/my/notifications");
      await buyer.getByText(`${SUPPLIER} accepted a meeting at Engage fair`).waitFor();
    }),
  PAGE_TIMEOUT * 4,
);

it(
  "supplier: expresses interest in an opportunity; buyer: sees it among the request's matches",
  () =>
    step("interest", async () => {
      await open(sup, "/requests/R-1");
      await sup.getByRole("heading", { name: REQUEST }).first().waitFor();
      await sup.getByLabel("A note for the buyer (optional)").fill("We mould PA66 GF30");
      await sup.getByRole("button", { name: "We are interested" }).click();
      await sup.getByText("The buyer has been told that your firm is interested.").waitFor();
      await sup.getByText("Your firm has expressed interest in this request.").waitFor();

      await open(buyer, "/my/notifications");
      await buyer.getByText(`${SUPPLIER} is interested in your request “${REQUEST}”`).click();
      await buyer.waitForURL(/\/my\/requests\/R-1$/);
      await buyer.waitForLoadState("networkidle");
      const interested = buyer.locator('section[aria-labelledby="interested-h"]');
      await interested.getByRole("heading", { name: "Interested suppliers (1)" }).waitFor();
      await interested.getByText("We mould PA66 GF30").waitFor();
      // The ranked match card carries the mark.
      const card = buyer.locator("ol > li").filter({ has: buyer.getByRole("link", { name: SUPPLIER }) });
      await card.getByText("✓ Expressed interest").waitFor();
      await shot(buyer, "matches");
    }),
  PAGE_TIMEOUT * 3,
);

it(
  "buyer: messages the supplier about the request; supplier: replies; both see unread counts drop once read",
  () =>
    step("messages", async () => {
      expect(await need(sup, "unread")).toBe(0);
      await open(buyer, "/my/requests/R-1");
      await buyer
        .locator('section[aria-labelledby="interested-h"]')
        .getByRole("link", { name: "Send a message" })
        .click();
      await buyer.waitForURL(/\/my\/messages\/new\?/);
      await buyer.waitForLoadState("networkidle");
      await buyer.getByText("About request R-1").waitFor();
      await buyer.getByLabel("Message").fill("Can you mould glass-filled PA66?");
      await buyer.getByRole("button", { name: "Send", exact: true }).click();
      await buyer.waitForURL(/\/my\/messages\/\d+$/);
      const thread = new URL(buyer.url()).pathname;

      // The supplier: one unread on the dashboard and on the thread's row; none once read.
      expect(await need(sup, "unread")).toBe(1);
      await sup.locator('[data-need="unread"]').click();
      await sup.waitForURL(/\/my\/messages$/);
      const row = sup.locator(`a[href="${thread}"]`);
      await sup.locator('[data-thread-unread="1"]').waitFor();
      await shot(sup, "inbox");
      await row.click();
      await sup.waitForURL((u) => u.pathname === thread);
      await sup.getByText("Can you mould glass-filled PA66?").waitFor();
      await sup.waitForLoadState("networkidle");
      await sup.getByLabel("Reply").fill("Yes, up to 30 % glass.");
      await sup.getByRole("button", { name: "Send", exact: true }).click();
      await sup.getByText("Yes, up to 30 % glass.").waitFor();
      await open(sup, "/my/messages");
      expect(await sup.locator("[data-thread-unread]").count()).toBe(0);
      expect(await need(sup, "unread")).toBe(0);

      // The buyer: the reply is unread until opened.
      expect(await need(buyer, "unread")).toBe(1);
      await open(buyer, "/my/messages");
      await buyer.locator('[data-thread-unread="1"]').waitFor();
      await open(buyer, thread);
      await buyer.getByText("Yes, up to 30 % glass.").waitFor();
      await shot(buyer, "thread");
      expect(await need(buyer, "unread")).toBe(0);

      // Notifications: the bell counts them; "mark all read" empties it.
      await open(sup, "/my/notifications");
      expect(Number(await sup.locator("a[data-unread]").first().getAttribute("data-unread"))).toBeGreaterThan(
        0,
      );
      await sup.getByRole("button", { name: "Mark all read" }).click();
      await sup.getByText("Saved.").waitFor();
      await sup.waitForLoadState("networkidle");
      expect(await sup.locator("a[data-unread]").first().getAttribute("data-unread")).toBe("0");
      expect(await sup.locator('li[data-unread="1"]').count()).toBe(0);
    }),
  PAGE_TIMEOUT * 4,
);
