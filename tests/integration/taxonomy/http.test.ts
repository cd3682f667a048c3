// /admin/taxonomy over real HTTP against the built server: organisers only, the unmapped terms
// listed, a bad concept refused with a message naming the field, an attachment applied.
import { describe, expect, it } from "vitest";
import { importDirectory } from "../../../app/services/import/run.server";
import { serverSuite } from "../../helpers/server-suite";
import { Client, PASSWORD, seedOrg, seedUser } from "../auth/client";

const t = serverSuite(async (db, fresh) => {
  await importDirectory(
    fresh,
    {
      format: "cnht-directory/1",
      suppliers: ["S-1", "S-2"].map((ref) => ({
        ref,
        name: { vi: `Công ty ${ref}` },
        capabilities: { processes: ["xếp hộp quà tết"], materials: [], products: [] },
      })),
      buyers: [],
      requests: [],
    },
    { actor: "test" },
  );
  await seedUser(db, { email: "org@example.com", role: "organiser" });
  const org = await seedOrg(db, { ref: "S-OWN", kind: "supplier" });
  await seedUser(db, { email: "sup@example.com", role: "supplier", orgId: org });
});

describe("/admin/taxonomy", () => {
  it("is for organisers only", async () => {
    expect((await new Client(t.url).get("/admin/taxonomy")).status).toBe(302); // to /login
    const supplier = new Client(t.url);
    await supplier.login("sup@example.com", PASSWORD);
    expect((await supplier.get("/admin/taxonomy")).status).toBe(403);
    const post = await supplier.post("/admin/taxonomy", {
      kind: "process",
      text: "xếp hộp quà tết",
      conceptId: "contract-packing",
    });
    expect(post.status).toBe(403);
  });

  it("lists the unmapped term, refuses a concept of another kind, attaches to the right one", async () => {
    const c = new Client(t.url);
    await c.login("org@example.com", PASSWORD);
    const page = await c.get("/admin/taxonomy");
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("xếp hộp quà tết");
    expect(html).toContain("Concept for &#x27;xếp hộp quà tết&#x27;");

    const bad = await c.post("/admin/taxonomy", {
      kind: "process",
      text: "xếp hộp quà tết",
      conceptId: "aluminium",
    });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain(
      "This concept is of another kind than the term: choose one of the same kind.",
    );

    const ok = await c.post("/admin/taxonomy", {
      kind: "process",
      text: "xếp hộp quà tết",
      conceptId: "contract-packing",
    });
    expect(ok.status).toBe(302);
    const after = await (await c.get("/admin/taxonomy")).text();
    expect(after).toContain("No unmapped terms left.");
    expect(after).toContain("Attached terms");
    const rows = await t.db.selectFrom("capabilityTerms").select("conceptId").execute();
    expect(rows).toEqual([{ conceptId: "contract-packing" }, { conceptId: "contract-packing" }]);
  });
});
