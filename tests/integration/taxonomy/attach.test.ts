// /admin/taxonomy's service (issue 15): the most frequent unmapped terms across firms and
// requests, and attaching one to a concept — stored, read by the lexicon, existing terms mapped,
// firms queued for reindexing, audited. Real SQLite file, real importer, real search documents.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importDirectory } from "../../../app/services/import/run.server";
import { attachTerm, loadAttachedTerms, unmappedTerms } from "../../../app/services/taxonomy.server";
import { mapTerm } from "../../../app/modules/taxonomy/index";
import { setAttachedTerms } from "../../../app/modules/taxonomy/lexicon";
import { supplierDocs } from "../../../search/documents";
import { organiserActor } from "../../helpers/actors";
import { freshDb } from "../../helpers/db";

const UNKNOWN = "xếp hộp quà tết";
const organiser = organiserActor();

const firm = (ref: string, processes: string[]) => ({
  ref,
  name: { vi: `Công ty ${ref}` },
  capabilities: { processes, materials: [], products: [] },
});

describe("unmapped terms and attaching them to a concept", () => {
  let opened: Awaited<ReturnType<typeof freshDb>>;

  beforeAll(async () => {
    setAttachedTerms([]);
    opened = await freshDb();
    const report = await importDirectory(
      opened,
      {
        format: "cnht-directory/1",
        suppliers: [
          firm("S-1", [UNKNOWN, "cắt laser"]),
          firm("S-2", ["Xếp hộp quà Tết"]),
          firm("S-3", ["xep hop qua tet"]),
          firm("S-4", ["sơn tĩnh điện", "tết dây trang trí"]),
        ],
        buyers: [{ ref: "B-1", name: { en: "Buyer" }, country: "JP" }],
        requests: [
          {
            ref: "R-1",
            buyer: "B-1",
            title: { en: "Wrapped parts" },
            processes: [UNKNOWN],
            materials: [],
            products: [],
          },
        ],
      },
      { actor: "test" },
    );
    expect(report.rejections).toEqual([]);
  }, 120_000);
  afterAll(async () => {
    setAttachedTerms([]);
    await opened?.close();
  });

  it("lists the unmapped terms, spellings merged, most frequent first, with firms and requests", async () => {
    const { terms, total } = await unmappedTerms(opened.db);
    expect(total).toBe(2);
    expect(terms[0]).toMatchObject({ kind: "process", text: UNKNOWN, firms: 3, requests: 1 });
    expect(terms[1]).toMatchObject({ kind: "process", text: "tết dây trang trí", firms: 1, requests: 0 });
    expect((await unmappedTerms(opened.db, { kind: "material" })).terms).toEqual([]);
  });

  it("refuses an unknown concept, a concept of another kind and an empty term, changing nothing", async () => {
    const input = { kind: "process" as const, text: UNKNOWN };
    expect(await attachTerm(opened.db, organiser, { ...input, conceptId: "no-such" })).toEqual({
      ok: false,
      error: "concept",
    });
    expect(await attachTerm(opened.db, organiser, { ...input, conceptId: "aluminium" })).toEqual({
      ok: false,
      error: "kind",
    });
    expect(
      await attachTerm(opened.db, organiser, { ...input, text: "  ", conceptId: "contract-packing" }),
    ).toEqual({
      ok: false,
      error: "text",
    });
    expect(await opened.db.selectFrom("taxonomyTerms").selectAll().execute()).toEqual([]);
  });

  it("attaching maps every spelling on both sides, queues the firms, records who, and the lexicon reads it", async () => {
    expect(mapTerm(UNKNOWN, "process")).toBeNull();
    await opened.db.deleteFrom("searchOutbox").execute();
    const r = await attachTerm(opened.db, organiser, {
      kind: "process",
      text: UNKNOWN,
      conceptId: "contract-packing",
    });
    expect(r).toEqual({ ok: true, conceptId: "contract-packing", firms: 3, requests: 1 });
    const mapped = await opened.db
      .selectFrom("capabilityTerms")
      .select(["text", "conceptId"])
      .where("conceptId", "=", "contract-packing")
      .execute();
    expect(mapped.map((m) => m.text).sort()).toEqual(["Xếp hộp quà Tết", "xep hop qua tet", UNKNOWN].sort());
    const req = await opened.db
      .selectFrom("requestTerms")
      .select("conceptId")
      .where("text", "=", UNKNOWN)
      .execute();
    expect(req).toEqual([{ conceptId: "contract-packing" }]);
    const queued = await opened.db.selectFrom("searchOutbox").select(["ref", "op"]).orderBy("ref").execute();
    expect(queued).toEqual([
      { ref: "S-1", op: "upsert" },
      { ref: "S-2", op: "upsert" },
      { ref: "S-3", op: "upsert" },
    ]);
    const audit = await opened.db
      .selectFrom("auditLog")
      .select(["actor", "action", "entityRef"])
      .where("action", "=", "taxonomy.attach")
      .execute();
    expect(audit).toEqual([
      { actor: "user:1", action: "taxonomy.attach", entityRef: `process:${"xep hop qua tet"}` },
    ]);
    // The documents carry the concept; the term is no longer listed; new text maps to it.
    const docs = await supplierDocs(opened.db, ["S-2"]);
    expect(docs[0].concepts).toContain("contract-packing");
    expect((await unmappedTerms(opened.db)).terms.map((t) => t.text)).toEqual(["tết dây trang trí"]);
    expect(mapTerm("XẾP HỘP QUÀ TẾT", "process")).toBe("contract-packing");
  });

  it("a term already attached is refused; after a restart the lexicon reads the stored attachments", async () => {
    expect(
      await attachTerm(opened.db, organiser, {
        kind: "process",
        text: "xep hop qua tet",
        conceptId: "cnc-turning",
      }),
    ).toEqual({ ok: false, error: "exists" });
    setAttachedTerms([]); // as in a new process: nothing read yet
    expect(mapTerm(UNKNOWN, "process")).toBeNull();
    await loadAttachedTerms(opened.db);
    expect(mapTerm(UNKNOWN, "process")).toBe("contract-packing");
  });
});
