import { afterEach, describe, expect, it } from "vitest";
import {
  learnReadings,
  MAX_LEARNED_CONFIDENCE,
  type FirmRecord,
} from "../../../app/modules/taxonomy/learned";
import { learnedConcept, mapTermOwn, mapTermScored, termConfidence } from "../../../app/modules/taxonomy";
import { setLearnedReadings } from "../../../app/modules/taxonomy/lexicon";

// Readings learned from the directory: hand-made corpora where the answer is known.

type K = FirmRecord["unmapped"][number]["kind"];
const firm = (
  unmapped: [K, string][],
  described: [K, string][] = [],
  listed: [K, string][] = [],
): FirmRecord => ({
  unmapped: unmapped.map(([kind, key]) => ({ kind, key })),
  described: described.map(([kind, id]) => ({ kind, id })),
  listed: listed.map(([kind, id]) => ({ kind, id })),
});

/** Firms that write nothing unknown and describe one of a spread of concepts (the base rates). */
const background = (n: number): FirmRecord[] =>
  Array.from({ length: n }, (_, i) => firm([], [["process", `p${i % 10}`]], [["material", `m${i % 4}`]]));

describe("learnReadings", () => {
  it("learns a term whose firms describe one concept no entry of theirs accounts for", () => {
    const firms = [
      ...background(40),
      firm(
        [["process", "gtaw"]],
        [
          ["process", "tig-welding"],
          ["material", "steel"],
        ],
        [["material", "steel"]],
      ),
      firm([["process", "gtaw"]], [["process", "tig-welding"]], [["process", "cnc-milling"]]),
      firm(
        [["process", "gtaw"]],
        [
          ["process", "tig-welding"],
          ["process", "painting"],
        ],
        [["process", "painting"]],
      ),
      firm([["process", "gtaw"]], [["process", "tig-welding"]]),
      firm([["process", "gtaw"]], [["material", "steel"]]),
    ];
    const out = learnReadings(firms);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({
      kind: "process",
      key: "gtaw",
      conceptId: "tig-welding",
      support: 4,
      firms: 5,
    });
    expect(out[0].confidence).toBeGreaterThan(0.5);
    expect(out[0].confidence).toBeLessThanOrEqual(MAX_LEARNED_CONFIDENCE);
  });

  it("is surer with more firms behind the same share", () => {
    const corpus = (n: number) => [
      ...background(200),
      ...Array.from({ length: n }, (_, i) =>
        firm([["process", "gtaw"]], i % 5 === 4 ? [] : [["process", "tig-welding"]]),
      ),
    ];
    const [few] = learnReadings(corpus(5));
    const [many] = learnReadings(corpus(20));
    expect(few.conceptId).toBe("tig-welding");
    expect(many.confidence).toBeGreaterThan(few.confidence);
  });

  it("learns nothing from too few firms", () => {
    const firms = [
      ...background(40),
      firm([["process", "gtaw"]], [["process", "tig-welding"]]),
      firm([["process", "gtaw"]], [["process", "tig-welding"]]),
    ];
    expect(learnReadings(firms)).toEqual([]);
    expect(learnReadings(firms, { minFirms: 2 })).toHaveLength(1);
  });

  it("learns nothing from a term spread over many concepts", () => {
    const firms = [
      ...background(40),
      ...["tig-welding", "painting", "cnc-milling", "stamping", "casting", "forging"].map((id) =>
        firm([["process", "gia cong"]], [["process", id]]),
      ),
    ];
    expect(learnReadings(firms)).toEqual([]);
  });

  it("learns nothing when two unrelated concepts run close, but a broader concept is no rival", () => {
    const split = [
      ...background(40),
      ...[1, 2, 3].map(() => firm([["process", "xyz"]], [["process", "tig-welding"]])),
      ...[1, 2].map(() => firm([["process", "xyz"]], [["process", "painting"]])),
    ];
    expect(learnReadings(split)).toEqual([]);
    const family = [
      ...background(40),
      ...[1, 2, 3].map(() => firm([["process", "xyz"]], [["process", "tig-welding"]])),
      ...[1, 2].map(() => firm([["process", "xyz"]], [["process", "welding"]])),
    ];
    const isA = (a: string, b: string) => a === b || (a === "tig-welding" && b === "welding");
    expect(learnReadings(family)).toEqual([]);
    expect(learnReadings(family, { isA })).toMatchObject([{ key: "xyz", conceptId: "tig-welding" }]);
  });

  it("learns nothing from a concept every firm names anyway (no lift over its base rate)", () => {
    const firms = Array.from({ length: 30 }, (_, i) =>
      firm(i < 6 ? [["material", "tole"]] : [], [["material", "steel"]], [["process", `p${i % 7}`]]),
    );
    expect(learnReadings(firms)).toEqual([]);
  });

  it("prefers the concept no mapped entry accounts for, and only reads a concept of the term's kind", () => {
    // Every firm writing "cnc" (unknown here) lists milling in mapped words and describes turning:
    // turning is unaccounted for, milling is explained by its own entry.
    const firms = [
      ...background(60),
      ...[1, 2, 3, 4].map(() =>
        firm(
          [["process", "cnc"]],
          [
            ["process", "milling"],
            ["process", "turning"],
            ["material", "aluminium"],
          ],
          [["process", "milling"]],
        ),
      ),
    ];
    const out = learnReadings(firms, { minLead: 1.5 });
    expect(out).toMatchObject([{ key: "cnc", conceptId: "turning" }]);
    // A material term among the same firms reads a material, never a process.
    const mats = learnReadings(
      firms.map((f) =>
        f.unmapped.length ? { ...f, unmapped: [{ kind: "material" as const, key: "a6061" }] } : f,
      ),
      { minLead: 1.5 },
    );
    expect(mats).toMatchObject([{ kind: "material", key: "a6061", conceptId: "aluminium" }]);
  });

  it("counts a firm once however often it writes the term, and gives the same answer in any order", () => {
    const firms = [
      ...background(40),
      firm(
        [
          ["process", "gtaw"],
          ["process", "gtaw"],
          ["process", "gtaw"],
        ],
        [["process", "tig-welding"]],
      ),
      firm([["process", "gtaw"]], [["process", "tig-welding"]]),
    ];
    expect(learnReadings(firms)).toEqual([]);
    const corpus = [...firms, firm([["process", "gtaw"]], [["process", "tig-welding"]])];
    expect(learnReadings(corpus)).toEqual(learnReadings([...corpus].reverse()));
  });
});

describe("learned readings in the taxonomy", () => {
  afterEach(() => setLearnedReadings([]));

  it("read a term no phrase gives, as a near concept, never over the term's own reading", () => {
    // A made-up word: nothing in the taxonomy reads it.
    expect(mapTermOwn("Kroxal", "process")).toBeNull();
    setLearnedReadings([
      { kind: "process", key: "kroxal", conceptId: "tig-welding", confidence: 0.7 },
      // A key the lexicon already reads: the learned reading is never used.
      { kind: "process", key: "cnc milling", conceptId: "painting", confidence: 0.7 },
    ]);
    expect(mapTermScored("Kroxal", "process")).toEqual({
      id: "tig-welding",
      confidence: 0.7,
      via: "Kroxal",
      learned: true,
    });
    expect(mapTermScored("kroxal", "material")).toBeNull();
    expect(mapTermScored("CNC milling", "process")!.id).not.toBe("painting");
    expect(termConfidence("KROXAL", "process", "tig-welding")).toBe(0.7);
    expect(learnedConcept("kroxal", "process")!.id).toBe("tig-welding");
    setLearnedReadings([]);
    expect(mapTermScored("Kroxal", "process")).toBeNull();
  });
});
