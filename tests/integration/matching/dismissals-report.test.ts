import { beforeAll, describe, expect, it } from "vitest";
import { requestWithTerms } from "../../helpers/db";
import { serverSuite } from "../../helpers/server-suite";
import { Client, seedUser, loggedIn } from "../auth/client";
import type { Db } from "../../../db/connection";

// The organisers' report on "not relevant" verdicts (/admin/matching and its CSV), fed by a real
// buyer dismissing a supplier through /my/requests/:ref, over HTTP with real logins.

const PASSWORD = "correct horse battery staple";
// A formula in the buyer's free-text note must reach the spreadsheet as text.
const NOTE = '=HYPERLINK("http://evil")';

async function org(db: Db, kind: "supplier" | "buyer", ref: string, nameVi: string) {
  const { id } = await db
    .insertInto("organisations")
    .values({ ref, kind, nameVi, nameEn: `Company ${ref}` })
    .returning("id")
    .executeTakeFirstOrThrow();
  if (kind === "supplier") {
    await db.insertInto("supplierProfiles").values({ orgId: id, employees: 30 }).execute();
    await db
      .insertInto("capabilityTerms")
      .values({ orgId: id, kind: "process", text: "ép nhựa", conceptId: "injection-moulding" })
      .execute();
  }
  return id;
}

const suite = serverSuite(async (db) => {
  const buyer = await org(db, "buyer", "B-9", "Công ty Bên Mua");
  const supplier = await org(db, "supplier", "S-X", "Công ty Nhựa Xuân");
  await org(db, "supplier", "S-Y", "Công ty Nhựa Yên");
  await requestWithTerms(
    db,
    { ref: "R-9", buyerOrgId: buyer, titleEn: "Plastic housings", titleVi: "Vỏ nhựa" },
    [{ kind: "process", text: "injection moulding", conceptId: "injection-moulding" }],
  );
  await seedUser(db, { email: "buyer@example.com", role: "buyer", orgId: buyer, password: PASSWORD });
  await seedUser(db, {
    email: "supplier@example.com",
    role: "supplier",
    orgId: supplier,
    password: PASSWORD,
  });
  await seedUser(db, { email: "organiser@example.com", role: "organiser", password: PASSWORD });
  await seedUser(db, { email: "admin@example.com", role: "admin", password: PASSWORD });
});
const login = (email: string) => loggedIn(suite.url, email, PASSWORD);

beforeAll(async () => {
  const buyerClient = await login("buyer@example.com");
  for (const [supplierRef, reason, note] of [
    ["S-X", "missing_certificate", NOTE],
    ["S-Y", "too_small", ""],
  ])
    expect(
      (await buyerClient.post("/my/requests/R-9", { intent: "dismiss", supplier: supplierRef, reason, note }))
        .status,
    ).toBe(302);
});

describe("/admin/matching", () => {
  it("shows the organiser the counts by reason, by request and by supplier", async () => {
    const res = await (await login("organiser@example.com")).get("/admin/matching");
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("2 “not relevant” verdicts");
    expect(html).toMatch(
      /data-reason="missing_certificate"><td[^>]*>Missing certificate<\/td><td[^>]*>1<\/td>/,
    );
    expect(html).toMatch(/data-reason="too_small"><td[^>]*>Too small<\/td><td[^>]*>1<\/td>/);
    expect(html).toMatch(/data-reason="price"><td[^>]*>Price<\/td><td[^>]*>0<\/td>/);
    expect(html).toContain("Plastic housings");
    expect(html).toContain("Company B-9");
    expect(html).toContain("Company S-X");
    expect(html).toContain("Missing certificate 1 · Too small 1");
    expect(html).toContain('href="/admin/matching"'); // the console's navigation links the page
  });

  it("labels reasons in Vietnamese for a Vietnamese reader", async () => {
    const c = await login("organiser@example.com");
    expect((await c.post("/lang", { lang: "vi", redirectTo: "/admin/matching" })).status).toBe(302);
    const html = await (await c.get("/admin/matching")).text();
    expect(html).toContain("Thiếu chứng chỉ");
    expect(html).toContain("Phản hồi ghép nối");
    expect(html).toContain("Vỏ nhựa");
  });

  it("exports every verdict as CSV with a BOM and the note defused", async () => {
    const res = await (await login("admin@example.com")).get("/admin/matching.csv");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/csv");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes).slice(1).trim().split("\r\n");
    expect(lines).toHaveLength(3);
    const x = lines.find((l) => l.includes(",S-X,"));
    expect(x).toContain(
      ",R-9,Plastic housings,B-9,Company B-9,S-X,Company S-X,missing_certificate,Missing certificate,",
    );
    expect(x).toContain(`"'=HYPERLINK(""http://evil"")"`);
  });

  it("is closed to buyers and suppliers", async () => {
    for (const email of ["buyer@example.com", "supplier@example.com"]) {
      const c = await login(email);
      expect((await c.get("/admin/matching")).status).toBe(403);
      expect((await c.get("/admin/matching.csv")).status).toBe(403);
    }
    expect((await new Client(suite.url).get("/admin/matching.csv")).status).toBe(302);
  });
});
