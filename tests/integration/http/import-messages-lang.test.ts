import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { serverSuite } from "../../helpers/server-suite";
import { planSpreadsheet } from "../../../app/services/import/spreadsheet.server";
import { FIXTURE_DIR, serial } from "../../../scripts/fixtures/spreadsheets";
import { Client, PASSWORD, seedUser } from "../auth/client";

// Issue 12 over real HTTP: the department's workbook (so-cong-thuong-2024.xlsx: C12 holds an
// 8-digit tax code, C6 a tax code that lost its leading zero, column K founding dates as Excel
// serials) walked through /admin/import → mapping step → preview in Vietnamese and in English.
// The per-cell messages and the mapping step's example dates are in the page's language.

const FILE = "so-cong-thuong-2024.xlsx";

const t = serverSuite(async (db) => {
  await seedUser(db, { email: "org@example.com", role: "organiser" });
});

const text = async (res: Response) => (await res.text()).replaceAll("<!-- -->", "");
const unescape = (html: string) =>
  html.replaceAll("&quot;", '"').replaceAll("&#x27;", "'").replaceAll("&#39;", "'").replaceAll("&amp;", "&");

/** Uploads the fixture, opens its mapping step and previews the proposed mapping, in `lang`. */
async function walk(lang: "vi" | "en") {
  const c = new Client(t.url);
  await c.login("org@example.com", PASSWORD);
  // The reader's choice of language (the /lang form), as a person switches it in the header.
  const chosen = await c.request("/lang", {
    form: { lang, redirectTo: "/admin/import" },
    headers: { Origin: t.url },
  });
  expect(chosen.status).toBe(302);
  const headers = { "Accept-Language": lang };
  const buf = fs.readFileSync(path.join(FIXTURE_DIR, FILE));
  const fd = new FormData();
  fd.append("intent", "preview");
  fd.append("kind", "auto");
  fd.append("file", new Blob([new Uint8Array(buf)]), FILE);
  const up = await c.request("/admin/import", { method: "POST", body: fd, headers });
  expect(up.status, await up.clone().text()).toBe(302);
  const to = up.headers.get("location")!;
  const token = /token=([0-9a-f]{32})/.exec(to)![1];
  const step = await c.request(to, { headers });
  expect(step.status).toBe(200);
  const stepHtml = unescape(await text(step));

  const plan = await planSpreadsheet(buf, FILE);
  expect(plan.missing).toEqual([]);
  const founded = plan.mapping.find((m) => m.field === "founded");
  expect(founded, "the proposal maps the founding-date column").toBeDefined();
  const form: Record<string, string> = {
    intent: "preview",
    token,
    sheet: plan.grid.sheet,
    headerRow: String(plan.headerRow),
    kind: "firms",
  };
  for (const m of plan.mapping) form[`col_${m.column}`] = m.field ?? "";
  const preview = await c.request(`/admin/import/sheet?token=${token}`, {
    form,
    headers: { ...headers, Origin: t.url },
  });
  expect(preview.status).toBe(200);
  const previewHtml = unescape(await text(preview));
  // What the reader sees: the page without its scripts (the hydration data carries each
  // problem's English `reason` too, as the API does).
  const shown = previewHtml.replace(/<script[\s\S]*?<\/script>/g, "");
  return { stepHtml, previewHtml: shown };
}

// The same cells read in each language: the founding date (written in the file as the serial
// 37726), the bad cell, the repaired tax code; and none of them in the other language.
const READERS = [
  {
    name: "Vietnamese: the bad cell, the repaired tax code and the serial dates read in Vietnamese",
    lang: "vi",
    founded: "15/04/2003",
    badCell: "DS DN CNHT!C12: mã số thuế có 8 chữ số (mã số thuế có 10 chữ số, hoặc 13 với chi nhánh)",
    repaired: "DS DN CNHT!C6: mã số thuế 101234567 bị mất số 0 ở đầu; đọc thành 0101234567",
    otherLanguage: "tax code has 8 digits",
  },
  {
    name: "English: the same cells in English, as the CLI writes them",
    lang: "en",
    founded: "15 Apr 2003",
    badCell: "DS DN CNHT!C12: tax code has 8 digits (a tax code has 10, or 13 for a branch)",
    repaired: "DS DN CNHT!C6: tax code 101234567 lost its leading zero; read as 0101234567",
    otherLanguage: "mã số thuế có 8 chữ số",
  },
] as const;

describe("the import report in the reader's language", () => {
  for (const r of READERS)
    it(
      r.name,
      async () => {
        const { stepHtml, previewHtml } = await walk(r.lang);
        expect(stepHtml).toContain(r.founded);
        expect(stepHtml).not.toContain(String(serial("2003-04-15")));
        expect(previewHtml).toContain(r.badCell);
        expect(previewHtml).toContain(r.repaired);
        expect(previewHtml).not.toContain(r.otherLanguage);
      },
      180_000,
    );
});
