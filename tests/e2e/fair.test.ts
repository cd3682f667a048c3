import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { BrowserContext } from "playwright-core";
import { ARTIFACTS, launchBrowser, watchedPage } from "../helpers/browser";
import { freshDb } from "../helpers/db";
import { startServer, type RunningServer } from "../helpers/server";
import { PASSWORD, seedOrg, seedUser } from "../integration/auth/client";
import {
  acceptRequest,
  agendaLine,
  approve,
  askForMeeting,
  checkInOnLiveView,
  createEvent,
  downloadIcs,
  generateAndPublish,
  logIn,
  logOut,
  recordOutcome,
  registerFirm,
} from "./fair-helpers";
import { closeAll } from "../helpers/teardown";

// In Debian's Chromium: an organiser creates an event; a buyer and a supplier register and are
// approved; the buyer asks for a meeting, the supplier accepts; the organiser generates,
// reviews and publishes the schedule. Then the day itself, on the published schedule: both see
// the meeting on their agenda and in their .ics, the organiser checks it in, the buyer records
// the outcome and the report counts it.
//
// Outcomes can only be recorded once a meeting has begun by the server's real clock, so the
// fair is held on a day in the past; nothing before the day itself depends on the date.
const FAIR_DAY = "2025-03-10";
const EVENT_NAME = "Phiên kết nối E2E";
const SECTOR = "Cơ khí chính xác";
let server: RunningServer;
let browser: BrowserContext;
let closeDb: () => Promise<void>;
/** Set by the first test once the schedule is published; the second starts from there. */
let eventId: number | undefined;

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
  // The report groups outcomes by the supplier's sector.
  await t.db.updateTable("supplierProfiles").set({ sector: SECTOR }).execute();
  closeDb = () => t.close();
  [server, browser] = await Promise.all([startServer({ databasePath: t.file }), launchBrowser()]);
}, 300_000);
afterAll(() => closeAll(browser, server, closeDb));

it("runs a fair from the event's creation to the published schedule", async () => {
  const { page, errors } = await watchedPage(browser);
  const base = server.url;

  await logIn(page, base, "organiser@example.com", PASSWORD);
  const id = await createEvent(page, base, { name: EVENT_NAME, day: FAIR_DAY });
  await logOut(page, base);

  for (const who of ["buyer@example.com", "supplier@example.com"]) {
    await logIn(page, base, who, PASSWORD);
    await registerFirm(page, base, id);
    await logOut(page, base);
  }

  await logIn(page, base, "organiser@example.com", PASSWORD);
  await approve(page, base, id, ["Company B-E2E", "Company S-E2E"]);
  await logOut(page, base);

  await logIn(page, base, "buyer@example.com", PASSWORD);
  await askForMeeting(page, base, id, "Company S-E2E", "We need precision turned parts.");
  await logOut(page, base);

  await logIn(page, base, "supplier@example.com", PASSWORD);
  await page.goto(`${base}/my/events/${id}`);
  await page.getByText("“We need precision turned parts.”").waitFor();
  await acceptRequest(page, base, id, "Company B-E2E");
  await logOut(page, base);

  await logIn(page, base, "organiser@example.com", PASSWORD);
  await generateAndPublish(page, base, id, "Company B-E2E ↔ Company S-E2E");
  await page.screenshot({ path: path.join(ARTIFACTS, "fair-schedule-published.png"), fullPage: true });
  await logOut(page, base);
  expect(errors).toEqual([]);
  eventId = id;
}, 300_000);

it("holds the published meeting: agendas, .ics, check-in, outcome, report", async () => {
  if (eventId === undefined) throw new Error("needs the schedule published by the first test");
  const id = eventId;
  const { page, errors } = await watchedPage(browser, { consoleErrors: true });
  const base = server.url;

  // Both sides see the same meeting, each with the other party, and the .ics says the same
  // wall time in Hanoi's zone (a UTC server must not shift it by 7 hours).
  const seen = [];
  for (const [who, other] of [
    ["buyer@example.com", "Company S-E2E"],
    ["supplier@example.com", "Company B-E2E"],
  ]) {
    await logIn(page, base, who, PASSWORD);
    const line = await agendaLine(page, base, id, EVENT_NAME, other);
    const ics = await downloadIcs(page);
    const stamp = `${line.date.replaceAll("-", "")}T${line.time.replace(":", "")}00`;
    expect(ics).toContain(`DTSTART;TZID=Asia/Ho_Chi_Minh:${stamp}`);
    expect(ics).toContain(`SUMMARY:Meeting with ${other}`);
    expect(ics).toContain("TZOFFSETTO:+0700");
    seen.push(line);
    await logOut(page, base);
  }
  // A lone meeting goes to the day's first slot (09:00 with the form's defaults), first table,
  // named in the reader's language: the organiser's "Bàn 1" reads "Table 1" on English pages.
  expect(seen[0]).toEqual({ date: FAIR_DAY, time: "09:00", table: "Table 1" });
  expect(seen[1]).toEqual(seen[0]);
  const { date, time } = seen[0];

  // The organiser's live view as at the slot's start shows the meeting as running now.
  await logIn(page, base, "organiser@example.com", PASSWORD);
  const slotStart = new Date(`${date}T${time}:00+07:00`);
  await checkInOnLiveView(page, base, id, slotStart, time, "Company B-E2E ↔ Company S-E2E");
  await logOut(page, base);

  await logIn(page, base, "buyer@example.com", PASSWORD);
  await recordOutcome(
    page,
    base,
    id,
    EVENT_NAME,
    "Company S-E2E",
    "Quotation requested",
    "Quote for 5,000 turned shafts.",
  );
  await logOut(page, base);

  await logIn(page, base, "organiser@example.com", PASSWORD);
  await page.goto(`${base}/admin/events/${id}/report`);
  const figure = (name: string) => page.locator(`dd[data-figure="${name}"]`).innerText();
  expect(await figure("Scheduled")).toBe("1");
  expect(await figure("Held")).toBe("1");
  expect(await figure("No-shows")).toBe("0");
  expect(await figure("With at least one meeting")).toBe("1");
  const outcomes = page.getByRole("table").filter({ hasText: "Quotation requested" });
  const heads = await outcomes.locator("thead th").allInnerTexts();
  const counts = await outcomes.getByRole("row").filter({ hasText: SECTOR }).locator("td").allInnerTexts();
  expect(Object.fromEntries(heads.slice(1).map((h, i) => [h, counts[i]]))).toEqual({
    "No further contact": "0",
    "Samples requested": "0",
    "Quotation requested": "1",
    Negotiation: "0",
    "Order placed": "0",
  });
  await page.screenshot({ path: path.join(ARTIFACTS, "fair-report.png"), fullPage: true });
  expect(errors).toEqual([]);
}, 300_000);
