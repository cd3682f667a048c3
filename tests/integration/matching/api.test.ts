import { describe, expect, it } from "vitest";
import { requestWithTerms, storedValue } from "../../helpers/db";
import { serverSuite } from "../../helpers/server-suite";
import { hashSecret } from "../../../app/modules/auth/tokens";

// Both /api/v1/.../matches directions over real HTTP against the built server and a real SQLite
// file: ranking, exclusion of suppliers without a valid required certificate, visibility, errors.

const tokens: Record<string, string> = {};

async function org(kind: "supplier" | "buyer", ref: string, name: string) {
  const r = await suite.db
    .insertInto("organisations")
    .values({ ref, kind, nameVi: name, nameEn: name })
    .returning("id")
    .executeTakeFirstOrThrow();
  return r.id;
}

async function supplier(
  ref: string,
  o: {
    processes: string[];
    certs?: [string, string | null][];
    employees?: number;
    exportMarkets?: string[];
    zone?: string;
  },
) {
  const id = await org("supplier", ref, `Supplier ${ref}`);
  await suite.db
    .insertInto("supplierProfiles")
    .values({
      orgId: id,
      employees: o.employees ?? 50,
      exportMarkets: JSON.stringify(o.exportMarkets ?? []),
      industrialZone: o.zone ?? null,
    })
    .execute();
  for (const [i, c] of o.processes.entries())
    await suite.db
      .insertInto("capabilityTerms")
      .values({ orgId: id, kind: "process", text: c, conceptId: c, position: i })
      .execute();
  for (const [standard, validUntil] of o.certs ?? [])
    await suite.db
      .insertInto("certifications")
      .values({ orgId: id, standard, conceptId: standard, validUntil })
      .execute();
  return id;
}

async function token(name: string, role: "organiser" | "buyer" | "supplier", orgId: number | null) {
  const secret = `cnht_test_${name}_${"x".repeat(20)}`;
  await suite.db
    .insertInto("apiTokens")
    .values({ name, role, orgId, tokenHash: hashSecret(secret), prefix: secret.slice(0, 12) })
    .execute();
  tokens[name] = secret;
}

async function get(path: string, who?: string, headers: Record<string, string> = {}) {
  const res = await fetch(suite.url + path, {
    headers: {
      Accept: "application/json",
      ...(who ? { Authorization: `Bearer ${tokens[who]}` } : {}),
      ...headers,
    },
  });
  return { status: res.status, type: res.headers.get("content-type") ?? "", body: (await res.json()) as any };
}

const suite = serverSuite(async (db) => {
  const buyer = await org("buyer", "B-1", "Buyer One");
  const otherBuyer = await org("buyer", "B-2", "Buyer Two");
  await db.insertInto("buyerProfiles").values({ orgId: buyer, country: "JP" }).execute();
  const best = await supplier("S-BEST", {
    processes: ["injection-moulding"],
    certs: [["iatf16949", "2030-01-01"]],
    exportMarkets: ["JP"],
  });
  await supplier("S-OK", { processes: ["injection-moulding"], certs: [["iso9001", "2029-01-01"]] });
  await supplier("S-EXPIRED", {
    processes: ["injection-moulding"],
    certs: [["iso9001", "2020-01-01"]],
    employees: 900,
    exportMarkets: ["JP"],
  });
  await supplier("S-NODATE", { processes: ["injection-moulding"], certs: [["iso9001", null]] });
  await supplier("S-OTHER", { processes: ["cnc-turning"], certs: [["iso9001", "2030-01-01"]] });
  await requestWithTerms(
    db,
    { ref: "R-1", buyerOrgId: buyer, titleEn: "PA66 housings", annualVolume: 20000 },
    [
      { kind: "process", text: "ép nhựa", conceptId: "injection-moulding" },
      { kind: "certification", text: "ISO 9001", conceptId: "iso9001" },
    ],
  );
  await requestWithTerms(
    db,
    { ref: "R-HIDDEN", buyerOrgId: otherBuyer, titleEn: "Confidential moulding", visibility: "organisers" },
    [{ kind: "process", text: "injection moulding", conceptId: "injection-moulding" }],
  );
  await token("organiser", "organiser", null);
  await token("buyer", "buyer", buyer);
  await token("otherBuyer", "buyer", otherBuyer);
  await token("best", "supplier", best);
});

describe("GET /api/v1/requests/REF/matches", () => {
  it("ranks the suppliers holding the required certificate, never the others", async () => {
    const r = await get("/api/v1/requests/R-1/matches", "organiser");
    expect(r.status).toBe(200);
    expect(r.type).toContain("application/json");
    const refs = r.body.matches.map((m: any) => m.supplier.ref);
    expect(refs).toEqual(["S-BEST", "S-OK"]);
    const m = r.body.matches[0];
    expect(m.score).toBeGreaterThan(r.body.matches[1].score);
    expect(m.score).toBeLessThanOrEqual(1);
    for (const reason of m.reasons) {
      expect(typeof reason.text).toBe("string");
      expect([true, false, "unknown"]).toContain(reason.met);
    }
    expect(m.reasons.map((x: any) => x.kind)).toContain("certification");
  });

  it("gives reason texts in the caller's language", async () => {
    const en = await get("/api/v1/requests/R-1/matches?limit=1", "buyer", { "Accept-Language": "en" });
    const vi = await get("/api/v1/requests/R-1/matches?limit=1", "buyer", { "Accept-Language": "vi" });
    expect(en.body.matches[0].reasons[0].text).toBe("ISO 9001 via iatf16949 valid until Jan 2030 ✓");
    expect(vi.body.matches[0].reasons[0].text).toBe("ISO 9001 qua iatf16949 còn hiệu lực đến tháng 1/2030 ✓");
    expect(en.body.matches).toHaveLength(1);
  });

  it("gives a Japanese caller Japanese reasons, and every caller all three texts (textVi/textEn kept as they were)", async () => {
    const ja = await get("/api/v1/requests/R-1/matches?limit=1", "buyer", { "Accept-Language": "ja" });
    const first = ja.body.matches[0].reasons[0];
    expect(first.text).toBe("ISO 9001（iatf16949による） 2030年1月まで有効 ✓");
    expect(first.textJa).toBe(first.text);
    expect(first.textEn).toBe("ISO 9001 via iatf16949 valid until Jan 2030 ✓");
    expect(first.textVi).toBe("ISO 9001 qua iatf16949 còn hiệu lực đến tháng 1/2030 ✓");
  });

  it("asOf makes the evaluation day explicit", async () => {
    const r = await get("/api/v1/requests/R-1/matches?asOf=2019-06-01", "organiser");
    expect(r.body.matches.map((m: any) => m.supplier.ref)).toContain("S-EXPIRED");
    expect(r.body.matches.map((m: any) => m.supplier.ref)).not.toContain("S-NODATE");
    expect((await get("/api/v1/requests/R-1/matches?asOf=tomorrow", "organiser")).status).toBe(400);
  });

  it("is for the request's buyer and organisers only", async () => {
    expect((await get("/api/v1/requests/R-1/matches", "buyer")).status).toBe(200);
    // Another buyer's request answers like an unknown ref (decision 650); a supplier is refused
    // whatever the ref.
    const other = await get("/api/v1/requests/R-1/matches", "otherBuyer");
    expect(other.status).toBe(404);
    expect(other.body.error.code).toBe("not_found");
    expect((await get("/api/v1/requests/R-NONE/matches", "otherBuyer")).status).toBe(404);
    const supplier = await get("/api/v1/requests/R-1/matches", "best");
    expect(supplier.status).toBe(403);
    expect((await get("/api/v1/requests/R-NONE/matches", "best")).status).toBe(403);
    expect(supplier.body.error.code).toBe("forbidden");
    expect((await get("/api/v1/requests/R-1/matches")).status).toBe(401);
    expect((await get("/api/v1/requests/R-NONE/matches", "organiser")).status).toBe(404);
    expect((await get("/api/v1/requests/R-1/matches?limit=101", "organiser")).status).toBe(400);
  });
});

describe("GET /api/v1/suppliers/REF/matches", () => {
  it("lists the open requests a supplier fits, same shape with request", async () => {
    const r = await get("/api/v1/suppliers/S-BEST/matches", "best", { "Accept-Language": "en" });
    expect(r.status).toBe(200);
    expect(r.body.matches.map((m: any) => m.request)).toEqual([{ ref: "R-1", title: "PA66 housings" }]);
  });

  it("shows organisers the requests restricted to them too", async () => {
    const r = await get("/api/v1/suppliers/S-BEST/matches", "organiser");
    expect(r.body.matches.map((m: any) => m.request.ref).sort()).toEqual(["R-1", "R-HIDDEN"]);
  });

  it("never offers a request whose certificate the supplier lacks", async () => {
    const r = await get("/api/v1/suppliers/S-EXPIRED/matches", "organiser");
    expect(r.body.matches.map((m: any) => m.request.ref)).toEqual(["R-HIDDEN"]);
  });

  it("is for the supplier's members and organisers only", async () => {
    expect((await get("/api/v1/suppliers/S-OK/matches", "best")).status).toBe(403);
    expect((await get("/api/v1/suppliers/S-OK/matches", "buyer")).status).toBe(403);
    expect((await get("/api/v1/suppliers/S-OK/matches")).status).toBe(401);
    expect((await get("/api/v1/suppliers/S-NONE/matches", "organiser")).status).toBe(404);
  });

  it("sees a change in the directory without a restart", async () => {
    const before = await get("/api/v1/suppliers/S-OTHER/matches", "organiser");
    expect(before.body.matches).toEqual([]);
    const id = await storedValue(suite.db, "organisations", { ref: "S-OTHER" }, "id");
    await suite.db
      .insertInto("capabilityTerms")
      .values({ orgId: id, kind: "process", text: "ép nhựa", conceptId: "injection-moulding" })
      .execute();
    const after = await get("/api/v1/suppliers/S-OTHER/matches", "organiser");
    expect(after.body.matches.map((m: any) => m.request.ref).sort()).toEqual(["R-1", "R-HIDDEN"]);
  });
});
