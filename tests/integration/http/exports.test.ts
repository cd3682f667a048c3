import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../../helpers/server";
import { reopen } from "../../helpers/db";
import { closeAll } from "../../helpers/teardown";
import { importSpreadsheet, planSpreadsheet } from "../../../app/services/import/spreadsheet.server";
import { createSearchEngine } from "../../../search/index";
import { supplierDocs } from "../../../search/documents";
import type { Env } from "../../../app/utils/env.server";
import { seedUser, loggedIn } from "../auth/client";
import { snapshot } from "../import/snapshot";
import { sampleDirectory } from "./sample-directory";

// Issue 12 §2–3 over real HTTP on the built server: lists as files, who may take which, the
// organisers' conflicts page, and an exported workbook imported back changing nothing.

let server: RunningServer;
/** The test database (a SQLite file, or on PostgreSQL its own database): kept open until the end. */
let t: Awaited<ReturnType<typeof sampleDirectory>>["t"];
let dir: string;

beforeAll(async () => {
  const sample = await sampleDirectory(60);
  t = sample.t;
  const { buyerOrgId, otherBuyerOrgId } = sample;
  dir = t.dir;
  await seedUser(t.db, { email: "org@example.vn", role: "organiser" });
  await seedUser(t.db, { email: "buyer@example.com", role: "buyer", orgId: buyerOrgId });
  await seedUser(t.db, { email: "other@example.com", role: "buyer", orgId: otherBuyerOrgId });
  // On SQLite the embedded index lives in the same file: built here, so the server starts with it
  // complete. On PostgreSQL the server rebuilds its own index file before it is ready.
  if (t.dialect === "sqlite") {
    const engine = createSearchEngine({ env: { MEILISEARCH_URL: undefined } as Env, sqlite: t.sqlite });
    await engine.upsert(await supplierDocs(t.db));
    t.sqlite.pragma("wal_checkpoint(TRUNCATE)");
  }
  server = await startServer({ databasePath: t.file });
}, 600_000);

// The server first: on PostgreSQL closing the test's handle drops its database.
afterAll(() => closeAll(server, t));

const as = (email: string | null) => loggedIn(server.url, email);

async function sheetRows(buf: ArrayBuffer): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf);
  const rows: unknown[][] = [];
  wb.worksheets[0]!.eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
  return rows;
}

/**
 * The directory's search for "CNC" as a workbook read in `lang`: a last column headed
 * `matchedHeader` says which words each firm matched, and the import, reading the file back as
 * `file`, maps every column but that one. Gives the rows.
 */
async function searchResultsFile(lang: string, matchedHeader: string, file: string): Promise<unknown[][]> {
  const anon = await as(null);
  const res = await anon.request("/suppliers.xlsx?q=CNC", { headers: { "Accept-Language": lang } });
  const buf = await res.arrayBuffer();
  const rows = await sheetRows(buf);
  expect(rows[0].at(-1)).toBe(matchedHeader);
  expect(rows.length).toBeGreaterThan(1);
  const plan = await planSpreadsheet(new Uint8Array(buf), file);
  expect(plan.missing).toEqual([]);
  expect(plan.mapping.filter((m) => !m.field).map((m) => m.header)).toEqual([matchedHeader]);
  return rows;
}

describe("the directory as files", () => {
  it("anyone gets the filtered list without contacts; organisers get contacts", async () => {
    const anon = await as(null);
    const csv = await anon.get("/suppliers.csv?q=CNC");
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toMatch(/text\/csv/);
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // the BOM Excel needs for UTF-8
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain("Tax code");
    expect(text).not.toContain("Email");
    expect(text).not.toMatch(/@example\.vn/);
    const all = (await (await anon.get("/suppliers.json")).json()) as { suppliers: { contact?: unknown }[] };
    expect(all.suppliers.length).toBe(60);
    expect(all.suppliers.every((s) => s.contact === undefined)).toBe(true);
    const narrowed = text.trim().split("\r\n").length - 1;
    expect(narrowed).toBeGreaterThan(0);
    expect(narrowed).toBeLessThan(60);

    const vi = await anon.request("/suppliers.xlsx", { headers: { "Accept-Language": "vi" } });
    expect((await sheetRows(await vi.arrayBuffer()))[0]).toContain("Mã số thuế");

    const org = await as("org@example.vn");
    const res = await org.get("/suppliers.xlsx");
    expect(res.status).toBe(200);
    const rows = await sheetRows(await res.arrayBuffer());
    expect(rows[0]).toContain("Tax code");
    expect(rows[0]).toContain("Email");
    expect(rows.length).toBe(61);
    fs.writeFileSync(
      path.join(dir, "export.xlsx"),
      Buffer.from(await (await org.get("/suppliers.xlsx")).arrayBuffer()),
    );
  }, 300_000);

  it("search results say which words each firm matched, in a column the import leaves out", async () => {
    const rows = await searchResultsFile("vi", "Từ khớp với tìm kiếm", "ket-qua.xlsx");
    for (const r of rows.slice(1)) expect(String(r[rows[0].length - 1]), String(r[0])).toMatch(/cnc/i);
    // Browsing without words has no such column.
    const anon = await as(null);
    expect((await sheetRows(await (await anon.get("/suppliers.xlsx")).arrayBuffer()))[0]).not.toContain(
      "Matched search words",
    );
  }, 300_000);

  it("a Japanese reader gets Japanese headers in every buyer-facing file; the directory still imports back", async () => {
    const rows = await searchResultsFile("ja", "検索に一致した語", "kekka.xlsx");
    expect(rows[0].slice(0, 4)).toEqual(["番号", "企業名", "英語名", "税番号"]);
    // A request's ranked suppliers, for its buyer reading in Japanese (the language switch).
    const buyer = await as("buyer@example.com");
    const speak = (lang: string) =>
      buyer.request("/lang", { form: { lang, redirectTo: "/" }, headers: { Origin: server.url } });
    expect((await speak("ja")).status).toBe(302);
    const ranked = await sheetRows(
      await (await buyer.get("/my/requests/R-0001/suppliers.xlsx")).arrayBuffer(),
    );
    expect((await speak("en")).status).toBe(302);
    expect(ranked[0]).toEqual(["順位", "番号", "企業名", "工業団地", "適合度", "適合", "不適合", "不明"]);
  }, 300_000);

  it("an exported workbook imported back changes nothing", async () => {
    // A connection of its own, as `cli import` would have.
    const o = reopen(t);
    try {
      const before = await snapshot(o);
      const plan = await planSpreadsheet(fs.readFileSync(path.join(dir, "export.xlsx")), "export.xlsx");
      expect(plan.missing).toEqual([]);
      const r = await importSpreadsheet(o, plan);
      expect(r.rejections).toEqual([]);
      expect(r.suppliers).toMatchObject({ created: 0, updated: 0, unchanged: 60 });
      expect(r.conflicts).toEqual([]);
      expect(await snapshot(o)).toEqual(before);
    } finally {
      await o.close();
    }
  }, 300_000);
});

describe("a request's ranked suppliers", () => {
  it("its buyer and organisers get them with the reasons; another buyer and strangers do not", async () => {
    const buyer = await as("buyer@example.com");
    const res = await buyer.get("/my/requests/R-0001/suppliers.xlsx");
    expect(res.status).toBe(200);
    const rows = await sheetRows(await res.arrayBuffer());
    expect(rows[0]).toEqual([
      "Rank",
      "Ref",
      "Company name",
      "Industrial zone",
      "Fit",
      "Met",
      "Not met",
      "Unknown",
    ]);
    expect(rows.length).toBeGreaterThan(1);
    expect((await (await as("org@example.vn")).get("/my/requests/R-0001/suppliers.csv")).status).toBe(200);
    // Another buyer's request is not found, as an unknown ref (decision 650).
    expect((await (await as("other@example.com")).get("/my/requests/R-0001/suppliers.csv")).status).toBe(404);
    expect((await (await as(null)).get("/my/requests/R-0001/suppliers.csv")).status).toBeGreaterThanOrEqual(
      300,
    );
  }, 300_000);
});

describe("/admin/import/conflicts", () => {
  it("is for organisers only", async () => {
    expect((await (await as("org@example.vn")).get("/admin/import/conflicts")).status).toBe(200);
    const other = await (await as("buyer@example.com")).get("/admin/import/conflicts");
    expect(other.status).not.toBe(200);
  }, 300_000);
});
