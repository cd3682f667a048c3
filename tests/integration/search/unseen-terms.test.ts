// Search over firms' own words (issue 15): terms the taxonomy does not hold are read as their
// near concept when they clearly name one, stay searchable as text when they name nothing, and a
// query keeps what the buyer asks to be done (the process) longest. Real path: the importer maps
// the terms, search/documents.ts builds the documents, the embedded engine answers.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importDirectory } from "../../../app/services/import/run.server";
import { mapTermScored } from "../../../app/modules/taxonomy/index";
import { supplierDocs } from "../../../search/documents";
import { EmbeddedEngine } from "../../../search/embedded/engine";
import { openLocalIndex } from "../../../search/follow";
import { freshDb } from "../../helpers/db";

const AS_OF = "2026-11-22";
const firm = (
  ref: string,
  caps: { processes?: string[]; materials?: string[]; products?: string[] },
  certs: string[] = [],
) => ({
  ref,
  name: { vi: `Công ty ${ref}`, en: `Firm ${ref}` },
  capabilities: {
    processes: caps.processes ?? [],
    materials: caps.materials ?? [],
    products: caps.products ?? [],
  },
  certifications: certs.map((standard) => ({ standard, validUntil: "2028-01-31" })),
});

describe("search over words the taxonomy does not hold", () => {
  let opened: Awaited<ReturnType<typeof freshDb>>;
  let engine: EmbeddedEngine;
  const refs = async (q: string) =>
    (await engine.search({ q, limit: 50, asOf: AS_OF })).hits.map((h) => h.ref);

  beforeAll(async () => {
    opened = await freshDb();
    const report = await importDirectory(
      opened,
      {
        format: "cnht-directory/1",
        suppliers: [
          firm("S-NEAR", { processes: ["xử lý bề mặt anode"], materials: ["nhôm"] }),
          firm("S-SURE", { processes: ["anốt hóa"] }),
          firm("S-TEXT", { processes: ["quấn băng keo chống tĩnh điện"] }),
          firm("S-PLATE", { processes: ["mạ kẽm"] }),
          firm("S-LASER", { processes: ["cắt laser"], materials: ["inox 304"] }),
          firm("S-STEEL", { processes: ["hàn TIG"], materials: ["SUS304"] }),
          firm("S-BOTH", { processes: ["cắt laser", "hàn TIG"] }),
          // Decision 455: a designation by standard and a verb with its material.
          firm("S-GRADE", { processes: ["tiện CNC"], materials: ["SCM420H"] }),
          firm("S-ALLOY", { processes: ["tiện CNC"], materials: ["thép hợp kim"] }),
          firm("S-EP", { processes: ["ép PBT"] }),
          firm("S-CERT", { processes: ["cắt laser"] }, ["ISO 9001:2015"]),
          {
            ...firm("S-DESC", { processes: ["quấn màng co nhiệt tự động"] }),
            description: { vi: "Xưởng chuyên mạ kẽm nhúng nóng cho kết cấu thép." },
          },
        ],
        buyers: [],
        requests: [],
      },
      { actor: "test" },
    );
    expect(report.rejections).toEqual([]);
    // In the SQLite file, or on PostgreSQL in a local index file, as the server keeps it (search/index.ts).
    engine = new EmbeddedEngine(
      opened.dialect === "sqlite" ? opened.sqlite : openLocalIndex(path.join(opened.dir, "search-index.db")),
    );
    await engine.init();
    await engine.upsert(await supplierDocs(opened.db));
  }, 240_000);
  afterAll(async () => {
    await opened?.close();
  });

  it("a firm that wrote 'xử lý bề mặt anode' is found as anodising, in every language", async () => {
    for (const q of ["anodising", "anốt hóa", "アルマイト処理", "anod hoa"]) {
      const found = await refs(q);
      expect(found, q).toContain("S-NEAR");
      expect(found, q).toContain("S-SURE");
      expect(found, q).not.toContain("S-PLATE");
    }
  });

  it("a firm stating the concept ranks before one whose words only come near it", async () => {
    // Same name pattern, no other difference: without the rule the ref order (S-NEAR < S-SURE) wins.
    const found = await refs("anodising");
    expect(found.indexOf("S-SURE")).toBeLessThan(found.indexOf("S-NEAR"));
  });

  it("a query in words the taxonomy does not hold finds the concept's firms", async () => {
    const found = await refs("xử lý anode");
    expect(found).toEqual(expect.arrayContaining(["S-NEAR", "S-SURE"]));
    expect(found).not.toContain("S-PLATE");
  });

  it("a term that names nothing stays text and is found by its words", async () => {
    expect(mapTermScored("quấn băng keo chống tĩnh điện", "process")).toBeNull();
    expect(await refs("băng keo chống tĩnh điện")).toEqual(["S-TEXT"]);
    expect(await refs("bang keo")).toEqual(["S-TEXT"]);
  });

  it("the process is kept longest: a firm with the material but not the process is not listed", async () => {
    const found = await refs("SUS304 cắt laser");
    expect(found[0]).toBe("S-LASER");
    expect(found).toContain("S-CERT");
    expect(found).not.toContain("S-STEEL");
  });

  it("a firm doing both processes asked comes before one doing one of them with the material (decision 420)", async () => {
    const found = await refs("cắt laser hàn TIG inox 304");
    expect(found[0]).toBe("S-BOTH");
    expect(found).toContain("S-LASER");
    expect(found.indexOf("S-BOTH")).toBeLessThan(found.indexOf("S-LASER"));
  });

  it("a process named only in the description is found by its concept, below a firm stating it, and is no facet", async () => {
    const found = await refs("mạ kẽm");
    expect(found).toContain("S-DESC");
    expect(found.indexOf("S-PLATE")).toBeLessThan(found.indexOf("S-DESC"));
    const res = await engine.search({
      q: "",
      limit: 50,
      asOf: AS_OF,
      filters: { process: ["zinc-plating"] },
    });
    expect(res.hits.map((h) => h.ref)).not.toContain("S-DESC");
  });

  it("certificate + process finds exactly the firms holding the certificate and doing the process first", async () => {
    const found = await refs("ISO 9001 cắt laser");
    expect(found[0]).toBe("S-CERT");
  });

  it("a grade the taxonomy does not list finds firms of its material family, both ways", async () => {
    // "SNCM220" (JIS G 4053) is in no phrase of the lexicon: the query reads it as alloy steel.
    const byGrade = await refs("SNCM220");
    expect(byGrade).toContain("S-ALLOY");
    expect(byGrade).toContain("S-GRADE");
    expect(byGrade).not.toContain("S-STEEL"); // stainless is another family
    // A firm that wrote only "SCM420H" is found by the family's name.
    expect(await refs("alloy steel")).toContain("S-GRADE");
    // Codes that are no grade stay text: nothing matches them here.
    expect(await refs("M8")).toEqual([]);
  });

  it("'ép PBT' is injection moulding, with its confidence", async () => {
    expect(mapTermScored("ép PBT", "process")).toMatchObject({ id: "injection-moulding" });
    expect(mapTermScored("ép PBT", "process")!.confidence).toBeLessThan(1);
    expect(await refs("injection moulding")).toContain("S-EP");
    expect(await refs("stamping")).not.toContain("S-EP");
  });
});
