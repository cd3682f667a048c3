import { describe, expect, it } from "vitest";
import { auditActionsOf } from "../../helpers/db";
import { serverSuite } from "../../helpers/server-suite";
import { seedOrg, seedUser, loggedIn } from "../auth/client";
import * as accounts from "../../../app/services/auth/accounts.server";
import { importDirectory } from "../../../app/services/import/run.server";

// Finding 2 of issue 10, the organisers' side: "this portal firm is the city's REF X" on
// /admin/firms/REF, audited, refused onto the portal's namespace or a ref another firm holds.

let ownerId: number;

const as = (email: string) => loggedIn(t.url, email);

const t = serverSuite(async (db) => {
  ownerId = await seedUser(db, { email: "owner@example.com", role: "supplier" });
  const reg = await accounts.registerOrganisation(
    db,
    { id: ownerId, email: "owner@example.com" },
    { kind: "supplier", nameVi: "Cơ khí Tự Đăng Ký", nameEn: null, taxCode: "0105555555" },
  );
  expect(reg).toMatchObject({ ok: true, ref: "P-S-00001" });
  await seedOrg(db, { ref: "S-00009", kind: "supplier", taxCode: "0100000009" });
  await seedUser(db, { email: "org@example.com", role: "organiser" });
  await seedUser(db, { email: "buyer@example.com", role: "buyer" });
});

const firm = () =>
  t.db
    .selectFrom("organisations")
    .where("taxCode", "=", "0105555555")
    .select(["ref", "origin", "linkedAt", "nameVi"])
    .executeTakeFirstOrThrow();

describe("linking a portal firm to the city's ref", () => {
  it("is offered to organisers for portal-registered firms only", async () => {
    const o = await as("org@example.com");
    expect(await (await o.get("/admin/firms/P-S-00001")).text()).toContain("Link to the city");
    expect(await (await o.get("/admin/firms/S-00009")).text()).not.toContain("Link to the city");
    const b = await as("buyer@example.com");
    expect((await b.post("/admin/firms/P-S-00001", { intent: "link", cityRef: "S-10001" })).status).toBe(403);
  });

  it("refuses a reserved ref, a malformed ref and a ref another firm holds, changing nothing", async () => {
    const o = await as("org@example.com");
    const cases: [string, string][] = [
      ["p-s-77", "Refs beginning with P- are the portal"],
      ["S 1/2", "A ref has only letters, digits"],
      ["S-00009", "S-00009 already belongs to another firm"],
    ];
    for (const [cityRef, message] of cases) {
      const res = await o.post("/admin/firms/P-S-00001", { intent: "link", cityRef });
      expect(res.status).toBe(400);
      expect((await res.text()).replaceAll("&#x27;", "'")).toContain(message);
    }
    expect(await firm()).toMatchObject({ ref: "P-S-00001", linkedAt: null });
  });

  it("renames the firm to the city's ref, audited, owners kept; the city's list then updates it", async () => {
    const o = await as("org@example.com");
    const res = await o.post("/admin/firms/P-S-00001", { intent: "link", cityRef: "S-10001" });
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/admin/firms/S-10001");
    const f = await firm();
    expect(f).toMatchObject({ ref: "S-10001", origin: "portal" });
    expect(f.linkedAt).toBeTruthy();
    const audit = await t.db
      .selectFrom("auditLog")
      .where("action", "=", "ref.link")
      .select(["entityRef", "details"])
      .executeTakeFirstOrThrow();
    expect(audit.entityRef).toBe("S-10001");
    expect(JSON.parse(audit.details!)).toEqual({ from: "P-S-00001", to: "S-10001" });
    // The firm's earlier history moved with it.
    expect(await auditActionsOf(t.db, "S-10001")).toEqual(["register_organisation", "ref.link"]);
    expect(await (await o.get("/admin/firms/S-10001")).text()).not.toContain("Link to the city");
    // Linking twice is refused.
    expect((await o.post("/admin/firms/S-10001", { intent: "link", cityRef: "S-10002" })).status).toBe(400);

    const r = await importDirectory(t.fresh, {
      format: "cnht-directory/1",
      suppliers: [{ ref: "S-10001", name: { vi: "Công ty TNHH Cơ khí Tự Đăng Ký" }, taxCode: "0105555555" }],
    });
    expect(r.rejections).toEqual([]);
    expect(r.suppliers.updated).toBe(1);
    expect((await firm()).nameVi).toBe("Công ty TNHH Cơ khí Tự Đăng Ký");
    const owners = await t.db
      .selectFrom("memberships as m")
      .innerJoin("organisations as o", "o.id", "m.orgId")
      .where("o.ref", "=", "S-10001")
      .select(["m.userId", "m.role"])
      .execute();
    expect(owners).toEqual([{ userId: ownerId, role: "owner" }]);
  });
});
