import { describe, expect, it, vi } from "vitest";
import { supplierDoc } from "./docs";

// A query must read the same whatever the process parsed before it (issue 15): the caches of the
// query reading (taxonomy words, near concepts) belong to one lexicon, and the lexicon is rebuilt
// when organisers attach a term (/admin/taxonomy) or the quality bench withholds synonyms. Each
// run below loads the modules afresh, so "fresh" is a process that parsed nothing before.

const TYPO_QUERIES = [
  "technical rubbeer parts",
  "injetcion moulding",
  "stampign parts",
  "galvanisng steel",
  "alumnium die casting",
  "powder coatng",
  "cnc turnning parts",
  // Words only synonyms use: in a lexicon of labels alone they are typos of a label word.
  "cacbon steel",
  "nikel plating",
  "silicon rubber seals",
];
const OTHER_QUERIES = ["rubber gaskets", "stamping", "xử lý anode nhôm", "precision machining", "ép nhựa"];

async function fresh() {
  vi.resetModules();
  const query = await import("../../../search/embedded/query");
  const typos = await import("../../../search/embedded/typos");
  const lexicon = await import("../../../app/modules/taxonomy/lexicon");
  const vocabulary = new typos.Vocabulary();
  for (const w of [
    "rubber",
    "injection",
    "stamping",
    "galvanising",
    "aluminium",
    "coating",
    "turning",
    "carbon",
    "nickel",
    "silicone",
  ])
    vocabulary.add(w, 5);
  const read = (qs: string[]) =>
    qs.map((q) =>
      query.parseQuery(q, vocabulary).groups.map((g) => ({
        label: g.label,
        concepts: g.conceptSets,
        typos: g.conceptTypos,
        plain: g.plain,
      })),
    );
  return { read, lexicon };
}

// Labels only: the lexicon of the quality bench's hold-out taken to its end (every synonym out).
const labelsOnly = () => true;

describe("a query reads the same whatever ran before it", () => {
  it("typo queries parse identically before and after other queries (one lexicon)", async () => {
    const { read } = await fresh();
    const before = read(TYPO_QUERIES);
    read(OTHER_QUERIES);
    read([...TYPO_QUERIES].reverse());
    expect(read(TYPO_QUERIES)).toEqual(before);
  });

  it("after the lexicon changes, typo queries parse as in a process that parsed nothing before", async () => {
    const a = await fresh();
    a.lexicon.withholdSynonyms(labelsOnly);
    const expected = a.read(TYPO_QUERIES);

    const b = await fresh();
    const fullBefore = b.read([...OTHER_QUERIES, ...TYPO_QUERIES]).slice(OTHER_QUERIES.length);
    b.lexicon.withholdSynonyms(labelsOnly);
    expect(b.read(TYPO_QUERIES)).toEqual(expected);
    // And back: the full lexicon reads them as it did at first.
    b.lexicon.withholdSynonyms(null);
    expect(b.read(TYPO_QUERIES)).toEqual(fullBefore);
  });

  it("a capability term lights up for a concept as the current lexicon maps it, not an earlier one", async () => {
    const doc = (term: string) => supplierDoc("S-1", { materials: [term] });
    const light = async (history: boolean) => {
      vi.resetModules();
      const { highlightDoc } = await import("../../../search/embedded/highlight");
      const lexicon = await import("../../../app/modules/taxonomy/lexicon");
      const read = () => highlightDoc(doc("SECC"), () => false, ["galvanized-steel"]).capabilities;
      if (history) read();
      lexicon.withholdSynonyms(labelsOnly);
      return read();
    };
    expect(await light(true)).toEqual(await light(false));
  });
});
