import { describe, expect, it } from "vitest";
import { getConcept, isA, mapTerm, type ConceptKind } from "../../../app/modules/taxonomy";
import { MATERIALS, PROCESSES, PRODUCTS, type Phrasing } from "../../../scripts/seed/data/vocabulary";
import { stripDiacritics } from "../../../scripts/seed/text";

// The generator's phrasings are keyed by the taxonomy concept they stand for. Every phrasing
// (also typed without diacritics) must map to that concept or a more specific one, and the first
// phrasing of each language — the one requests use — to exactly that concept.
const vocabularies: [ConceptKind, Record<string, Phrasing>][] = [
  ["process", PROCESSES],
  ["material", MATERIALS],
  ["product", PRODUCTS],
];

describe("seed vocabulary", () => {
  for (const [kind, vocab] of vocabularies) {
    it(`${kind} phrasings map to their concept`, () => {
      const wrong: string[] = [];
      for (const [id, p] of Object.entries(vocab)) {
        if (getConcept(id)?.kind !== kind) {
          wrong.push(`${id}: no ${kind} concept with this id`);
          continue;
        }
        for (const t of [...p.vi, ...p.vi.map(stripDiacritics), ...p.en]) {
          const got = mapTerm(t, kind);
          if (got === null || !isA(got, id)) wrong.push(`${id}: "${t}" -> ${got}`);
        }
        for (const first of [p.vi[0], p.en[0]]) {
          const got = mapTerm(first, kind);
          if (got !== id) wrong.push(`${id}: first phrasing "${first}" -> ${got}`);
        }
      }
      expect(wrong).toEqual([]);
    });
  }
});
