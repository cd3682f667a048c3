// Readings learned from the directory itself (issue 15, docs/decisions/610-learned-readings.md):
// a term no concept reads, written by several firms whose descriptions clearly name one concept,
// is read as that concept after the import — stored terms mapped, documents carrying it, search
// by the term finding the concept's other firms — while a term spread over many concepts stays
// text and an organiser's attachment wins. Real SQLite file (or PostgreSQL), real importer, real
// search documents and engine.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importDirectory } from "../../../app/services/import/run.server";
import {
  attachTerm,
  refreshLearnedReadings,
  termEvidence,
  unmappedTerms,
} from "../../../app/services/taxonomy.server";
import { findRequest, matchesForRequest } from "../../../app/services/matching.server";
import { mapTermOwn, mapTermScored } from "../../../app/modules/taxonomy/index";
import { setAttachedTerms, setLearnedReadings } from "../../../app/modules/taxonomy/lexicon";
import { supplierDocs } from "../../../search/documents";
import type { EmbeddedEngine } from "../../../search/embedded/engine";
import { organiserActor } from "../../helpers/actors";
import { freshDb } from "../../helpers/db";
import { embeddedEngineFor } from "../../helpers/search-index";

const AS_OF = "2026-11-22";
const organiser = organiserActor();

const firm = (ref: string, processes: string[], description: string) => ({
  ref,
  name: { vi: `Công ty ${ref}` },
  description: { vi: description },
  capabilities: { processes, materials: [], products: [] },
});

// Made-up words: nothing in the taxonomy reads them (checked below).
const LEARNED = "Zelmor";
const WEAK = "Quorbis";
const ATTACHED = "Vexmatl";

const OTHERS = [
  ["cắt laser", "Xưởng cắt laser tấm thép."],
  ["đúc nhôm", "Đúc nhôm áp lực linh kiện xe máy."],
  ["tiện CNC", "Tiện CNC trục chính xác."],
  ["mạ kẽm", "Mạ kẽm nhúng nóng."],
  ["ép nhựa", "Ép nhựa vỏ thiết bị."],
  ["dập", "Dập kim loại tấm."],
  ["may", "May mặc xuất khẩu."],
  ["in lụa", "In lụa bao bì."],
];

const directory = () => ({
  format: "cnht-directory/1",
  suppliers: [
    // Four of the five firms writing LEARNED describe TIG welding, which none of them lists.
    ...[1, 2, 3, 4].map((i) => firm(`S-Z${i}`, [LEARNED], "Chuyên hàn TIG inox cho ngành thực phẩm.")),
    firm("S-Z5", [LEARNED], "Xưởng cắt laser tấm thép."),
    // A firm that does TIG welding and never writes the word.
    firm("S-TIG", ["hàn TIG"], "Hàn TIG khung inox."),
    // WEAK: four firms, four different things.
    ...OTHERS.slice(0, 4).map(([, d], i) => firm(`S-Q${i + 1}`, [WEAK], d)),
    // ATTACHED: firms describing powder coating (learned), until an organiser says otherwise.
    ...[1, 2, 3, 4].map((i) => firm(`S-V${i}`, [ATTACHED], "Chuyên sơn tĩnh điện.")),
    // The rest of the directory: what firms in general describe (the base rates).
    ...OTHERS.flatMap(([p, d], i) => [firm(`S-B${i}a`, [p], d), firm(`S-B${i}b`, [p], d)]),
  ],
  buyers: [{ ref: "B-1", name: { en: "Buyer" }, country: "JP" }],
  requests: [
    {
      ref: "R-1",
      buyer: "B-1",
      title: { en: "Welded frames" },
      processes: [LEARNED],
      materials: [],
      products: [],
    },
  ],
});

describe("readings learned from the directory", () => {
  let opened: Awaited<ReturnType<typeof freshDb>>;
  let engine: EmbeddedEngine;
  let closeIndex = () => {};
  const refs = async (q: string) =>
    (await engine.search({ q, limit: 50, asOf: AS_OF })).hits.map((h) => h.ref).sort();
  const stored = async (text: string) =>
    (
      await opened.db
        .selectFrom("capabilityTerms")
        .select("conceptId")
        .where("text", "=", text)
        .distinct()
        .execute()
    ).map((r) => r.conceptId);

  beforeAll(async () => {
    setAttachedTerms([]);
    setLearnedReadings([]);
    for (const w of [LEARNED, WEAK, ATTACHED]) expect(mapTermOwn(w, "process")).toBeNull();
    opened = await freshDb();
    const report = await importDirectory(opened, directory(), { actor: "test" });
    expect(report.rejections).toEqual([]);
    const index = embeddedEngineFor(opened);
    engine = index.engine;
    closeIndex = index.close;
    await engine.init();
    await engine.upsert(await supplierDocs(opened.db));
  }, 120_000);
  afterAll(async () => {
    setAttachedTerms([]);
    setLearnedReadings([]);
    closeIndex();
    await opened?.close();
  });

  it("reads the term as the concept its firms describe, near, with its evidence, on both sides", async () => {
    const m = mapTermScored(LEARNED, "process");
    expect(m).toMatchObject({ id: "tig-welding", via: LEARNED, learned: true });
    expect(m!.confidence).toBeLessThan(1);
    expect(termEvidence("process", "zelmor")).toMatchObject({
      conceptId: "tig-welding",
      support: 4,
      firms: 5,
      strong: true,
    });
    expect(await stored(LEARNED)).toEqual(["tig-welding"]);
    const req = await opened.db
      .selectFrom("requestTerms")
      .select("conceptId")
      .where("text", "=", LEARNED)
      .execute();
    expect(req).toEqual([{ conceptId: "tig-welding" }]);
    const [doc] = await supplierDocs(opened.db, ["S-Z1"]);
    expect(doc.concepts).toContain("tig-welding");
  });

  it("search by the learned term finds the concept's firms, also those that never wrote it", async () => {
    const hits = await refs(LEARNED);
    expect(hits).toEqual(expect.arrayContaining(["S-TIG", "S-Z1", "S-Z2", "S-Z3", "S-Z4", "S-Z5"]));
    expect(hits).not.toContain("S-B0a");
  });

  it("matching ranks the concept's firms for a request in the term, saying the reading is near", async () => {
    const request = await findRequest("R-1", opened.db);
    const matches = await matchesForRequest(request!, { limit: 10, asOf: AS_OF }, opened.db);
    const tig = matches.find((m) => m.item.ref === "S-TIG");
    expect(tig).toBeDefined();
    const reason = tig!.result.reasons.find((r) => r.kind === "process")!;
    expect(reason.text.en).toContain(`TIG welding ~ from '${LEARNED}'`);
    expect(reason.fit).toBeLessThan(1);
  });

  it("a term spread over many concepts stays text, and is found as text", async () => {
    expect(mapTermScored(WEAK, "process")).toBeNull();
    expect(termEvidence("process", "quorbis")?.strong ?? false).toBe(false);
    expect(await stored(WEAK)).toEqual([null]);
    expect(await refs(WEAK)).toEqual(["S-Q1", "S-Q2", "S-Q3", "S-Q4"]);
    expect((await unmappedTerms(opened.db)).terms.map((t) => t.text)).toEqual([WEAK]);
  });

  it("learning again changes nothing: no term rewritten, no firm queued", async () => {
    await opened.db.deleteFrom("searchOutbox").execute();
    expect(await refreshLearnedReadings(opened.db)).toEqual({ learned: 2, firms: 0, requests: 0 });
    const again = await importDirectory(opened, directory(), { actor: "test" });
    expect(again.suppliers).toMatchObject({ created: 0, updated: 0 });
    expect(await opened.db.selectFrom("searchOutbox").select("ref").execute()).toEqual([]);
  });

  it("an organiser's attachment wins over the learned reading", async () => {
    expect(mapTermScored(ATTACHED, "process")).toMatchObject({ id: "powder-coating", learned: true });
    expect(await stored(ATTACHED)).toEqual(["powder-coating"]);
    const r = await attachTerm(opened.db, organiser, {
      kind: "process",
      text: ATTACHED,
      conceptId: "painting",
    });
    expect(r).toEqual({ ok: true, conceptId: "painting", firms: 4, requests: 0 });
    expect(mapTermScored(ATTACHED, "process")).toEqual({ id: "painting", confidence: 1 });
    expect(await stored(ATTACHED)).toEqual(["painting"]);
    // Learned again (as after the next import): the attachment stands.
    await refreshLearnedReadings(opened.db);
    expect(await stored(ATTACHED)).toEqual(["painting"]);
    expect(mapTermScored(LEARNED, "process")!.id).toBe("tig-welding");
  });
});
