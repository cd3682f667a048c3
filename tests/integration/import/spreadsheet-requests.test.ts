import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { freshDb } from "../../helpers/db";
import { importDirectory } from "../../../app/services/import/run.server";
import { exportDirectory } from "../../../app/services/import/export.server";
import { formatRejection } from "../../../app/modules/import/validate";
import {
  importSpreadsheet,
  parseMapping,
  planSpreadsheet,
  type SpreadsheetReport,
} from "../../../app/services/import/spreadsheet.server";
import { derivedRequestRef } from "../../../app/modules/import/spreadsheet/requests";
import { FIXTURE_DIR, REQUEST_BUYERS, REQUESTS } from "../../../scripts/fixtures/spreadsheets";
import { snapshot } from "./snapshot";

// Issue 12: a list of buyers' sourcing requests imports through the JSON import's path, its
// buyers matched by ref or by name, errors naming sheet, column and row, idempotent.

const buf = () => fs.readFileSync(path.join(FIXTURE_DIR, REQUESTS.file));
let t: Awaited<ReturnType<typeof freshDb>>;
beforeEach(async () => {
  t = await freshDb();
  const r = await importDirectory(t, REQUEST_BUYERS, { actor: "test" });
  expect(r.buyers.created).toBe(2);
});
afterEach(async () => {
  await t.close();
});

const lines = (r: SpreadsheetReport) => r.rejections.flatMap(formatRejection);
const counts = (r: SpreadsheetReport) => {
  const { created, updated, unchanged, rejected } = r.requests;
  return { created, updated, unchanged, rejected };
};

describe("sourcing-request spreadsheets", () => {
  it("the headers are recognised as a request list and mapped without help", async () => {
    const plan = await planSpreadsheet(buf(), REQUESTS.file);
    expect(plan.guessedKind).toBe("requests");
    expect(plan.kind).toBe("requests");
    expect(plan.headerRow).toBe(2);
    expect(plan.missing).toEqual([]);
    expect(plan.mapping.map((m) => m.field)).toEqual([
      "rowNumber",
      "ref",
      "buyer",
      "titleVi",
      "titleEn",
      "descriptionVi",
      "processes",
      "materials",
      "requiredCertifications",
      "annualVolume",
      "targetDate",
    ]);
    // The organiser can still say it is a firm list: then it lacks a firm's name and tax code.
    const asFirms = await planSpreadsheet(buf(), REQUESTS.file, { kind: "firms" });
    expect(asFirms.kind).toBe("firms");
    expect(asFirms.guessedKind).toBe("requests");
    expect(asFirms.missing.length).toBeGreaterThan(0);
  });

  it("firm lists are still guessed as firm lists", async () => {
    for (const f of ["so-cong-thuong-2024.xlsx", "members-utf8-bom.csv", "quan-huyen-1258.csv"]) {
      const plan = await planSpreadsheet(fs.readFileSync(path.join(FIXTURE_DIR, f)), f);
      expect(plan.guessedKind, f).toBe("firms");
    }
  });

  it("preview writes nothing; import creates three, refuses two by cell; the same file again is all unchanged", async () => {
    const plan = await planSpreadsheet(buf(), REQUESTS.file);
    const before = await snapshot(t);
    const dry = await importSpreadsheet(t, plan, { actor: "test", dryRun: true });
    expect(await snapshot(t)).toEqual(before);
    const r = await importSpreadsheet(t, plan, { actor: "test" });
    expect(counts(dry)).toEqual(counts(r));
    expect(counts(r)).toEqual({ created: 3, updated: 0, unchanged: 0, rejected: 2 });
    expect(lines(r)).toEqual([
      'Yêu cầu!C7: no buyer with the ref or name "Công ty TNHH Không Tồn Tại" in the directory',
      'Yêu cầu!K8: target date: "31/02/2025" is not a real date (day/month/year)',
    ]);
    expect(r.spreadsheet.kind).toBe("requests");
    expect(r.spreadsheet.dataRows).toBe(5);

    const doc = await exportDirectory(t.db);
    const byRef = new Map(doc.requests.map((q) => [q.ref, q]));
    expect(byRef.get("YC-2025-01")).toMatchObject({
      buyer: "FDI-CANON",
      title: { vi: "Gia công chi tiết nhựa ép phun", en: "Injection-moulded plastic parts" },
      materials: ["ABS", "PC"],
      annualVolume: 200000,
      targetDate: "2025-03-31",
    });
    // By the English name; by the Vietnamese name written without diacritics, ref derived.
    expect(byRef.get("YC-2025-03")?.buyer).toBe("FDI-CANON");
    const derived = derivedRequestRef("FDI-YAMAHA", "Khuôn dập chi tiết khung xe");
    expect(byRef.get(derived)).toMatchObject({
      buyer: "FDI-YAMAHA",
      processes: ["dập kim loại", "thiết kế khuôn"],
      requiredCertifications: ["ISO 9001:2015", "IATF 16949"],
      annualVolume: 50000,
      targetDate: "2025-06-30",
    });
    expect(byRef.size).toBe(3);

    const again = await importSpreadsheet(t, await planSpreadsheet(buf(), REQUESTS.file), { actor: "test" });
    expect(counts(again)).toEqual({ created: 0, updated: 0, unchanged: 3, rejected: 2 });
  });

  it("a buyer name two buyers share is refused, naming both refs", async () => {
    await importDirectory(
      t,
      {
        format: "cnht-directory/1",
        suppliers: [],
        buyers: [{ ref: "FDI-CANON-2", name: { vi: "Canon Vietnam Co., Ltd." } }],
        requests: [],
      },
      { actor: "test" },
    );
    const r = await importSpreadsheet(t, await planSpreadsheet(buf(), REQUESTS.file), {
      actor: "test",
      dryRun: true,
    });
    expect(lines(r)).toContain(
      'Yêu cầu!C6: buyer "Canon Vietnam Co., Ltd." names 2 buyers (FDI-CANON, FDI-CANON-2); write its ref instead',
    );
  });

  it("a mapping file says it maps requests; a request field in a firm mapping is refused", () => {
    const m = parseMapping(
      JSON.stringify({
        format: "cnht-sheet-mapping/1",
        kind: "requests",
        headerRow: 2,
        columns: [{ column: "C", header: "Ben mua", field: "buyer" }],
      }),
    );
    expect(m.kind).toBe("requests");
    expect(() =>
      parseMapping(
        JSON.stringify({
          format: "cnht-sheet-mapping/1",
          headerRow: 2,
          columns: [{ column: "C", header: "Ben mua", field: "buyer" }],
        }),
      ),
    ).toThrow(/columns\.0\.field must be null or one of rowNumber, ref, nameVi/);
  });
});
