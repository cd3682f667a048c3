// Candidates from the in-memory postings instead of FTS5 rowid lists (issue 15, decision 595): the
// mirror's tokens must be FTS5's own, position for position, and for every query term whose tokens
// FTS5 reads as themselves the postings must give the documents the FTS5 MATCH gives, in the same
// order. Over generated firms (the bench's generator) and the contract's fixtures (part numbers,
// grades, Japanese), with the bench's query mix and harder queries.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queries } from "../../../scripts/bench/search";
import { Rng } from "../../../scripts/seed/prng";
import { generateSuppliers } from "../../../scripts/seed/suppliers";
import { allOf, isStoredToken, slotExpression } from "../../../search/embedded/fts";
import { parseQuery } from "../../../search/embedded/query";
import { IndexStore } from "../../../search/embedded/store";
import { FIXTURES } from "../../contract/fixtures";
import { indexedDirectory } from "../../helpers/search-index";

const EDGE_QUERIES = [
  "6061-T6",
  "6061_t6",
  "6061",
  "M8x1.25 bolts",
  "m8x1",
  "1/2",
  "ISO 9001:2015",
  "Ép nhựa ABS",
  "ep nhua",
  "射出成形",
  "ダイカスト",
  "Đúc áp lực nhôm ADC12",
  "a",
  "in",
  "cnc tiện",
  "injetcion moulding",
  "KCN Thăng Long",
  "zzqx",
];

describe("candidates from the postings", () => {
  let index: Awaited<ReturnType<typeof indexedDirectory>>;
  let store: IndexStore;
  let qs: string[];

  beforeAll(async () => {
    const rng = new Rng(4242);
    const { suppliers } = generateSuppliers(rng.fork("suppliers"), 300);
    const names = suppliers.map((s) => (s.name.vi ?? s.name.en ?? "").split(" ").slice(-2).join(" "));
    qs = [...queries(rng.fork("queries"), names), ...EDGE_QUERIES];
    index = await indexedDirectory(suppliers);
    if (index.opened.dialect !== "sqlite") throw new Error("this test reads the SQLite file's index");
    store = new IndexStore(index.opened.sqlite);
    // The mirror read from the tables, then kept in step by writes (the two ways it gets tokens).
    store.sync();
    store.upsert(FIXTURES);
  }, 240_000);
  afterAll(async () => {
    await index?.close();
  });

  it("holds FTS5's tokens, at FTS5's positions", () => {
    const sqlite = index.opened.sqlite;
    sqlite.exec(`CREATE VIRTUAL TABLE temp.fts_tokens USING fts5vocab(main, search_fts, instance)`);
    const fts = (
      sqlite.prepare(`SELECT doc, col, offset, term FROM temp.fts_tokens`).raw().all() as unknown[][]
    )
      .map((r) => r.join(" "))
      .sort();
    const columns = ["name", "capabilities", "description"];
    const mirror: string[] = [];
    for (const e of store.entries.values())
      e.cols.forEach((col, c) => col.forEach((tok, p) => mirror.push(`${e.id} ${columns[c]} ${p} ${tok}`)));
    expect(mirror.length).toBeGreaterThan(10_000);
    expect(mirror.sort()).toEqual(fts);
    for (const e of store.entries.values())
      for (const col of e.cols) for (const tok of col) expect(isStoredToken(tok)).toBe(true);
  });

  it("finds the documents FTS5 finds for every term, in the same order", () => {
    const stamp = new Int32Array(store.maxId + 1);
    let compared = 0;
    for (const q of qs) {
      const pq = parseQuery(q, store.vocabulary);
      for (const g of pq.groups) {
        const slots = g.slots.map((i) => ({
          words: [...pq.slots[i].alts.keys()],
          prefix: pq.slots[i].prefix ? pq.slots[i].word : undefined,
        }));
        if (!slots.every((s) => s.words.every(isStoredToken) && isStoredToken(s.prefix ?? "_"))) continue;
        const exprs = slots.map(slotExpression) as string[];
        const fromPostings: number[] = [];
        store.postings.docsWithAll(slots, stamp, fromPostings);
        expect(fromPostings, q).toEqual(store.match(allOf(exprs)));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(500);
    expect(stamp.every((v) => v === 0)).toBe(true);
  });

  it("leaves to FTS5 the tokens it would read otherwise", () => {
    for (const tok of ["6061_t6", "射出成形", "ダイカスト", "đuc", "a"])
      expect(isStoredToken(tok)).toBe(true);
    for (const tok of ["", "6061-t6", "ABS", "a b", 'a"', "a*", "\ud800", "a\ufffd"])
      expect(isStoredToken(tok)).toBe(false);
  });
});
