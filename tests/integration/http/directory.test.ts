import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loginCookie, startDirectoryServer, type DirectoryServer } from "./directory-server";

// The public directory over real HTTP: the production server on a real SQLite file holding the
// 1,200-supplier sample. Pages, language negotiation, the JSON API and its errors.

let server: DirectoryServer;
const get = (p: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}${p}`, { headers, redirect: "manual" });
const cardCount = (html: string) => (html.match(/<article aria-labelledby="sup-/g) ?? []).length;
const htmlLang = (html: string) => /<html lang="(\w+)"/.exec(html)?.[1];

// Generous, as api-conventions.test.ts gives the same start: on a loaded 2-core machine the
// import, the server's start and (on PostgreSQL) its index rebuild took 90 s side by side.
beforeAll(async () => {
  server = await startDirectoryServer();
}, 300_000);
afterAll(() => server?.stop());

describe("pages", () => {
  it("serves the home page with the key figures", async () => {
    const res = await get("/");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/text\/html/);
    const html = await res.text();
    expect(html).toMatch(/<title>[^<]+<\/title>/);
    // 1,200 suppliers in the sample, one suspended: 1.199 in Vietnamese notation.
    expect(html).toContain("1.199");
    expect(html).toContain('<main id="main"');
  });

  it("lists the directory 20 a page, with pages and a sector filter", async () => {
    const first = await (await get("/suppliers")).text();
    expect(cardCount(first)).toBe(20);
    expect(first).toContain('href="/suppliers?page=2"');
    const second = await (await get("/suppliers?page=2")).text();
    expect(cardCount(second)).toBe(20);
    // Cards on page 2 carry the list's URL (?from=page%3D2) for the profile's breadcrumb.
    const firstRefs = [...first.matchAll(/href="\/suppliers\/([\w-]+)["?]/g)].map((m) => m[1]);
    const secondRefs = [...second.matchAll(/href="\/suppliers\/([\w-]+)["?]/g)].map((m) => m[1]);
    expect(secondRefs).toHaveLength(20);
    expect(secondRefs.some((r) => firstRefs.includes(r))).toBe(false);

    const all = /(\d[\d.]*) nhà cung cấp/.exec(first)?.[1];
    const mech = await (await get("/suppliers?sector=mechanical")).text();
    const mechCount = /(\d[\d.]*) nhà cung cấp/.exec(mech)?.[1];
    expect(Number(mechCount?.replace(/\./g, ""))).toBeGreaterThan(0);
    expect(Number(mechCount?.replace(/\./g, ""))).toBeLessThan(Number(all?.replace(/\./g, "")));
  });

  it("offers the same facet panel when browsing as when searching, with counts that match the results", async () => {
    const facetIds = (html: string) => [...html.matchAll(/id="facet-(\w+)"/g)].map((m) => m[1]);
    const browsing = await (await get("/suppliers", { "Accept-Language": "en" })).text();
    const searching = await (await get("/suppliers?q=%22", { "Accept-Language": "en" })).text();
    expect(facetIds(browsing)).toEqual(
      expect.arrayContaining(["process", "material", "certification", "zone"]),
    );
    expect(facetIds(browsing)).toEqual(facetIds(searching));
    // A facet link from the browsed list leads to as many results as its count said.
    const link = /href="(\/suppliers\?process=[^"]+)"[^>]*>.*?facet-count[^>]*>([\d,]+)</.exec(browsing);
    expect(link).toBeTruthy();
    const narrowed = await (await get(link![1].replace(/&amp;/g, "&"), { "Accept-Language": "en" })).text();
    expect(narrowed).toContain(`>${link![2]} supplier`);
  });

  it("shows a supplier's profile without its contact to anonymous visitors", async () => {
    const s = server.sample.suppliers[0];
    const res = await get(`/suppliers/${s.ref}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(s.name.vi ?? s.name.en);
    expect(html).toContain("Năng lực");
    expect(s.contact?.email).toBeTruthy();
    expect(html).not.toContain(s.contact!.email!);
  });

  it("shows the contact to a logged-in buyer", async () => {
    const s = server.sample.suppliers[0];
    const cookie = await loginCookie(server);
    const html = await (await get(`/suppliers/${s.ref}`, { Cookie: cookie })).text();
    expect(html).toContain(s.contact!.email!);
  });

  it("marks expired certifications on the profile", async () => {
    const today = new Date().toISOString().slice(0, 10);
    const withExpired = (
      server.sample.suppliers as unknown as { ref: string; certifications?: { validUntil?: string }[] }[]
    ).find((s, i) => i > 1 && s.certifications?.some((c) => c.validUntil && c.validUntil < today));
    expect(withExpired).toBeTruthy();
    const html = await (await get(`/suppliers/${withExpired!.ref}`, { "Accept-Language": "en" })).text();
    expect(html).toMatch(/Expired \d/);
  });

  it("answers 404 pages in the reader's language, for unknown and suspended firms", async () => {
    for (const p of ["/suppliers/NO-SUCH-REF", `/suppliers/${server.suspendedSupplier}`, "/no/such/page"]) {
      const vi = await get(p);
      expect(vi.status).toBe(404);
      expect(await vi.text()).toContain("Không tìm thấy trang");
      const en = await get(p, { "Accept-Language": "en-GB,en;q=0.9" });
      expect(en.status).toBe(404);
      expect(await en.text()).toContain("Page not found");
    }
  });

  it("shows buyers and public requests; an organisers-only request is a 404 for others", async () => {
    const req = await get("/requests/R-0001");
    expect(req.status).toBe(200);
    const html = await req.text();
    const buyerRef = /href="\/buyers\/([\w-]+)"/.exec(html)?.[1];
    expect(buyerRef).toBeTruthy();
    expect((await get(`/buyers/${buyerRef}`)).status).toBe(200);
    expect((await get(`/requests/${server.restrictedRequest}`)).status).toBe(404);
    expect((await get("/buyers/NO-SUCH-BUYER")).status).toBe(404);
  });
});

describe("search page", () => {
  it("searches with highlights, facet links that narrow the result, and a shareable URL", async () => {
    const res = await get("/suppliers?q=ep%20nhua");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("<title>Kết quả tìm “ep nhua”");
    expect(cardCount(html)).toBe(20);
    expect(html).toContain("<mark>");
    const total = Number(/(\d[\d.]*) nhà cung cấp/.exec(html)?.[1].replace(/\./g, ""));
    const facet = /href="(\/suppliers\?q=ep\+nhua&amp;process=[^"]+)"/.exec(html)?.[1].replace(/&amp;/g, "&");
    expect(facet).toBeTruthy();
    const narrowed = await (await get(facet!)).text();
    const narrowedTotal = Number(/(\d[\d.]*) nhà cung cấp/.exec(narrowed)?.[1].replace(/\./g, ""));
    expect(narrowedTotal).toBeGreaterThan(0);
    expect(narrowedTotal).toBeLessThan(total);
    expect(narrowed).toContain('aria-current="true"');
  });

  it("orders results by the sort control, kept in the URL; the profile's breadcrumb goes back to the search", async () => {
    const refsOf = (html: string) =>
      [...html.matchAll(/href="\/suppliers\/([\w-]+)\?from=/g)].map((m) => m[1]);
    const sortName = (ref: string) => {
      const n = server.sample.suppliers.find((x) => x.ref === ref)!.name;
      return (n.vi ?? n.en ?? ref).toLocaleLowerCase();
    };
    const relevance = await (await get("/suppliers?q=injection%20moulding%20ISO%209001")).text();
    expect(relevance).toMatch(/<select [^>]*id="sort" name="sort"/);
    const byName = await (await get("/suppliers?q=injection%20moulding%20ISO%209001&sort=name")).text();
    const n = refsOf(byName).map(sortName);
    expect(n.length).toBe(20);
    expect(n).toEqual([...n].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(refsOf(byName)).not.toEqual(refsOf(relevance));
    // The sort form keeps the query and drops the page.
    expect(byName).toMatch(/<input type="hidden" name="q" value="injection moulding ISO 9001"\/>/);
    // Browsing with an order goes through the engine too.
    const fresh = await get("/suppliers?sort=updated");
    expect(fresh.status).toBe(200);
    // The card carries the list's URL; the profile's breadcrumb leads back to it, and only to /suppliers.
    const ref = refsOf(byName)[0];
    const link = new RegExp(`href="(/suppliers/${ref}\\?from=[^"]+)"`)
      .exec(byName)![1]
      .replace(/&amp;/g, "&");
    const profile = await (await get(link)).text();
    expect(profile).toContain('href="/suppliers?q=injection+moulding+ISO+9001&amp;sort=name"');
    const evil = await (
      await get(`/suppliers/${ref}?from=${encodeURIComponent("q=x&next=//evil.example")}`)
    ).text();
    expect(evil).toContain('href="/suppliers?q=x"');
    // (The page's own URL, with its ?from=, may appear, e.g. in the language switch; no link leads there.)
    expect(evil).not.toMatch(/href="[^"]*evil\.example/);
  });

  it("sends a page past the end to the last page (page 1 when nothing matches), keeping the search", async () => {
    const past = await get("/suppliers?sector=mechanical&page=999");
    expect(past.status).toBe(302);
    const last = past.headers.get("location")!;
    expect(last).toMatch(/^\/suppliers\?sector=mechanical&page=\d+$/);
    const html = await (await get(last)).text();
    expect(cardCount(html)).toBeGreaterThan(0);
    const none = await get("/suppliers?q=zzqxv%20blorp&page=3");
    expect(none.status).toBe(302);
    expect(none.headers.get("location")).toBe("/suppliers?q=zzqxv+blorp");
  });

  it("shows the description highlight in the reader's language, not the English text on a Vietnamese page", async () => {
    // The engine marks the English description of firms matched by English words...
    const api = await (await get("/api/v1/suppliers?q=injection%20moulding&limit=20")).json();
    const english = api.hits.filter((h: { highlights?: { description?: string } }) =>
      /moulding<\/mark>/i.test(h.highlights?.description ?? ""),
    );
    expect(english.length).toBeGreaterThan(0);
    // ...but the Vietnamese page's cards show their Vietnamese descriptions.
    const html = await (await get("/suppliers?q=injection%20moulding")).text();
    expect(cardCount(html)).toBeGreaterThan(0);
    const descriptions = [...html.matchAll(/<p[^>]*class="card-text">(.*?)<\/p>/g)].map(
      (m) => m[1],
    );
    expect(descriptions.length).toBeGreaterThan(0);
    for (const d of descriptions) expect(d).not.toMatch(/injection|moulding/i);
  });

  it("helps when nothing matches", async () => {
    const html = await (await get("/suppliers?q=zzqxv%20blorp", { "Accept-Language": "en" })).text();
    expect(cardCount(html)).toBe(0);
    expect(html).toContain("No matching suppliers");
    expect(html).toContain("Try fewer words");
  });

  it("suggests capabilities in the reader's language and firms as the reader types", async () => {
    const res = await get("/suppliers/suggest?q=cnc", { "Accept-Language": "en" });
    expect(res.headers.get("content-type")).toMatch(/^application\/json/);
    const { suggestions } = await res.json();
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions[0]).toMatchObject({ kind: "concept" });
    expect(suggestions[0].label).toMatch(/CNC/);
    expect(suggestions[0].href).toMatch(/^\/suppliers\?q=/);
    expect((await (await get("/suppliers/suggest?q=c")).json()).suggestions).toEqual([]);
  });
});

describe("language", () => {
  it("defaults from Accept-Language, and the cookie wins over it", async () => {
    expect(htmlLang(await (await get("/")).text())).toBe("vi");
    const en = await (await get("/", { "Accept-Language": "en-US,en;q=0.9,vi;q=0.5" })).text();
    expect(htmlLang(en)).toBe("en");
    expect(en).toContain("Supplier directory".slice(0, 8));
    const ja = await (await get("/", { "Accept-Language": "ja-JP,ja;q=0.9" })).text();
    // Japanese is a locale of its own since issue 13 (messages/ja.ts, English where it has no text).
    expect(htmlLang(ja)).toBe("ja");
    const cookie = await (await get("/", { "Accept-Language": "en", Cookie: "lang=vi" })).text();
    expect(htmlLang(cookie)).toBe("vi");
  });

  it("the switch is a POST that sets the cookie and goes back where the reader was", async () => {
    const res = await fetch(`${server.url}/lang`, {
      method: "POST",
      redirect: "manual",
      body: new URLSearchParams({ lang: "en", redirectTo: "/suppliers?page=2" }),
    });
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("/suppliers?page=2");
    expect(res.headers.get("set-cookie")).toMatch(/^lang=en;/);
    const page = await (await get("/suppliers?page=2", { Cookie: "lang=en" })).text();
    expect(htmlLang(page)).toBe("en");
    expect(page).toContain("Supplier directory");
  });
});

describe("API", () => {
  it("GET /api/v1/suppliers/REF gives the cnht-directory/1 record, contact only for buyers and organisers", async () => {
    const s = server.sample.suppliers[0];
    const anon = await get(`/api/v1/suppliers/${s.ref}`);
    expect(anon.status).toBe(200);
    expect(anon.headers.get("content-type")).toMatch(/^application\/json/);
    const body = await anon.json();
    expect(body.ref).toBe(s.ref);
    expect(body.name).toEqual(s.name);
    expect(body.contact).toBeUndefined();
    expect(Object.keys(body)).not.toContain("id");

    const asBuyer = await (
      await get(`/api/v1/suppliers/${s.ref}`, { Authorization: `Bearer ${server.tokens.buyer}` })
    ).json();
    expect(asBuyer.contact).toEqual(s.contact);
    const asOrganiser = await (
      await get(`/api/v1/suppliers/${s.ref}`, { Authorization: `Bearer ${server.tokens.organiser}` })
    ).json();
    expect(asOrganiser.contact).toEqual(s.contact);
    // Another supplier's contacts are not for a supplier (a competitor); its own are.
    const other = server.sample.suppliers[2];
    const asSupplier = await (
      await get(`/api/v1/suppliers/${other.ref}`, { Authorization: `Bearer ${server.tokens.supplier}` })
    ).json();
    expect(asSupplier.contact).toBeUndefined();
    const own = await (
      await get(`/api/v1/suppliers/${s.ref}`, { Authorization: `Bearer ${server.tokens.supplier}` })
    ).json();
    expect(own.contact).toEqual(s.contact);
  });

  it("answers JSON errors: unknown ref, suspended firm, unknown endpoint", async () => {
    for (const p of [
      "/api/v1/suppliers/NO-SUCH-REF",
      `/api/v1/suppliers/${server.suspendedSupplier}`,
      "/api/v1/nothing/here",
      "/api/v2",
    ]) {
      const res = await get(p);
      expect(res.status, p).toBe(404);
      expect(res.headers.get("content-type")).toMatch(/^application\/json/);
      const body = await res.json();
      expect(body.error.code).toBe("not_found");
      expect(typeof body.error.message).toBe("string");
    }
  });

  it("rejects bad search parameters with 400 naming the parameter", async () => {
    const cases: [string, string][] = [
      ["limit=1000", "limit"],
      ["limit=0", "limit"],
      ["limit=abc", "limit"],
      ["offset=-1", "offset"],
      ["sector=aerospace", "sector"],
      ["certification=not-a-standard-at-all", "certification"],
      ["verified=maybe", "verified"],
      [`q=${"x".repeat(300)}`, "q"],
    ];
    for (const [qs, param] of cases) {
      const res = await get(`/api/v1/suppliers?${qs}`);
      expect(res.status, qs).toBe(400);
      expect(res.headers.get("content-type")).toMatch(/^application\/json/);
      const body = await res.json();
      expect(body.error.code).toBe("invalid_parameter");
      expect(body.error.message).toContain(param);
      expect(JSON.stringify(body)).not.toMatch(/at .*\.(ts|js):\d+/);
    }
  });

  it("searches with limit, offset, filters and facets", async () => {
    const res = await get("/api/v1/suppliers?limit=5");
    expect(res.status).toBe(200);
    const all = await res.json();
    expect(all.hits).toHaveLength(5);
    expect(all.total).toBe(1199);
    expect(all.facets.sector).toBeTruthy();
    const next = await (await get("/api/v1/suppliers?limit=5&offset=5")).json();
    expect(next.hits.map((h: { ref: string }) => h.ref)).not.toContain(all.hits[0].ref);

    const mech = await (await get("/api/v1/suppliers?sector=mechanical&limit=100")).json();
    expect(mech.total).toBe(all.facets.sector.mechanical);
    expect(mech.hits.every((h: { sector: string }) => h.sector === "mechanical")).toBe(true);
    const two = await (await get("/api/v1/suppliers?sector=mechanical,electronics&limit=1")).json();
    const repeated = await (
      await get("/api/v1/suppliers?sector=mechanical&sector=electronics&limit=1")
    ).json();
    expect(two.total).toBe(all.facets.sector.mechanical + all.facets.sector.electronics);
    expect(repeated.total).toBe(two.total);
  });
});
