import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDb } from "../../helpers/db";
import { importDirectory } from "../../../app/services/import/run.server";
import { formatRejection } from "../../../app/modules/import/validate";
import type { DirectoryFile, DirectorySupplier } from "../../../app/modules/directory/types";
import { count, snapshot } from "./snapshot";

// CONTRACT.md §3: bad input gets a clear per-record error and changes nothing.
const SAMPLE_TEXT = fs.readFileSync(
  path.resolve(import.meta.dirname, "../../fixtures/directory-sample.json"),
  "utf8",
);
const sample = () => JSON.parse(SAMPLE_TEXT) as DirectoryFile;
const supplier = (ref: string): DirectorySupplier =>
  structuredClone(sample().suppliers.find((s) => s.ref === ref)!);
const file = (parts: Partial<DirectoryFile>) => ({ format: "cnht-directory/1", suppliers: [], ...parts });

describe("bad records are rejected with their reason and change nothing", () => {
  let t: Awaited<ReturnType<typeof freshDb>>;
  let before: Record<string, string>;
  beforeAll(async () => {
    t = await freshDb();
    await importDirectory(t, SAMPLE_TEXT);
    before = await snapshot(t);
  });
  afterAll(async () => {
    await t.close();
  });

  async function rejected(doc: unknown): Promise<string[]> {
    const r = await importDirectory(t, doc);
    expect(await snapshot(t)).toEqual(before);
    expect(r.suppliers.created + r.suppliers.updated + r.buyers.created + r.requests.created).toBe(0);
    return r.rejections.flatMap(formatRejection);
  }

  it("an unknown format or a file that is not JSON: nothing imported", async () => {
    await expect(importDirectory(t, { ...sample(), format: "cnht-directory/0" })).rejects.toThrow(
      'not a cnht-directory/1 file: unknown format "cnht-directory/0", expected "cnht-directory/1"',
    );
    await expect(importDirectory(t, SAMPLE_TEXT.slice(0, 5000))).rejects.toThrow(/^not a JSON file/);
    expect(await snapshot(t)).toEqual(before);
  });

  it("a missing ref", async () => {
    const s = supplier("S-00010") as Partial<DirectorySupplier>;
    delete s.ref;
    expect(await rejected(file({ suppliers: [s as DirectorySupplier] }))).toEqual([
      "suppliers[0]: ref: is required",
    ]);
  });

  it("a ref given twice: both records refused, the existing firm untouched", async () => {
    const a = supplier("S-00001");
    const b = supplier("S-00001");
    a.employees = 5; // a valid change, but which of the two is meant?
    expect(await rejected(file({ suppliers: [a, b] }))).toEqual([
      "suppliers[0] (S-00001): ref: S-00001 appears more than once in the file (also suppliers[1])",
      "suppliers[1] (S-00001): ref: S-00001 appears more than once in the file (also suppliers[0])",
    ]);
  });

  it("an invalid date", async () => {
    const s = supplier("S-00002");
    s.certifications = [{ standard: "ISO 9001:2015", validUntil: "2027-02-30" }];
    const r = sample().requests[0];
    r.targetDate = "2027-6-13";
    expect(await rejected(file({ suppliers: [s], requests: [r] }))).toEqual([
      "suppliers[0] (S-00002): certifications[0].validUntil: must be a real calendar date written YYYY-MM-DD",
      `requests[0] (${r.ref}): targetDate: must be a real calendar date written YYYY-MM-DD`,
    ]);
  });

  it("a request whose buyer does not exist", async () => {
    const r = { ...sample().requests[1], buyer: "B-999", title: { en: "Changed" } };
    expect(await rejected(file({ requests: [r] }))).toEqual([
      `requests[0] (${r.ref}): buyer: no buyer with ref B-999 in the file or the directory`,
    ]);
  });

  it("a tax code that is not 10 or 13 digits", async () => {
    const s = supplier("S-00003");
    s.taxCode = "012345678";
    const n = supplier("S-00004");
    n.ref = "S-NEW";
    n.taxCode = "01234567890123";
    expect(await rejected(file({ suppliers: [s, n] }))).toEqual([
      "suppliers[0] (S-00003): taxCode: must be 10 or 13 digits",
      "suppliers[1] (S-NEW): taxCode: must be 10 or 13 digits",
    ]);
  });

  it("text over the field limits", async () => {
    const s = supplier("S-00005");
    s.name = { vi: "x".repeat(5001) };
    s.capabilities!.processes = ["p".repeat(121)];
    const b = { ...sample().buyers[0], description: { en: "d".repeat(5001) } };
    expect(await rejected(file({ suppliers: [s], buyers: [b] }))).toEqual([
      "suppliers[0] (S-00005): name.vi: must be at most 5000 characters",
      "suppliers[0] (S-00005): capabilities.processes[0]: must be at most 120 characters",
      `buyers[0] (${b.ref}): description.en: must be at most 5000 characters`,
    ]);
  });

  it("a tax code another firm already holds (refused by the database, rolled back alone)", async () => {
    const s = supplier("S-00006");
    s.taxCode = supplier("S-00007").taxCode;
    expect(await rejected(file({ suppliers: [s] }))).toEqual([
      "suppliers[0] (S-00006): taxCode: already registered to another organisation in the directory",
    ]);
  });

  it("good records next to bad ones are imported; the bad ones are not", async () => {
    const good = supplier("S-00008");
    good.employees = 4321;
    const bad = supplier("S-00009");
    bad.employees = 0;
    const r = await importDirectory(t, file({ suppliers: [good, bad] }));
    expect([r.suppliers.updated, r.suppliers.rejected]).toEqual([1, 1]);
    expect(r.rejections.flatMap(formatRejection)).toEqual([
      "suppliers[1] (S-00009): employees: must be at least 1",
    ]);
    const emp = (ref: string) =>
      count(
        t,
        "SELECT employees FROM supplier_profiles p JOIN organisations o ON o.id = p.org_id WHERE ref = ?",
        ref,
      );
    expect(await emp("S-00008")).toBe(4321);
    expect(await emp("S-00009")).toBe(supplier("S-00009").employees);
  });
});
