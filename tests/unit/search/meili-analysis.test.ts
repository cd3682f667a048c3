import { describe, expect, it } from "vitest";
import { documentColumns } from "../../../search/embedded/analysis";
import { toMeiliDoc } from "../../../search/meilisearch/documents";
import { translateQuery } from "../../../search/meilisearch/engine";
import { supplierDoc } from "./docs";

// The Meilisearch server is not available here (the contract suite skips it), so what the adapter
// sends is checked without it: documents and queries go through the one analyser the embedded
// engine uses, Japanese spelling variants included (foldKana, decision 480), so both engines see
// "ダイ・カスト", "ﾀﾞｲｶｽﾄ" and "だいかすと" as one word.
const words = (texts: string[]) => texts.join(" ").split(" ").filter(Boolean);

describe("the Meilisearch adapter reads text as the embedded engine does", () => {
  const doc = supplierDoc("S1", {
    name: { ja: "ｶｯﾀｰ工業" },
    processes: ["ダイ・カスト", "めっき"],
    products: ["コネクター"],
    description: { ja: "レーザー・カッター加工" },
  });

  it("stores the same analysed words as the embedded index", () => {
    const meili = toMeiliDoc(doc, "h");
    const [name, capabilities, description] = documentColumns(doc);
    expect(words(meili.name)).toEqual(name);
    expect(words(meili.capabilities)).toEqual(capabilities);
    expect(words(meili.description).slice(0, description.length)).toEqual(description);
    expect(words(meili.capabilities)).toEqual(["ダイカスト", "メツキ", "コネクタ"]);
  });

  it("sends a query in another kana spelling as the stored word", () => {
    const meili = toMeiliDoc(doc, "h");
    const stored = new Set(words([...meili.name, ...meili.capabilities, ...meili.description]));
    for (const q of ["ﾀﾞｲｶｽﾄ", "だいかすと", "ダイ カスト", "メッキ", "コネクタ", "カッタ工業"])
      for (const w of translateQuery(q, "2026-12-01").q.trim().split(" "))
        expect(stored, `${q}: ${w}`).toContain(w);
  });

  it("keeps different words apart", () => {
    expect(translateQuery("メカ", "2026-12-01").q).not.toBe(translateQuery("メーカー", "2026-12-01").q);
    expect(translateQuery("カバ", "2026-12-01").q).not.toBe(translateQuery("カバー", "2026-12-01").q);
  });
});
