import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { freshDb } from "../../helpers/db";
import { exportDirectory } from "../../../app/services/import/export.server";
import { formatRejection } from "../../../app/modules/import/validate";
import { readSheet } from "../../../app/modules/import/spreadsheet/read";
import {
  importSpreadsheet,
  planSpreadsheet,
  type SpreadsheetReport,
} from "../../../app/services/import/spreadsheet.server";
import { buildFixtures, FIXTURE_DIR } from "../../../scripts/fixtures/spreadsheets";
import { count, snapshot } from "./snapshot";

// Issue 12: each fixture imports with the expected created/updated/rejected counts and messages,
// through the JSON import's own path (same validation, upsert, outbox, idempotence).

const fixture = (name: string) => fs.readFileSync(path.join(FIXTURE_DIR, name));

let t: Awaited<ReturnType<typeof freshDb>>;
beforeEach(async () => {
  t = await freshDb();
});
afterEach(async () => {
  await t.close();
});

async function importFixture(name: string, opts: { dryRun?: boolean } = {}): Promise<SpreadsheetReport> {
  const plan = await planSpreadsheet(fixture(name), name);
  expect(plan.missing).toEqual([]);
  return importSpreadsheet(t, plan, { actor: "test", ...opts });
}
const lines = (r: SpreadsheetReport) => r.rejections.flatMap(formatRejection);
const notes = (r: SpreadsheetReport) => r.spreadsheet.notes.map((n) => `${n.cell}: ${n.text}`);
const counts = (r: SpreadsheetReport) => {
  const { created, updated, unchanged, rejected } = r.suppliers;
  return { created, updated, unchanged, rejected };
};
const supplier = async (ref: string) => (await exportDirectory(t.db)).suppliers.find((s) => s.ref === ref);

describe("spreadsheet fixtures", () => {
  it("the committed fixtures are what scripts/fixtures/spreadsheets.ts builds", async () => {
    const built = await buildFixtures();
    expect(Object.keys(built).length).toBeGreaterThanOrEqual(5);
    for (const [name, buf] of Object.entries(built)) {
      const committed = await readSheet(fixture(name), name);
      const fresh = await readSheet(buf, name);
      expect(committed.rows, name).toEqual(fresh.rows);
    }
  });

  it("the department's list: title rows, merged two-row header, serial dates, lost zeros, one bad tax code", async () => {
    const before = await snapshot(t);
    const dry = await importFixture("so-cong-thuong-2024.xlsx", { dryRun: true });
    expect(await snapshot(t)).toEqual(before); // the preview writes nothing
    const r = await importFixture("so-cong-thuong-2024.xlsx");
    expect(counts(dry)).toEqual(counts(r));
    expect(counts(r)).toEqual({ created: 7, updated: 0, unchanged: 0, rejected: 1 });
    expect(lines(r)).toEqual([
      "DS DN CNHT!C12: tax code has 8 digits (a tax code has 10, or 13 for a branch)",
    ]);
    expect(r.spreadsheet.headerRow).toBe(5);
    expect(r.spreadsheet.dataRows).toBe(8);
    expect(r.spreadsheet.taxCodesRepaired).toBe(3);
    expect(notes(r)).toContain(
      "DS DN CNHT!C6: tax code 101234567 lost its leading zero; read as 0101234567",
    );
    expect(r.spreadsheet.mapping.map((m) => m.field)).toEqual([
      "rowNumber",
      "nameVi",
      "taxCode",
      "address",
      "industrialZone",
      "contactName",
      "contactPhone",
      "contactEmail",
      "products",
      "processes",
      "certifications",
      "founded",
    ]);
    expect(r.spreadsheet.unmappedTerms).toEqual([{ kind: "product", text: "đệm chống rung", rows: 1 }]);

    expect(await supplier("MST-0101234567")).toMatchObject({
      name: { vi: "Công ty TNHH Cơ khí Chính xác Đông Anh" },
      taxCode: "0101234567",
      founded: 2003,
      location: { address: "Tổ 5, thị trấn Đông Anh", industrialZone: "KCN Thăng Long" },
      capabilities: { processes: ["gia công CNC", "dập kim loại"], products: ["chi tiết máy", "khuôn dập"] },
      certifications: [{ standard: "ISO 9001:2015" }, { standard: "IATF 16949" }],
      contact: {
        name: "Nguyễn Văn Hùng",
        phone: "024 3883 1234, 0912 345 678",
        email: "kinhdoanh@cokhidonganh.vn",
      },
    });
    expect(await supplier("MST-0106543210")).toMatchObject({
      founded: 2008,
      certifications: [{ standard: "ISO 9001:2015", validUntil: "2027-12-31" }],
    });
    expect((await supplier("MST-0104455667001"))?.taxCode).toBe("0104455667001");
    // Matched through the taxonomy like a firm that filled the form.
    const concepts = await count(
      t,
      `SELECT ct.concept_id FROM capability_terms ct JOIN organisations o ON o.id = ct.org_id
       WHERE o.ref = 'MST-0101234567' AND ct.text = 'gia công CNC'`,
    );
    expect(concepts).toBeTruthy();

    // Idempotent: the same file again changes nothing.
    const again = await snapshot(t);
    const second = await importFixture("so-cong-thuong-2024.xlsx");
    expect(counts(second)).toEqual({ created: 0, updated: 0, unchanged: 7, rejected: 1 });
    expect(await snapshot(t)).toEqual(again);
  });

  it("an association's TCVN3 list: headers and text converted, cells counted", async () => {
    const r = await importFixture("hiep-hoi-tcvn3.xlsx");
    expect(counts(r)).toEqual({ created: 4, updated: 0, unchanged: 0, rejected: 0 });
    expect(r.spreadsheet.headerRow).toBe(3);
    expect(r.spreadsheet.converted).toEqual({ tcvn3: 29, vni: 0, nfd: 0 });
    expect(await supplier("MST-0102030405")).toMatchObject({
      name: { vi: "Công ty TNHH Bao bì Thanh Trì" },
      location: { address: "Ngọc Hồi, Thanh Trì, Hà Nội" },
      capabilities: {
        processes: ["in offset", "bế hộp"],
        materials: ["giấy carton"],
        products: ["thùng carton", "hộp giấy"],
      },
      certifications: [
        { standard: "ISO 9001:2015", validUntil: "2026-01-15" },
        { standard: "FSC", validUntil: "2026-01-15" },
      ],
    });
    expect(r.spreadsheet.unmappedTerms.map((u) => u.text)).toContain("quấn động cơ");
  });

  it("an industrial-zone board's VNI list: serial expiry dates, the same firm twice under two spellings", async () => {
    const r = await importFixture("kcn-vni.xlsx");
    expect(counts(r)).toEqual({ created: 2, updated: 0, unchanged: 0, rejected: 2 });
    expect(lines(r)).toEqual([
      "Sheet1!C4: ref: MST-0105252525 appears more than once in the file (also row 5)",
      "Sheet1!C5: ref: MST-0105252525 appears more than once in the file (also row 4)",
    ]);
    expect(r.spreadsheet.converted.vni).toBe(18);
    expect(await supplier("MST-0105151515")).toMatchObject({
      name: { vi: "Công ty TNHH Cơ khí Quang Minh" },
      location: { address: "Lô 7, KCN Quang Minh, Mê Linh", industrialZone: "KCN Quang Minh" },
      certifications: [{ standard: "ISO 9001:2015", validUntil: "2027-09-30" }],
    });
    expect(r.spreadsheet.unmappedTerms.map((u) => u.text)).toContain("xử lý plasma lạnh bề mặt");
  });

  it("a UTF-8 BOM CSV after the department's list: refs from the file, NFD text, a P- ref refused, an update", async () => {
    await importFixture("so-cong-thuong-2024.xlsx");
    const r = await importFixture("members-utf8-bom.csv");
    // Row 2's firm (tax code 0101234567) is already in the directory under MST-0101234567: the
    // file's own ref HNX-001 is another record, so the database refuses the second holder.
    expect(counts(r)).toEqual({ created: 2, updated: 0, unchanged: 0, rejected: 2 });
    expect(lines(r)).toEqual([
      "members-utf8-bom!D2: taxCode: already registered to another organisation in the directory",
      "members-utf8-bom!A4: ref P-00007: refs starting with P- are the portal's own; an import cannot create one",
    ]);
    expect(r.spreadsheet.converted.nfd).toBe(2);
    expect(notes(r)).toEqual([
      'members-utf8-bom!L3: export market "EU" is not a country name; left out',
    ]);
    expect(await supplier("HNX-002")).toMatchObject({
      name: { vi: "Công ty TNHH Điện Tử Việt Hưng", en: "Viet Hung Electronics" },
      founded: 2012,
      employees: 1200,
      exportMarkets: ["JP", "US"],
    });
    // "1,350" (English thousands) is a head count of 1350, not 1 or 1.35.
    expect(await supplier("HNX-004")).toMatchObject({ exportMarkets: ["TH"], employees: 1350 });
  });

  it("a Windows-1258 CSV with semicolons: a branch code of 12 digits, a row without a name", async () => {
    const r = await importFixture("quan-huyen-1258.csv");
    expect(counts(r)).toEqual({ created: 3, updated: 0, unchanged: 0, rejected: 1 });
    expect(lines(r)).toEqual(["quan-huyen-1258!B6: the firm's name is empty"]);
    expect(await supplier("MST-0109292929001")).toMatchObject({
      name: { vi: "Chi nhánh Công ty CP Đúc Hà Đông" },
      location: { address: "Số 5 Quang Trung, Hà Đông", commune: "Quang Trung" },
      capabilities: { materials: ["gang xám"], products: ["vỏ bơm gang"] },
      founded: 2014,
      employees: 40,
    });
    expect(await supplier("MST-0109191919")).toMatchObject({
      contact: { phone: "0243 387 1919, 0912 191 919" },
      employees: 1085, // "1.085": Vietnamese thousands
    });
  });

  it("a list whose columns are not recognised: no proposal to apply, and a completed mapping imports it", async () => {
    const buf = fixture("hoi-vien-can-mapping.xlsx");
    const plan = await planSpreadsheet(buf, "hoi-vien-can-mapping.xlsx");
    expect(plan.missing).toEqual(["nameVi", "taxCode"]);
    await expect(importSpreadsheet(t, plan)).rejects.toThrow("the mapping has no column for nameVi, taxCode");
    const columns = plan.mapping.map((m) =>
      m.header === "Hội viên"
        ? { ...m, field: "nameVi" as const }
        : m.header === "Số ĐKKD"
          ? { ...m, field: "taxCode" as const }
          : m,
    );
    const mapped = await planSpreadsheet(buf, "hoi-vien-can-mapping.xlsx", {
      mapping: { format: "cnht-sheet-mapping/1", headerRow: 1, columns },
    });
    const r = await importSpreadsheet(t, mapped);
    expect(counts(r)).toEqual({ created: 2, updated: 0, unchanged: 0, rejected: 0 });
    expect(await supplier("MST-0101112223")).toMatchObject({
      capabilities: { products: ["hộp giấy", "nhãn in"] },
    });
  });
});
