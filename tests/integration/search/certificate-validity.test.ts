import { describe, expect, it } from "vitest";
import { requestWithTerms } from "../../helpers/db";
import { serverSuite } from "../../helpers/server-suite";
import { hashSecret } from "../../../app/modules/auth/tokens";
import { exportDirectory } from "../../../app/services/import/export.server";
import { listSuppliers } from "../../../db/queries/organisations";
import { supplierDocs } from "../../../search/documents";

// One rule for certificate validity (docs/decisions/160-certificate-validity.md), pinned on one
// real SQLite file and the real server: S-CERT holds an undated ISO 9001, an IATF 16949 that
// expired in 2020 and an ISO 14001 valid to 2099. Facets, filters, cards, the API, matching and
// export must all agree: only ISO 14001 is valid; ISO 9001 is shown as "validity unknown" and
// never counted; IATF 16949 is neither counted nor shown on cards; the search document, export
// and /suppliers.json keep all three as recorded (validity is judged on reading).

const TOKEN = `cnht_test_organiser_${"x".repeat(20)}`;

async function get(path: string, headers: Record<string, string> = {}) {
  const res = await fetch(suite.url + path, {
    headers: { Authorization: `Bearer ${TOKEN}`, "Accept-Language": "en", ...headers },
  });
  return { status: res.status, text: await res.text() };
}
const json = async (path: string) => {
  const r = await get(path, { Accept: "application/json" });
  expect(r.status).toBe(200);
  return JSON.parse(r.text);
};

async function request(ref: string, buyerOrgId: number, cert: string) {
  await requestWithTerms(suite.db, { ref, buyerOrgId, titleEn: `Housings with ${cert}` }, [
    { kind: "process", text: "injection moulding", conceptId: "injection-moulding" },
    { kind: "certification", text: cert, conceptId: cert },
  ]);
}

const suite = serverSuite(async (db) => {
  const { id } = await db
    .insertInto("organisations")
    .values({ ref: "S-CERT", kind: "supplier", nameVi: "Nhựa Ba Chứng Chỉ", nameEn: "Three Certs Plastics" })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db.insertInto("supplierProfiles").values({ orgId: id, employees: 80, exportMarkets: "[]" }).execute();
  await db
    .insertInto("capabilityTerms")
    .values({
      orgId: id,
      kind: "process",
      text: "injection moulding",
      conceptId: "injection-moulding",
      position: 0,
    })
    .execute();
  const certs: [string, string, string | null][] = [
    ["ISO 9001", "iso9001", null],
    ["IATF 16949", "iatf16949", "2020-01-01"],
    ["ISO 14001", "iso14001", "2099-12-31"],
  ];
  for (const [i, [standard, conceptId, validUntil]] of certs.entries())
    await db
      .insertInto("certifications")
      .values({ orgId: id, standard, conceptId, validUntil, position: i })
      .execute();
  const { id: buyer } = await db
    .insertInto("organisations")
    .values({ ref: "B-1", kind: "buyer", nameVi: "Buyer", nameEn: "Buyer" })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db.insertInto("buyerProfiles").values({ orgId: buyer, country: "JP" }).execute();
  await request("R-UNDATED", buyer, "iso9001");
  await request("R-EXPIRED", buyer, "iatf16949");
  await request("R-VALID", buyer, "iso14001");
  await db
    .insertInto("apiTokens")
    .values({
      name: "organiser",
      role: "organiser",
      orgId: null,
      tokenHash: hashSecret(TOKEN),
      prefix: TOKEN.slice(0, 12),
    })
    .execute();
});

describe("one certificate-validity rule", () => {
  it("search facets and filters count only the dated, unexpired certificate", async () => {
    const all = await json("/api/v1/suppliers");
    expect(all.facets.certification).toEqual({ iso14001: 1 });
    const refs = async (cert: string) =>
      (await json(`/api/v1/suppliers?certification=${cert}`)).hits.map((h: any) => h.ref);
    expect(await refs("iso14001")).toEqual(["S-CERT"]);
    expect(await refs("iso9001")).toEqual([]);
    expect(await refs("iatf16949")).toEqual([]);
  });

  it("the API lists the valid and the undated certificate (validUntil null), never the expired", async () => {
    const hit = (await json("/api/v1/suppliers")).hits.find((h: any) => h.ref === "S-CERT");
    expect(hit.certifications).toEqual([
      { standard: "ISO 9001", validUntil: null },
      { standard: "ISO 14001", validUntil: "2099-12-31" },
    ]);
  });

  it("the card shows the undated certificate as 'validity unknown' and leaves the expired one off", async () => {
    const page = await get("/suppliers");
    expect(page.status).toBe(200);
    const start = page.text.indexOf('href="/suppliers/S-CERT"');
    expect(start).toBeGreaterThan(-1);
    const card = page.text.slice(start, page.text.indexOf("</li>", start));
    expect(card).toMatch(/title="Validity unknown \(no expiry date on file\)"[^>]*>[\s\S]*?ISO 9001/);
    expect(card).toMatch(/title="Valid until[^"]*"[^>]*>[\s\S]*?ISO 14001/);
    expect(card).not.toContain("IATF 16949");
  });

  it("the profile page marks each certificate by the same rule", async () => {
    const page = await get("/suppliers/S-CERT");
    expect(page.status).toBe(200);
    expect(page.text).toContain("Validity unknown (no expiry date on file)");
    expect(page.text).toMatch(/Expired [^<]*2020/);
    expect(page.text).toMatch(/Valid until [^<]*2099/);
  });

  it("matching accepts the valid certificate as a hard constraint, never the undated or expired one", async () => {
    const matches = async (ref: string) =>
      (await json(`/api/v1/requests/${ref}/matches`)).matches.map((m: any) => m.supplier.ref);
    expect(await matches("R-VALID")).toEqual(["S-CERT"]);
    expect(await matches("R-UNDATED")).toEqual([]);
    expect(await matches("R-EXPIRED")).toEqual([]);
  });

  it("the directory list flags validity by the rule, and export keeps all three as recorded", async () => {
    const { rows } = await listSuppliers(suite.db, { limit: 10, offset: 0, asOf: "2027-01-01" });
    expect(rows[0].certifications.map((c) => [c.standard, c.valid])).toEqual([
      ["ISO 9001", false],
      ["IATF 16949", false],
      ["ISO 14001", true],
    ]);
    const doc = await exportDirectory(suite.db);
    expect(doc.suppliers[0].certifications?.map((c) => [c.standard, c.validUntil ?? null])).toEqual([
      ["ISO 9001", null],
      ["IATF 16949", "2020-01-01"],
      ["ISO 14001", "2099-12-31"],
    ]);
  });

  it("the search document and /suppliers.json carry all three as recorded, for the readers to judge", async () => {
    const [doc] = await supplierDocs(suite.db, ["S-CERT"]);
    expect(doc.certifications).toEqual([
      { id: "iso9001", standard: "ISO 9001", validUntil: null },
      { id: "iatf16949", standard: "IATF 16949", validUntil: "2020-01-01" },
      { id: "iso14001", standard: "ISO 14001", validUntil: "2099-12-31" },
    ]);
    const file = await json("/suppliers.json");
    const s = file.suppliers.find((x: any) => x.ref === "S-CERT");
    expect(s.certifications.map((c: any) => [c.standard, c.validUntil ?? null])).toEqual([
      ["ISO 9001", null],
      ["IATF 16949", "2020-01-01"],
      ["ISO 14001", "2099-12-31"],
    ]);
  });
});
