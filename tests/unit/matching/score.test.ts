import { describe, expect, it } from "vitest";
import { scoreMatch, WEIGHTS } from "../../../app/modules/matching";
import { requestFromDirectory, supplierFromDirectory } from "../../../app/modules/matching/from-directory";
import { cert, request, supplier, term } from "./builders";

const asOf = "2026-11-22";
const moulding = request({ processes: [term("injection-moulding")] });
const moulder = supplier({ processes: [term("injection-moulding")] });

describe("hard constraint: required certificates", () => {
  const needs = (id: string, text = id) => request({ ...moulding, requiredCertifications: [term(id, text)] });
  /** The moulder holding one certificate, matched against a request that requires `required`. */
  const holding = (required: ReturnType<typeof needs>, standard: string, validUntil: string | null) =>
    scoreMatch(required, { ...moulder, certifications: [cert(standard, validUntil)] }, { asOf });

  it("a valid certificate is held, with its expiry month in the reason", () => {
    const r = holding(needs("iatf16949", "IATF 16949"), "iatf16949", "2027-05-18");
    expect(r.eligible).toBe(true);
    expect(r.reasons[0]).toMatchObject({ kind: "certification", met: true });
    expect(r.reasons[0].text.en).toBe("IATF 16949 valid until May 2027 ✓");
  });

  it("an expired certificate is not held", () => {
    const r = holding(needs("iso9001"), "iso9001", "2026-11-21");
    expect(r.eligible).toBe(false);
    expect(r.reasons[0].met).toBe(false);
    expect(r.reasons[0].text.en).toContain("expired Nov 2026");
  });

  it("a certificate valid until the matching day itself still counts", () => {
    expect(holding(needs("iso9001"), "iso9001", asOf).eligible).toBe(true);
  });

  it("a certificate without an expiry date is not held", () => {
    const r = holding(needs("iso9001"), "iso9001", null);
    expect(r.eligible).toBe(false);
    expect(r.reasons[0].text.en).toContain("no expiry date");
  });

  it("a missing certificate excludes the supplier", () => {
    const r = holding(needs("iso14001"), "iso9001", "2030-01-01");
    expect(r.eligible).toBe(false);
    expect(r.reasons[0].text).toEqual({
      vi: "thiếu iso14001 ✗",
      en: "iso14001 missing ✗",
      ja: "iso14001なし ✗",
    });
  });

  it("IATF 16949 implies ISO 9001, not the other way round", () => {
    const iatf = { ...moulder, certifications: [cert("iatf16949", "2028-01-01", "IATF 16949")] };
    const iso = { ...moulder, certifications: [cert("iso9001", "2028-01-01")] };
    const viaChild = scoreMatch(needs("iso9001", "ISO 9001"), iatf, { asOf });
    expect(viaChild.eligible).toBe(true);
    expect(viaChild.reasons[0].text.en).toBe("ISO 9001 via IATF 16949 valid until Jan 2028 ✓");
    expect(scoreMatch(needs("iatf16949"), iso, { asOf }).eligible).toBe(false);
  });

  it("the later of an expired ISO 9001 and a valid IATF 16949 decides", () => {
    const s = {
      ...moulder,
      certifications: [cert("iso9001", "2025-01-01"), cert("iatf16949", "2027-01-01")],
    };
    expect(scoreMatch(needs("iso9001"), s, { asOf }).eligible).toBe(true);
  });
});

describe("graded fit: capabilities", () => {
  it("an exact process is met", () => {
    const r = scoreMatch(moulding, moulder, { asOf });
    expect(r.reasons.find((x) => x.kind === "process")).toMatchObject({ met: true, fit: 1 });
    expect(r.relevant).toBe(true);
  });

  it("a request for the general process is met by a specific one", () => {
    const r = scoreMatch(
      request({ processes: [term("cnc-machining")] }),
      supplier({ processes: [term("cnc-turning")] }),
      { asOf },
    );
    expect(r.reasons.find((x) => x.kind === "process")).toMatchObject({ met: true, fit: 1 });
  });

  it("a request for a specific process is only partly met by the general one", () => {
    const exact = scoreMatch(
      request({ processes: [term("cnc-turning")] }),
      supplier({ processes: [term("cnc-turning")] }),
      { asOf },
    );
    const generic = scoreMatch(
      request({ processes: [term("cnc-turning")] }),
      supplier({ processes: [term("cnc-machining")] }),
      { asOf },
    );
    const reason = generic.reasons.find((x) => x.kind === "process")!;
    expect(reason.met).toBe("unknown");
    expect(reason.fit).toBeGreaterThan(0);
    expect(reason.fit).toBeLessThan(1);
    expect(generic.score).toBeLessThan(exact.score);
  });

  it("synonyms and other languages meet the same concept", () => {
    const r = requestFromDirectory(
      { ref: "R", buyer: "B", title: { vi: "Vỏ nhựa" }, processes: ["ép nhựa"], materials: ["nhựa PA66"] },
      null,
    );
    const s = supplierFromDirectory({
      ref: "S",
      name: { en: "P" },
      capabilities: { processes: ["plastic injection molding"], materials: ["PA66 nylon"] },
    });
    const res = scoreMatch(r, s, { asOf });
    expect(
      res.reasons.filter((x) => x.kind === "process" || x.kind === "material").map((x) => x.met),
    ).toEqual([true, true]);
  });

  it("covering every requested process ranks above covering one of them", () => {
    const r = request({ processes: [term("cold-heading"), term("hot-forging")] });
    const both = scoreMatch(r, supplier({ processes: [term("cold-heading"), term("hot-forging")] }), {
      asOf,
    });
    const one = scoreMatch(
      r,
      supplier({ processes: [term("cold-heading")], products: [term("bolt")], materials: [term("steel")] }),
      { asOf },
    );
    expect(both.reasons.find((x) => x.text.en.startsWith("covers all"))!.met).toBe(true);
    expect(one.reasons.find((x) => x.text.en.startsWith("covers 1 of 2"))!.met).toBe(false);
    expect(both.score).toBeGreaterThan(one.score);
  });

  it("a supplier that does not do the process asked is not listed, even with the right product", () => {
    const r = scoreMatch(
      request({ processes: [term("injection-moulding")], products: [term("bolt")] }),
      supplier({ products: [term("bolt")] }),
      { asOf },
    );
    expect(r.relevant).toBe(false);
  });

  it("a supplier doing none of the processes or products asked is not relevant", () => {
    const r = scoreMatch(moulding, supplier({ processes: [term("cnc-turning")] }), { asOf });
    expect(r.relevant).toBe(false);
    expect(r.reasons.find((x) => x.kind === "process")).toMatchObject({ met: false, fit: 0 });
  });

  it("words the taxonomy does not know still match by their folded spelling", () => {
    const r = scoreMatch(
      request({ processes: [term(null, "Mạ Kẽm Nhúng")] }),
      supplier({ processes: [term(null, "ma kem nhung")] }),
      { asOf },
    );
    expect(r.relevant).toBe(true);
  });

  it("a request written only as free text is matched on the concepts found in it", () => {
    const r = request({ title: { en: "PA66 housings, injection moulded" } });
    const res = scoreMatch(r, moulder, { asOf });
    expect(res.relevant).toBe(true);
    expect(res.reasons.some((x) => x.kind === "process" && x.met === true)).toBe(true);
  });
});

describe("graded fit: soft facts", () => {
  it("capacity unknown is a neutral '?'", () => {
    const r = scoreMatch({ ...moulding, annualVolume: 50000 }, moulder, { asOf });
    const c = r.reasons.find((x) => x.kind === "capacity")!;
    expect(c).toMatchObject({ met: "unknown", fit: 0.5 });
    expect(c.text.en).toBe("capacity unknown ?");
  });

  it("a firm far too small for the volume is marked ✗, a big enough one ✓", () => {
    const small = scoreMatch({ ...moulding, annualVolume: 500000 }, { ...moulder, employees: 12 }, { asOf });
    const big = scoreMatch({ ...moulding, annualVolume: 500000 }, { ...moulder, employees: 400 }, { asOf });
    expect(small.reasons.find((x) => x.kind === "capacity")!.met).toBe(false);
    expect(big.reasons.find((x) => x.kind === "capacity")!.met).toBe(true);
    expect(big.score).toBeGreaterThan(small.score);
  });

  it("export experience to the buyer's country counts", () => {
    const r = { ...moulding, buyerCountry: "JP" };
    const yes = scoreMatch(r, { ...moulder, exportMarkets: ["JP"] }, { asOf });
    const no = scoreMatch(r, { ...moulder, exportMarkets: ["KR"] }, { asOf });
    expect(yes.reasons.find((x) => x.kind === "export")!.text.en).toBe("exports to Japan ✓");
    expect(no.reasons.find((x) => x.kind === "export")!.text).toEqual({
      vi: "chưa xuất khẩu sang Nhật Bản ✗",
      en: "no exports to Japan yet ✗",
      ja: "日本への輸出実績なし ✗",
    });
    expect(yes.score).toBeGreaterThan(no.score);
  });

  it("verified and fresh profiles rank higher", () => {
    const base = scoreMatch(moulding, { ...moulder, updatedAt: "2024-01-01" }, { asOf });
    const better = scoreMatch(moulding, { ...moulder, verified: true, updatedAt: "2026-10-01" }, { asOf });
    expect(better.reasons.find((x) => x.kind === "freshness")!.met).toBe(true);
    expect(better.reasons.find((x) => x.kind === "freshness")!.text).toEqual({
      vi: "hồ sơ cập nhật tháng 10/2026 ✓",
      en: "profile updated Oct 2026 ✓",
      ja: "プロフィール更新 2026年10月 ✓",
    });
    expect(base.reasons.find((x) => x.kind === "freshness")!.met).toBe(false);
    expect(better.score).toBeGreaterThan(base.score);
  });
});

describe("the score is explained by its reasons", () => {
  it("score = Σ weight·fit / Σ weight over the reasons", () => {
    const r = request({
      processes: [term("injection-moulding"), term("cnc-turning")],
      materials: [term("pa66")],
      annualVolume: 20000,
      buyerCountry: "JP",
    });
    const s = supplier({
      processes: [term("injection-moulding")],
      employees: 30,
      exportMarkets: ["JP"],
      updatedAt: "2026-01-01",
    });
    const res = scoreMatch(r, s, { asOf });
    const w = res.reasons.reduce((a, x) => a + x.weight, 0);
    const v = res.reasons.reduce((a, x) => a + x.weight * x.fit, 0);
    expect(res.score).toBeCloseTo(v / w, 3);
    expect(res.reasons.filter((x) => x.kind === "process").map((x) => x.weight)).toEqual([
      WEIGHTS.process / 2,
      WEIGHTS.process / 2,
      WEIGHTS.allProcesses,
    ]);
    for (const x of res.reasons) expect(x.text.vi).toMatch(/[✓✗?]$/);
  });

  it("every reason has a Japanese text with the same mark, in Japanese words and the taxonomy's Japanese labels", () => {
    const r = request({
      processes: [term("injection-moulding"), term("cnc-turning")],
      materials: [term("pa66")],
      requiredCertifications: [term("iso9001", "ISO 9001")],
      annualVolume: 20000,
      buyerCountry: "JP",
    });
    const s = supplier({
      processes: [term("injection-moulding")],
      certifications: [cert("iso9001", "2027-03-31")],
      employees: 30,
      exportMarkets: ["JP"],
      updatedAt: "2026-01-01",
    });
    const res = scoreMatch(r, s, { asOf });
    expect(res.reasons.length).toBeGreaterThan(5);
    for (const x of res.reasons) {
      expect(x.text.ja.slice(-1)).toBe(x.text.vi.slice(-1));
      expect(x.text.ja).not.toBe(x.text.en);
      // Japanese script (kana or kanji) in every text: no reason falls back to English words.
      expect(x.text.ja).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    }
    expect(res.reasons[0].text.ja).toBe("ISO 9001 2027年3月まで有効 ✓");
    expect(res.reasons.find((x) => x.kind === "capacity")!.text.ja).toBe("従業員30人で年20,000個 ✓");
  });
});
