// One contract for every search engine (DESIGN.md §Search): the embedded engine always; the
// Meilisearch adapter when MEILISEARCH_URL points at a server (with an index of its own per run).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mapTerm } from "../../app/modules/taxonomy/index";
import type { SearchEngine, SearchParams } from "../../search/engine";
import { EmbeddedEngine } from "../../search/embedded/engine";
import { MeilisearchEngine } from "../../search/meilisearch/engine";
import { freshDb } from "../helpers/db";
import { AS_OF, FIXTURES, supplier } from "./fixtures";

interface EngineUnderTest {
  engine: SearchEngine;
  dispose(): Promise<void>;
}

const MEILI = process.env.MEILISEARCH_URL;
if (!MEILI)
  console.warn("search contract: Meilisearch run SKIPPED (set MEILISEARCH_URL to run it against a server)");

contract("embedded", async () => {
  const opened = await freshDb();
  return { engine: new EmbeddedEngine(opened.sqlite), dispose: () => opened.close() };
});

describe.skipIf(!MEILI)("meilisearch", () => {
  contract("meilisearch adapter", async () => {
    const engine = new MeilisearchEngine({
      host: MEILI!,
      apiKey: process.env.MEILISEARCH_API_KEY,
      indexPrefix: `contract-${process.pid}-${Date.now()}`,
    });
    return { engine, dispose: () => engine.clear() };
  });
});

function contract(label: string, make: () => Promise<EngineUnderTest>) {
  describe(`search contract: ${label}`, () => {
    let ut: EngineUnderTest;
    let engine: SearchEngine;
    const search = (p: SearchParams) => engine.search({ asOf: AS_OF, limit: 50, ...p });
    const refs = async (q: string, p: SearchParams = {}) =>
      (await search({ q, ...p })).hits.map((h) => h.ref);

    beforeAll(async () => {
      ut = await make();
      engine = ut.engine;
      await engine.init();
      await engine.clear();
      await engine.upsert(FIXTURES);
    });
    afterAll(async () => {
      await ut?.dispose();
    });

    it("indexes and counts the documents, and is healthy", async () => {
      expect(await engine.count()).toBe(FIXTURES.length);
      expect((await engine.health()).ok).toBe(true);
    });

    it("ignores diacritics and case in queries and documents", async () => {
      expect(await refs("ha noi")).toContain("T-HANOI");
      expect(await refs("duc ap luc")).toContain("T-HANOI");
      expect(await refs("ĐÀ NẴNG")).toEqual(["T-HANOI"]);
      expect(await refs("HÀ NỘI")).toContain("T-HANOI");
    });

    it("folds đ to d both ways", async () => {
      expect(await refs("dai phat")).toEqual(["T-DAIPHAT"]);
      expect(await refs("Đại Phát")).toEqual(["T-DAIPHAT"]);
      expect(await refs("đa nang")).toEqual(["T-HANOI"]);
    });

    it("treats only the last word as a prefix", async () => {
      expect(await refs("hopl")).toEqual(["T-JAPAN"]);
      expect(await refs("tanaka hopl")).toEqual(["T-JAPAN"]);
      expect(await refs("hopl tanaka")).not.toContain("T-JAPAN");
      expect(await refs("hopl ")).toEqual([]); // a finished word is not a prefix
    });

    it("tolerates typos from 5 letters, never on short words or part numbers", async () => {
      expect(await refs("stampping")).toContain("T-DAIPHAT");
      expect(await refs("electroplatting")).toContain("T-PLATING");
      expect(await refs("bolt")).toContain("T-BOLT");
      expect(await refs("bolr")).toEqual([]);
      expect(await refs("M8x1.25")).toEqual(["T-PLATING"]);
      expect(await refs("M8x1.26")).toEqual([]);
    });

    it("meets across languages through the taxonomy", async () => {
      const plastics = ["T-EPNHUA", "T-INJECT", "T-JAPAN"];
      for (const q of ["injection moulding", "ép nhựa", "ep nhua", "射出成形", "injection molding"]) {
        const found = await refs(q);
        expect(found.slice().sort(), q).toEqual(plastics);
      }
    });

    it("filters by concept, certificate, sector, zone, verification and size", async () => {
      const im = mapTerm("injection moulding", "process")!;
      expect((await refs("", { filters: { process: [im] } })).sort()).toEqual([
        "T-EPNHUA",
        "T-INJECT",
        "T-JAPAN",
      ]);
      expect((await refs("", { filters: { zone: ["KCN Thăng Long"] } })).sort()).toEqual([
        "T-DAIPHAT",
        "T-HANOI",
      ]);
      expect(await refs("", { filters: { verified: true } })).toEqual(["T-HANOI"]);
      expect((await refs("", { filters: { employees: ["500+"] } })).sort()).toEqual(["T-PLATING"]);
      expect(await refs("", { filters: { certification: ["iso9001"] } })).toEqual(["T-HANOI"]);
      const sector = FIXTURES.find((d) => d.ref === "T-INJECT")!.sector!;
      expect(await refs("", { filters: { sector: [sector] } })).toContain("T-INJECT");
      expect(await refs("plastics", { filters: { process: [im], employees: ["50-199"] } })).toEqual([
        "T-INJECT",
      ]);
    });

    it("counts facets over the matching documents", async () => {
      const r = await search({
        q: "",
        facets: ["zone", "employees", "verified", "certification", "process"],
      });
      expect(r.total).toBe(FIXTURES.length);
      expect(r.facets.zone).toEqual({ "KCN Thăng Long": 2, "CCN Ngọc Hồi": 1 });
      expect(r.facets.employees).toMatchObject({
        "1-9": 1,
        "10-49": 3,
        "50-199": 2,
        "200-499": 1,
        "500+": 1,
      });
      expect(r.facets.verified).toEqual({ true: 1, false: 7 });
      const im = mapTerm("injection moulding", "process")!;
      expect(r.facets.process[im]).toBe(3);
      const q = await search({ q: "injection moulding", facets: ["employees"] });
      expect(q.facets.employees).toEqual({ "200-499": 1, "50-199": 1, "10-49": 1 });
    });

    it("counts and matches a certificate only while it is valid", async () => {
      const r = await search({ q: "", facets: ["certification"] });
      // T-DAIPHAT's IATF 16949 expired the day before AS_OF; its ISO 14001 has no expiry date
      expect(r.facets.certification).toEqual({ iso9001: 1, iatf16949: 1 });
      expect(await refs("", { filters: { certification: ["iso14001"] } })).toEqual([]);
      expect(await refs("ISO 14001")).toEqual([]);
      expect(await refs("IATF 16949")).toEqual(["T-PLATING"]);
      expect(await refs("", { filters: { certification: ["iatf16949"] } })).toEqual(["T-PLATING"]);
      // a day earlier both certificates were valid: no reindex needed for the date to matter
      expect((await refs("IATF 16949", { asOf: "2026-11-21" })).sort()).toEqual(["T-DAIPHAT", "T-PLATING"]);
      expect((await refs("IATF 16949 stamping", { asOf: "2026-11-21" }))[0]).toBe("T-DAIPHAT");
    });

    it("highlights matches in escaped HTML", async () => {
      const r = await search({ q: "ha noi", highlight: true });
      const hit = r.hits.find((h) => h.ref === "T-HANOI")!;
      expect(hit.highlights?.name).toContain("<mark>Hà</mark> <mark>Nội</mark>");
      const p = await search({ q: "son tinh dien", highlight: true });
      const paint = p.hits.find((h) => h.ref === "T-PAINT")!;
      expect(paint.highlights?.description).toContain("<mark>Sơn</mark> <mark>tĩnh</mark> <mark>điện</mark>");
      expect(paint.highlights?.description).toContain("&lt;b&gt;&amp;amp;");
      expect(paint.highlights?.description).not.toContain("<b>");
    });

    it("pages through results without overlap", async () => {
      const all = await search({ q: "", limit: 8 });
      const a = await search({ q: "", limit: 3, offset: 0 });
      const b = await search({ q: "", limit: 3, offset: 3 });
      expect(a.total).toBe(FIXTURES.length);
      expect(b.total).toBe(FIXTURES.length);
      expect([...a.hits, ...b.hits].map((h) => h.ref)).toEqual(all.hits.slice(0, 6).map((h) => h.ref));
      expect((await search({ q: "", limit: 3, offset: 100 })).hits).toEqual([]);
    });

    it("never lets query syntax through", async () => {
      for (const q of [
        '"',
        "*",
        "AND",
        "OR",
        "NOT",
        "NEAR(",
        "NEAR(a b",
        "a OR b",
        "name:foo",
        "^x",
        "-",
        "(",
        ")",
        "{name}: x",
        "3.5mm",
        "\\",
        "'",
      ]) {
        const r = await search({ q });
        expect(Array.isArray(r.hits), q).toBe(true);
      }
      expect(await refs("6061-T6")).toContain("T-INJECT");
    });

    it("updates and deletes documents", async () => {
      const doc = supplier({ ref: "T-NEW", name: { en: "Quokka Gears" }, processes: ["hobbing"] });
      await engine.upsert([doc]);
      expect(await refs("quokka")).toEqual(["T-NEW"]);
      await engine.upsert([{ ...doc, name: { en: "Wombat Gears" } }]);
      expect(await refs("quokka")).toEqual([]);
      expect(await refs("wombat")).toEqual(["T-NEW"]);
      expect(await engine.count()).toBe(FIXTURES.length + 1);
      await engine.remove(["T-NEW", "T-DOES-NOT-EXIST"]);
      expect(await refs("wombat")).toEqual([]);
      expect(await engine.count()).toBe(FIXTURES.length);
    });

    it("breaks ties by fit, never by ref: query concepts held, then verified, complete, fresh", async () => {
      // Refs chosen so that ref order would put the wrong firm first every time.
      const extra = [
        // Names injection moulding only in its words: a cable maker (decision 230).
        supplier({
          ref: "T-FIT-A",
          name: { en: "Alpha Cable Co." },
          products: ["wire harness"],
          description: { en: "Cables for injection moulding machines." },
          certs: [["ISO 9001", "2028-01-01"]],
          verified: true,
        }),
        supplier({
          ref: "T-FIT-B",
          name: { en: "Zeta Moulders" },
          processes: ["injection moulding"],
          certs: [["ISO 9001", "2028-01-01"]],
        }),
        // Three equally relevant "hobbing" firms told apart by verification, completeness, freshness.
        {
          ...supplier({ ref: "T-FIT-C", name: { en: "Gear One" }, processes: ["hobbing"] }),
          completeness: 40,
          updatedAt: "2026-11-20 10:00:00",
        },
        {
          ...supplier({ ref: "T-FIT-D", name: { en: "Gear Two" }, processes: ["hobbing"] }),
          completeness: 40,
          updatedAt: "2026-11-21 10:00:00",
        },
        {
          ...supplier({ ref: "T-FIT-E", name: { en: "Gear Three" }, processes: ["hobbing"] }),
          completeness: 90,
          updatedAt: "2026-01-01 10:00:00",
        },
        {
          ...supplier({ ref: "T-FIT-F", name: { en: "Gear Four" }, processes: ["hobbing"], verified: true }),
          completeness: 10,
          updatedAt: "2025-01-01 10:00:00",
        },
      ];
      await engine.upsert(extra);
      try {
        expect(await refs("hobbing")).toEqual(["T-FIT-F", "T-FIT-E", "T-FIT-D", "T-FIT-C"]);
        // The sort control: by name, freshness, completeness (ties by fit).
        expect(await refs("hobbing", { sort: "name" })).toEqual(["T-FIT-F", "T-FIT-C", "T-FIT-E", "T-FIT-D"]);
        expect(await refs("hobbing", { sort: "updated" })).toEqual([
          "T-FIT-D",
          "T-FIT-C",
          "T-FIT-E",
          "T-FIT-F",
        ]);
        expect(await refs("hobbing", { sort: "completeness" })).toEqual([
          "T-FIT-E",
          "T-FIT-D",
          "T-FIT-C",
          "T-FIT-F",
        ]);
        // Holding every concept asked for comes before verification. Meilisearch cannot rank by
        // concepts held (its rules see words), so this part is the embedded engine's.
        if (engine.name === "embedded") {
          const found = await refs("injection moulding ISO 9001");
          expect(found[0]).toBe("T-FIT-B");
          expect(found.indexOf("T-FIT-A")).toBeGreaterThan(found.indexOf("T-FIT-B"));
        }
      } finally {
        await engine.remove(extra.map((d) => d.ref));
      }
    });

    it("suggests suppliers by name prefix", async () => {
      const s = await engine.suggest("tana");
      expect(s.map((x) => x.ref)).toEqual(["T-JAPAN"]);
      expect(s[0].label).toBeTruthy();
    });
  });
}
