import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../helpers/server";
import { Client, loggedIn } from "../auth/client";
import { BASE, eventFixture, publishedFair, serveToExportReaders } from "../events/fixture";
import { createEvent } from "../../../db/queries/events";
import { closeAll } from "../../helpers/teardown";
import { xlsxRows, csvRows } from "../../helpers/export-files";

// Issue 12 §3 over real HTTP on a real SQLite file: the organisers' event files (registrations,
// schedule by participant, by table) as Excel and CSV, read back with exceljs and csv-parse;
// buyers and suppliers are refused.

let f: Awaited<ReturnType<typeof eventFixture>>;
let server: RunningServer;
let draftOnly: number;

beforeAll(async () => {
  f = await eventFixture({ buyers: 2, suppliers: 3, unapproved: ["S3"] });
  await f.db
    .updateTable("organisations")
    .set({
      contactName: "Nguyễn Thị Hoa",
      contactEmail: "hoa@b1.vn",
      contactPhone: "0243 123 456",
      nameEn: "B1 Company",
    })
    .where("id", "=", f.org.B1)
    .execute();
  // A formula-looking name must arrive as text.
  await f.db.updateTable("organisations").set({ nameVi: "=Cơ khí S2" }).where("id", "=", f.org.S2).execute();
  await publishedFair(f, [
    ["B1", "S1"],
    ["B1", "S2"],
    ["B2", "S1"],
  ]);
  draftOnly = await createEvent(f.db, { ...BASE, nameVi: "Chưa công bố" }, null);
  server = await serveToExportReaders(f);
}, 600_000);
afterAll(() => closeAll(server, f));

const as = (email: string) => loggedIn(server.url, email);

describe("the organisers' event files", () => {
  it("registrations: every participant with kind, status, contact person and availability", async () => {
    const org = await as("org@example.com");
    const rows = await xlsxRows(await org.get(`/admin/events/${f.eventId}/export/registrations.xlsx`));
    expect(rows[0]).toEqual(
      expect.arrayContaining(["Ref", "Company name", "Role", "Status", "Contact person", "Contact phone"]),
    );
    expect(rows.length).toBe(1 + 5);
    const b1 = rows.find((r) => r[0] === "B1")!;
    expect(b1).toEqual(
      expect.arrayContaining([
        "B1 Company",
        "Buyer",
        "Approved",
        "Nguyễn Thị Hoa",
        "hoa@b1.vn",
        "0243 123 456",
      ]),
    );
    const s3 = rows.find((r) => r[0] === "S3")!;
    expect(s3).toEqual(expect.arrayContaining(["Supplier", "Pending"]));
    const registered = b1[rows[0]!.indexOf("Registered")];
    expect(registered).toBeInstanceOf(Date); // a real date, not text

    const csv = await csvRows(await org.get(`/admin/events/${f.eventId}/export/registrations.csv`));
    expect(csv.length).toBe(6);
    const s2 = csv.find((r) => r[0] === "S2")!;
    expect(s2[1]).toBe("'=Cơ khí S2"); // formula injection defused
  });

  it("headers and values in Vietnamese for a Vietnamese reader", async () => {
    const org = await as("org-vi@example.com");
    const res = await org.request(`/admin/events/${f.eventId}/export/registrations.csv`, {
      headers: { "Accept-Language": "vi" },
    });
    const csv = await csvRows(res);
    expect(csv[0]).toEqual(expect.arrayContaining(["Mã", "Tên doanh nghiệp", "Vai trò", "Người liên hệ"]));
    expect(csv.find((r) => r[0] === "B1")).toEqual(
      expect.arrayContaining(["Công ty B1", "Bên mua", "Đã duyệt"]),
    );
  });

  it("schedule by participant: one row per participant and meeting, local times, table, counterpart", async () => {
    const org = await as("org@example.com");
    for (const fmt of ["xlsx", "csv"] as const) {
      const res = await org.get(`/admin/events/${f.eventId}/export/schedule-by-participant.${fmt}`);
      const rows = fmt === "xlsx" ? await xlsxRows(res) : await csvRows(res);
      expect(rows[0]).toEqual(["Ref", "Participant", "Date", "Start", "End", "Table", "Meets", "Schedule"]);
      const body = rows.slice(1);
      expect(body.length).toBe(6); // 3 meetings, each under both firms
      expect(
        body
          .filter((r) => r[0] === "B1")
          .map((r) => r[6])
          .sort(),
      ).toEqual(
        ["=Cơ khí S2 (S2)", "Công ty S1 (S1)"]
          .map((s) => (fmt === "csv" && s.startsWith("=") ? `'${s}` : s))
          .sort(),
      );
      for (const r of body) {
        expect(r[2]).toBe("2027-03-10");
        expect(String(r[3])).toMatch(/^(09|10):\d{2}$/); // venue time (+07:00), not UTC
        expect(["A", "B", "C"]).toContain(r[5]);
        expect(r[7]).toMatch(/^Published, version 1/);
      }
    }
  });

  it("schedule by table: table, slot, buyer and supplier", async () => {
    const org = await as("org@example.com");
    const rows = await xlsxRows(await org.get(`/admin/events/${f.eventId}/export/schedule-by-table.xlsx`));
    expect(rows[0]).toEqual(["Table", "Date", "Start", "End", "Buyer", "Supplier", "Schedule"]);
    const pairs = rows
      .slice(1)
      .map((r) => `${r[4]}|${r[5]}`)
      .sort();
    expect(pairs).toEqual([
      "B1 Company (B1)|=Cơ khí S2 (S2)",
      "B1 Company (B1)|Công ty S1 (S1)",
      "Công ty B2 (B2)|Công ty S1 (S1)",
    ]);
    // No two meetings at the same table and time.
    const seats = rows.slice(1).map((r) => `${r[0]}@${r[2]}`);
    expect(new Set(seats).size).toBe(seats.length);
    const csv = await csvRows(await org.get(`/admin/events/${f.eventId}/export/schedule-by-table.csv`));
    expect(csv.length).toBe(4);
  });

  it("an event without a published schedule says its file is the draft", async () => {
    const org = await as("org@example.com");
    const csv = await csvRows(await org.get(`/admin/events/${draftOnly}/export/schedule-by-table.csv`));
    expect(csv.length).toBe(1); // nothing placed yet: only the header
    const page = await (await org.get(`/admin/events/${f.eventId}`)).text();
    expect(page).toContain(`/admin/events/${f.eventId}/export/registrations.xlsx`);
    expect(page).toContain(`/admin/events/${f.eventId}/export/schedule-by-table.csv`);
  });

  it("buyers, suppliers and strangers are refused; unknown files are 404", async () => {
    for (const email of ["b1@example.com", "s1@example.com"]) {
      const c = await as(email);
      for (const file of ["registrations.xlsx", "schedule-by-participant.csv", "schedule-by-table.xlsx"]) {
        const res = await c.get(`/admin/events/${f.eventId}/export/${file}`);
        expect([302, 303, 403]).toContain(res.status);
        expect(res.headers.get("content-type") ?? "").not.toMatch(/spreadsheetml|text\/csv/);
      }
    }
    const anon = new Client(server.url);
    const res = await anon.get(`/admin/events/${f.eventId}/export/registrations.csv`);
    expect([302, 303, 401]).toContain(res.status);
    const org = await as("org@example.com");
    expect((await org.get(`/admin/events/${f.eventId}/export/passwords.csv`)).status).toBe(404);
    expect((await org.get(`/admin/events/${f.eventId}/export/registrations.pdf`)).status).toBe(404);
    expect((await org.get(`/admin/events/99999/export/registrations.csv`)).status).toBe(404);
  });
});
