import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { BrowserContext } from "playwright-core";
import { ARTIFACTS, launchBrowser } from "../helpers/browser";
import { freshDb } from "../helpers/db";
import { startServer, type RunningServer } from "../helpers/server";
import { PASSWORD, seedOrg, seedUser } from "../integration/auth/client";
import {
  acceptRequest,
  approve,
  askForMeeting,
  createEvent,
  generateAndPublish,
  logIn,
  logOut,
  registerFirm,
} from "./fair-helpers";

// In Debian's Chromium: an organiser creates an event; a buyer and a supplier register and are
// approved; the buyer asks for a meeting, the supplier accepts; the organiser generates,
// reviews and publishes the schedule.
let server: RunningServer;
let browser: BrowserContext;
let closeDb: () => Promise<void>;

beforeAll(async () => {
  const t = await freshDb();
  await seedUser(t.db, { email: "organiser@example.com", role: "organiser" });
  await seedUser(t.db, {
    email: "buyer@example.com",
    role: "buyer",
    orgId: await seedOrg(t.db, { ref: "B-E2E", kind: "buyer" }),
  });
  await seedUser(t.db, {
    email: "supplier@example.com",
    role: "supplier",
    orgId: await seedOrg(t.db, { ref: "S-E2E", kind: "supplier" }),
  });
  closeDb = () => t.close();
  [server, browser] = await Promise.all([startServer({ databasePath: t.file }), launchBrowser()]);
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await closeDb?.();
});

it("runs a fair from the event's creation to the published schedule", async () => {
  const page = await browser.newPage();
  page.setDefaultTimeout(8000);
  await page.setExtraHTTPHeaders({ "Accept-Language": "en" });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  const base = server.url;

  await logIn(page, base, "organiser@example.com", PASSWORD);
  const eventId = await createEvent(page, base, { name: "Phiên kết nối E2E", day: "2027-03-10" });
  await logOut(page, base);

  for (const who of ["buyer@example.com", "supplier@example.com"]) {
    await logIn(page, base, who, PASSWORD);
    await registerFirm(page, base, eventId);
    await logOut(page, base);
  }

  await logIn(page, base, "organiser@example.com", PASSWORD);
  await approve(page, base, eventId, ["Company B-E2E", "Company S-E2E"]);
  await logOut(page, base);

  await logIn(page, base, "buyer@example.com", PASSWORD);
  await askForMeeting(page, base, eventId, "Company S-E2E", "We need precision turned parts.");
  await logOut(page, base);

  await logIn(page, base, "supplier@example.com", PASSWORD);
  await page.goto(`${base}/my/events/${eventId}`);
  await page.getByText("“We need precision turned parts.”").waitFor();
  await acceptRequest(page, base, eventId, "Company B-E2E");
  await logOut(page, base);

  await logIn(page, base, "organiser@example.com", PASSWORD);
  await generateAndPublish(page, base, eventId, "B-E2E ↔ S-E2E");
  await page.screenshot({ path: path.join(ARTIFACTS, "fair-schedule-published.png"), fullPage: true });
  expect(errors).toEqual([]);
}, 60_000);
