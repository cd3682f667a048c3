import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDb, withFreshDb } from "../../helpers/db";
import { importDirectory } from "../../../app/services/import/run.server";
import { exportDirectory } from "../../../app/services/import/export.server";
import { formatDirectory } from "../../../app/modules/directory/canonical";
import {
  getBuyer,
  getRequest,
  getSupplier,
  listRequests,
  listSuppliers,
  directoryStats,
} from "../../../app/services/directory.server";
import type { DirectoryFile } from "../../../app/modules/directory/types";
import { all, count, exec, snapshot } from "./snapshot";
import { formatReport } from "../../../app/modules/import/report";
import { translator } from "../../../app/modules/i18n";

const SAMPLE_TEXT = fs.readFileSync(
  path.resolve(import.meta.dirname, "../../fixtures/directory-sample.json"),
  "utf8",
);
const sample = () => JSON.parse(SAMPLE_TEXT) as DirectoryFile;

describe("import of the sample directory", () => {
  let t: Awaited<ReturnType<typeof freshDb>>;
  beforeAll(async () => {
    t = await freshDb();
  });
  afterAll(async () => {
    await t.close();
  });

  it("creates every record, with terms mapped and one outbox and audit row per change", async () => {
    const r = await importDirectory(t, SAMPLE_TEXT, { actor: "test" });
    expect(r.rejections).toEqual([]);
    expect([r.suppliers.created, r.buyers.created, r.requests.created]).toEqual([1200, 24, 120]);
    expect(
      await count(t, "SELECT count(*) FROM search_outbox WHERE op = 'upsert' AND entity = 'supplier'"),
    ).toBe(1200);
    expect(
      await count(
        t,
        "SELECT count(*) FROM audit_log WHERE actor = 'test' AND action = 'directory.import.create'",
      ),
    ).toBe(1344);
    // The taxonomy recognises most of what firms write, and every supplier gets a sector.
    const terms = await count(t, "SELECT count(*) FROM capability_terms");
    const mapped = await count(t, "SELECT count(*) FROM capability_terms WHERE concept_id IS NOT NULL");
    expect(mapped / terms).toBeGreaterThan(0.9);
    expect(await count(t, "SELECT count(*) FROM certifications WHERE concept_id IS NULL")).toBe(0);
    expect(await count(t, "SELECT count(*) FROM supplier_profiles WHERE sector IS NULL")).toBeLessThan(60);
  });

  it("exports byte for byte what it imported (the sample is already canonical)", async () => {
    const text = formatDirectory(await exportDirectory(t.db));
    expect(text).toBe(SAMPLE_TEXT + "\n");
  });

  it("changes nothing on a second run: all unchanged, no outbox or audit rows", async () => {
    const before = await snapshot(t);
    const r = await importDirectory(t, SAMPLE_TEXT);
    expect(
      [r.suppliers, r.buyers, r.requests].map((c) => [c.created, c.updated, c.unchanged, c.rejected]),
    ).toEqual([
      [0, 0, 1200, 0],
      [0, 0, 24, 0],
      [0, 0, 120, 0],
    ]);
    expect(await snapshot(t)).toEqual(before);
  });

  it("import(export(x)) is a fixed point for a non-canonical file too", async () => {
    await withFreshDb(async (u) => {
      const doc = sample();
      // absent optional lists, reordered keys, an empty contact: all written the canonical way
      delete (doc.suppliers[0] as { capabilities?: unknown }).capabilities;
      doc.suppliers[1] = Object.fromEntries(Object.entries(doc.suppliers[1]).reverse()) as never;
      doc.suppliers[2].contact = {};
      delete doc.suppliers[3].location;
      await importDirectory(u, doc);
      const once = formatDirectory(await exportDirectory(u.db));
      const r = await importDirectory(u, once);
      expect(r.suppliers.unchanged).toBe(1200);
      expect(formatDirectory(await exportDirectory(u.db))).toBe(once);
      const v = JSON.parse(once) as DirectoryFile;
      expect(v.suppliers[0].capabilities).toEqual({ processes: [], materials: [], products: [] });
      expect(v.suppliers[2].contact).toBeUndefined();
      expect(Object.keys(v.suppliers[1])[0]).toBe("ref");
    });
  });

  it("updates only what changed, keeping status and uploaded certificate files", async () => {
    const doc = sample();
    const s = doc.suppliers.find((x) => x.ref === "S-00001")!;
    const orgId = await count(t, "SELECT id FROM organisations WHERE ref = 'S-00001'");
    await exec(t, "UPDATE organisations SET status = 'suspended' WHERE id = ?", orgId);
    await exec(
      t,
      "UPDATE certifications SET file_path = 'certs/1.pdf' WHERE org_id = ? AND standard = ?",
      orgId,
      s.certifications![0].standard,
    );
    s.capabilities!.processes = ["ép nhựa", "gia cong CNC"];
    const outboxBefore = await count(t, "SELECT count(*) FROM search_outbox");
    const r = await importDirectory(t, doc);
    expect([r.suppliers.updated, r.suppliers.unchanged]).toEqual([1, 1199]);
    expect((await count(t, "SELECT count(*) FROM search_outbox")) - outboxBefore).toBe(1);
    expect((await all(t, "SELECT ref, op FROM search_outbox ORDER BY id DESC LIMIT 1"))[0]).toEqual({
      ref: "S-00001",
      op: "upsert",
    });
    const v = (await getSupplier(t.db, "S-00001"))!;
    expect(v.status).toBe("suspended");
    expect(v.terms.filter((x) => x.kind === "process")).toMatchObject([
      { text: "ép nhựa", lang: "vi", conceptId: expect.any(String) },
      { text: "gia cong CNC", lang: "vi", conceptId: expect.any(String) },
    ]);
    expect(v.certifications[0].filePath).toBe("certs/1.pdf");
    await exec(t, "UPDATE organisations SET status = 'active' WHERE id = ?", orgId);
  });

  it("serves the reads the pages use", async () => {
    const s = (await getSupplier(t.db, "S-00002"))!;
    expect(s.contact).toBeUndefined();
    expect((await getSupplier(t.db, "S-00002", { withContact: true }))!.contact).toBeDefined();
    expect(s.certifications.every((c) => c.conceptId)).toBe(true);
    expect(await getSupplier(t.db, "NOPE")).toBeNull();
    const page = await listSuppliers(t.db, { limit: 20, offset: 20 });
    expect(page.total).toBe(1200);
    expect(page.rows.map((r) => r.ref)).toEqual(
      sample()
        .suppliers.slice(20, 40)
        .map((x) => x.ref),
    );
    const sector = s.sector!;
    const bySector = await listSuppliers(t.db, { sector, limit: 5, offset: 0 });
    expect(bySector.rows.every((r) => r.sector === sector)).toBe(true);
    const stats = await directoryStats(t.db, "2027-01-01");
    expect(stats.suppliers).toBe(1200);
    expect(stats.sectors.reduce((a, x) => a + x.suppliers, 0)).toBeLessThanOrEqual(1200);
    expect(stats.certifiedSuppliers).toBeGreaterThan(0);
    expect(stats.certifiedSuppliers).toBeLessThan(1200);
    expect([stats.buyers, stats.openRequests]).toEqual([24, 120]);
    const req = (await getRequest(t.db, "R-0001"))!;
    expect(req.buyer).toBe("B-019");
    expect(req.buyerName).toEqual((await getBuyer(t.db, "B-019"))!.name);
    expect(req.terms.length).toBeGreaterThan(0);
    expect(await listRequests(t.db, { buyerOrgId: req.buyerOrgId })).toContainEqual(
      expect.objectContaining({ ref: "R-0001" }),
    );
  });

  it("--replace deletes what the file no longer names, and keeps firms with accounts", async () => {
    await withFreshDb(async (u) => {
      await importDirectory(u, SAMPLE_TEXT);
      const doc = sample();
      const gone = doc.suppliers.splice(0, 3).map((x) => x.ref);
      const goneRequests = doc.requests.filter((r) => r.buyer === "B-001").map((r) => r.ref);
      doc.requests = doc.requests.filter((r) => r.buyer !== "B-001");
      doc.buyers = doc.buyers.filter((b) => b.ref !== "B-001" && b.ref !== "B-002");
      // B-002 leaves the file but its requests stay: it must stay too. S-00003 has an account.
      const keptBuyerRequests = doc.requests.filter((r) => r.buyer === "B-002").length;
      const s3 = await count(u, "SELECT id FROM organisations WHERE ref = ?", gone[2]);
      await exec(
        u,
        "INSERT INTO users (email, name, password_hash, role) VALUES ('a@b.vn', 'A', 'x', 'supplier')",
      );
      await exec(
        u,
        "INSERT INTO memberships (user_id, org_id, role) SELECT id, ?, 'owner' FROM users WHERE email = 'a@b.vn'",
        s3,
      );

      const preview = await importDirectory(u, doc, { replace: true, dryRun: true });
      const before = await snapshot(u);
      expect(preview.suppliers.deleted).toBe(2);
      const r = await importDirectory(u, doc, { replace: true });
      expect(await snapshot(u)).not.toEqual(before);
      expect({ ...r, durationMs: 0 }).toEqual({ ...preview, dryRun: false, durationMs: 0 });
      expect([r.suppliers.deleted, r.buyers.deleted, r.requests.deleted]).toEqual([
        2,
        1,
        goneRequests.length,
      ]);
      expect(r.kept).toEqual([
        expect.objectContaining({
          section: "suppliers",
          ref: gone[2],
          reason: "1 portal account(s) belong to it; suspend it instead",
        }),
        ...(keptBuyerRequests
          ? [
              expect.objectContaining({
                section: "buyers",
                ref: "B-002",
                reason: expect.stringMatching(/^the file still has its requests R-/),
              }),
            ]
          : []),
      ]);
      expect(await getSupplier(u.db, gone[0])).toBeNull();
      expect(await getBuyer(u.db, "B-001")).toBeNull();
      expect(
        (await all(u, "SELECT ref FROM search_outbox WHERE op = 'delete' ORDER BY ref")).map((r) => r.ref),
      ).toEqual(gone.slice(0, 2));

      // With a rejected record, --replace deletes nothing.
      doc.suppliers.splice(0, 1);
      doc.suppliers[0].taxCode = "1";
      const again = await importDirectory(u, doc, { replace: true });
      expect(again.suppliers.deleted).toBe(0);
      expect(again.replaceSkipped).toMatch(/1 record\(s\) rejected/);
      // The same in Vietnamese, as the admin page and `cli import --lang vi` say it.
      expect(formatReport(again, translator("vi"))).toContain(
        "--replace: không xoá gì: 1 bản ghi bị từ chối",
      );
    });
  });

  it("a dry run reports what would happen and writes nothing", async () => {
    await withFreshDb(async (u) => {
      const before = await snapshot(u);
      const r = await importDirectory(u, SAMPLE_TEXT, { dryRun: true });
      expect(r.suppliers.created).toBe(1200);
      expect(await snapshot(u)).toEqual(before);
    });
  });
});
