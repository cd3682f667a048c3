import { describe, expect, it } from "vitest";
import { decodeCsv, readSheet } from "../../../app/modules/import/spreadsheet/read";
import { planSpreadsheet } from "../../../app/services/import/spreadsheet.server";

// Excel's "Unicode Text" and several accounting programs save lists as UTF-16 with a byte-order
// mark (often tab-separated); read as UTF-8 or Windows-1258 they would be NUL-riddled garbage.

const TEXT = "STT\tTên doanh nghiệp\tMST\r\n1\tCông ty TNHH Cơ khí Đông Anh\t0101234567\r\n";

function utf16(text: string, order: "le" | "be"): Uint8Array {
  const le = Buffer.from(`\ufeff${text}`, "utf16le");
  if (order === "le") return le;
  const be = Buffer.from(le);
  for (let i = 0; i + 1 < be.length; i += 2) [be[i], be[i + 1]] = [le[i + 1], le[i]];
  return be;
}

describe("CSV in UTF-16", () => {
  it.each(["le", "be"] as const)("UTF-16 %s with BOM decodes to the same text, BOM dropped", (order) => {
    const d = decodeCsv(utf16(TEXT, order));
    expect(d.encoding).toBe(`utf-16${order}`);
    expect(d.text).toBe(TEXT);
  });

  it.each(["le", "be"] as const)("a UTF-16 %s list is read cell by cell and mapped", async (order) => {
    const g = await readSheet(utf16(TEXT, order), "ds.csv");
    expect(g.rows.slice(0, 2)).toEqual([
      ["STT", "Tên doanh nghiệp", "MST"],
      ["1", "Công ty TNHH Cơ khí Đông Anh", "0101234567"],
    ]);
    const plan = await planSpreadsheet(utf16(TEXT, order), "ds.csv");
    expect(plan.headerRow).toBe(1);
    expect(plan.mapping.map((m) => m.field)).toEqual(["rowNumber", "nameVi", "taxCode"]);
    expect(plan.missing).toEqual([]);
  });

  it("without a BOM, UTF-8 and Windows-1258 are still told apart", () => {
    expect(decodeCsv(Buffer.from("Tên,MST\n", "utf8")).encoding).toBe("utf-8");
    expect(decodeCsv(Uint8Array.from([0x54, 0xea, 0x6e])).encoding).toBe("windows-1258");
  });
});
