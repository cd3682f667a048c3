import { beforeAll, describe, expect, it } from "vitest";
import { serverSuite } from "../../helpers/server-suite";
import { Client, PASSWORD, seedUser } from "../auth/client";
import { programmeFixture } from "./fixture";

// /admin/programme on the built server: organisers set targets with the page's own form (the
// Origin the browser sends), see them against the computed figures in both languages, and every
// change is audited; bad input changes nothing; other roles are kept out.
let org: Client;
let supplier: Client;

const t = serverSuite(async (db) => {
  const f = await programmeFixture(db);
  await seedUser(db, { email: "org@example.com", role: "organiser" });
  await seedUser(db, { email: "s1@example.com", role: "supplier", orgId: f.s1, owner: true });
});

beforeAll(async () => {
  org = new Client(t.url);
  await org.login("org@example.com", PASSWORD);
  supplier = new Client(t.url);
  await supplier.login("s1@example.com", PASSWORD);
}, 240_000);

const post = (c: Client, form: Record<string, string>, origin = t.url) =>
  c.request("/admin/programme", { form, headers: { Origin: origin } });

const row = (html: string, metric: string) => {
  const m = new RegExp(`<tr[^>]*data-metric="${metric}"[^>]*>(.*?)</tr>`, "s").exec(html);
  return m ? m[1].replace(/<[^>]+>/g, "|").replace(/\|+/g, "|") : "";
};

const caption = (html: string) =>
  /<caption[^>]*>(.*?)<\/caption>/s.exec(html.replace(/<!-- -->/g, ""))?.[1] ?? "";

describe("/admin/programme", () => {
  it("saves a target from the page's form and audits the change", async () => {
    const res = await post(org, { year: "2026", metric: "firms", value: "900" });
    expect(res.status).toBe(302);
    const res2 = await post(org, { year: "2026", metric: "certified", value: "4" });
    expect(res2.status).toBe(302);
    await post(org, { year: "2026", metric: "firms", value: "6" });
    const audit = await t.db
      .selectFrom("auditLog")
      .select(["action", "entityRef", "details"])
      .where("entity", "=", "programme_target")
      .orderBy("id")
      .execute();
    expect(audit.map((a) => [a.entityRef, JSON.parse(a.details!)])).toEqual([
      ["2026/firms", { from: null, to: 900 }],
      ["2026/certified", { from: null, to: 4 }],
      ["2026/firms", { from: 900, to: 6 }],
    ]);
  });

  it("renders targets against actuals in English and in Vietnamese", async () => {
    const en = await org.request("/admin/programme?asOf=2026-06-30", {
      headers: { "Accept-Language": "en" },
    });
    expect(en.status).toBe(200);
    const html = await en.text();
    expect(html).toContain("Supporting-industry firms active");
    expect(html).toContain("Definitions");
    // 3 active firms against a target of 6: 50 %; 2 certified against 4: 50 %.
    expect(row(html, "firms")).toMatch(/\|6\|3\|50 %/);
    expect(row(html, "certified")).toMatch(/\|4\|2\|50 %/);
    expect(row(html, "mncSuppliers")).toMatch(/not set\|1\|/);
    expect(row(html, "meetings")).toMatch(/\|2\|/);
    // The table's date as the reader's language writes dates, not the ISO text of the form field.
    expect(caption(html)).toBe("As of 30 Jun 2026");
    // Year over year (each year as of its last day, the current one as of the date asked): firms,
    // certified, supplying multinationals, meetings, outcomes; the year's target after a slash.
    const year = (y: number) =>
      (new RegExp(`<tr[^>]*data-year="${y}"[^>]*>(.*?)</tr>`, "s").exec(html)?.[1] ?? "")
        .replace(/<[^>]+>/g, "|")
        .replace(/\|+/g, "|");
    expect(year(2024)).toBe("|2024|0|0|0|0|0|");
    expect(year(2025)).toBe("|2025|2|2|0|0|0|"); // S1, S2 listed in January 2025; S2's ISO 9001 still valid
    expect(year(2026)).toBe("|2026|3| / |6|2| / |4|1|2|2|");
    // The language switch, as a visitor uses it (the page's own form).
    const sw = await org.request("/lang", {
      form: { lang: "vi", redirectTo: "/admin/programme" },
      headers: { Origin: t.url },
    });
    expect(sw.status).toBe(302);
    const vi = await org.get("/admin/programme?asOf=2026-06-30");
    const vhtml = await vi.text();
    expect(vhtml).toContain("Doanh nghiệp CNHT đang hoạt động");
    expect(vhtml).toContain("Định nghĩa");
    expect(row(vhtml, "firms")).toMatch(/\|6\|3\|50 %/);
    expect(row(vhtml, "mncSuppliers")).toMatch(/chưa đặt\|1\|/);
    expect(caption(vhtml)).toBe("Tính đến ngày 30/06/2026");
    await org.request("/lang", { form: { lang: "en", redirectTo: "/" }, headers: { Origin: t.url } });
  });

  it("refuses bad input with a message and changes nothing", async () => {
    const before = await t.db.selectFrom("programmeTargets").selectAll().execute();
    const bad = await post(org, { year: "2026", metric: "sector:mechanical", value: "150" });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("at most 100");
    expect((await post(org, { year: "2026", metric: "turnover", value: "5" })).status).toBe(400);
    expect((await post(org, { year: "1999", metric: "firms", value: "5" })).status).toBe(400);
    expect((await post(org, { year: "2026", metric: "firms", value: "-1" })).status).toBe(400);
    expect(await t.db.selectFrom("programmeTargets").selectAll().execute()).toEqual(before);
  });

  it("keeps other roles and foreign origins out", async () => {
    const page = await supplier.get("/admin/programme");
    expect([302, 403, 404]).toContain(page.status);
    const write = await post(supplier, { year: "2026", metric: "firms", value: "1" });
    expect([302, 403, 404]).toContain(write.status);
    const csrf = await post(org, { year: "2026", metric: "firms", value: "1" }, "https://evil.example");
    expect(csrf.status).toBe(403);
    const firms = await t.db
      .selectFrom("programmeTargets")
      .select("value")
      .where("metric", "=", "firms")
      .executeTakeFirst();
    expect(firms?.value).toBe(6);
  });
});
