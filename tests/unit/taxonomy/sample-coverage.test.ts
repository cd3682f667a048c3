import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  ancestors,
  certificationId,
  findConcepts,
  isA,
  mapTerm,
  type ConceptKind,
} from "../../../app/modules/taxonomy";

// Every distinct capability, material, product and certification term of the sample directory
// (suppliers and buying requests) must map to a concept. The portal is judged on unseen data of
// the same kind, so the taxonomy covers the field; this test guards the sample floor.

const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures");

interface Capabilities {
  processes?: string[];
  materials?: string[];
  products?: string[];
}
interface Sample {
  suppliers: (Capabilities & {
    ref: string;
    capabilities: Capabilities;
    certifications: { standard: string; validUntil: string | null }[];
  })[];
  requests: (Capabilities & { requiredCertifications: (string | { standard: string })[] })[];
}
interface Labels {
  asOf: string;
  validCerts: Record<string, string[]>;
}

const sample = JSON.parse(readFileSync(path.join(FIXTURES, "directory-sample.json"), "utf8")) as Sample;
const labels = JSON.parse(readFileSync(path.join(FIXTURES, "labels-sample.json"), "utf8")) as Labels;

const FIELDS: [keyof Capabilities, ConceptKind][] = [
  ["processes", "process"],
  ["materials", "material"],
  ["products", "product"],
];

function distinctTerms(): { term: string; kind: ConceptKind }[] {
  const seen = new Map<string, ConceptKind>();
  for (const s of sample.suppliers) {
    for (const [field, kind] of FIELDS)
      for (const t of s.capabilities[field] ?? []) seen.set(`${kind}\u0000${t}`, kind);
    for (const c of s.certifications) seen.set(`certification\u0000${c.standard}`, "certification");
  }
  for (const r of sample.requests) {
    for (const [field, kind] of FIELDS) for (const t of r[field] ?? []) seen.set(`${kind}\u0000${t}`, kind);
    for (const c of r.requiredCertifications) {
      seen.set(`certification\u0000${typeof c === "string" ? c : c.standard}`, "certification");
    }
  }
  return [...seen.keys()].map((k) => ({ term: k.split("\u0000")[1], kind: seen.get(k)! }));
}

describe("taxonomy coverage of the sample directory", () => {
  const terms = distinctTerms();

  it("maps at least 97% of the distinct terms (and reports the figure)", () => {
    const unmapped = terms.filter(({ term, kind }) =>
      kind === "certification" ? certificationId(term) === null : mapTerm(term, kind) === null,
    );
    const coverage = 1 - unmapped.length / terms.length;
    console.info(
      `taxonomy coverage of sample terms: ${(coverage * 100).toFixed(1)}% of ${terms.length}` +
        (unmapped.length ? `; unmapped: ${unmapped.map((u) => `${u.kind}:${u.term}`).join(", ")}` : ""),
    );
    expect(terms.length).toBeGreaterThan(400);
    expect(coverage).toBeGreaterThanOrEqual(0.97);
  });

  it("maps the same capability written in three ways to the same family", () => {
    // Vietnamese with and without marks and English, as the sample firms write them.
    const same: [string, string, string, ConceptKind, string][] = [
      ["ép phun nhựa", "ep phun nhua", "plastic injection molding", "process", "injection-moulding"],
      ["chế tạo khuôn mẫu", "che tao khuon mau", "mould design and manufacturing", "process", "mould-making"],
      ["dập kim loại", "dap kim loai", "press stamping", "process", "stamping"],
      ["đúc áp lực", "duc ap luc", "high pressure die casting", "process", "die-casting"],
      [
        "sản xuất bu lông ốc vít",
        "san xuat bu long oc vit",
        "screws and bolts",
        "process",
        "fastener-manufacturing",
      ],
      ["thép không gỉ", "thep khong gi", "stainless steel", "material", "stainless-steel"],
      ["tản nhiệt nhôm", "tan nhiet nhom", "heat sinks", "product", "heat-sink"],
    ];
    for (const [vi, noMarks, en, kind, family] of same) {
      for (const t of [vi, noMarks, en]) {
        const id = mapTerm(t, kind);
        expect(id, t).not.toBeNull();
        expect(isA(id!, family), `${t} -> ${id} is a ${family}`).toBe(true);
      }
    }
  });

  it("derives exactly the reference set of valid certificates, implied standards included", () => {
    // IATF 16949 is built on ISO 9001: the reference counts an IATF holder as holding ISO 9001.
    for (const s of sample.suppliers) {
      const held = new Set<string>();
      for (const c of s.certifications) {
        if (c.validUntil === null || c.validUntil < labels.asOf) continue;
        const id = certificationId(c.standard)!;
        for (const h of [id, ...ancestors(id)]) held.add(h);
      }
      expect([...held].sort(), s.ref).toEqual([...(labels.validCerts[s.ref] ?? [])].sort());
    }
  });

  it("maps the terms of all 1,200 suppliers (time printed, not asserted)", () => {
    mapTerm("warm-up");
    const t0 = performance.now();
    let mapped = 0;
    for (const s of sample.suppliers) {
      for (const [field, kind] of FIELDS)
        for (const t of s.capabilities[field] ?? []) if (mapTerm(t, kind)) mapped++;
      for (const c of s.certifications) if (certificationId(c.standard)) mapped++;
    }
    const ms = performance.now() - t0;
    console.info(`mapped ${mapped} supplier terms in ${ms.toFixed(1)} ms`);
    expect(mapped).toBeGreaterThan(5_000);
  });

  it("reads the request texts the way a buyer means them", () => {
    expect(findConcepts("Khuôn ép nhựa — ép phun nhựa, nhựa PP")).toEqual([
      "injection-mould",
      "injection-moulding",
      "pp",
    ]);
    expect(findConcepts("Housings — screws and bolts, surface painting, carbon steel")).toEqual([
      "enclosure",
      "fastener-manufacturing",
      "painting",
      "carbon-steel",
    ]);
  });
});
