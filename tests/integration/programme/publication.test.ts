import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { serverSuite } from "../../helpers/server-suite";
import { Client, PASSWORD, seedUser } from "../auth/client";
import { programmeFixture } from "./fixture";

// /publication/2026 on the built server: public page and open data; an organiser freezes the
// edition with the page's own form, and later edits of the directory leave it identical.
let org: Client;
let anon: Client;
let f: Awaited<ReturnType<typeof programmeFixture>>;

const t = serverSuite(async (db) => {
  f = await programmeFixture(db);
  await seedUser(db, { email: "org@example.com", role: "organiser" });
});

beforeAll(async () => {
  org = new Client(t.url);
  await org.login("org@example.com", PASSWORD);
  anon = new Client(t.url);
}, 240_000);

describe("/publication/2026", () => {
  it("is public, in the reader's language, with the print stylesheet as a file and no inline style element", async () => {
    const en = await anon.get("/publication/2026");
    expect(en.status).toBe(200);
    const html = await en.text();
    expect(html).toContain("Hanoi supporting industry — 2026 publication");
    expect(html).toMatch(/<link rel="stylesheet" href="[^"]*publication-print[^"]*\.css"/);
    expect(html).not.toMatch(/<style[\s>]/);
    expect(html).not.toContain("Freeze this year");
    const vi = await anon.request("/publication/2026", { headers: { "Accept-Language": "vi" } });
    expect(await vi.text()).toContain("Công nghiệp hỗ trợ Hà Nội — ấn phẩm năm 2026");
    expect((await anon.get("/publication/2999")).status).toBe(404);
    expect((await anon.get("/publication/2026/download/exe")).status).toBe(404);
    for (const year of ["1999", "20x6", "02026"])
      expect((await anon.get(`/publication/${year}/download/json`)).status).toBe(404);
  });

  it("names each firm in the reader's language with its other name below, never the same name twice (ja → en → vi)", async () => {
    const cell = async (lang: string) => {
      const html = await (
        await anon.request("/publication/2026", { headers: { "Accept-Language": lang } })
      ).text();
      const m =
        /<a [^>]*href="\/suppliers\/S1">([^<]*)<\/a>(?:<span class="block text-slate-500">([^<]*)<\/span>)?/.exec(
          html,
        );
      expect(m, `S1's row in the ${lang} page`).not.toBeNull();
      return [m![1], m![2] ?? null];
    };
    expect(await cell("vi")).toEqual(["Công ty S1", "S1 Co."]);
    expect(await cell("en")).toEqual(["S1 Co.", "Công ty S1"]);
    // Japanese: the English name first (no Japanese name), the firm's Vietnamese one below it.
    expect(await cell("ja")).toEqual(["S1 Co.", "Công ty S1"]);
  });

  it("open data: JSON with format and licence, CSV and xlsx with the same figures", async () => {
    const j = await (await anon.get("/publication/2026/download/json")).json();
    expect(j.format).toBe("cnht-publication/1");
    expect(j.licence).toMatch(/CC BY 4.0/);
    expect(j.directory.map((d: { ref: string }) => d.ref)).toEqual(["S1", "S2", "S3"]);
    const csv = await (await anon.get("/publication/2026/download/directory.csv")).text();
    const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.ref)).toEqual(["S1", "S2", "S3"]);
    const figs = parse(await (await anon.get("/publication/2026/download/figures.csv")).text(), {
      bom: true,
      columns: true,
    }) as Record<string, string>[];
    expect(figs.find((r) => r.figure === "firms")?.value).toBe(String(j.figures.firms));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      Buffer.from(await (await anon.get("/publication/2026/download/xlsx")).arrayBuffer()) as never,
    );
    expect(wb.getWorksheet("directory")!.rowCount).toBe(4);
    expect(wb.getWorksheet("figures")!.getRow(2).values).toEqual([undefined, "firms", "", j.figures.firms]);
  });

  it("a frozen edition stays identical after edits to the directory", async () => {
    // Only organisers freeze; a form from another site is refused by the Origin check.
    const anonFreeze = await anon.request("/publication/2026", {
      form: { intent: "freeze" },
      headers: { Origin: t.url },
    });
    expect(anonFreeze.headers.get("location") ?? "").toMatch(/^\/login/);
    expect(await t.db.selectFrom("publicationEditions").selectAll().execute()).toEqual([]);
    expect(
      (
        await org.request("/publication/2026", {
          form: { intent: "freeze" },
          headers: { Origin: "https://evil.example" },
        })
      ).status,
    ).toBe(403);
    const res = await org.request("/publication/2026", {
      form: { intent: "freeze" },
      headers: { Origin: t.url },
    });
    expect(res.status).toBe(302);
    const before = await (await anon.get("/publication/2026/download/json")).text();
    const pageBefore = await (await anon.get("/publication/2026")).text();
    expect(pageBefore).toContain("Edition frozen on");

    await t.db.updateTable("organisations").set({ nameEn: "Renamed Co." }).where("id", "=", f.s1).execute();
    await t.db.updateTable("organisations").set({ status: "suspended" }).where("id", "=", f.s2).execute();
    await t.db
      .insertInto("certifications")
      .values({ orgId: f.s3, standard: "ISO 9001", conceptId: "iso9001", validUntil: "2030-01-01" })
      .execute();

    const after = await (await anon.get("/publication/2026/download/json")).text();
    expect(after).toBe(before);
    expect(await (await anon.get("/publication/2026")).text()).not.toContain("Renamed Co.");
    // A second freeze changes nothing either.
    await org.request("/publication/2026", { form: { intent: "freeze" }, headers: { Origin: t.url } });
    expect(await (await anon.get("/publication/2026/download/json")).text()).toBe(before);
    const audit = await t.db
      .selectFrom("auditLog")
      .select("action")
      .where("entity", "=", "publication")
      .execute();
    expect(audit).toEqual([{ action: "publication_freeze" }]);
    // Without the frozen edition the same request reads the edits: what stayed identical above
    // stayed so because of the freeze, not because the edits touched nothing the edition shows.
    await t.db.deleteFrom("publicationEditions").execute();
    const live = await (await anon.get("/publication/2026/download/json")).text();
    expect(live).not.toBe(before);
    expect(live).toContain("Renamed Co.");
  });
});
