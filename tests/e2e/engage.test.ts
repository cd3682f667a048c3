import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { BrowserContext, Page } from "playwright-core";
import { ARTIFACTS, launchBrowser, PAGE_TIMEOUT } from "../helpers/browser";
import { freshDb } from "../helpers/db";
import { startServer, type RunningServer } from "../helpers/server";
import { PASSWORD, seedOrg, seedUser } from "../integration/auth/client";
import { createEvent } from "../../db/queries/events";
import { registerParticipant, setParticipantStatus } from "../../db/queries/events-participants";
import { BASE } from "../integration/events/fixture";
import { acceptRequest, logIn } from "./fair-helpers";

// Issue 14's "Done when", in Chromium: a buyer finds a supplier by search, shortlists it and
// asks it for a meeting from its profile; the supplier is told in its notifications and accepts;
// both see the meeting at the fair and the fair's public page lists both firms; then the buyer
// writes to the supplier and the supplier replies. The fair is seeded (its creation has its
// own test, tests/e2e/fair.test.ts); everything after is done through the pages.
let server: RunningServer;
// Two browsers: one persistent profile each, so the buyer and the supplier keep their own cookies.
let browser: BrowserContext;
let browser2: BrowserContext;
let closeDb: () => Promise<void>;
let eventId = 0;
const SUPPLIER = "Hanoi Precision Moulding";
const BUYER = "Company B-1";

beforeAll(async () => {
  const t = await freshDb();
  const now = new Date().toISOString();
  const sup = await seedOrg(t.db, { ref: "S-1", kind: "supplier", taxCode: "0100000001" });
  const buyer = await seedOrg(t.db, { ref: "B-1", kind: "buyer" });
  await t.db.updateTable("organisations").set({ nameEn: SUPPLIER, nameVi: SUPPLIER }).where("id", "=", sup).execute();
  await t.db.updateTable("organisations").set({ verifiedAt: now }).where("id", "in", [sup, buyer]).execute();
  await seedUser(t.db, { email: "sup@example.com", role: "supplier", orgId: sup });
  await seedUser(t.db, { email: "buyer@example.com", role: "buyer", orgId: buyer });
  await t.db.updateTable("users").set({ emailVerifiedAt: now }).execute();
  eventId = await createEvent(t.db, { ...BASE, nameEn: "Engage fair", days: ["2030-03-10"] }, null);
  for (const org of [sup, buyer]) {
    const p = await registerParticipant(t.db, { eventId, orgId: org, userId: null, note: null });
    await setParticipantStatus(t.db, p, "approved", null);
  }
  closeDb = () => t.close();
  [server, browser, browser2] = await Promise.all([
    startServer({ databasePath: t.file }),
    launchBrowser(),
    launchBrowser(),
  ]);
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await browser2?.close();
  await server?.stop();
  await closeDb?.();
});

async function shot(page: Page, name: string) {
  await page.screenshot({ path: path.join(ARTIFACTS, `engage-${name}.png`), fullPage: true });
}

it(
  "buyer: search → shortlist → meeting request → supplier accepts → both see it; a message and its reply",
  async () => {
    const buyer = await browser.newPage();
    const sup = await browser2.newPage();
    try {
      const base = server.url;
      await logIn(buyer, base, "buyer@example.com", PASSWORD);
      await logIn(sup, base, "sup@example.com", PASSWORD);

      // The public event page lists both firms, each linking to its profile.
      await buyer.goto(`${base}/events/${eventId}`);
      await buyer.getByRole("heading", { name: "Programme" }).waitFor();
      const listed = buyer.getByRole("link", { name: SUPPLIER });
      expect(await listed.getAttribute("href")).toBe("/suppliers/S-1");
      expect(await buyer.getByRole("link", { name: BUYER }).getAttribute("href")).toBe("/buyers/B-1");

      // Search, then the profile.
      await buyer.goto(`${base}/suppliers?q=${encodeURIComponent("Precision Moulding")}`);
      await buyer.getByRole("link", { name: SUPPLIER }).first().click();
      await buyer.waitForURL(/\/suppliers\/S-1(\?|$)/);

      await buyer.getByRole("button", { name: `Add to shortlist: ${SUPPLIER}` }).click();
      await buyer.getByText("Added to “My shortlist”.").waitFor();

      await buyer.getByLabel(`Why you want to meet (short) (${SUPPLIER})`).fill("PA66 housings");
      await buyer.getByRole("button", { name: `Request a meeting at Engage fair: ${SUPPLIER}` }).click();
      await buyer.getByText("Meeting request sent.").waitFor();
      await shot(buyer, "profile");

      // The shortlist holds the supplier.
      await buyer.goto(`${base}/my/shortlists`);
      await buyer.getByRole("link", { name: SUPPLIER }).first().waitFor();

      // The supplier: dashboard count, notification, acceptance.
      await sup.goto(`${base}/my`);
      await sup.locator('[data-need="notifications"]').waitFor();
      await sup.goto(`${base}/my/notifications`);
      await sup.getByText(`${BUYER} asks to meet you at Engage fair`).waitFor();
      await acceptRequest(sup, base, eventId, BUYER);

      // Both see the accepted meeting in their fair, reached from the account's "Fairs".
      for (const [page, other] of [
        [buyer, SUPPLIER],
        [sup, BUYER],
      ] as const) {
        await page.goto(`${base}/my`);
        await page.locator("aside").getByRole("link", { name: "Fairs and matching sessions" }).click();
        await page.waitForURL(/\/my\/events$/);
        await page.getByRole("link", { name: "Engage fair" }).click();
        await page.waitForURL(new RegExp(`/my/events/${eventId}$`));
        const row = page.locator("li, tr").filter({ hasText: other }).filter({ hasText: /accepted/i });
        await row.first().waitFor();
      }
      await buyer.goto(`${base}/my/notifications`);
      await buyer.getByText(`${SUPPLIER} accepted a meeting at Engage fair`).waitFor();

      // A message from the profile, and the reply.
      await buyer.goto(`${base}/suppliers/S-1`);
      await buyer.getByRole("link", { name: "Send a message" }).click();
      await buyer.getByLabel("Message").fill("Can you mould glass-filled PA66?");
      await buyer.getByRole("button", { name: "Send", exact: true }).click();
      await buyer.waitForURL(/\/my\/messages\/\d+$/);
      const thread = buyer.url();

      await sup.goto(`${base}/my/messages`);
      await sup.locator('[data-thread-unread="1"]').waitFor();
      await sup.goto(thread);
      await sup.getByText("Can you mould glass-filled PA66?").waitFor();
      await sup.getByLabel("Reply").fill("Yes, up to 30 % glass.");
      await sup.getByRole("button", { name: "Send", exact: true }).click();
      await sup.getByText("Yes, up to 30 % glass.").waitFor();

      await buyer.goto(`${base}/my/messages`);
      await buyer.locator('[data-thread-unread="1"]').waitFor();
      await buyer.goto(thread);
      await buyer.getByText("Yes, up to 30 % glass.").waitFor();
      await shot(buyer, "thread");
    } catch (e) {
      await shot(buyer, "buyer-failure").catch(() => {});
      await shot(sup, "supplier-failure").catch(() => {});
      throw e;
    } finally {
      await buyer.close();
      await sup.close();
    }
  },
  PAGE_TIMEOUT * 4,
);
