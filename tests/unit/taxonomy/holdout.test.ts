import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getConcept } from "../../../app/modules/taxonomy";
import { getLexicon, labelParts } from "../../../app/modules/taxonomy/lexicon";
import { keyTokens } from "../../../app/modules/taxonomy/keys";
import { holdoutFilter, isHeldOut, phrasings, UNSEEN_FILE } from "../../../scripts/bench/quality-data";

// The unseen evaluation (npm run bench -- quality) is only honest while the taxonomy has never
// seen its phrasings: nothing in the product reads the file, and none of its phrasings is a
// phrase of the lexicon. Adding one as a synonym is fine — then take it out of the file.
// A phrasing that is its own concept's label read in parts ("Cắm linh kiện xuyên lỗ (DIP)" is
// also "cắm linh kiện xuyên lỗ", lexicon.ts labelParts) is the label, which was never unseen.
// Nor is a phrasing that is one of its own concept's phrases in another kana spelling
// ("ユニクロめっき" for "ユニクロメッキ"): the analyser reads both as one word (foldKana, decision 480).

const KANA = /[\u3041-\u30ff]/;

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    return d.isDirectory() ? sources(p) : /\.(ts|tsx)$/.test(d.name) ? [p] : [];
  });
}

describe("the unseen evaluation stays unseen", () => {
  it("no product code reads tests/quality/unseen-phrasings.json", () => {
    for (const dir of ["app", "search", "db"])
      for (const f of sources(dir)) expect(fs.readFileSync(f, "utf8"), f).not.toContain("unseen-phrasings");
  });

  it("every phrasing in the file names a real concept and is not a phrase of the lexicon", () => {
    const file = JSON.parse(fs.readFileSync(UNSEEN_FILE, "utf8")) as {
      concepts: Record<string, Record<string, string[]>>;
    };
    const lex = getLexicon();
    let n = 0;
    const kanaSpellings: string[] = [];
    for (const [id, langs] of Object.entries(file.concepts)) {
      expect(getConcept(id), id).toBeDefined();
      const c = getConcept(id)!;
      const ownLabel = new Set(
        [c.labels.vi, c.labels.en, c.labels.ja].flatMap(labelParts).map((t) => keyTokens(t).join(" ")),
      );
      for (const p of Object.values(langs).flat()) {
        const key = keyTokens(p).join(" ");
        if (ownLabel.has(key)) continue;
        if (KANA.test(p) && (lex.phrases.get(key) ?? []).includes(id)) {
          kanaSpellings.push(p);
          continue;
        }
        expect(lex.phrases.get(key) ?? lex.exact.get(key) ?? [], `${id}: "${p}"`).toEqual([]);
        n++;
      }
    }
    expect(n).toBeGreaterThan(500);
    // A handful at most: the file's Japanese is mostly other words, not other spellings.
    expect(kanaSpellings.length, kanaSpellings.join(", ")).toBeLessThanOrEqual(3);
  });

  it("holds out a stable quarter of the synonyms of concepts that have three or more", () => {
    const ph = phrasings();
    expect(ph.counts.heldOut).toBeGreaterThan(600);
    const filter = holdoutFilter();
    expect(filter("anodising", "anod hóa")).toBe(isHeldOut("anodising", "anod hóa", 99));
    expect(isHeldOut("x", "y", 2)).toBe(false);
  });
});
