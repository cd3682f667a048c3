import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { BrowserContext } from "playwright-core";
import { ARTIFACTS, launchBrowser, watchedPage } from "../helpers/browser";
import { freshDb } from "../helpers/db";
import { startServer, type RunningServer } from "../helpers/server";
import { Client, PASSWORD, seedOrg, seedUser } from "../integration/auth/client";
import { FIXTURE_DIR, REQUEST_BUYERS, REQUESTS } from "../../scripts/fixtures/spreadsheets";
import { importDirectory } from "../../app/services/import/run.server";
import { logIn } from "./fair-helpers";
import type { OpenDb } from "../../db/connection";
import { closeAll } from "../helpers/teardown";

// In Debian's Chromium (issue 12): an organiser uploads a workbook whose columns the portal does
// not recognise, maps them with the selects, saves the mapping by name, previews, confirms and
// reads the report; the next file of the same shape gets the saved mapping by itself.
let server: RunningServer;
let browser: BrowserContext;
let t: OpenDb & { file: string };

beforeAll(async () => {
  t = await freshDb();
  await seedUser(t.db, { email: "organiser@example.com", role: "organiser" });
  const buyer = await seedOrg(t.db, { ref: "B-001", kind: "buyer" });
  await seedUser(t.db, { email: "buyer@example.com", role: "buyer", orgId: buyer });
  [server, browser] = await Promise.all([startServer({ databasePath: t.file }), launchBrowser()]);
}, 180_000);
afterAll(() => closeAll(browser, server, t));

const newPage = (language = "en") => watchedPage(browser, { language });

const suppliers = () =>
  t.sqlite.prepare("SELECT ref FROM organisations WHERE kind = 'supplier' ORDER BY ref").pluck().all();

it("upload → mapping → preview → confirm → report, and the saved mapping is reused", async () => {
  const { page, errors } = await newPage();
  await logIn(page, server.url, "organiser@example.com", PASSWORD);
  const file = path.join(FIXTURE_DIR, "hoi-vien-can-mapping.xlsx");

  await page.goto(`${server.url}/admin/import`);
  await page.getByLabel("Directory file (JSON, .xlsx or .csv)").setInputFiles(file);
  await page.getByRole("button", { name: "Preview" }).click();
  await page.waitForURL(/\/admin\/import\/sheet\?token=/).catch(async (e) => {
    await page.screenshot({ path: path.join(ARTIFACTS, "import-sheet-upload.png"), fullPage: true });
    throw new Error(`${e}\n${(await page.locator("main").innerText()).slice(0, 2000)}`);
  });
  await page.getByRole("heading", { name: "Map the spreadsheet's columns" }).waitFor();
  await page.getByText("A column for the firm's name and one for its tax code or ref are needed.").waitFor();
  // The proposal: TT is the row number, "Mặt hàng" products, "Điện thoại" the phone.
  expect(await page.getByLabel("Field for column D (Mặt hàng)").inputValue()).toBe("products");
  await page.getByLabel("Field for column B (Hội viên)").selectOption({ label: "Name (Vietnamese)" });
  await page.getByLabel("Field for column C (Số ĐKKD)").selectOption({ label: "Tax code" });
  await page.getByLabel("Mapping name").fill("Hội viên hiệp hội");
  await page.getByRole("button", { name: "Save mapping" }).click();
  await page.getByText("Mapping saved as “Hội viên hiệp hội”.").waitFor();

  await page.getByLabel("Field for column B (Hội viên)").selectOption({ label: "Name (Vietnamese)" });
  await page.getByLabel("Field for column C (Số ĐKKD)").selectOption({ label: "Tax code" });
  await page.getByRole("button", { name: "Preview" }).click();
  await page.getByRole("heading", { name: "Preview — nothing written yet" }).waitFor();
  const previewRow = page.getByRole("row", { name: /Suppliers/ });
  expect((await previewRow.innerText()).replace(/\s+/g, " ")).toBe("Suppliers 2 0 0 0");
  expect(suppliers()).toEqual([]); // the preview wrote nothing
  await page.getByText("Terms kept as the firms wrote them (not in the taxonomy)").waitFor();
  await page.screenshot({ path: path.join(ARTIFACTS, "import-sheet-preview.png"), fullPage: true });

  await page.getByRole("button", { name: "Confirm and import" }).click();
  await page.getByText(/Import finished in/).waitFor();
  await page.getByText(/Converted to Unicode: 0 TCVN3 cells/).waitFor();
  expect(suppliers()).toEqual(["MST-0101112223", "MST-0101113334"]);

  // The next file of the same shape: the saved mapping applies by itself; all unchanged.
  await page.goto(`${server.url}/admin/import`);
  await page.getByLabel("Directory file (JSON, .xlsx or .csv)").setInputFiles(file);
  await page.getByRole("button", { name: "Preview" }).click();
  await page
    .getByText("The saved mapping “Hội viên hiệp hội” for files of this shape was applied.")
    .waitFor();
  expect(await page.getByLabel("Field for column B (Hội viên)").inputValue()).toBe("nameVi");
  await page.getByRole("button", { name: "Preview" }).click();
  const again = page.getByRole("row", { name: /Suppliers/ });
  await again.waitFor();
  expect((await again.innerText()).replace(/\s+/g, " ")).toBe("Suppliers 0 0 2 0");
  expect(errors).toEqual([]);
  await page.close();

  // The same steps in Vietnamese, chosen as the language switch does (the session is the context's).
  await browser.addCookies([{ name: "lang", value: "vi", url: server.url }]);
  const vi = await newPage("vi");
  await vi.page.goto(`${server.url}/admin/import`);
  await vi.page.locator("#import-file").setInputFiles(file);
  await vi.page.getByRole("button", { name: "Xem trước" }).click();
  await vi.page.getByRole("heading", { name: "Ghép cột bảng tính" }).waitFor();
  expect(await vi.page.getByLabel("Trường cho cột B (Hội viên)").inputValue()).toBe("nameVi");
  expect(vi.errors).toEqual([]);
  await vi.page.close();
}, 240_000);

it("a list of sourcing requests: its kind proposed from the headers, changeable, then imported", async () => {
  await importDirectory(t, REQUEST_BUYERS, { actor: "test" });
  const { page, errors } = await newPage();
  await browser.clearCookies();
  await logIn(page, server.url, "organiser@example.com", PASSWORD);
  await page.goto(`${server.url}/admin/import`);
  await page
    .getByLabel("Directory file (JSON, .xlsx or .csv)")
    .setInputFiles(path.join(FIXTURE_DIR, REQUESTS.file));
  expect(await page.getByLabel("This list holds").inputValue()).toBe("auto");
  await page.getByRole("button", { name: "Preview" }).click();
  await page.getByRole("heading", { name: "Map the spreadsheet's columns" }).waitFor();
  await page.getByText("From its column headers this looks like: Sourcing requests.").waitFor();
  expect(await page.getByLabel("This list holds").inputValue()).toBe("requests");
  expect(await page.getByLabel("Field for column C (Ben mua)").inputValue()).toBe("buyer");
  // The organiser may say otherwise: as a firm list it lacks a name and a tax code.
  await page.getByLabel("This list holds").selectOption("firms");
  await page.getByRole("button", { name: "Change the kind of list" }).click();
  await page.getByText("A column for the firm's name and one for its tax code or ref are needed.").waitFor();
  await page.getByLabel("This list holds").selectOption("requests");
  await page.getByRole("button", { name: "Change the kind of list" }).click();
  await page.waitForURL(/kind=requests/);
  await page
    .getByText("A column for the firm's name and one for its tax code or ref are needed.")
    .waitFor({ state: "detached" });
  expect(await page.getByLabel("Field for column C (Ben mua)").inputValue()).toBe("buyer");
  await page.getByRole("button", { name: "Preview" }).click();
  await page.getByRole("heading", { name: "Preview — nothing written yet" }).waitFor();
  expect((await page.getByRole("row", { name: /Requests/ }).innerText()).replace(/\s+/g, " ")).toBe(
    "Requests 3 0 0 2",
  );
  await page.getByText(/Yêu cầu!C7: no buyer with the ref or name/).waitFor();
  // The report speaks of the buyers' words and has no tax codes to mention: a request list is
  // not a firm list.
  await page.getByText("Terms kept as the buyers wrote them (not in the taxonomy): 1").waitFor();
  await page
    .getByText("Converted to Unicode: 0 TCVN3 cells, 0 VNI cells, 0 decomposed (NFD) cells.")
    .waitFor();
  expect(await page.getByText(/as the firms wrote them|tax codes got/).count()).toBe(0);
  expect(t.sqlite.prepare("SELECT count(*) FROM sourcing_requests").pluck().get()).toBe(0);
  await page.getByRole("button", { name: "Confirm and import" }).click();
  await page.getByText(/Import finished in/).waitFor();
  expect(t.sqlite.prepare("SELECT count(*) FROM sourcing_requests").pluck().get()).toBe(3);
  expect(errors).toEqual([]);
  await page.close();
}, 240_000);

it("the mapping step is for organisers only", async () => {
  const buyer = new Client(server.url);
  await buyer.login("buyer@example.com", PASSWORD);
  const res = await buyer.request("/admin/import/sheet?token=" + "0".repeat(32));
  expect(res.status).toBe(403);
  const anon = await new Client(server.url).request("/admin/import/sheet?token=" + "0".repeat(32));
  expect([302, 303]).toContain(anon.status);
}, 300_000);
