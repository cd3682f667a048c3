import { describe, expect, it } from "vitest";
import type { SupplierDoc } from "../../../search/engine";
import {
  analyse,
  COL_SPAN,
  documentColumns,
  latestExpiry,
  toEntry,
  type Entry,
} from "../../../search/embedded/analysis";
import { Postings } from "../../../search/embedded/postings";
import { parseQuery } from "../../../search/embedded/query";
import {
  createMatcher,
  scoreOf,
  smallestInOrder,
  RankScratch,
  type MatchIndex,
  type RankKey,
} from "../../../search/embedded/rank";
import { isCertificateValid } from "../../../app/modules/certificates/validity";
import { allowedTypos, boundedDistance, Vocabulary } from "../../../search/embedded/typos";
import { supplierDoc } from "./docs";

// Small, direct tests of the embedded engine's steps (issue 11): analysis, postings, typo
// tolerance and ranking. The contract suite (tests/contract) checks the engines end to end; these
// say which step is wrong when it fails.

const doc = supplierDoc;

const entry = (id: number, d: SupplierDoc) => toEntry(id, d, documentColumns(d));

describe("analysis", () => {
  it("analyses text case-insensitively and the same way for the same words", () => {
    expect(analyse("STAMPING Parts")).toEqual(analyse("stamping parts"));
    expect(analyse("Ép nhựa")).toEqual(analyse("ép NHỰA"));
    expect(analyse(null)).toEqual([]);
    expect(analyse("")).toEqual([]);
  });

  it("keeps part numbers and grades whole, as one FTS-safe token", () => {
    const toks = analyse("SUS304 6061-T6");
    expect(toks).toHaveLength(2);
    for (const t of toks) expect(t).toMatch(/^[\p{L}\p{N}_]+$/u);
  });

  it("puts name, capabilities and description (with zone and commune) in three columns", () => {
    const cols = documentColumns(
      doc("S-1", {
        name: { en: "Alpha" },
        processes: ["stamping"],
        description: { en: "Tools" },
        industrialZone: "Quang Minh",
      }),
    );
    expect(cols).toHaveLength(3);
    expect(cols[0]).toEqual(analyse("Alpha"));
    expect(cols[1]).toEqual(analyse("stamping"));
    expect(cols[2]).toEqual([...analyse("Tools"), ...analyse("Quang Minh")]);
  });

  it("keeps one expiry per standard: the latest date, undated only when nothing is dated", () => {
    const m = latestExpiry([
      { id: "iso9001", standard: "ISO 9001", validUntil: null },
      { id: "iso9001", standard: "ISO 9001", validUntil: "2027-01-01" },
      { id: "iso9001", standard: "ISO 9001", validUntil: "2026-01-01" },
      { id: "iso14001", standard: "ISO 14001", validUntil: null },
    ]);
    expect([...m]).toEqual([
      ["iso9001", "2027-01-01"],
      ["iso14001", null],
    ]);
  });

  it("an entry counts each standard once in its certificate facet", () => {
    const e = entry(
      1,
      doc("S-1", {
        certifications: [
          { id: "iso9001", standard: "ISO 9001", validUntil: "2026-01-01" },
          { id: "iso9001", standard: "ISO 9001", validUntil: "2028-01-01" },
        ],
      }),
    );
    expect(e.certCodes).toHaveLength(1);
    expect(e.certUntil).toEqual(["2028-01-01"]);
    expect(e.certs).toHaveLength(2);
  });
});

describe("postings", () => {
  it("records each token's document and position as column * COL_SPAN + offset", () => {
    const p = new Postings();
    const e = entry(1, doc("S-1", { name: { en: "alpha beta" }, processes: ["beta"] }));
    p.add(e);
    const [beta] = analyse("beta");
    expect(p.get(beta)).toEqual([e.serial, 1, e.serial, COL_SPAN + 0]);
    expect(p.get("nothing")).toBeUndefined();
  });

  it("lists the index words with a prefix, sorted", () => {
    const p = new Postings();
    p.add(entry(1, doc("S-1", { name: { en: "stamping stamp steel" } })));
    expect(p.withPrefix("sta")).toEqual(["stamp", "stamping"]);
    expect(p.withPrefix("x")).toEqual([]);
    p.add(entry(2, doc("S-2", { name: { en: "stainless" } })));
    expect(p.withPrefix("sta")).toEqual(["stainless", "stamp", "stamping"]);
  });

  it("sweeps a removed document's postings out once they are a third of the lists", () => {
    const p = new Postings();
    const gone = entry(1, doc("S-1", { name: { en: "zinc plating" } }));
    const kept = entry(2, doc("S-2", { name: { en: "plating" } }));
    p.add(gone);
    p.add(kept);
    p.remove(gone);
    const [zinc, plating] = analyse("zinc plating");
    expect(p.get(zinc)).toBeUndefined();
    expect(p.get(plating)).toEqual([kept.serial, 0]);
    p.remove(gone); // twice is harmless
    expect(p.get(plating)).toEqual([kept.serial, 0]);
  });
});

describe("typo tolerance", () => {
  it("allows 0 typos below 5 characters, 1 from 5, 2 from 9, none in words with digits", () => {
    expect(allowedTypos("cast")).toBe(0);
    expect(allowedTypos("casts")).toBe(1);
    expect(allowedTypos("machining")).toBe(2);
    expect(allowedTypos("sus304abcd")).toBe(0);
  });

  it("counts a swap of neighbours as one edit and stops past the bound", () => {
    expect(boundedDistance("stamping", "stamping", 1)).toBe(0);
    expect(boundedDistance("stampign", "stamping", 1)).toBe(1);
    expect(boundedDistance("stampng", "stamping", 1)).toBe(1);
    expect(boundedDistance("stumpong", "stamping", 1)).toBe(2);
    expect(boundedDistance("st", "stamping", 2)).toBe(3);
  });

  /** The textbook table (every cell), to check the banded one against. */
  function fullOsa(a: string, b: string): number {
    const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
    for (let j = 0; j <= b.length; j++) d[0][j] = j;
    for (let i = 1; i <= a.length; i++)
      for (let j = 1; j <= b.length; j++) {
        d[i][j] = Math.min(
          d[i - 1][j] + 1,
          d[i][j - 1] + 1,
          d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
        );
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
      }
    return d[a.length][b.length];
  }

  it.each([
    ["tnaning", "tanning", 1, 1],
    ["preciison", "precision", 2, 1],
    ["convetnional", "conventional", 2, 1],
    ["ab", "ba", 1, 1],
    ["stampign", "stamping", 0, 1],
    ["castnig", "casting", 1, 1],
    // Two swaps in one word: two typos, within reach from nine letters only.
    ["alumniuim", "aluminium", 2, 2],
    ["laumniuim", "aluminium", 2, 3],
    // A swap and an edit beside it: OSA never edits a swapped pair again.
    ["ca", "abc", 3, 3],
    ["aaaaaaa", "aaaaa", 2, 2],
    ["aaa", "", 3, 3],
  ])("OSA distance of %s and %s within %i: %i", (a, b, max, want) => {
    expect(boundedDistance(a, b, max)).toBe(want);
    expect(boundedDistance(b, a, max)).toBe(want);
  });

  it("gives the full table's distance within the bound, and bound + 1 past it, on random words", () => {
    let seed = 15;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const word = () =>
      Array.from({ length: Math.floor(rand() * 11) }, () => "abc"[Math.floor(rand() * 3)]).join("");
    for (let k = 0; k < 3000; k++) {
      const a = word();
      const b = rand() < 0.5 ? word() : a.slice(0, Math.floor(rand() * a.length)) + word().slice(0, 2);
      const d = fullOsa(a, b);
      for (const max of [0, 1, 2, 3])
        expect(boundedDistance(a, b, max), `${a} ${b} ${max}`).toBe(d <= max ? d : max + 1);
    }
  });

  it("offers the nearest, then commonest words, never the word itself or part numbers", () => {
    const v = new Vocabulary();
    v.add("plating", 3);
    v.add("plaiting", 9);
    v.add("planing", 1);
    v.add("plating2", 5);
    expect(v.has("plating2")).toBe(false);
    expect(v.near("plating", 1).map((c) => [c.word, c.typos])).toEqual([
      ["plaiting", 1],
      ["planing", 1],
    ]);
    expect(v.near("plating", 0)).toEqual([]);
  });

  it("counts a different first letter as one typo more, as Meilisearch does", () => {
    const v = new Vocabulary();
    for (const w of ["casting", "lasting", "fastener", "reinforcement"]) v.add(w, 3);
    // Seven letters allow one typo: "lasting" is two from "casting", not offered.
    expect(v.near("casting", 1).map((c) => c.word)).toEqual([]);
    // Nine letters or more allow two: a first-letter typo is reached, at two.
    expect(v.near("geinforcement", 2).map((c) => [c.word, c.typos])).toEqual([["reinforcement", 2]]);
    expect(v.near("aastener", 1)).toEqual([]);
    // Swapped first letters change the first letter too; later swaps are one typo.
    expect(v.near("afstener", 1)).toEqual([]);
    expect(v.near("fsatener", 1).map((c) => [c.word, c.typos])).toEqual([["fastener", 1]]);
    // Did-you-mean's looser suggestions take any first letter.
    expect(v.near("casting", 1, true).map((c) => c.word)).toEqual(["lasting"]);
  });
});

describe("query words and concepts", () => {
  it("a word the taxonomy uses is never read as a typo of another concept ('parts' is no misspelt 'pants')", () => {
    const v = new Vocabulary();
    v.add("pants", 40);
    v.add("parts", 2);
    const pq = parseQuery("parts ", v);
    expect(pq.groups.flatMap((g) => g.conceptSets.flat())).not.toContain("bottoms");
    // A word the taxonomy does not use is still corrected towards one it does.
    const typo = parseQuery("pantss ", v);
    expect(typo.groups.flatMap((g) => g.conceptSets.flat())).toContain("bottoms");
  });

  const conceptsOf = (q: string, v: Vocabulary) =>
    parseQuery(q, v).groups.map((g) => [g.label, g.conceptSets.flat(), g.conceptTypos]);

  it("reads a misspelt word as the word it stands for when only the near reading knows that word", () => {
    // "anodized" is no phrase of the lexicon; its near reading (fuzzy.ts: a form of "anodize")
    // is anodising. Swapped letters ("anodzied", one typo) are read as the firms' word, one
    // typo more than the word itself.
    const v = new Vocabulary();
    v.add("anodized", 5);
    expect(conceptsOf("anodized ", v)).toEqual([["anodized", ["anodising"], 1]]);
    expect(conceptsOf("anodzied ", v)).toEqual([["anodzied", ["anodising"], 2]]);
    // Not a word the index or the taxonomy knows within the tolerance: stays text.
    expect(conceptsOf("anodzeid ", v)).toEqual([["anodzeid", [], 0]]);
  });

  it.each([
    ["binding", "bending"],
    ["filling", "milling"],
    ["pointing", "painting"],
    ["wedding", "bedding"],
  ])("never corrects a word the documents use: %s is no misspelt %s", (word, near) => {
    const v = new Vocabulary();
    v.add(word, 4);
    v.add(near, 9);
    expect(conceptsOf(`${word} `, v)).toEqual([[word, [], 0]]);
  });
});

describe("rank", () => {
  const key = (k: Partial<RankKey>): RankKey => ({
    words: 1,
    typos: 0,
    proximity: 0,
    attribute: 0,
    exactness: 1,
    concepts: [],
    ...k,
  });

  it("scores by the rules' order: words outweigh typos, typos outweigh the rest", () => {
    expect(scoreOf(key({ words: 2, typos: 2, attribute: 2, exactness: 0 }), 2, 2)).toBeGreaterThan(
      scoreOf(key({ words: 1 }), 2, 2),
    );
    expect(scoreOf(key({ typos: 0, attribute: 2 }), 1, 1)).toBeGreaterThan(scoreOf(key({ typos: 1 }), 1, 1));
    const s = scoreOf(key({ words: 1 }), 1, 1);
    expect(s).toBeGreaterThan(0);
    expect(s).toBeLessThanOrEqual(1);
  });

  function matcherOver(q: string, docs: SupplierDoc[], scratch?: RankScratch) {
    const p = new Postings();
    const v = new Vocabulary();
    const entries = docs.map((d, i) => entry(i + 1, d));
    for (const e of entries) {
      p.add(e);
      for (const col of e.cols) for (const t of col) v.add(t, 1);
    }
    const holders = (held: (e: Entry) => Set<string>) => {
      const m = new Map<string, Set<number>>();
      for (const e of entries) for (const c of held(e)) m.set(c, (m.get(c) ?? new Set()).add(e.id));
      return m;
    };
    const index: MatchIndex = {
      postings: p,
      conceptDocs: holders((e) => e.concepts),
      sureDocs: holders((e) => e.sure),
      validCertDocs: (standard, asOf) =>
        entries
          .filter((e) => e.certs.some((c) => c.id === standard && isCertificateValid(c.validUntil, asOf)))
          .map((e) => e.id),
      maxId: entries.length,
    };
    const pq = parseQuery(q, v);
    const m = createMatcher(pq, [], "2027-01-01", index, scratch);
    m.prepare(entries);
    return { m, entries };
  }

  it("ranks a name match above a description match, and an exact word above a typo", () => {
    const { m, entries } = matcherOver("galvanising ", [
      doc("S-NAME", { name: { en: "Galvanising Works" } }),
      doc("S-DESC", { description: { en: "we do galvanising" } }),
      doc("S-TYPO", { name: { en: "Galvanizing Works" } }),
      doc("S-NONE", { name: { en: "Forge" } }),
    ]);
    const [byName, byDesc, byTypo, none] = entries.map((e) => m.rank(e));
    expect(none).toBeNull();
    expect(m.order(entries[3])).toBe(-1);
    expect(byName).toMatchObject({ words: 1, typos: 0, attribute: 0 });
    expect(byDesc!.attribute).toBeGreaterThan(byName!.attribute);
    expect(byTypo).toMatchObject({ typos: 1 });
    expect(m.order(entries[0])).toBeLessThan(m.order(entries[1]));
    expect(m.order(entries[0])).toBeLessThan(m.order(entries[2]));
  });

  it("prefers words close together over words far apart", () => {
    const { m, entries } = matcherOver("zinc anodising ", [
      doc("S-NEAR", { description: { en: "zinc anodising line" } }),
      doc("S-FAR", { description: { en: "zinc parts and other work then anodising" } }),
    ]);
    const [near, far] = entries.map((e) => m.rank(e)!);
    expect(near.words).toBe(far.words);
    expect(near.proximity).toBeLessThan(far.proximity);
    expect(m.order(entries[0])).toBeLessThan(m.order(entries[1]));
  });

  describe("the ranking's scratch, kept from search to search", () => {
    const broad = ["press", "steel press", "press line", "zinc press", "press press"].map((name, i) =>
      doc(`S-B${i}`, { name: { en: name }, description: { en: `press work ${i}` } }),
    );
    const narrow = [
      doc("S-N1", { name: { en: "Anodising" }, description: { en: "zinc anodising" } }),
      doc("S-N2", { description: { en: "anodising" } }),
    ];

    it("ranks as fresh arrays do after a search over more documents and words", () => {
      const scratch = new RankScratch();
      matcherOver("steel press line ", broad, scratch);
      const reused = matcherOver("anodising ", narrow, scratch);
      const fresh = matcherOver("anodising ", narrow);
      expect(reused.entries.map((e) => reused.m.rank(e))).toEqual(fresh.entries.map((e) => fresh.m.rank(e)));
      expect(reused.entries.map((e) => reused.m.order(e))).toEqual(
        fresh.entries.map((e) => fresh.m.order(e)),
      );
    });

    it("is one matcher's at a time: the older one refuses to rank", () => {
      const scratch = new RankScratch();
      const first = matcherOver("press ", broad, scratch);
      matcherOver("anodising ", narrow, scratch);
      expect(() => first.m.order(first.entries[0])).toThrow(/scratch/);
    });
  });
});

describe("the page out of the places", () => {
  it("gives the k smallest in order, as sorting every place does", () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    for (const size of [0, 1, 5, 100, 3000])
      for (const k of [0, 1, 3, 20, 50, 70, 257, 5000]) {
        const values = Float64Array.from({ length: size }, (_, i) =>
          size > 100 && i % 3 === 0 ? size - i : next(),
        );
        const expected = [...Float64Array.from(values).sort().subarray(0, k)];
        expect([...smallestInOrder(Float64Array.from(values), k)], `${size} ${k}`).toEqual(expected);
      }
  });
});
