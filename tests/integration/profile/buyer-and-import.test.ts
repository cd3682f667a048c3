import { describe, expect, it } from "vitest";
import { refusedPage } from "../../helpers/html";
import { storedRows, storedValue } from "../../helpers/db";
import { serverSuite } from "../../helpers/server-suite";
import { Client, seedOrg, seedUser, loggedIn } from "../auth/client";
import { count, snapshot } from "../import/snapshot";

// The buyer side (profile, sourcing requests with close/reopen, ownership by URL and by forged
// fields) and the organiser's import upload (preview writes nothing, confirm writes), over HTTP.
/** The directory tables' contents; of the search outbox only its row count (the worker marks rows done meanwhile). */
const state = async () => {
  const s = await snapshot(t.fresh);
  return { ...s, search_outbox: s.search_outbox.split(":")[0] };
};
let buyerA: number;

const as = (email: string) => loggedIn(t.url, email);
/** The sourcing request's status as stored now. */
const requestStatus = (ref: string) => storedValue(t.db, "sourcingRequests", { ref }, "status");

const t = serverSuite(async (db) => {
  buyerA = await seedOrg(db, { ref: "B-001", kind: "buyer" });
  const buyerB = await seedOrg(db, { ref: "B-002", kind: "buyer" });
  const supplier = await seedOrg(db, { ref: "S-00001", kind: "supplier", taxCode: "0100000001" });
  await seedUser(db, { email: "a@buyer.example", role: "buyer", orgId: buyerA });
  await seedUser(db, { email: "b@buyer.example", role: "buyer", orgId: buyerB });
  await seedUser(db, { email: "s@example.com", role: "supplier", orgId: supplier });
  await seedUser(db, { email: "org@example.com", role: "organiser" });
});

const request = (over: Record<string, string> = {}) => ({
  titleEn: "Injection moulded PA66 housings",
  titleJa: "PA66射出成形ハウジング",
  descriptionEn: "Glass-filled PA66 housings for motorbike lighting.",
  processes: "injection moulding",
  materials: "PA66",
  products: "plastic housings",
  requiredCertifications: "iso9001",
  annualVolume: "50000",
  targetDate: "2027-06-30",
  visibility: "organisers",
  ...over,
});

describe("sourcing requests", () => {
  let ref: string;

  it("a buyer posts one: new P-R- ref, terms mapped, certificate from the taxonomy, visibility kept", async () => {
    const a = await as("a@buyer.example");
    const body = new URLSearchParams(request());
    body.append("requiredCertifications", "iatf16949");
    const res = await a.request("/my/requests/new", { method: "POST", body });
    expect(res.status).toBe(302);
    ref = res.headers.get("Location")!.split("/").pop()!;
    expect(ref).toMatch(/^P-R-[2-9A-HJ-NP-Z]{6}$/);
    const row = await t.db
      .selectFrom("sourcingRequests")
      .where("ref", "=", ref)
      .selectAll()
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      buyerOrgId: buyerA,
      titleEn: "Injection moulded PA66 housings",
      titleJa: "PA66射出成形ハウジング",
      status: "open",
      visibility: "organisers",
      annualVolume: 50000,
    });
    const terms = await t.db
      .selectFrom("requestTerms")
      .where("requestId", "=", row.id)
      .select(["kind", "conceptId"])
      .execute();
    expect(terms).toEqual(
      expect.arrayContaining([
        { kind: "process", conceptId: "injection-moulding" },
        { kind: "certification", conceptId: "iso9001" },
        { kind: "certification", conceptId: "iatf16949" },
      ]),
    );
    expect(
      await count(
        t.fresh,
        "SELECT count(*) FROM audit_log WHERE action = 'request.create' AND entity_ref = ?",
        ref,
      ),
    ).toBe(1);
    const list = await (await a.get("/my/requests")).text();
    expect(list).toContain(ref);
    expect(list).toContain("Organisers only");
    // The same date style as the other pages, and a status badge that does not wrap.
    expect(list).toContain("30 Jun 2027");
    expect(list).not.toContain("2027-06-30");
    expect(list).toMatch(/<span[^>]*whitespace-nowrap[^>]*>Open<\/span>/);
  });

  it("the new-request form puts the reader's language first and volume/date in their own group", async () => {
    const a = await as("a@buyer.example");
    const en = await (await a.get("/my/requests/new")).text();
    expect(en.indexOf('name="titleEn"')).toBeLessThan(en.indexOf('name="titleVi"'));
    expect(en.indexOf('name="descriptionEn"')).toBeLessThan(en.indexOf('name="descriptionVi"'));
    // volume and date under their own legend, the visibility radios under "Who can see it".
    const volume = en.indexOf(">Volume and target date</legend>");
    const who = en.indexOf(">Who can see it</legend>");
    expect(volume).toBeGreaterThan(0);
    expect(en.indexOf('name="annualVolume"')).toBeGreaterThan(volume);
    expect(en.indexOf('name="targetDate"')).toBeLessThan(who);
    expect(en.indexOf('name="visibility"')).toBeGreaterThan(who);
    // The Vietnamese page (language cookie), without changing the account's language.
    const cookie = a.cookieHeader().replace(/(^|; )lang=[a-z]+/, "$1") + "; lang=vi";
    const vi = await (await fetch(`${t.url}/my/requests/new`, { headers: { Cookie: cookie } })).text();
    expect(vi).toContain('lang="vi"');
    expect(vi.indexOf('name="titleVi"')).toBeLessThan(vi.indexOf('name="titleEn"'));
    expect(vi.indexOf('name="descriptionVi"')).toBeLessThan(vi.indexOf('name="descriptionEn"'));
  });

  it("refuses unknown certificates, visibilities, bad dates and missing titles, and keeps the form filled", async () => {
    const a = await as("a@buyer.example");
    const before = await state();
    const res = await a.post(
      "/my/requests/new",
      request({
        titleEn: "",
        titleJa: "",
        requiredCertifications: "iso99999",
        visibility: "everyone",
        targetDate: "2027-13-01",
        annualVolume: "-5",
        descriptionEn: "<img src=x onerror=alert(1)>",
      }),
    );
    const html = await refusedPage(res, 400, [
      "Fill in at least one language.",
      "Choose a value from the list.",
      "Enter a real date (YYYY-MM-DD).",
      "Must be at least 1.",
    ]);
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).not.toContain("<img src=x");
    expect(await state()).toEqual(before);
  });

  it("another buyer can neither edit nor close it, by URL or by a forged ref", async () => {
    const b = await as("b@buyer.example");
    const before = await state();
    expect((await b.get(`/my/requests/${ref}/edit`)).status).toBe(404);
    expect((await b.post(`/my/requests/${ref}/edit`, request({ titleEn: "Hijacked" }))).status).toBe(404);
    expect((await b.post("/my/requests", { intent: "close", ref })).status).toBe(404);
    expect((await b.post(`/my/requests/${ref}/edit`, { intent: "close", ref })).status).toBe(404);
    expect((await (await as("s@example.com")).get("/my/requests/new")).status).toBe(403);
    expect(await state()).toEqual(before);
  });

  it("its buyer edits, closes and reopens it", async () => {
    const a = await as("a@buyer.example");
    const edit = await a.get(`/my/requests/${ref}/edit`);
    expect(edit.status).toBe(200);
    expect(await edit.text()).toContain("PA66射出成形ハウジング");
    const saved = await a.post(
      `/my/requests/${ref}/edit`,
      request({ titleEn: "PA66 housings, revised", visibility: "public" }),
    );
    expect(saved.status).toBe(302);
    expect(
      await t.db
        .selectFrom("sourcingRequests")
        .where("ref", "=", ref)
        .select(["titleEn", "visibility"])
        .executeTakeFirstOrThrow(),
    ).toEqual({
      titleEn: "PA66 housings, revised",
      visibility: "public",
    });
    const audit = await t.db
      .selectFrom("auditLog")
      .where("action", "=", "request.update")
      .select("details")
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.details!).changed).toEqual(
      expect.arrayContaining(["title.en", "visibility", "requiredCertifications"]),
    );

    expect((await a.post("/my/requests", { intent: "close", ref })).status).toBe(302);
    expect(await requestStatus(ref)).toBe("closed");
    expect((await a.post(`/my/requests/${ref}/edit`, { intent: "reopen", ref })).status).toBe(302);
    expect(await requestStatus(ref)).toBe("open");
  });
});

describe("buyer profile", () => {
  it("saves its own organisation and refuses a bad country code", async () => {
    const a = await as("a@buyer.example");
    const bad = await a.post("/my/buyer-profile", { nameEn: "Sakura Precision", country: "Japan" });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("Use two-letter country codes");
    const ok = await a.post("/my/buyer-profile", {
      nameEn: "Sakura Precision Vietnam",
      nameJa: "さくら精密",
      country: "jp",
      contactEmail: "buy@sakura.example",
      orgId: "999",
    });
    expect(ok.status).toBe(302);
    expect(
      await storedRows(t.db, "organisations", { id: buyerA }, ["nameEn", "nameJa", "contactEmail"]),
    ).toEqual([
      { nameEn: "Sakura Precision Vietnam", nameJa: "さくら精密", contactEmail: "buy@sakura.example" },
    ]);
    expect(await storedValue(t.db, "buyerProfiles", { orgId: buyerA }, "country")).toBe("JP");
  });
});

describe("import upload", () => {
  const doc = {
    format: "cnht-directory/1",
    suppliers: [
      {
        ref: "S-10001",
        name: { vi: "Công ty Nhập Một" },
        taxCode: "0200000001",
        capabilities: { processes: ["dập kim loại"] },
      },
      { ref: "S-10002", name: { vi: "Công ty Sai Mã" }, taxCode: "12345" },
      { ref: "S-00001", name: { vi: "Công ty S-00001 mới" }, taxCode: "0100000001" },
    ],
  };
  const upload = (c: Client, body: unknown) => {
    const fd = new FormData();
    fd.append("intent", "preview");
    fd.append("file", new Blob([JSON.stringify(body)], { type: "application/json" }), "city-list.json");
    return c.request("/admin/import", { method: "POST", body: fd });
  };

  it("is for organisers only", async () => {
    expect((await upload(await as("a@buyer.example"), doc)).status).toBe(403);
  });

  it("previews created/updated/rejected with reasons and writes nothing; confirming writes", async () => {
    const org = await as("org@example.com");
    const before = await state();
    const res = await upload(org, doc);
    expect(res.status).toBe(200);
    // React separates adjacent text with <!-- -->.
    const html = (await res.text()).replaceAll("<!-- -->", "");
    expect(html).toContain("Preview — nothing written yet");
    expect(html).toContain("suppliers[1] (S-10002): taxCode: must be 10 or 13 digits");
    expect(await state()).toEqual(before);
    const token = /name="token" value="([0-9a-f]{32})"/.exec(html)![1];

    // A file that is not cnht-directory/1 is refused as a whole.
    const bad = await upload(org, { format: "other/2", suppliers: [] });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("unknown format");

    const start = await org.request("/admin/import/progress", {
      method: "POST",
      body: new URLSearchParams({ token, fileName: "city-list.json", replace: "off" }),
    });
    expect(start.status).toBe(200);
    const { job } = (await start.json()) as { job: string };
    let progress = { finished: false, done: 0, total: 0 };
    for (let i = 0; i < 100 && !progress.finished; i++) {
      progress = await (await fetch(`${t.url}/admin/import/progress?job=${job}`)).json();
      if (!progress.finished) await new Promise((r) => setTimeout(r, 50));
    }
    expect(progress).toMatchObject({ finished: true, done: 2, total: 2 });
    const report = await (await org.get(`/admin/import?job=${job}`)).text();
    expect(report).toContain("Import finished");
    expect(await count(t.fresh, "SELECT count(*) FROM organisations WHERE ref = 'S-10001'")).toBe(1);
    expect(await count(t.fresh, "SELECT count(*) FROM organisations WHERE ref = 'S-10002'")).toBe(0);
    // S-00001 is run by an account and has no import snapshot yet: the name it holds counts as
    // the firm's, so the file's name becomes an import conflict instead of an overwrite
    // (decision 180: nothing a user saved is lost on a re-import).
    expect(await storedValue(t.db, "organisations", { ref: "S-00001" }, "nameVi")).not.toBe(
      "Công ty S-00001 mới",
    );
    expect(
      await count(
        t.fresh,
        "SELECT count(*) FROM import_conflicts c JOIN organisations o ON o.id = c.org_id WHERE o.ref = 'S-00001' AND c.file_value LIKE '%S-00001 mới%'",
      ),
    ).toBe(1);
    expect(
      await count(
        t.fresh,
        "SELECT count(*) FROM audit_log WHERE action = 'directory.import.create' AND entity_ref = 'S-10001' AND actor LIKE 'user:%'",
      ),
    ).toBe(1);

    // The staged file is used once.
    const again = await org.request("/admin/import/progress", {
      method: "POST",
      body: new URLSearchParams({ token, fileName: "x" }),
    });
    expect(again.status).toBe(410);
  });
});
