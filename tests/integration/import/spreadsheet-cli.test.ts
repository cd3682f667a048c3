import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { withFreshDb } from "../../helpers/db";
import { runCli } from "../../helpers/cli";
import { FIXTURE_DIR, REQUEST_BUYERS, REQUESTS } from "../../../scripts/fixtures/spreadsheets";
import { importDirectory } from "../../../app/services/import/run.server";
import { count } from "./snapshot";

const cli = runCli;

describe("cli import FILE.xlsx|FILE.csv", () => {
  it("imports a workbook with its report and exit 1 for a rejected row; --dry-run writes nothing; again is unchanged", async () => {
    await withFreshDb(async (t) => {
      const file = path.join(FIXTURE_DIR, "so-cong-thuong-2024.xlsx");
      const dry = await cli(t.file, ["import", file, "--dry-run"]);
      expect(dry.code).toBe(1);
      expect(dry.stdout).toContain("Dry run (nothing written)");
      expect(await count(t, "SELECT count(*) FROM organisations")).toBe(0);
      const run = await cli(t.file, ["import", file]);
      expect(run.code).toBe(1);
      expect(run.stdout).toContain("suppliers 7 created, 0 updated, 0 unchanged, 1 rejected");
      expect(run.stdout).toContain("DS DN CNHT!C12: tax code has 8 digits");
      expect(run.stdout).toContain("3 tax codes got their leading zero back");
      expect(run.stdout).toContain("product: đệm chống rung (1 row)");
      expect(await count(t, "SELECT count(*) FROM organisations WHERE kind = 'supplier'")).toBe(7);
      const again = await cli(t.file, ["import", file]);
      expect(again.stdout).toContain("suppliers 0 created, 0 updated, 7 unchanged, 1 rejected");
      const tcvn3Sheet = (sheet: string) =>
        cli(t.file, ["import", path.join(FIXTURE_DIR, "hiep-hoi-tcvn3.xlsx"), "--sheet", sheet]);
      const ok = await tcvn3Sheet("Hoi vien");
      expect(ok.code).toBe(0);
      expect(ok.stdout).toContain("29 TCVN3 cells");
      const noSheet = await tcvn3Sheet("Nope");
      expect(noSheet.code).toBe(1);
      expect(noSheet.stderr).toContain('no sheet named "Nope" (the workbook has "Hoi vien")');
    });
  }, 300_000);

  it("stops with exit 2 and writes the proposed mapping when columns are not recognised; --mapping then imports", async () => {
    await withFreshDb(async (t) => {
      const file = path.join(t.dir, "hoi-vien.xlsx");
      fs.copyFileSync(path.join(FIXTURE_DIR, "hoi-vien-can-mapping.xlsx"), file);
      const first = await cli(t.file, ["import", file]);
      expect(first.code).toBe(2);
      const mapFile = path.join(t.dir, "hoi-vien.mapping.json");
      expect(first.stderr).toContain(`The proposed mapping is in ${mapFile}`);
      expect(await count(t, "SELECT count(*) FROM organisations")).toBe(0);
      const proposal = JSON.parse(fs.readFileSync(mapFile, "utf8"));
      expect(proposal).toEqual({
        format: "cnht-sheet-mapping/1",
        headerRow: 1,
        columns: [
          { column: "A", header: "TT", field: "rowNumber" },
          { column: "B", header: "Hội viên", field: null },
          { column: "C", header: "Số ĐKKD", field: null },
          { column: "D", header: "Mặt hàng", field: "products" },
          { column: "E", header: "Điện thoại", field: "contactPhone" },
        ],
      });
      // Run again without --mapping: the edited-or-not proposal is never overwritten.
      const second = await cli(t.file, ["import", file]);
      expect(second.code).toBe(2);
      expect(second.stderr).toContain("already exists and is left as it is");

      proposal.columns[1].field = "nameVi";
      proposal.columns[2].field = "taxCode";
      fs.writeFileSync(mapFile, JSON.stringify(proposal));
      const mapped = await cli(t.file, ["import", file, "--mapping", mapFile]);
      expect(mapped.code).toBe(0);
      expect(mapped.stdout).toContain("suppliers 2 created, 0 updated, 0 unchanged, 0 rejected");

      proposal.columns[1].field = "firmName";
      fs.writeFileSync(mapFile, JSON.stringify(proposal));
      const bad = await cli(t.file, ["import", file, "--mapping", mapFile]);
      expect(bad.code).toBe(1);
      expect(bad.stderr).toMatch(
        /the mapping's columns\.1\.field must be null or one of rowNumber, ref, nameVi/,
      );
    });
  }, 300_000);

  it("--requests imports a list of sourcing requests; without it the headers' guess is explained", async () => {
    await withFreshDb(async (t) => {
      await importDirectory(t, REQUEST_BUYERS, { actor: "test" });
      // A copy: the stop below writes its proposal next to the file.
      const file = path.join(t.dir, REQUESTS.file);
      fs.copyFileSync(path.join(FIXTURE_DIR, REQUESTS.file), file);
      const asFirms = await cli(t.file, ["import", file]);
      expect(asFirms.code).toBe(2);
      expect(asFirms.stderr).toContain("look like a list of sourcing requests: run again with --requests");
      const run = await cli(t.file, ["import", file, "--requests"]);
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/requests +3 created, 0 updated, 0 unchanged, 2 rejected/);
      expect(run.stdout).toContain('Yêu cầu!C7: no buyer with the ref or name "Công ty TNHH Không Tồn Tại"');
      expect(run.stdout).toContain('Sheet "Yêu cầu" (sourcing requests): header on row 2, 5 data rows');
      expect(run.stdout).toContain("Terms kept as the buyers wrote them");
      expect(await count(t, "SELECT count(*) FROM sourcing_requests")).toBe(3);
      const again = await cli(t.file, ["import", file, "--requests"]);
      expect(again.stdout).toMatch(/requests +0 created, 0 updated, 3 unchanged, 2 rejected/);
    });
  }, 300_000);
});
