import { describe, expect, it } from "vitest";
import { SECTORS, allConcepts, ancestors, getConcept, type ConceptKind } from "../../../app/modules/taxonomy";
import { buildLexicon } from "../../../app/modules/taxonomy/lexicon";
import { INTERNATIONAL_STANDARDS } from "../../../app/modules/programme/kpi";
import { fold as foldText } from "../../../app/modules/text/analyser";

// The taxonomy is data an organiser edits by hand: these tests are its schema.

const KINDS: ConceptKind[] = ["process", "material", "product", "certification"];

/**
 * Processes and products that legitimately have no sector: "extrusion" spans plastics
 * (plastic extrusion) and mechanical (aluminium extrusion); its children carry the sector.
 */
const SECTORLESS = new Set(["extrusion"]);

describe("taxonomy data integrity", () => {
  const all = allConcepts();

  it("has the scale of the whole field", () => {
    const count = (k: ConceptKind) => allConcepts(k).length;
    expect(count("process")).toBeGreaterThanOrEqual(120);
    expect(count("material")).toBeGreaterThanOrEqual(80);
    expect(count("product")).toBeGreaterThanOrEqual(90);
    expect(count("certification")).toBeGreaterThanOrEqual(30);
    expect(all.length).toBe(KINDS.reduce((n, k) => n + count(k), 0));
  });

  it("gives every concept a Vietnamese, an English and a Japanese label", () => {
    for (const c of all) {
      for (const lang of ["vi", "en", "ja"] as const) {
        expect(c.labels[lang].trim(), `${c.id} ${lang}`).not.toBe("");
      }
      // The Japanese label is Japanese, or a grade code Japanese engineers write as is ("SUS304").
      if (c.kind !== "certification") {
        expect(
          /[\u3040-\u30ff\u4e00-\u9fff]/.test(c.labels.ja) || /\d/.test(c.labels.ja),
          `${c.id}: ${c.labels.ja}`,
        ).toBe(true);
      }
    }
  });

  it("uses unique, URL-safe ids", () => {
    const ids = all.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it("has no dangling parents, parents of the same kind, and no cycles", () => {
    for (const c of all) {
      for (const p of c.parents) {
        const parent = getConcept(p);
        expect(parent, `${c.id} -> ${p}`).toBeDefined();
        expect(parent!.kind, `${c.id} -> ${p}`).toBe(c.kind);
      }
      expect(ancestors(c.id), c.id).not.toContain(c.id);
    }
  });

  it("rejects a cycle or an unknown parent when the index is built", async () => {
    // buildLexicon is what runs on the real data; a cycle must be a loud error, not a hang.
    expect(() => buildLexicon()).not.toThrow();
  });

  it("gives every process and product a sector (inherited from parents where not stated)", () => {
    const sectorIds = new Set(SECTORS.map((s) => s.id));
    for (const c of all) {
      if (c.kind !== "process" && c.kind !== "product") continue;
      if (SECTORLESS.has(c.id)) continue;
      expect(c.sector, c.id).toBeDefined();
      expect(sectorIds.has(c.sector!), c.id).toBe(true);
    }
  });

  it("has five sectors with three labels each", () => {
    expect(SECTORS.map((s) => s.id)).toEqual([
      "mechanical",
      "electronics",
      "textile-footwear",
      "plastics-rubber",
      "packaging",
    ]);
    for (const s of SECTORS) for (const l of [s.labels.vi, s.labels.en, s.labels.ja]) expect(l).not.toBe("");
  });

  it("has no empty synonyms and no synonym that merely repeats a label or another synonym", () => {
    // Spelling variants that the lookup already normalises ("mold"/"mould", plurals) are
    // allowed as documentation, and so are kana spellings the analyser folds together
    // ("めっき"/"メッキ"); the same text written twice (up to accents and case) is not.
    const fold = (t: string) => (/[\u3041-\u30ff]/.test(t) ? t.normalize("NFKC") : foldText(t));
    for (const c of all) {
      const seen = new Set([c.labels.vi, c.labels.en, c.labels.ja].map(fold));
      for (const s of c.synonyms) {
        const text = s.startsWith("=") ? s.slice(1) : s;
        expect(text.trim(), c.id).not.toBe("");
        const key = (s.startsWith("=") ? "=" : "") + fold(text);
        expect(seen.has(key), `${c.id}: "${s}" repeats a label or synonym`).toBe(false);
        seen.add(key);
      }
    }
  });

  it("never lets one phrase name two concepts of the same kind", () => {
    // Across kinds it is intended ("fasteners" is a process and a product family). Within a kind
    // it would make mapping arbitrary: "da lợn" (pig leather) and "da lộn" (suede) fold alike,
    // so only one of them may be listed.
    const lex = buildLexicon();
    const clashes: string[] = [];
    for (const index of [lex.phrases, lex.exact]) {
      for (const [key, ids] of index) {
        for (const kind of KINDS) {
          const same = ids.filter((id) => lex.concepts.get(id)!.kind === kind);
          if (same.length > 1) clashes.push(`"${key}" -> ${same.join(", ")}`);
        }
      }
    }
    expect(clashes).toEqual([]);
  });

  it("uses compact standard ids for certifications", () => {
    const ids = allConcepts("certification").map((c) => c.id);
    // The standards the programme's KPI counts (kpi.ts) must be certifications too, with the same ids.
    for (const id of [
      ...INTERNATIONAL_STANDARDS,
      "oekotex",
      "rohs",
      "reach",
      "ul",
      "ce",
      "grs",
      "bsci",
      "sa8000",
      "wrap",
      "fsc",
      "vda63",
    ]) {
      expect(ids, id).toContain(id);
    }
    expect(getConcept("iatf16949")!.parents).toEqual(["iso9001"]);
    expect(getConcept("as9100")!.parents).toEqual(["iso9001"]);
  });
});
