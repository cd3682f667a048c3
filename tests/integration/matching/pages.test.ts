import { describe, expect, it } from "vitest";
import { requestWithTerms } from "../../helpers/db";
import { serverSuite } from "../../helpers/server-suite";
import { Client, seedUser, loggedIn } from "../auth/client";
import type { Db } from "../../../db/connection";

// The buyer's ranked-suppliers page with "not relevant", and the supplier's opportunities page,
// through the built server with real logins.

const PASSWORD = "correct horse battery staple";

async function org(db: Db, kind: "supplier" | "buyer", ref: string) {
  const { id } = await db
    .insertInto("organisations")
    .values({ ref, kind, nameVi: `Công ty ${ref}`, nameEn: `Company ${ref}` })
    .returning("id")
    .executeTakeFirstOrThrow();
  return id;
}

async function supplier(db: Db, ref: string, certs: [string, string][], zone: string) {
  const id = await org(db, "supplier", ref);
  await db
    .insertInto("supplierProfiles")
    .values({ orgId: id, employees: 80, industrialZone: zone })
    .execute();
  await db
    .insertInto("capabilityTerms")
    .values({ orgId: id, kind: "process", text: "ép nhựa", conceptId: "injection-moulding" })
    .execute();
  for (const [c, until] of certs)
    await db
      .insertInto("certifications")
      .values({ orgId: id, standard: c, conceptId: c, validUntil: until })
      .execute();
  return id;
}

const suite = serverSuite(async (db) => {
  const buyer = await org(db, "buyer", "B-1");
  const other = await org(db, "buyer", "B-2");
  await supplier(db, "S-A", [["iso9001", "2030-01-01"]], "KCN Thăng Long");
  await supplier(db, "S-B", [["iso9001", "2030-01-01"]], "KCN Quang Minh");
  // The same zone typed without diacritics: it must group with "KCN Thăng Long".
  await supplier(db, "S-C", [["iso9001", "2030-01-01"]], "KCN Thang Long");
  const late = await supplier(db, "S-LATE", [["iso9001", "2021-01-01"]], "KCN Thăng Long");
  for (const ref of ["R-1", "R-2"])
    await requestWithTerms(db, { ref, buyerOrgId: buyer, titleEn: `Housings ${ref}` }, [
      { kind: "process", text: "injection moulding", conceptId: "injection-moulding" },
      { kind: "certification", text: "ISO 9001", conceptId: "iso9001" },
    ]);
  await seedUser(db, { email: "buyer@example.com", role: "buyer", orgId: buyer, password: PASSWORD });
  await seedUser(db, { email: "other@example.com", role: "buyer", orgId: other, password: PASSWORD });
  await seedUser(db, { email: "late@example.com", role: "supplier", orgId: late, password: PASSWORD });
});
const login = (email: string) => loggedIn(suite.url, email, PASSWORD);

describe("/my/requests/:ref", () => {
  it("shows the buyer the ranked suppliers with their reasons, never one lacking the certificate", async () => {
    const html = await (await (await login("buyer@example.com")).get("/my/requests/R-1")).text();
    expect(html).toContain("Company S-A");
    expect(html).toContain("Company S-B");
    expect(html).not.toContain("Company S-LATE");
    expect(html).toContain("ISO 9001 valid until Jan 2030 ✓");
  });

  it("filters by industrial zone", async () => {
    const html = await (
      await (
        await login("buyer@example.com")
      ).get(`/my/requests/R-1?zone=${encodeURIComponent("KCN Quang Minh")}`)
    ).text();
    expect(html).toContain("Company S-B");
    expect(html).not.toContain("Company S-A<");
  });

  it("lists a zone once under its accented spelling and filters across both spellings", async () => {
    const c = await login("buyer@example.com");
    const all = await (await c.get("/my/requests/R-1")).text();
    expect(all.match(/<option value="kcn thang long">KCN Thăng Long<\/option>/g)).toHaveLength(1);
    expect(all).not.toContain(">KCN Thang Long<");
    for (const picked of ["kcn thang long", "KCN Thang Long"]) {
      const html = await (await c.get(`/my/requests/R-1?zone=${encodeURIComponent(picked)}`)).text();
      expect(html).toContain("Company S-A<");
      expect(html).toContain("Company S-C<");
      expect(html).not.toContain("Company S-B<");
    }
  });

  it("is closed to another buyer (not found, as an unknown ref: decision 650) and to anonymous visitors", async () => {
    expect((await (await login("other@example.com")).get("/my/requests/R-1")).status).toBe(404);
    expect((await new Client(suite.url).get("/my/requests/R-1")).status).toBe(302);
  });

  it("'not relevant' removes the supplier from that request and keeps the reason", async () => {
    const c = await login("buyer@example.com");
    const res = await c.post("/my/requests/R-2", {
      intent: "dismiss",
      supplier: "S-A",
      reason: "too_small",
      note: "",
    });
    expect(res.status).toBe(302);
    const rows = await suite.db.selectFrom("matchDismissals").select(["reason"]).execute();
    expect(rows).toEqual([{ reason: "too_small" }]);
    const html = await (await c.get("/my/requests/R-2")).text();
    expect(html).toContain("Removed (1)");
    expect(await (await c.get("/my/requests/R-1")).text()).not.toContain("Removed (");
    const bad = await c.post("/my/requests/R-2", { intent: "dismiss", supplier: "S-A", reason: "because" });
    expect(bad.status).toBe(400);
  });
});

describe("/my/opportunities", () => {
  it("tells a supplier which certificate would qualify it", async () => {
    const html = await (await (await login("late@example.com")).get("/my/opportunities")).text();
    expect(html).toContain("Add ISO 9001 to qualify for 2 requests");
    expect(html).toContain("No open request fits your profile yet.");
  });
});

describe("/requests/:ref — a supplier says it is interested", () => {
  it("records it once, tells the buyer, and shows it among the request's matches; others are refused", async () => {
    const supplierClient = await login("late@example.com");
    const page = await (await supplierClient.get("/requests/R-2")).text();
    expect(page).toContain('name="intent" value="interest"');
    const sent = await supplierClient.post("/requests/R-2", { intent: "interest", note: "We mould PC+ABS" });
    expect(sent.status).toBe(302);
    // Said twice, recorded once; a malformed form changes nothing.
    expect((await supplierClient.post("/requests/R-2", { intent: "interest" })).status).toBe(302);
    expect((await supplierClient.post("/requests/R-2", { intent: "other" })).status).toBe(302);
    const rows = await suite.db.selectFrom("requestInterests").select(["supplierOrgId", "note"]).execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.note).toBe("We mould PC+ABS");
    const notes = await suite.db.selectFrom("notifications").select(["kind", "link"]).execute();
    expect(notes.filter((n) => n.kind === "interest")).toHaveLength(1);
    expect(notes.find((n) => n.kind === "interest")!.link).toBe("/my/requests/R-2");
    expect(await (await supplierClient.get("/requests/R-2")).text()).toContain(
      "Your firm has expressed interest in this request.",
    );
    // The buyer sees it on the request's page (the supplier lacks the certificate, so only there).
    const buyerPage = await (await (await login("buyer@example.com")).get("/my/requests/R-2")).text();
    expect(buyerPage).toContain('id="interested-h"');
    expect(buyerPage).toContain("Company S-LATE");
    // A buyer cannot say it; an unknown request is a 404; nothing more is recorded.
    expect(
      (await (await login("other@example.com")).post("/requests/R-2", { intent: "interest" })).status,
    ).toBe(403);
    expect((await supplierClient.post("/requests/R-404", { intent: "interest" })).status).toBe(404);
    expect(await suite.db.selectFrom("requestInterests").select("requestId").execute()).toHaveLength(1);
  });
});
