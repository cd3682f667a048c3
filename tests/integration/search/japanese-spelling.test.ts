// Japanese spelling variants and material-bound heads through the real path (decision 480): the
// importer maps firms' terms, search/documents.ts builds the documents, the embedded engine (in the
// SQLite file, or on PostgreSQL in a local index file, as the server keeps it) answers queries
// written in another spelling than the firm's.
import { describe, expect, it } from "vitest";
import { searchedDirectory } from "../../helpers/search-index";

const firm = (ref: string, processes: string[], products: string[] = []) => ({
  ref,
  name: { vi: `Công ty ${ref}`, en: `Firm ${ref}` },
  capabilities: { processes, materials: [], products },
});

describe("search reads Japanese in any spelling", () => {
  const refs = searchedDirectory([
    firm("S-DIE", ["ダイ・カスト"]),
    firm("S-CUT", ["ｶｯﾀｰ刃物研磨"]),
    firm("S-PLATE", ["めっき"]),
    firm("S-MAKER", ["メカ設計"]),
    firm("S-BOX", [], ["vỏ hộp giấy"]),
    firm("S-ENCL", [], ["vỏ hộp nhựa"]),
  ]);

  it.each(["ダイカスト", "ﾀﾞｲｶｽﾄ", "だいかすと", "ダイ カスト"])(
    "%s finds the firm that wrote ダイ・カスト",
    async (q) => {
      expect(await refs(q)).toContain("S-DIE");
    },
  );

  it("finds a word written with and without its final ー, as text", async () => {
    expect(await refs("カッタ刃物研磨")).toContain("S-CUT");
    expect(await refs("メッキ")).toContain("S-PLATE");
  });

  it("does not find a different word", async () => {
    expect(await refs("メーカー")).not.toContain("S-MAKER"); // maker is not メカ (mecha)
    expect(await refs("メカ")).toContain("S-MAKER");
  });

  it("reads 'vỏ hộp giấy' as a paper box, 'vỏ hộp nhựa' as an enclosure", async () => {
    const paper = await refs("hộp giấy");
    expect(paper).toContain("S-BOX");
    expect(paper).not.toContain("S-ENCL");
    const enclosure = await refs("housings");
    expect(enclosure).toContain("S-ENCL");
    expect(enclosure).not.toContain("S-BOX");
  });
});

// Okurigana, katakana written another way, Vietnamese word order (decisions 535, 536): a firm's
// term in one writing is found by a query in another, through the importer and the engine.
describe("search reads other writing habits", () => {
  const refs = searchedDirectory([
    firm("S-QUENCH", ["焼き入れ"]),
    firm("S-WIRE", ["ワイアカット"]),
    firm("S-HEAT", ["nhiệt xử lý"]),
    firm("S-BEND", ["曲げ加工"]),
  ]);

  it("finds 焼き入れ under 焼入れ and 焼入", async () => {
    expect(await refs("焼入れ")).toContain("S-QUENCH");
    expect(await refs("焼入")).toContain("S-QUENCH");
  });

  it("finds a firm's other katakana spelling and other word order under the concept", async () => {
    expect(await refs("ワイヤーカット")).toContain("S-WIRE");
    expect(await refs("heat treatment")).toContain("S-HEAT");
  });

  it("does not find them under other processes", async () => {
    expect(await refs("ワイヤーカット")).not.toContain("S-QUENCH");
    expect(await refs("heat treatment")).not.toContain("S-BEND");
  });
});
