import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../../helpers/server";
import { reopen } from "../../helpers/db";
import { closeAll } from "../../helpers/teardown";
import { todayInHanoi } from "../../../app/modules/clock";
import { Client, seedUser, PASSWORD } from "../auth/client";
import { sampleDirectory } from "./sample-directory";

// Issue 12 §3 over real HTTP on the built server: a buyer's shortlist as an Excel workbook with
// why each firm fits the organisation's own open requests (the request page's scoring and
// reasons), headers in the reader's language, contacts only those the account was already shown,
// dates as real dates, cells never formulas; another buyer gets a 404 (docs/decisions/435).

const VERIFIED = "2026-01-01T00:00:00.000Z";
let server: RunningServer;
/** The test database (a SQLite file, or on PostgreSQL its own database): kept open until the end. */
let t: Awaited<ReturnType<typeof sampleDirectory>>["t"];
let listId = 0;
/** Refs on the list, in the order added: three that R-0001 ranks, the first a firm whose contacts the buyer read. */
let listed: string[] = [];

beforeAll(async () => {
  const sample = await sampleDirectory(60);
  t = sample.t;
  const { buyerOrgId, otherBuyerOrgId } = sample;
  // Contacts are for confirmed members of approved buyer organisations (ADR 091).
  await t.db
    .updateTable("organisations")
    .set({ verifiedAt: VERIFIED })
    .where("id", "=", buyerOrgId)
    .execute();
  const buyer = await seedUser(t.db, { email: "buyer@example.com", role: "buyer", orgId: buyerOrgId });
  await t.db.updateTable("users").set({ emailVerifiedAt: VERIFIED }).where("id", "=", buyer).execute();
  await seedUser(t.db, { email: "other@example.com", role: "buyer", orgId: otherBuyerOrgId });
  // The server is another process: on SQLite it reads the file, so the WAL is folded in first.
  if (t.dialect === "sqlite") t.sqlite.pragma("wal_checkpoint(TRUNCATE)");
  server = await startServer({ databasePath: t.file });

  const c = await as("buyer@example.com");
  const ranked = (await (await c.get("/api/v1/requests/R-0001/matches?limit=3")).json()) as {
    matches: { supplier: { ref: string } }[];
  };
  listed = ranked.matches.map((m) => m.supplier.ref);
  expect(listed.length).toBe(3);
  for (const ref of listed) {
    const res = await c.request("/my/shortlists", {
      form: { intent: "add", supplier: ref, name: "Ưu tiên — đợt 1", returnTo: "/my/shortlists" },
      headers: { Origin: server.url },
    });
    expect(res.status).toBe(302);
  }
  // The buyer opens the first firm's page, which shows (and records) its contacts.
  expect((await c.get(`/suppliers/${listed[0]}`)).status).toBe(200);
  const db = reopen(t);
  try {
    const list = await db.db.selectFrom("shortlists").select("id").executeTakeFirstOrThrow();
    listId = list.id;
    expect(await db.db.selectFrom("contactViews").select("orgId").execute()).toHaveLength(1);
    // A firm whose English name Excel would run as a formula.
    await db.db
      .updateTable("organisations")
      .set({ nameEn: '=HYPERLINK("http://evil.example","open")' })
      .where("ref", "=", listed[1])
      .execute();
  } finally {
    await db.close();
  }
}, 600_000);

// The server first: on PostgreSQL closing the test's handle drops its database.
afterAll(() => closeAll(server, t));

async function as(email: string | null) {
  const c = new Client(server.url);
  if (email) await c.login(email, PASSWORD);
  return c;
}

async function workbook(res: Response) {
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toMatch(/spreadsheetml/);
  expect(res.headers.get("content-disposition")).toContain(`shortlist-${listId}.xlsx`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await res.arrayBuffer());
  const ws = wb.worksheets[0]!;
  const header = (ws.getRow(1).values as unknown[]).slice(1) as string[];
  const rows = new Map<string, Map<string, ExcelJS.Cell>>();
  for (let i = 2; i <= ws.rowCount; i++) {
    const row = ws.getRow(i);
    const cells = new Map(header.map((h, j) => [h, row.getCell(j + 1)] as const));
    rows.set(String(row.getCell(1).value), cells);
  }
  return { ws, header, rows };
}

describe("a shortlist as an Excel workbook", () => {
  it("lists each firm with why it fits the buyer's requests, as the request's ranking says", async () => {
    const c = await as("buyer@example.com");
    const { ws, header, rows } = await workbook(await c.get(`/my/shortlists/${listId}.xlsx`));
    expect(ws.name).toBe("Ưu tiên — đợt 1");
    expect(header).toEqual([
      "Ref",
      "Company name",
      "Name (Vietnamese)",
      "Website",
      "Industrial zone",
      "City",
      "Contact person",
      "Contact phone",
      "Contact email",
      "Verified on",
      "Added on",
      "Best-fitting request",
      "Fit",
      "Met",
      "Not met",
      "Unknown",
      "Also fits",
    ]);
    expect([...rows.keys()]).toEqual(listed);
    const db = reopen(t);
    try {
      for (const ref of listed) {
        const row = rows.get(ref)!;
        const firm = await db.db
          .selectFrom("organisations")
          .where("ref", "=", ref)
          .select(["nameVi", "contactPhone", "contactEmail"])
          .executeTakeFirstOrThrow();
        // Vietnamese byte for byte.
        expect(row.get("Name (Vietnamese)")!.value).toBe(firm.nameVi);
        // The best request is one the request page ranks the firm on, with the same score and reasons.
        const best = String(row.get("Best-fitting request")!.value);
        const requestRef = best.split(" — ")[0];
        expect(requestRef).toMatch(/^R-\d+$/);
        const api = (await (await c.get(`/api/v1/requests/${requestRef}/matches?limit=100`)).json()) as {
          matches: {
            supplier: { ref: string };
            score: number;
            reasons: { text: string; met: boolean | "unknown" }[];
          }[];
        };
        const m = api.matches.find((x) => x.supplier.ref === ref)!;
        expect(m, `${ref} on ${requestRef}`).toBeDefined();
        expect(row.get("Fit")!.value).toBe(m.score);
        const texts = (met: boolean | "unknown") => m.reasons.filter((x) => x.met === met).map((x) => x.text);
        const cell = (h: string) => (row.get(h)!.value === null ? [] : String(row.get(h)!.value).split("\n"));
        expect(cell("Met")).toEqual(texts(true));
        expect(cell("Met").length).toBeGreaterThan(0);
        expect(cell("Not met")).toEqual(texts(false));
        expect(cell("Unknown")).toEqual(texts("unknown"));
        // Contacts only where the buyer already read them on the firm's page.
        if (ref === listed[0]) {
          expect(row.get("Contact phone")!.value).toBe(firm.contactPhone);
          expect(row.get("Contact email")!.value).toBe(firm.contactEmail);
          expect(firm.contactEmail).toBeTruthy();
        } else {
          expect(row.get("Contact phone")!.value).toBeNull();
          expect(row.get("Contact email")!.value).toBeNull();
        }
        // Dates are real dates (the day in Hanoi), shown day first.
        const added = row.get("Added on")!;
        expect(added.value).toBeInstanceOf(Date);
        expect((added.value as Date).toISOString().slice(0, 10)).toBe(todayInHanoi(new Date()));
        expect(added.numFmt).toBe("dd/mm/yyyy");
      }
    } finally {
      await db.close();
    }
    // A name Excel would run as a formula is a plain string.
    const evil = rows.get(listed[1])!.get("Company name")!;
    expect(evil.type).toBe(ExcelJS.ValueType.String);
    expect(evil.value).toBe('=HYPERLINK("http://evil.example","open")');
  }, 300_000);

  it("speaks the reader's language: Vietnamese and Japanese headers and reasons", async () => {
    const c = await as("buyer@example.com");
    // The language switch, as the reader would use it (the login set the account's language).
    const speak = async (lang: string) =>
      expect(
        (
          await c.request("/lang", {
            form: { lang, redirectTo: "/my/shortlists" },
            headers: { Origin: server.url },
          })
        ).status,
      ).toBe(302);
    await speak("vi");
    const vi = await workbook(await c.get(`/my/shortlists/${listId}.xlsx`));
    expect(vi.header.slice(0, 3)).toEqual(["Mã", "Tên doanh nghiệp", "Tên (tiếng Việt)"]);
    expect(vi.header).toContain("Yêu cầu phù hợp nhất");
    await speak("ja");
    const ja = await workbook(await c.get(`/my/shortlists/${listId}.xlsx`));
    await speak("en");
    expect(ja.header.slice(0, 3)).toEqual(["番号", "企業名", "名称(ベトナム語)"]);
    expect(ja.header).toContain("最も適合する依頼");
    const met = String(ja.rows.get(listed[0])!.get("適合")!.value);
    expect(met).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    expect(met).not.toBe(String(vi.rows.get(listed[0])!.get("Đáp ứng")!.value));
  }, 300_000);

  it("is the buyer organisation's own: another buyer gets 404, a stranger is sent to log in", async () => {
    expect((await (await as("other@example.com")).get(`/my/shortlists/${listId}.xlsx`)).status).toBe(404);
    expect((await (await as("buyer@example.com")).get(`/my/shortlists/${listId + 999}.xlsx`)).status).toBe(
      404,
    );
    const anon = await (await as(null)).get(`/my/shortlists/${listId}.xlsx`);
    expect(anon.status).toBeGreaterThanOrEqual(300);
    expect(anon.status).toBeLessThan(400);
  }, 300_000);

  it("is linked from /my/shortlists beside the CSV, which stays as it was", async () => {
    const c = await as("buyer@example.com");
    const html = await (await c.get("/my/shortlists")).text();
    expect(html).toContain(`href="/my/shortlists/${listId}.xlsx"`);
    expect(html).toContain(`href="/my/shortlists/${listId}.csv"`);
    const csv = await c.get(`/my/shortlists/${listId}.csv`);
    expect(csv.status).toBe(200);
    const text = (await csv.text()).replace(/^\uFEFF/, "");
    expect(text.split("\r\n")[0]).toBe("Ref,Name (Vietnamese),Name (English),Verified on,Website,Added on");
    expect(text.trim().split("\r\n")).toHaveLength(4);
  }, 300_000);
});
