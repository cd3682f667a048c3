// /admin/taxonomy over real HTTP against the built server: organisers only, the unmapped terms
// listed, a bad concept refused with a message naming the field, an attachment applied.
import { describe, expect, it } from "vitest";
import { importDirectory } from "../../../app/services/import/run.server";
import { serverSuite } from "../../helpers/server-suite";
import { Client, PASSWORD, seedOrg, seedUser } from "../auth/client";

const firm = (ref: string, process: string, description?: string) => ({
  ref,
  name: { vi: `Công ty ${ref}` },
  ...(description ? { description: { vi: description } } : {}),
  capabilities: { processes: [process], materials: [], products: [] },
});

const t = serverSuite(async (db, fresh) => {
  await importDirectory(
    fresh,
    {
      format: "cnht-directory/1",
      suppliers: [
        ...["S-1", "S-2"].map((ref) => firm(ref, "xếp hộp quà tết")),
        // "Zelmor" (a made-up word) is learned: its firms all describe TIG welding, which the
        // other firms of the directory do not (taxonomy/learned.ts).
        ...[1, 2, 3, 4].map((i) => firm(`S-Z${i}`, "Zelmor", "Chuyên hàn TIG inox.")),
        ...["cắt laser", "tiện CNC", "mạ kẽm", "ép nhựa", "dập", "may"].flatMap((p, i) => [
          firm(`S-B${i}a`, p, `Xưởng ${p}.`),
          firm(`S-B${i}b`, p, `Xưởng ${p}.`),
        ]),
      ],
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
    const rows = await t.db
      .selectFrom("capabilityTerms")
      .select("conceptId")
      .where("text", "=", "xếp hộp quà tết")
      .execute();
    expect(rows).toEqual([{ conceptId: "contract-packing" }, { conceptId: "contract-packing" }]);
  });

  it("shows a learned term with its evidence, the form set to its concept; one click confirms it", async () => {
    const c = new Client(t.url);
    await c.login("org@example.com", PASSWORD);
    const html = await (await c.get("/admin/taxonomy")).text();
    expect(html).toContain("Terms read from the directory");
    expect(html).toContain("4 of 4 firms that write it also describe: TIG welding");
    expect(html).toMatch(/id="confirm-process-zelmor"[^>]*value="tig-welding"/);
    const ok = await c.post("/admin/taxonomy", { kind: "process", text: "Zelmor", conceptId: "tig-welding" });
    expect(ok.status).toBe(302);
    const after = await (await c.get("/admin/taxonomy")).text();
    expect(after).not.toContain("Terms read from the directory");
    const attached = await t.db.selectFrom("taxonomyTerms").select(["termKey", "conceptId"]).execute();
    expect(attached).toContainEqual({ termKey: "zelmor", conceptId: "tig-welding" });
  });
});
