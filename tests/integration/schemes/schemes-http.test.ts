import { describe, expect, it } from "vitest";
import { refusedPage } from "../../helpers/html";
import { storedValue } from "../../helpers/db";
import { Client } from "../auth/client";
import { todayInHanoi } from "../../../app/modules/clock";
import { PDF, SCHEME_FORM, schemeSuite, shift } from "./fixture";
import { computeKpis } from "../../../app/modules/programme/kpi";
import { loadKpiData } from "../../../db/queries/programme";

// Support schemes and news on the built server with a real SQLite file: an organiser creates a
// scheme through the page's form, a firm applies with documents (the profile uploads' checks),
// the organiser cannot approve beyond the budget, approves within it, the firm is mailed through
// the outbox and the programme figure moves; documents stay with the firm and organisers; news
// Markdown never carries script into the page.
const { t, firms, org, s1, s2, post } = schemeSuite((db, { firm1 }) =>
  db
    .insertInto("certifications")
    .values({ orgId: firm1, standard: "ISO 9001:2015", conceptId: "iso9001", validUntil: shift(400) })
    .execute(),
);
const today = todayInHanoi(new Date());

const apply = (c: Client, schemeId: number, files: { bytes: Uint8Array<ArrayBuffer>; name: string }[]) => {
  const fd = new FormData();
  fd.set("schemeId", String(schemeId));
  fd.set("note", "Consulting for ISO 9001");
  for (const f of files) fd.append("documents", new Blob([f.bytes]), f.name);
  return c.request("/my/schemes", { method: "POST", body: fd, headers: { Origin: t.url } });
};
let schemeId = 0;
/** A submit button posting `intent` (the consoles' one-button toggles). */
const intentButton = (intent: string) => new RegExp(`<button[^>]*name="intent"[^>]*value="${intent}"`);
/** The status the organiser's decision on an application gets (302 done, 400 refused). */
const decide = async (form: Record<string, string>) =>
  (await post(org, `/admin/schemes/${schemeId}`, form)).status;

describe("support schemes over HTTP", () => {
  it("an organiser creates a scheme; other roles cannot", async () => {
    const form = SCHEME_FORM;
    expect((await post(org, "/admin/schemes", { ...form, standard: "" })).status).toBe(400);
    expect((await post(s1, "/admin/schemes", form)).status).toBe(403);
    expect(await t.db.selectFrom("supportSchemes").selectAll().execute()).toEqual([]);
    const res = await post(org, "/admin/schemes", form);
    expect(res.status).toBe(302);
    schemeId = Number(/\/admin\/schemes\/(\d+)/.exec(res.headers.get("location")!)![1]);
    expect(schemeId).toBeGreaterThan(0);
  });

  it("a firm applies with a document; a file that is not PDF/PNG/JPEG and a second application are refused", async () => {
    const page = await s1.get("/my/schemes");
    expect(await page.text()).toContain("ISO 9001 support");
    const bad = await apply(s1, schemeId, [
      { bytes: new TextEncoder().encode("<html>not a pdf"), name: "x.pdf" },
    ]);
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("PDF, PNG, JPEG");
    expect((await apply(s1, schemeId, [])).status).toBe(400);
    expect(await t.db.selectFrom("schemeApplications").selectAll().execute()).toEqual([]);
    expect((await apply(s1, schemeId, [{ bytes: PDF, name: "quote.pdf" }])).status).toBe(302);
    expect((await apply(s1, schemeId, [{ bytes: PDF, name: "quote.pdf" }])).status).toBe(400);
    expect((await apply(s2, schemeId, [{ bytes: PDF, name: "plan.pdf" }])).status).toBe(302);
    const apps = await t.db
      .selectFrom("schemeApplications")
      .select(["orgId", "status"])
      .orderBy("id")
      .execute();
    expect(apps.map((a) => a.status)).toEqual(["submitted", "submitted"]);
  });

  it("documents are served to their firm and organisers only", async () => {
    const doc = await t.db
      .selectFrom("schemeDocuments as d")
      .innerJoin("schemeApplications as a", "a.id", "d.applicationId")
      .select("d.id")
      .where("a.orgId", "=", firms.firm1)
      .executeTakeFirstOrThrow();
    const own = await s1.get(`/files/scheme-documents/${doc.id}`);
    expect(own.status).toBe(200);
    expect(own.headers.get("content-type")).toBe("application/pdf");
    expect(new Uint8Array(await own.arrayBuffer())).toEqual(PDF);
    expect((await org.get(`/files/scheme-documents/${doc.id}`)).status).toBe(200);
    expect((await s2.get(`/files/scheme-documents/${doc.id}`)).status).toBe(403);
  });

  it("refuses an approval over budget, approves within it, mails the firm and moves the figure", async () => {
    const [a1, a2] = await t.db
      .selectFrom("schemeApplications")
      .select(["id", "orgId"])
      .orderBy("id")
      .execute();
    const before = computeKpis(await loadKpiData(t.db), today).schemeCertified;
    const over = await post(org, `/admin/schemes/${schemeId}`, {
      intent: "approve",
      applicationId: String(a1!.id),
      amount: "1000001",
    });
    expect(over.status).toBe(400);
    expect(await over.text()).toContain("more than what is left");
    expect(await decide({ intent: "approve", applicationId: String(a1!.id), amount: "600.000" })).toBe(302);
    // 400,000 left: the second firm's 500,000 does not fit.
    expect(await decide({ intent: "approve", applicationId: String(a2!.id), amount: "500000" })).toBe(400);
    expect(await decide({ intent: "reject", applicationId: String(a2!.id), reason: " " })).toBe(400);
    expect(await decide({ intent: "reject", applicationId: String(a2!.id), reason: "Outside Hanoi" })).toBe(
      302,
    );
    // Decided once: a second decision is refused.
    expect(await decide({ intent: "reject", applicationId: String(a1!.id), reason: "x" })).toBe(400);

    const apps = await t.db
      .selectFrom("schemeApplications")
      .select(["status", "amount", "reason"])
      .orderBy("id")
      .execute();
    expect(apps).toEqual([
      { status: "approved", amount: 600000, reason: null },
      { status: "rejected", amount: null, reason: "Outside Hanoi" },
    ]);
    const page = await (await org.get(`/admin/schemes/${schemeId}`)).text();
    expect(page).toContain("Approved 600,000 of 1,000,000 VND (60 %), 400,000 VND left");
    expect(page).toMatch(intentButton("archive"));
    const mails = await t.db
      .selectFrom("mailOutbox")
      .select(["toAddress", "subject", "body"])
      .where("kind", "=", "scheme_decision")
      .orderBy("id")
      .execute();
    expect(mails.map((m) => m.toAddress)).toEqual(["s1@example.com", "s2@example.com"]);
    expect(mails[0]!.subject).toBe("Application approved: ISO 9001 support");
    expect(mails[0]!.body).toContain("600,000 VND");
    expect(mails[1]!.body).toContain("Outside Hanoi");
    const audit = await t.db
      .selectFrom("auditLog")
      .select("action")
      .where("entity", "in", ["support_scheme", "scheme_application"])
      .orderBy("id")
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      "scheme_create",
      "scheme_apply",
      "scheme_apply",
      "scheme_approve",
      "scheme_reject",
    ]);
    // Firm 1 holds a dated, valid ISO 9001: the approved ISO 9001 support now counts.
    expect(computeKpis(await loadKpiData(t.db), today).schemeCertified).toBe(before + 1);
    const mine = await (await s1.get("/my/schemes")).text();
    expect(mine).toContain("Supported with 600,000 VND");
  });
});

describe("an outsider against schemes and applications", () => {
  let trainingId = 0;
  let appId = 0;
  const evil = { Origin: "https://evil.example" };
  const appRow = () =>
    t.db
      .selectFrom("schemeApplications")
      .select(["status", "amount", "withdrawnAt"])
      .where("id", "=", appId)
      .executeTakeFirstOrThrow();
  const count = async (table: "schemeApplications" | "schemeDocuments" | "schemeInfoRequests") =>
    (await t.db.selectFrom(table).select("id").execute()).length;

  it("scheme text with markup is shown as text to firms and organisers", async () => {
    const res = await post(org, "/admin/schemes", {
      nameVi: "Đào tạo <i>QC</i>",
      nameEn: "QC training <i>x</i>",
      kind: "training",
      budget: "5000000",
      opensOn: shift(-1),
      closesOn: shift(9),
      eligibilityVi: "<script>alert(1)</script>",
      eligibilityEn: '<img src=x onerror="alert(2)"><script>alert(1)</script>',
    });
    expect(res.status).toBe(302);
    trainingId = Number(/\/admin\/schemes\/(\d+)/.exec(res.headers.get("location")!)![1]);
    for (const html of [
      await (await s1.get("/my/schemes")).text(),
      await (await org.get(`/admin/schemes/${trainingId}`)).text(),
    ]) {
      expect(html).toContain("QC training &lt;i&gt;x&lt;/i&gt;");
      expect(html).not.toContain("<i>x</i>");
      expect(html).not.toContain("<script>alert(1)");
      expect(html).not.toContain('<img src=x onerror="alert(2)">');
    }
    expect(await (await s1.get("/my/schemes")).text()).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("refuses an oversized document, a non-PDF disguised as one and an unknown scheme, storing nothing", async () => {
    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    big.set(PDF);
    const tooBig = await apply(s2, trainingId, [{ bytes: big, name: "big.pdf" }]);
    expect(tooBig.status).toBe(400);
    expect(await tooBig.text()).toContain("The file is too large (at most 5 MB)");
    const exe = new TextEncoder().encode("MZ\x90\x00 this is an executable");
    expect((await apply(s2, trainingId, [{ bytes: exe, name: "plan.pdf" }])).status).toBe(400);
    // An id that names no scheme: a 404, not a server error.
    expect((await apply(s2, 987654, [{ bytes: PDF, name: "plan.pdf" }])).status).toBe(404);
    expect(
      (
        await t.db
          .selectFrom("schemeApplications")
          .select("id")
          .where("schemeId", "in", [trainingId, 987654])
          .execute()
      ).length,
    ).toBe(0);
    expect((await apply(s2, trainingId, [{ bytes: PDF, name: "plan.pdf" }])).status).toBe(302);
    appId = await storedValue(t.db, "schemeApplications", { schemeId: trainingId }, "id");
  });

  it("a supplier cannot decide or question an application, nor an organiser from another site or through another scheme", async () => {
    const before = [await count("schemeInfoRequests"), await appRow()];
    const approve = { intent: "approve", applicationId: String(appId), amount: "1000" };
    const sameSite = { Origin: t.url };
    // Who posts which decision with which headers: each refused.
    const tries: [Client, Record<string, string>, Record<string, string>][] = [
      [s1, approve, sameSite],
      [s2, approve, sameSite],
      [s2, { intent: "ask", applicationId: String(appId), question: "?" }, sameSite],
      [org, approve, evil],
      [
        org,
        { intent: "reject", applicationId: String(appId), reason: "x" },
        { "Sec-Fetch-Site": "cross-site" },
      ],
    ];
    for (const [c, form, headers] of tries)
      expect((await c.request(`/admin/schemes/${trainingId}`, { form, headers })).status).toBe(403);
    // The application is not the first scheme's: named through it, it is not found.
    const other = await post(org, `/admin/schemes/${schemeId}`, approve);
    expect(other.status).toBe(404);
    expect([await count("schemeInfoRequests"), await appRow()]).toEqual(before);
    expect((await appRow()).status).toBe("submitted");
  });

  it("a firm's writes from another site are refused; another firm cannot withdraw it; documents stay private", async () => {
    const fd = new FormData();
    fd.set("intent", "withdraw");
    fd.set("applicationId", String(appId));
    expect((await s2.request("/my/schemes", { method: "POST", body: fd, headers: evil })).status).toBe(403);
    expect(
      (await s1.request("/my/schemes", { method: "POST", body: fd, headers: { Origin: t.url } })).status,
    ).toBe(404);
    expect((await appRow()).withdrawnAt).toBeNull();
    const doc = await t.db
      .selectFrom("schemeDocuments")
      .select("id")
      .where("applicationId", "=", appId)
      .executeTakeFirstOrThrow();
    const anon = await new Client(t.url).get(`/files/scheme-documents/${doc.id}`);
    expect(anon.status).toBe(302);
    expect(anon.headers.get("location")).toMatch(/^\/login\?/);
    expect(await anon.text()).not.toContain("%PDF");
    expect((await s1.get(`/files/scheme-documents/${doc.id}`)).status).toBe(403);
    expect((await s2.get(`/files/scheme-documents/${doc.id}`)).status).toBe(200);
  });

  it("an archived scheme takes no application, even posted directly inside its window", async () => {
    expect((await post(org, `/admin/schemes/${trainingId}`, { intent: "archive" })).status).toBe(302);
    const n = await count("schemeApplications");
    await refusedPage(await apply(s1, trainingId, [{ bytes: PDF, name: "quote.pdf" }]), 400, ["not open"]);
    expect(await count("schemeApplications")).toBe(n);
    expect(await (await s1.get("/my/schemes")).text()).not.toContain("QC training");
  });
});

describe("scheme texts in the reader's language", () => {
  // The name and eligibility as shown (not the loader's data, which carries both languages).
  const shown = async (lang: string) => {
    expect((await post(s1, "/lang", { lang, redirectTo: "/my/schemes" })).status).toBe(302);
    const html = await (await s1.get("/my/schemes")).text();
    expect(html).toContain(`<html lang="${lang}"`);
    const name = new RegExp(`<h2 id="scheme-${schemeId}-name"[^>]*>([^<]*)<`).exec(html)?.[1];
    return { name, html };
  };

  it("a Japanese reader gets the English name and eligibility (ja → en → vi); an empty English eligibility shows the Vietnamese", async () => {
    const ja = await shown("ja");
    expect(ja.name).toBe("ISO 9001 support");
    expect(ja.html).toContain(">Supporting-industry firms<");
    expect((await shown("vi")).name).toBe("Hỗ trợ ISO 9001");
    await t.db.updateTable("supportSchemes").set({ eligibilityEn: "" }).where("id", "=", schemeId).execute();
    const en = await shown("en");
    expect(en.name).toBe("ISO 9001 support");
    expect(en.html).toContain(">DN CNHT<");
  });
});

describe("news over HTTP", () => {
  it("publishes Markdown without letting script through, in both languages", async () => {
    const res = await post(org, "/admin/news", {
      titleVi: "Tin thử",
      titleEn: "Test news",
      bodyVi: "Xin chào **mọi người**",
      bodyEn:
        'Hello **all** <script>window.__x=1</script><img src=x onerror="alert(1)"> [x](javascript:alert(1))',
      publish: "on",
    });
    expect(res.status).toBe(302);
    expect(
      (await post(s1, "/admin/news", { titleVi: "a", titleEn: "b", bodyVi: "c", bodyEn: "d" })).status,
    ).toBe(403);
    const en = await (await s2.get("/news/test-news")).text();
    expect(en).toContain("<strong>all</strong>");
    const body = en.slice(en.indexOf("Hello"));
    expect(body).not.toMatch(/<script>window|onerror=|javascript:alert/);
    // A visitor reading in Vietnamese (a logged-in user's own language would win over the header).
    const vi = await new Client(t.url).request("/news/test-news", {
      headers: { "Accept-Language": "vi" },
    });
    expect(await vi.text()).toContain("<strong>mọi người</strong>");
    // A Japanese reader gets the English text (ja → en → vi), never the Vietnamese one.
    const ja = await new Client(t.url).request("/news/test-news", {
      headers: { "Accept-Language": "ja" },
    });
    const jaHtml = await ja.text();
    expect(jaHtml).toContain("<strong>all</strong>");
    expect(jaHtml).not.toContain("<strong>mọi người</strong>");
    const list = await (await s2.get("/news")).text();
    expect(list).toContain("Test news");
    const home = await (await s2.get("/")).text();
    expect(home).toContain('href="/news/test-news"');
    expect(home).toMatch(/href="\/publication\/\d{4}"/);
  });

  it("an organiser edits an article (scheme linked, stale save refused, audited) and archives it; others cannot", async () => {
    const row = await t.db
      .selectFrom("newsArticles")
      .select(["id", "version"])
      .where("slug", "=", "test-news")
      .executeTakeFirstOrThrow();
    const page = await org.get(`/admin/news/${row.id}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('name="schemeId"');
    expect(html).toMatch(intentButton("archive"));
    expect((await s1.get(`/admin/news/${row.id}`)).status).toBe(403);
    const edit = {
      version: String(row.version),
      titleVi: "Tin thử (sửa)",
      titleEn: "Test news (edited)",
      bodyVi: "Xin chào",
      bodyEn: "Hello",
      schemeId: String(schemeId),
    };
    expect((await post(s1, `/admin/news/${row.id}`, edit)).status).toBe(403);
    expect((await post(org, `/admin/news/${row.id}`, edit)).status).toBe(302);
    // The same form again, made on the old version: refused, what was typed kept, nothing changed.
    const stale = await post(org, `/admin/news/${row.id}`, { ...edit, titleEn: "Overwrite" });
    expect(stale.status).toBe(409);
    expect(await stale.text()).toContain('value="Overwrite"');
    const after = await t.db
      .selectFrom("newsArticles")
      .select(["titleEn", "schemeId", "version"])
      .where("id", "=", row.id)
      .executeTakeFirstOrThrow();
    expect(after).toEqual({ titleEn: "Test news (edited)", schemeId, version: row.version + 1 });
    const unknownScheme = await post(org, `/admin/news/${row.id}`, {
      ...edit,
      version: String(after.version),
      schemeId: "999999",
    });
    expect(unknownScheme.status).toBe(400);
    expect(await (await s2.get("/news/test-news")).text()).toContain("Test news (edited)");
    expect((await post(org, `/admin/news/${row.id}`, { intent: "archive" })).status).toBe(302);
    expect((await s2.get("/news/test-news")).status).toBe(404);
    expect(await (await org.get(`/admin/news/${row.id}`)).text()).toMatch(intentButton("restore"));
    expect((await post(org, `/admin/news/${row.id}`, { intent: "restore" })).status).toBe(302);
    expect((await s2.get("/news/test-news")).status).toBe(200);
    // The list's publish toggle posts the article's id with it.
    const list = await (await org.get("/admin/news")).text();
    expect(list).toMatch(intentButton("unpublish"));
    expect(list).toContain(`<input type="hidden" name="id" value="${row.id}"/>`);
    const actions = (
      await t.db.selectFrom("auditLog").select("action").where("entity", "=", "news_article").execute()
    ).map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(["news_update", "news_archive", "news_restore"]));
    expect((await org.get("/admin/news/999999")).status).toBe(404);
  });

  it("keeps drafts off the public pages", async () => {
    await post(org, "/admin/news", { titleVi: "Nháp", titleEn: "Draft one", bodyVi: "x", bodyEn: "y" });
    expect((await s2.get("/news/draft-one")).status).toBe(404);
  });
});
