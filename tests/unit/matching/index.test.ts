import { describe, expect, it } from "vitest";
import { MatchIndex, scoreMatch } from "../../../app/modules/matching";
import { processesDone } from "../../../app/modules/matching/match-index";
import { prepareRequest, prepareSupplier } from "../../../app/modules/matching/prepare";
import { quickScore } from "../../../app/modules/matching/score";
import { syntheticDirectory } from "../../../scripts/bench/matching-data";
import { cert, request, supplier, term } from "./builders";

const asOf = "2026-11-22";

describe("the index prunes without changing results", () => {
  const { suppliers, requests } = syntheticDirectory(400, 60, 7);
  const index = new MatchIndex(suppliers, requests);

  it("suppliers for each request equal a blind loop over every supplier", () => {
    let listed = 0;
    for (const r of index.requests) {
      // Best first: requested processes done, then score, then ref.
      const tier = (s: (typeof index.suppliers)[number]) => processesDone(r, s);
      const naive = index.suppliers
        .map((s) => ({ ref: s.raw.ref, score: quickScore(r, s, asOf), tier: tier(s) }))
        .filter((x) => x.score >= 0)
        .sort((a, b) => b.tier - a.tier || b.score - a.score || (a.ref < b.ref ? -1 : 1))
        .map(({ ref, score }) => ({ ref, score }));
      const fast = index
        .rankSuppliers(r, asOf)
        .map((x) => ({ ref: index.suppliers[x.item].raw.ref, score: x.score }));
      expect(fast).toEqual(naive);
      listed += fast.length;
    }
    expect(listed).toBeGreaterThan(0);
  });

  it("requests for each supplier equal a blind loop over every request", () => {
    for (const s of index.suppliers.slice(0, 150)) {
      const naive = index.requests
        .filter((r) => quickScore(r, s, asOf) >= 0)
        .map((r) => r.raw.ref)
        .sort();
      expect(
        index
          .rankRequests(s, asOf)
          .map((x) => index.requests[x.item].raw.ref)
          .sort(),
      ).toEqual(naive);
    }
  });

  it("the fast score is the explained score", () => {
    for (const r of index.requests.slice(0, 10))
      for (const s of index.suppliers.slice(0, 40)) {
        const q = quickScore(r, s, asOf);
        const full = scoreMatch(r.raw, s.raw, { asOf });
        if (q >= 0) expect(full.score).toBe(q);
        else expect(full.eligible && full.relevant).toBe(false);
      }
  });
});

describe("listing", () => {
  const needsIso = request({
    processes: [term("injection-moulding")],
    requiredCertifications: [term("iso9001", "ISO 9001")],
  });
  const best = supplier({
    ref: "S-BEST",
    processes: [term("injection-moulding")],
    products: [],
    employees: 900,
    certifications: [cert("iso9001", "2020-01-01")],
  });
  const ok = supplier({
    ref: "S-OK",
    processes: [term("injection-moulding")],
    certifications: [cert("iatf16949", "2030-01-01")],
  });
  const idle = supplier({
    ref: "S-IDLE",
    processes: [term("cnc-turning")],
    certifications: [cert("iso9001", "2030-01-01")],
  });

  it("a supplier failing a hard constraint is never listed, however good otherwise", () => {
    const index = new MatchIndex([best, ok, idle], [needsIso]);
    expect(index.suppliersFor(needsIso, { asOf, limit: 10 }).map((m) => m.item.ref)).toEqual(["S-OK"]);
    expect(index.requestsFor(best, { asOf, limit: 10 })).toEqual([]);
    expect(index.requestsFor(ok, { asOf, limit: 10 }).map((m) => m.item.ref)).toEqual(["R-1"]);
  });

  it("tells a supplier which single certificate would qualify it", () => {
    const index = new MatchIndex([best, ok], [needsIso, { ...needsIso, ref: "R-2" }]);
    const missing = index.missingCertificates(best, { asOf, minScore: 0.3 });
    expect(missing.map((m) => [m.wanted.key, m.requests.length])).toEqual([["iso9001", 2]]);
  });

  it("prepares each side once", () => {
    expect(prepareRequest(needsIso)).toBe(prepareRequest(needsIso));
    expect(prepareSupplier(ok)).toBe(prepareSupplier(ok));
  });
});

describe("ranking respects what was asked", () => {
  /** A verified, large firm matching the material and product asked: strong on everything but the process. */
  const strongOnOtherFacts = (ref: string, process: string, material: string, product: string) =>
    supplier({
      ref,
      processes: [term(process)],
      materials: [term(material)],
      products: [term(product)],
      verified: true,
      employees: 400,
    });

  it("a firm lacking one of two requested processes never outranks one doing both, whatever its material and product", () => {
    const r = request({
      processes: [term("injection-moulding"), term("pad-printing")],
      materials: [term("abs")],
      products: [term("plastic-part")],
    });
    const onlyOne = strongOnOtherFacts("S-A", "injection-moulding", "abs", "plastic-part");
    // Says only "printing" for the second step: likely, not certain (generic fit).
    const both = supplier({
      ref: "S-B",
      processes: [term("injection-moulding"), term("printing")],
    });
    // The firm doing one step scores higher on its other facts…
    expect(scoreMatch(r, onlyOne, { asOf }).score).toBeGreaterThan(scoreMatch(r, both, { asOf }).score);
    // …but the firm doing both steps comes first.
    const ranked = new MatchIndex([onlyOne, both], [r]).suppliersFor(r, { asOf, limit: 10 });
    expect(ranked.map((m) => m.item.ref)).toEqual(["S-B", "S-A"]);
  });

  it("a firm stating only the umbrella of the one process asked never outranks a firm doing it, whatever its material and product", () => {
    const r = request({
      processes: [term("steel-casting")],
      materials: [term("carbon-steel")],
      products: [term("cast-part")],
    });
    // The foundry casts steel but lists nothing else.
    const foundry = supplier({ ref: "S-B", processes: [term("steel-casting")] });
    // "Casting" is an umbrella: die casting of zinc and steel casting are distinct trades.
    const umbrella = strongOnOtherFacts("S-A", "casting", "carbon-steel", "cast-part");
    const u = scoreMatch(r, umbrella, { asOf });
    expect(u.relevant).toBe(true);
    // Related know-how, no more: as much as a sibling, less than a general process it belongs to.
    expect(u.reasons.find((x) => x.kind === "process")!.fit).toBeLessThan(0.6);
    expect(u.score).toBeGreaterThan(scoreMatch(r, foundry, { asOf }).score);
    const index = new MatchIndex([umbrella, foundry], [r]);
    expect(index.suppliersFor(r, { asOf, limit: 10 }).map((m) => m.item.ref)).toEqual(["S-B", "S-A"]);
    expect(index.allPairs(asOf, 10)[0].map((x) => index.suppliers[x.item].raw.ref)).toEqual(["S-B", "S-A"]);
  });

  it("a firm stating the general (non-umbrella) process, or a sibling, counts as doing the family asked", () => {
    const r = request({ processes: [term("cnc-turning")] });
    const general = prepareSupplier(supplier({ processes: [term("cnc-machining")] }));
    const sibling = prepareSupplier(supplier({ processes: [term("cnc-milling")] }));
    const umbrella = prepareSupplier(supplier({ processes: [term("machining")] }));
    const pr = prepareRequest(r);
    expect([general, sibling, umbrella].map((s) => processesDone(pr, s))).toEqual([1, 1, 0]);
  });

  /** A request for one process, material and product (concept ids). */
  const asking = (process: string, material: string, product: string) =>
    request({ processes: [term(process)], materials: [term(material)], products: [term(product)] });

  it("a firm whose description names the process only as what it makes does not outrank one doing it (decision 680)", () => {
    const r = asking("wire-harness", "pvc", "harness-product");
    // Winds coils of wire harnesses: it makes harnesses (the product) by another process.
    const maker = supplier({
      ...strongOnOtherFacts("S-A", "coil-winding", "pvc", "harness-product"),
      description: { en: "Binh Tam offers coil winding of wire harnesses in PVC." },
    });
    const harness = supplier({ ref: "S-B", processes: [term("wire-harness")] });
    const m = scoreMatch(r, maker, { asOf });
    expect(m.reasons.find((x) => x.kind === "process")!.met).toBe(false);
    const ranked = new MatchIndex([maker, harness], [r]).suppliersFor(r, { asOf, limit: 10 });
    expect(ranked[0].item.ref).toBe("S-B");
  });

  it("a sibling process named only in the description does not count as doing the family asked", () => {
    const r = asking("cnc-turning", "abs", "plastic-part");
    // States no process of its own: CNC milling, a sibling, only in its description.
    const described = supplier({
      ...strongOnOtherFacts("S-A", "cnc-milling", "abs", "plastic-part"),
      processes: [],
      description: { en: "We offer CNC milling of plastic parts in ABS." },
    });
    const listed = supplier({ ref: "S-B", processes: [term("cnc-milling")] });
    const pr = prepareRequest(r);
    expect(processesDone(pr, prepareSupplier(described))).toBe(0);
    expect(processesDone(pr, prepareSupplier(listed))).toBe(1);
    // Scored higher on its material and product, and told truthfully why it is only related…
    const d = scoreMatch(r, described, { asOf });
    expect(d.score).toBeGreaterThan(scoreMatch(r, listed, { asOf }).score);
    expect(d.reasons.find((x) => x.kind === "process")!.text.en).toMatch(/related to .*\(in description\)/);
    // …it still comes after the firm that states the related process itself.
    const ranked = new MatchIndex([described, listed], [r]).suppliersFor(r, { asOf, limit: 10 });
    expect(ranked.map((x) => x.item.ref)).toEqual(["S-B", "S-A"]);
  });

  it("a requested process matched only through words the taxonomy does not know counts at its confidence, and says so", () => {
    const r = request({ processes: [term("anodising", "anodising")] });
    const sure = supplier({ ref: "S-A", processes: [term("anodising", "anốt hóa")] });
    const near = supplier({ ref: "S-B", processes: [term("anodising", "xử lý bề mặt anode")] });
    const a = scoreMatch(r, sure, { asOf });
    const b = scoreMatch(r, near, { asOf });
    expect(b.relevant).toBe(true);
    expect(b.score).toBeLessThan(a.score);
    const reason = b.reasons.find((x) => x.kind === "process")!;
    expect(reason.text.en).toContain("~ from 'xử lý bề mặt anode'");
    expect(reason.text.vi).toContain("~ từ 'xử lý bề mặt anode'");
    expect(a.reasons.find((x) => x.kind === "process")!.text.en).not.toContain("~");
  });

  it("a requested process the taxonomy cannot read is taken from the request's title, held less surely", () => {
    const r = request({
      title: { vi: "Giá đỡ — mạ kẽm" },
      processes: [term(null, "quấn màng co nhiệt tự động")],
    });
    const plater = supplier({ ref: "S-A", processes: [term("zinc-plating", "mạ kẽm")] });
    const other = supplier({ ref: "S-B", processes: [term("laser-cutting", "cắt laser")] });
    const res = scoreMatch(r, plater, { asOf });
    expect(res.relevant).toBe(true);
    expect(res.reasons.find((x) => x.kind === "process")!.text.en).toContain(
      "~ from 'quấn màng co nhiệt tự động'",
    );
    expect(scoreMatch(r, other, { asOf }).relevant).toBe(false);
    // A mapped term is never replaced by what the text names.
    const mapped = request({ title: { vi: "mạ kẽm" }, processes: [term("laser-cutting", "cắt laser")] });
    expect(scoreMatch(mapped, plater, { asOf }).relevant).toBe(false);
  });
});
