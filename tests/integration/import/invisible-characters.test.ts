import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDb } from "../../helpers/db";
import { importDirectory } from "../../../app/services/import/run.server";
import { formatRejection } from "../../../app/modules/import/validate";
import { importSpreadsheet, planSpreadsheet } from "../../../app/services/import/spreadsheet.server";
import { exportDirectory } from "../../../app/services/import/export.server";
import { renderImportMessage } from "../../../app/modules/import/messages";
import { translator } from "../../../app/modules/i18n/translate";

// Decision 700: an import (a cnht-directory/1 file, a CSV or xlsx list) drops the invisible
// characters no one types from free text, as every form does (decision 640), and refuses a key
// (ref, tax code, email …) that holds one, naming the character and where it is.

const RLO = "\u202e";
const ZWSP = "\u200b";
/** What no stored text may hold: controls other than tab/LF/CR, bidi and zero-width marks. */
// eslint-disable-next-line no-control-regex -- the control characters are what is looked for
const HIDDEN = /[\u0000-\u0008\u000b-\u000c\u000e-\u001f\u007f-\u009f\u200b\u202a-\u202e\u2066-\u2069\ufeff]/;

let t: Awaited<ReturnType<typeof freshDb>>;
beforeAll(async () => {
  t = await freshDb();
});
afterAll(async () => {
  await t.close();
});

const stored = async (ref: string) => (await exportDirectory(t.db)).suppliers.find((s) => s.ref === ref);
const file = (suppliers: unknown[]) => ({ format: "cnht-directory/1", suppliers });

describe("a cnht-directory/1 file", () => {
  it("refuses a name of spaces or invisible characters as blank", async () => {
    const r = await importDirectory(t, file([{ ref: "S-INV-0", name: { vi: `${ZWSP} ${RLO}`, en: " " } }]));
    expect(r.rejections.flatMap(formatRejection)).toEqual([
      "suppliers[0] (S-INV-0): name: must not be blank",
    ]);
  });

  it("stores names, descriptions, terms and contacts without invisible characters", async () => {
    const r = await importDirectory(
      t,
      file([
        {
          ref: "S-INV-1",
          name: { vi: `Công${ZWSP} ty ${RLO}An\u0007`, en: `\ufeffAn Co.\u2066` },
          description: { vi: `Gia công\u000bCNC\u001b` },
          capabilities: { processes: [`ép${ZWSP}nhựa`] },
          location: { address: `Số 1${RLO}` },
          contact: { name: `Nguyễn${ZWSP} An`, phone: `0912\u2060345678` },
          certifications: [{ standard: `ISO${ZWSP} 9001`, issuer: `BSI${RLO}` }],
        },
      ]),
    );
    expect(r.rejections.flatMap(formatRejection)).toEqual([]);
    const s = (await stored("S-INV-1"))!;
    expect(s.name).toEqual({ vi: "Công ty An", en: "An Co." });
    expect(s.description).toEqual({ vi: "Gia công\nCNC" });
    expect(JSON.stringify(s)).not.toMatch(HIDDEN);
    expect(s.contact).toMatchObject({ name: "Nguyễn An", phone: "0912345678" });
    // Read back once more: nothing left to change.
    const again = await importDirectory(t, file([s]));
    expect(again.suppliers.unchanged).toBe(1);
  });

  it.each([
    [
      "ref",
      { ref: `S-${RLO}100` },
      `suppliers[0] (S-${RLO}100): ref: holds an invisible character, U+202E, at character 3`,
    ],
    [
      "tax code",
      { taxCode: `0101${ZWSP}234567` },
      "suppliers[0] (S-INV-2): taxCode: holds an invisible character, U+200B, at character 5",
    ],
    [
      "email",
      { contact: { email: `an${ZWSP}@example.vn` } },
      "suppliers[0] (S-INV-2): contact.email: holds an invisible character, U+200B, at character 3",
    ],
    [
      "export market",
      { exportMarkets: [`J${ZWSP}P`] },
      "suppliers[0] (S-INV-2): exportMarkets[0]: holds an invisible character, U+200B, at character 2",
    ],
  ])("refuses a %s holding one, naming it, and stores nothing", async (_, part, line) => {
    const r = await importDirectory(t, file([{ ref: "S-INV-2", name: { vi: "Công ty Bình" }, ...part }]));
    expect(r.rejections.flatMap(formatRejection)).toEqual([
      `${line} (a paste from a PDF or Word brings them); type the value again`,
    ]);
    expect(await stored("S-INV-2")).toBeUndefined();
    expect(renderImportMessage(r.rejections[0].problems[0].message!, translator("vi"))).toMatch(
      /^có ký tự ẩn U\+20[0-9A-E]{2} ở ký tự thứ \d/,
    );
  });
});

describe("a spreadsheet", () => {
  const HEADER = ["Tên doanh nghiệp", "Mã số thuế", "Địa chỉ", "Email"];
  async function importRows(name: string, rows: string[][]) {
    let bytes: Buffer;
    if (name.endsWith(".csv"))
      bytes = Buffer.from([HEADER, ...rows].map((r) => r.map((c) => `"${c}"`).join(",")).join("\r\n"));
    else {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet("DS");
      for (const r of [HEADER, ...rows]) ws.addRow(r);
      bytes = Buffer.from(await wb.xlsx.writeBuffer());
    }
    const plan = await planSpreadsheet(bytes, name);
    expect(plan.missing).toEqual([]);
    return importSpreadsheet(t, plan, { actor: "test" });
  }

  it.each(["list.csv", "list.xlsx"])(
    "%s: a name with a bidi override or zero-width space is stored clean; a tax code with one is refused at its cell",
    async (name) => {
      const n = name.endsWith(".csv") ? "3" : "4";
      const r = await importRows(name, [
        [`Công ty ${RLO}Cơ khí${ZWSP} Hà ${n}`, `010${n}234567`, `Số 5${ZWSP} Đông Anh`, `a${n}@example.vn`],
        [`Công ty Đúc ${n}`, `0109${ZWSP}99999${n}`, "Gia Lâm", ""],
        [`${ZWSP}${RLO}`, `0105${n}55555`, "Gia Lâm", ""],
      ]);
      const sheet = name.endsWith(".csv") ? "list" : "DS";
      expect(r.rejections.flatMap(formatRejection)).toEqual([
        `${sheet}!B3: holds an invisible character, U+200B, at character 5 (a paste from a PDF or Word brings them); type the value again`,
        `${sheet}!A4: name: must not be blank`,
      ]);
      const s = (await stored(`MST-010${n}234567`))!;
      expect(s.name.vi).toBe(`Công ty Cơ khí Hà ${n}`);
      expect(s.location?.address).toBe("Số 5 Đông Anh");
      expect(JSON.stringify(s)).not.toMatch(HIDDEN);
      // A name made only of invisible characters is blank, as on a form.
      expect(await stored(`MST-0105${n}55555`)).toBeUndefined();
    },
  );
});
