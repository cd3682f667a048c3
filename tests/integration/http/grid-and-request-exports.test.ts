import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../helpers/server";
import { Client, loggedIn } from "../auth/client";
import { eventFixture, publishedFair, serveToExportReaders } from "../events/fixture";
import { importDirectory } from "../../../app/services/import/run.server";
import { importSpreadsheet, planSpreadsheet } from "../../../app/services/import/spreadsheet.server";
import { REQUEST_BUYERS } from "../../../scripts/fixtures/spreadsheets";
import { closeAll } from "../../helpers/teardown";
import { readXlsx, csvRows } from "../../helpers/export-files";

// Issue 12 §3 over real HTTP on a real SQLite file: the published schedule as a table × slot
// grid, and every sourcing request as a list, in Excel (read back with exceljs) and CSV; the
// request list read back by `import --requests` changes nothing; only organisers get them.

let f: Awaited<ReturnType<typeof eventFixture>>;
let server: RunningServer;

beforeAll(async () => {
  f = await eventFixture({ buyers: 2, suppliers: 3 });
  await f.db.updateTable("organisations").set({ nameEn: "B1 Company" }).where("id", "=", f.org.B1).execute();
  await f.db.updateTable("organisations").set({ nameVi: "=Cơ khí S2" }).where("id", "=", f.org.S2).execute();
  await publishedFair(f, [
    ["B1", "S1"],
    ["B1", "S2"],
    ["B2", "S1"],
  ]);
  const r = await importDirectory(
    f,
    {
      ...REQUEST_BUYERS,
      requests: [
        {
          ref: "YC-1",
          buyer: "FDI-CANON",
          title: { vi: "Chi tiết nhựa ép phun", en: "Moulded plastic parts", ja: "射出成形部品" },
          description: { vi: "Dung sai ±0,05 mm\nSố lượng lớn" },
          processes: ["ép nhựa"],
          materials: ["ABS", "PC"],
          requiredCertifications: ["ISO 9001"],
          annualVolume: 200000,
          targetDate: "2027-03-31",
        },
        { ref: "YC-2", buyer: "FDI-YAMAHA", title: { vi: '=HYPERLINK("http://x")' }, products: ["gioăng"] },
      ],
    },
    { actor: "test" },
  );
  expect(r.requests.created).toBe(2);
  server = await serveToExportReaders(f);
}, 600_000);
afterAll(() => closeAll(server, f));

const as = (email: string) => loggedIn(server.url, email);

describe("the schedule as a table × slot grid", () => {
  it("xlsx: one row per slot with local times, one column per table, buyer over supplier, landscape", async () => {
    const org = await as("org@example.com");
    const { ws, rows } = await readXlsx(
      await org.get(`/admin/events/${f.eventId}/export/schedule-grid.xlsx`),
    );
    expect(rows[0]).toEqual(["Date", "Time", "Table A", "Table B", "Table C"]);
    expect(ws.pageSetup.orientation).toBe("landscape");
    expect(ws.pageSetup.fitToWidth).toBe(1);
    const body = rows.slice(1, -1);
    for (const r of body) {
      expect(r[0]).toBe("2027-03-10");
      expect(String(r[1])).toMatch(/^(09|10):\d{2}–(09|10|11):\d{2}$/); // venue time, not UTC
    }
    const cells = body.flatMap((r) => r.slice(2).filter((c) => typeof c === "string")) as string[];
    expect(cells.sort()).toEqual([
      "B1 Company (B1)\n=Cơ khí S2 (S2)",
      "B1 Company (B1)\nCông ty S1 (S1)",
      "Công ty B2 (B2)\nCông ty S1 (S1)",
    ]);
    // Text, never a formula, even when a name starts with "=".
    ws.eachRow((row) => row.eachCell((c) => expect(c.type).not.toBe(ExcelJS.ValueType.Formula)));
    expect(rows.at(-1)!.slice(0, 2)).toEqual(["Schedule", expect.stringMatching(/^Published, version 1/)]);
  });

  it("csv: the same grid, headers and times in Vietnamese for a Vietnamese reader, formulas defused", async () => {
    const org = await as("org-vi@example.com");
    const csv = await csvRows(await org.get(`/admin/events/${f.eventId}/export/schedule-grid.csv`));
    expect(csv[0]).toEqual(["Ngày", "Giờ", "Bàn A", "Bàn B", "Bàn C"]);
    expect(csv[1][0]).toBe("10/03/2027");
    const cells = csv.slice(1, -1).flatMap((r) => r.slice(2).filter(Boolean));
    expect(cells).toContain("Công ty B1 (B1)\n=Cơ khí S2 (S2)");
    expect(cells.some((c) => c.startsWith("'="))).toBe(false); // "=" is inside the cell, not first
    expect(csv.at(-1)![1]).toMatch(/^Đã công bố, phiên bản 1/);
  });

  it("buyers and suppliers are refused", async () => {
    for (const email of ["b1@example.com", "s1@example.com"]) {
      const res = await (await as(email)).get(`/admin/events/${f.eventId}/export/schedule-grid.xlsx`);
      expect([302, 303, 403]).toContain(res.status);
    }
  });
});

describe("the list of sourcing requests", () => {
  it("xlsx: every request, headers the import reads, a real date; read back by import --requests: all unchanged", async () => {
    const org = await as("org@example.com");
    const { buf, rows, ws } = await readXlsx(await org.get("/admin/export/requests.xlsx"));
    expect(rows[0]).toEqual(
      expect.arrayContaining([
        "Request ref",
        "Buyer ref",
        "Title",
        "English title",
        "Annual volume",
        "Target date",
      ]),
    );
    const head = rows[0] as string[];
    const yc1 = rows.find((r) => r[0] === "YC-1")!;
    expect(yc1[head.indexOf("Buyer ref")]).toBe("FDI-CANON");
    expect(yc1[head.indexOf("Buyer name")]).toBe("Canon Vietnam Co., Ltd.");
    expect(yc1[head.indexOf("Target date")]).toBeInstanceOf(Date);
    expect(yc1[head.indexOf("Materials")]).toBe("ABS; PC");
    ws.eachRow((row) => row.eachCell((c) => expect(c.type).not.toBe(ExcelJS.ValueType.Formula)));

    const plan = await planSpreadsheet(buf, "requests.xlsx");
    expect(plan.guessedKind).toBe("requests");
    expect(plan.missing).toEqual([]);
    const back = await importSpreadsheet(f, plan, { actor: "test", dryRun: true });
    expect(back.rejections).toEqual([]);
    expect(back.requests).toMatchObject({ created: 0, updated: 0, unchanged: 2, rejected: 0 });
  });

  it("csv: Vietnamese headers, formula injection defused; the same round trip", async () => {
    const org = await as("org-vi@example.com");
    const res = await org.get("/admin/export/requests.csv");
    const text = await res.clone().text();
    const csv = await csvRows(res);
    expect(csv[0].slice(0, 4)).toEqual(["Mã yêu cầu", "Mã bên mua", "Tên bên mua", "Tiêu đề"]);
    const yc2 = csv.find((r) => r[0] === "YC-2")!;
    expect(yc2[3]).toBe('\'=HYPERLINK("http://x")');
    const plan = await planSpreadsheet(Buffer.from(text, "utf8"), "requests.csv");
    const back = await importSpreadsheet(f, plan, { actor: "test", dryRun: true });
    expect(back.rejections).toEqual([]);
    expect(back.requests).toMatchObject({ created: 0, updated: 0, unchanged: 2, rejected: 0 });
  });

  it("buyers, suppliers and strangers are refused; other files are 404", async () => {
    for (const email of ["b1@example.com", "s1@example.com"]) {
      const res = await (await as(email)).get("/admin/export/requests.csv");
      expect([302, 303, 403]).toContain(res.status);
      expect(res.headers.get("content-type") ?? "").not.toMatch(/text\/csv/);
    }
    expect([302, 303, 401]).toContain(
      (await new Client(server.url).get("/admin/export/requests.xlsx")).status,
    );
    expect((await (await as("org@example.com")).get("/admin/export/users.csv")).status).toBe(404);
  });
});
