import fs from "node:fs";
import type { Page } from "playwright-core";
import { expect } from "vitest";

// Steps of the fair's browser tests (tests/e2e/fair.test.ts): the run-up to the published
// schedule, then the day and its outcomes. Each step starts from a URL, so tests read as a story.

export async function logIn(page: Page, base: string, email: string, password: string) {
  await page.goto(`${base}/login`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Log in" }).click();
  await page.waitForURL(/\/my$/);
}

export async function logOut(page: Page, base: string) {
  await page.goto(`${base}/my`);
  await page.locator("aside").getByRole("button", { name: "Log out" }).click();
  await page.getByText("You have logged out.").waitFor();
}

/** As an organiser: creates an open one-day event with the form's defaults; returns its id. */
export async function createEvent(
  page: Page,
  base: string,
  o: { name: string; day: string },
): Promise<number> {
  await page.goto(`${base}/admin/events`);
  await page.getByRole("link", { name: "New event" }).click();
  await page.getByLabel("Name (Vietnamese)").fill(o.name);
  await page.getByLabel("Status").selectOption("open");
  await page.getByLabel("Days (YYYY-MM-DD, comma-separated)").fill(o.day);
  await page.getByRole("button", { name: "Create event" }).click();
  await page.getByText("Event created and its slots generated.").waitFor();
  const m = /\/admin\/events\/(\d+)$/.exec(page.url());
  if (!m) throw new Error(`not on the event page: ${page.url()}`);
  return Number(m[1]);
}

/** As a member of a buyer or supplier firm: registers the firm on the public event page. */
export async function registerFirm(page: Page, base: string, eventId: number) {
  await page.goto(`${base}/events/${eventId}`);
  await page.getByRole("button", { name: "Register my organisation" }).click();
  await page.getByText("Registration sent. The organisers will approve it.").waitFor();
}

/** As an organiser: approves the named firms' registrations. */
export async function approve(page: Page, base: string, eventId: number, names: string[]) {
  for (const name of names) {
    await page.goto(`${base}/admin/events/${eventId}`);
    await page.getByRole("button", { name: `Approve: ${name}` }).click();
    await page.getByText("Registration approved.").waitFor();
  }
}

/** As a participant: asks the named participant for a meeting, with a reason. */
export async function askForMeeting(page: Page, base: string, eventId: number, name: string, why: string) {
  await page.goto(`${base}/my/events/${eventId}`);
  await page.getByLabel(`Why you want to meet (short) (${name})`).fill(why);
  await page.getByRole("button", { name: `Ask for a meeting: ${name}` }).click();
  await page.getByText("Meeting request sent.").waitFor();
}

/** As a participant: accepts the named participant's pending request. */
export async function acceptRequest(page: Page, base: string, eventId: number, name: string) {
  await page.goto(`${base}/my/events/${eventId}`);
  await page.getByRole("button", { name: `Accept: ${name}` }).click();
  await page.getByText("Meeting accepted.").waitFor();
}

/** As an organiser: generates the draft, checks the grid shows `pair`, and publishes it. */
export async function generateAndPublish(page: Page, base: string, eventId: number, pair: string) {
  await page.goto(`${base}/admin/events/${eventId}/schedule`);
  await page.getByRole("button", { name: "Generate draft" }).click();
  await page.getByText(/meetings placed; 0 unscheduled\. Proven the best possible plan\./).waitFor();
  // The page keeps the run's distance from the bound beside the plan's figures.
  await page
    .getByText(/Last generated plan: weight \d+ of at most \d+\. Proven the best possible plan\./)
    .waitFor();
  await page
    .getByRole("table", { name: "Schedule by slot and table" })
    .getByRole("link", { name: pair })
    .waitFor();
  // Publishing is a second step (issue 13): open it, read what it does, confirm.
  await page.locator("summary", { hasText: "Publish" }).click();
  await page.getByText(/^Publish version \d+ with \d+ meetings\? Every participant is mailed/).waitFor();
  await page.getByRole("button", { name: /^Yes, publish version \d+$/ }).click();
  await page.getByText(/Version 1 published with \d+ meetings\./).waitFor();
  await page.getByText("Published version 1 is current").waitFor();
}

export interface AgendaLine {
  date: string;
  time: string;
  table: string;
}

/** As a participant: finds the meeting with `counterpart` on /my/agenda; returns when and where. */
export async function agendaLine(
  page: Page,
  base: string,
  eventId: number,
  eventName: string,
  counterpart: string,
): Promise<AgendaLine> {
  await page.goto(`${base}/my/agenda?event=${eventId}`);
  const row = meetingRow(page, eventName, counterpart);
  const [when, table] = await Promise.all([
    row.getByRole("cell").nth(0).locator("time").first().getAttribute("datetime"),
    row.getByRole("cell").nth(1).innerText(),
  ]);
  // The page says the date in the reader's words; its <time> holds the Hanoi wall clock with the
  // offset ("2027-03-10T08:30:00+07:00"), the same instant the .ics must carry.
  expect(when).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?\+07:00$/);
  return { date: when!.slice(0, 10), time: when!.slice(11, 16), table: table.trim() };
}

/** The agenda's row for the meeting with `counterpart` (the row links to their profile). */
export function meetingRow(page: Page, eventName: string, counterpart: string) {
  return page
    .getByRole("region", { name: eventName })
    .getByRole("row")
    .filter({ has: page.getByRole("link", { name: counterpart, exact: true }) });
}

/** On /my/agenda: downloads the .ics through the page's link; returns the file's text. */
export async function downloadIcs(page: Page): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download calendar (.ics)" }).click(),
  ]);
  const file = await download.path();
  return fs.readFileSync(file, "utf8");
}

/**
 * As an organiser: opens the live view as at `at` (the slot's start), where the slot runs as
 * "Now", and checks the meeting of `pair` ("A ↔ B") in with the button.
 */
export async function checkInOnLiveView(
  page: Page,
  base: string,
  eventId: number,
  at: Date,
  slotTime: string,
  pair: string,
) {
  await page.goto(`${base}/admin/events/${eventId}/live?at=${encodeURIComponent(at.toISOString())}`);
  const now = page
    .locator("section")
    .filter({ has: page.getByRole("heading", { name: `Now · ${slotTime}`, exact: true }) });
  const row = now.getByRole("row").filter({ hasText: pair });
  await row.getByRole("button", { name: "Check in" }).click();
  await page.getByText("Recorded.", { exact: true }).waitFor();
  await row.getByRole("cell", { name: "Held", exact: true }).waitFor();
}

/** As a participant: records the outcome of the meeting with `counterpart` on /my/agenda. */
export async function recordOutcome(
  page: Page,
  base: string,
  eventId: number,
  eventName: string,
  counterpart: string,
  outcome: string,
  note: string,
) {
  await page.goto(`${base}/my/agenda?event=${eventId}`);
  const row = meetingRow(page, eventName, counterpart);
  await row.getByLabel("Outcome").selectOption({ label: outcome });
  await row.getByLabel("Note (optional)").fill(note);
  await row.getByRole("button", { name: "Record outcome" }).click();
  await page.getByText("Outcome recorded.").waitFor();
  await row.getByText(`Outcome: ${outcome}`).waitFor();
}
