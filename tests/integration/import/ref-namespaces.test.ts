import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "kysely";
import { auditActionsOf, freshDb } from "../../helpers/db";
import { importDirectory } from "../../../app/services/import/run.server";
import { exportDirectory } from "../../../app/services/import/export.server";
import { formatRejection } from "../../../app/modules/import/validate";
import { formatDirectory } from "../../../app/modules/directory/canonical";
import { prepareRequest } from "../../../app/modules/import/prepare";
import type { DirectoryFile, DirectoryRequest } from "../../../app/modules/directory/types";
import * as accounts from "../../../app/services/auth/accounts.server";
import { createDemoAccounts } from "../../../app/services/auth/demo.server";
import { DirectoryImportStatements } from "../../../db/queries/directory-import";
import { withStatements } from "../../../db/statements";
import { linkToCityRef } from "../../../db/queries/ref-link";
import * as refMigration from "../../../db/migrations/2026-12-05-31-ref-namespaces";
import { generateDemoDirectory, seedIfEmpty } from "../../../scripts/seed";
import { insertUser } from "../../../db/queries/users";
import { snapshot } from "./snapshot";

// Finding 2 of issue 10: a firm registered on the portal got S-00001, the ref the city's list
// gives Lạc Hồng Mechanical, so importing the list turned the stranger's firm into Lạc Hồng.

const SAMPLE_TEXT = fs.readFileSync(
  path.resolve(import.meta.dirname, "../../fixtures/directory-sample.json"),
  "utf8",
);
const sample = () => JSON.parse(SAMPLE_TEXT) as DirectoryFile;
const cityFile = (n = 3): DirectoryFile => {
  const s = sample();
  return { format: s.format, suppliers: s.suppliers.slice(0, n), buyers: s.buyers.slice(0, 2), requests: [] };
};

type T = Awaited<ReturnType<typeof freshDb>>;

async function newUser(t: T, email: string) {
  return (await insertUser(t.db, { email, name: email, passwordHash: "x", role: "buyer", locale: "en" })).id;
}

async function ownersOf(t: T, ref: string) {
  return t.db
    .selectFrom("memberships as m")
    .innerJoin("organisations as o", "o.id", "m.orgId")
    .innerJoin("users as u", "u.id", "m.userId")
    .where("o.ref", "=", ref)
    .select(["u.email", "o.nameVi", "o.taxCode"])
    .execute();
}

/** A request posted on the portal by buyer `buyerRef` (as createRequest writes it). */
async function portalRequest(t: T, ref: string, buyerRef: string): Promise<void> {
  await withStatements(t, async (sx) => {
    const st = new DirectoryImportStatements(sx);
    const buyer = (await st.orgRefs()).get(buyerRef)!;
    const rec: DirectoryRequest = {
      ref,
      buyer: buyerRef,
      title: { en: "Turned shafts in S45C" },
      processes: ["CNC turning"],
      materials: ["S45C"],
      products: [],
      requiredCertifications: [],
    };
    await sx.tx(async () => {
      await st.writeRequest(undefined, buyer.id, prepareRequest(rec));
      await st.audit("user:1", "request.create", "request", ref, null);
    });
  });
}

describe("portal refs and the city's refs never meet", () => {
  let t: T;
  let owner: number;
  beforeAll(async () => {
    t = await freshDb();
    owner = await newUser(t, "stranger@example.com");
  });
  afterAll(() => t.close());

  it("a firm registered on the portal takes a P- ref; the city's S-00001 becomes its own firm", async () => {
    const reg = await accounts.registerOrganisation(
      t.db,
      { id: owner, email: "stranger@example.com" },
      { kind: "supplier", nameVi: "Công ty của người lạ", nameEn: null, taxCode: "0109999999" },
    );
    expect(reg).toMatchObject({ ok: true, ref: "P-S-00001" });
    const r = await importDirectory(t, cityFile(), { actor: "test" });
    expect(r.rejections).toEqual([]);
    expect(r.suppliers.created).toBe(3);
    // The stranger still owns only their own firm, unchanged.
    expect(await ownersOf(t, "P-S-00001")).toEqual([
      { email: "stranger@example.com", nameVi: "Công ty của người lạ", taxCode: "0109999999" },
    ]);
    expect(await ownersOf(t, "S-00001")).toEqual([]);
  });

  it("an import cannot create a ref in the portal's namespace (any case)", async () => {
    const before = await snapshot(t);
    const s = cityFile(2);
    s.suppliers[0] = { ...s.suppliers[0], ref: "P-S-00077", taxCode: "0100077077" };
    s.suppliers[1] = { ...s.suppliers[1], ref: "p-s-00078", taxCode: "0100078078" };
    s.buyers = [{ ...s.buyers[0], ref: "P-B-050" }];
    s.requests = [{ ...sample().requests[0], ref: "P-R-ZZZZZZ", buyer: "B-001" }];
    const r = await importDirectory(t, s);
    const lines = r.rejections.flatMap(formatRejection);
    // The same refusal for each record, whatever its kind or the case of its P-.
    const reserved =
      "ref: refs beginning with P- are reserved for firms, buyers and requests registered on the portal; an import cannot create one";
    expect(lines).toEqual(
      [
        "suppliers[0] (P-S-00077)",
        "suppliers[1] (p-s-00078)",
        "buyers[0] (P-B-050)",
        "requests[0] (P-R-ZZZZZZ)",
      ].map((record) => `${record}: ${reserved}`),
    );
    expect(await snapshot(t)).toEqual(before);
  });

  it("a record naming a portal firm with owners is refused unless it changes nothing", async () => {
    const buyerOwner = await newUser(t, "buyer-owner@example.com");
    const b = await accounts.registerOrganisation(
      t.db,
      { id: buyerOwner, email: "buyer-owner@example.com" },
      { kind: "buyer", name: "Portal Buyer KK", country: "JP" },
    );
    expect(b).toMatchObject({ ok: true, ref: "P-B-001" });
    await portalRequest(t, "P-R-ABCDEF", "P-B-001");

    // Read back as exported: unchanged, even though registration stored no content hash.
    const exported = await exportDirectory(t.db);
    const text = formatDirectory(exported);
    const same = await importDirectory(t, text);
    expect(same.rejections).toEqual([]);
    expect([same.suppliers.unchanged, same.buyers.unchanged, same.requests.unchanged]).toEqual([4, 3, 1]);
    expect(formatDirectory(await exportDirectory(t.db))).toBe(text);

    const before = await snapshot(t);
    const changed = structuredClone(exported);
    const firm = changed.suppliers.find((s) => s.ref === "P-S-00001")!;
    firm.name = { vi: "Công ty TNHH Cơ khí Lạc Hồng" };
    changed.buyers!.find((x) => x.ref === "P-B-001")!.country = "KR";
    changed.requests!.find((x) => x.ref === "P-R-ABCDEF")!.title = { en: "Something else" };
    changed.requests!.push({ ...sample().requests[0], ref: "R-NEW1", buyer: "P-B-001" });
    const r = await importDirectory(t, changed);
    expect(r.rejections.flatMap(formatRejection)).toEqual([
      "suppliers[0] (P-S-00001): ref: P-S-00001 was registered on the portal and is run by its own accounts; an import cannot change it (an organiser can link it to the city's ref on /admin/firms/P-S-00001)",
      "buyers[2] (P-B-001): ref: P-B-001 was registered on the portal and is run by its own accounts; an import cannot change it (an organiser can link it to the city's ref on /admin/firms/P-B-001)",
      "requests[0] (P-R-ABCDEF): ref: P-R-ABCDEF is a request of a buyer registered on the portal; an import cannot change it",
      "requests[1] (R-NEW1): buyer: P-B-001 was registered on the portal and is run by its own accounts; an import cannot add requests to it (an organiser can link it to the city's ref on /admin/firms/P-B-001)",
    ]);
    expect(await snapshot(t)).toEqual(before);
  });

  it("--replace with the city's list keeps the portal's firms and requests", async () => {
    const s = sample();
    const r = await importDirectory(
      t,
      { ...s, suppliers: s.suppliers.slice(0, 3), buyers: s.buyers, requests: [] },
      {
        replace: true,
      },
    );
    expect(r.rejections).toEqual([]);
    expect(r.kept).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          section: "requests",
          ref: "P-R-ABCDEF",
          reason: "posted on the portal by its buyer's accounts",
          message: { code: "import.msg.replace.portalRequest" },
        }),
        expect.objectContaining({
          section: "suppliers",
          ref: "P-S-00001",
          reason: "1 portal account(s) belong to it; suspend it instead",
          message: { code: "import.msg.replace.members", params: { n: "1" } },
        }),
      ]),
    );
    expect(
      await t.db.selectFrom("sourcingRequests").where("ref", "=", "P-R-ABCDEF").select("id").execute(),
    ).toHaveLength(1);
  });

  it("once an organiser links the portal firm to a city ref, the city's list updates it, owners kept", async () => {
    const firm = await t.db
      .selectFrom("organisations")
      .where("ref", "=", "P-S-00001")
      .select(["id", "ref"])
      .executeTakeFirstOrThrow();
    await t.db.transaction().execute((tx) => linkToCityRef(tx, { ...firm, kind: "supplier" }, "S-05000"));
    const rec = { ...sample().suppliers[5], ref: "S-05000", taxCode: "0109999999" };
    const r = await importDirectory(t, { format: "cnht-directory/1", suppliers: [rec] });
    expect(r.rejections).toEqual([]);
    expect(r.suppliers.updated).toBe(1);
    expect(await ownersOf(t, "S-05000")).toEqual([
      { email: "stranger@example.com", nameVi: rec.name.vi ?? null, taxCode: "0109999999" },
    ]);
    // The search index follows the ref: the old one removed, the new one added.
    const outbox = await t.db
      .selectFrom("searchOutbox")
      .where("ref", "in", ["P-S-00001", "S-05000"])
      .select(["ref", "op"])
      .orderBy("id")
      .execute();
    expect(outbox).toEqual(
      expect.arrayContaining([
        { ref: "P-S-00001", op: "delete" },
        { ref: "S-05000", op: "upsert" },
      ]),
    );
  });
});

describe("migration 2026-12-05-31: portal refs already allocated move into the namespace", () => {
  let t: T;
  beforeAll(async () => {
    t = await freshDb();
  });
  afterAll(() => t.close());

  /** What the old code wrote when someone registered a firm (S-/B- refs, no origin column). */
  async function oldRegistration(
    x: T,
    ref: string,
    kind: "supplier" | "buyer",
    email: string,
    taxCode: string | null,
  ) {
    const user = await newUser(x, email);
    const { id } = await sql<{
      id: number;
    }>`INSERT INTO organisations (ref, kind, name_vi, name_en, tax_code, contact_email)
      VALUES (${ref}, ${kind}, ${"Đăng ký " + ref}, ${"Registered " + ref}, ${taxCode}, ${email}) RETURNING id`
      .execute(x.db)
      .then((r) => r.rows[0]);
    if (kind === "supplier") await sql`INSERT INTO supplier_profiles (org_id) VALUES (${id})`.execute(x.db);
    else await sql`INSERT INTO buyer_profiles (org_id, country) VALUES (${id}, 'JP')`.execute(x.db);
    await sql`INSERT INTO memberships (user_id, org_id, role) VALUES (${user}, ${id}, 'owner')`.execute(x.db);
    await sql`INSERT INTO audit_log (actor, action, entity, entity_ref) VALUES (${"user:" + user}, 'register_organisation', 'organisation', ${ref})`.execute(
      x.db,
    );
    if (kind === "supplier")
      await sql`INSERT INTO search_outbox (entity, ref, op) VALUES ('supplier', ${ref}, 'upsert')`.execute(
        x.db,
      );
    return id;
  }

  it("on a copy of the demo database: moves registered refs, leaves the city's ones, keeps export → import a fixed point", async () => {
    await seedIfEmpty(t);
    const demo = generateDemoDirectory();
    await createDemoAccounts(t.db); // the demo supplier owns the imported SUP-0001: not portal-registered
    await refMigration.down(t.db);
    const supplierId = await oldRegistration(t, "S-00001", "supplier", "reg-s@example.com", "0101001001");
    const buyerId = await oldRegistration(t, "B-001", "buyer", "reg-b@example.com", null);
    await sql`INSERT INTO audit_log (actor, action, entity, entity_ref) VALUES ('user:1', 'profile.update', 'supplier', 'S-00001')`.execute(
      t.db,
    );
    // A request posted on the portal (old code: R- and six characters).
    await sql`INSERT INTO sourcing_requests (ref, buyer_org_id, title_en) VALUES ('R-ABC234', ${buyerId}, 'Shafts')`.execute(
      t.db,
    );
    await sql`INSERT INTO audit_log (actor, action, entity, entity_ref) VALUES ('user:2', 'request.create', 'request', 'R-ABC234')`.execute(
      t.db,
    );
    const demoBefore = await t.db
      .selectFrom("organisations")
      .where("ref", "=", "SUP-0001")
      .selectAll()
      .executeTakeFirstOrThrow();

    await refMigration.up(t.db);

    const org = (id: number) =>
      t.db
        .selectFrom("organisations")
        .where("id", "=", id)
        .select(["ref", "origin"])
        .executeTakeFirstOrThrow();
    expect(await org(supplierId)).toEqual({ ref: "P-S-00001", origin: "portal" });
    expect(await org(buyerId)).toEqual({ ref: "P-B-001", origin: "portal" });
    const req = await t.db
      .selectFrom("sourcingRequests")
      .where("ref", "=", "P-R-ABC234")
      .select("buyerOrgId")
      .executeTakeFirstOrThrow();
    expect(req.buyerOrgId).toBe(buyerId);
    // The city's refs stay, owned or not.
    expect(
      await t.db
        .selectFrom("organisations")
        .where("ref", "=", "SUP-0001")
        .selectAll()
        .executeTakeFirstOrThrow(),
    ).toEqual({ ...demoBefore, origin: "import", linkedAt: null });
    expect(
      Number(
        (
          await sql<{
            n: number;
          }>`SELECT count(*) AS n FROM organisations WHERE origin = 'import' AND ref NOT LIKE 'P-%'`.execute(
            t.db,
          )
        ).rows[0].n,
      ),
    ).toBe(demo.suppliers.length + demo.buyers!.length);
    // Refs everywhere they are stored: audit entries, search outbox (old removed, new added).
    const audit = await sql<{ n: number }>`SELECT count(*) AS n FROM audit_log
      WHERE entity_ref IN ('S-00001', 'B-001', 'R-ABC234') AND action <> 'ref.namespace'`.execute(t.db);
    expect(Number(audit.rows[0].n)).toBe(0);
    expect(await auditActionsOf(t.db, "P-S-00001")).toEqual([
      "register_organisation",
      "profile.update",
      "ref.namespace",
    ]);
    const outbox = await t.db
      .selectFrom("searchOutbox")
      .where("ref", "in", ["S-00001", "P-S-00001"])
      .where("doneAt", "is", null)
      .select(["ref", "op"])
      .orderBy("id")
      .execute();
    expect(outbox).toEqual([
      { ref: "P-S-00001", op: "upsert" },
      { ref: "S-00001", op: "delete" },
      { ref: "P-S-00001", op: "upsert" },
    ]);

    // The next portal registration continues the namespace; the city's demo list re-imports cleanly.
    const u = await newUser(t, "next@example.com");
    expect(
      await accounts.registerOrganisation(
        t.db,
        { id: u, email: "next@example.com" },
        {
          kind: "supplier",
          nameVi: "Tiếp",
          nameEn: null,
          taxCode: "0101001002",
        },
      ),
    ).toMatchObject({ ref: "P-S-00002" });
    const text = formatDirectory(await exportDirectory(t.db));
    const again = await importDirectory(t, text);
    expect(again.rejections).toEqual([]);
    expect(
      again.suppliers.created + again.suppliers.updated + again.buyers.updated + again.requests.updated,
    ).toBe(0);
    expect(formatDirectory(await exportDirectory(t.db))).toBe(text);
    const reseeded = await seedIfEmpty(t, { force: true });
    expect(reseeded.import).toMatchObject({ created: 0, updated: 0 });

    // Reversible: down() puts the refs back.
    await refMigration.down(t.db);
    const back = await sql<{
      ref: string;
    }>`SELECT ref FROM organisations WHERE id IN (${supplierId}, ${buyerId}) ORDER BY id`.execute(t.db);
    expect(back.rows.map((r) => r.ref)).toEqual(["S-00001", "B-001"]);
    await refMigration.up(t.db);
  }, 120_000);

  it("a crafted collision: the registered S-00001 moves, and the city's S-00001 is then imported beside it", async () => {
    const c = await freshDb();
    try {
      await refMigration.down(c.db);
      await oldRegistration(c, "S-00001", "supplier", "stranger2@example.com", "0109999998");
      await refMigration.up(c.db);
      const r = await importDirectory(c, cityFile(1));
      expect(r.rejections).toEqual([]);
      expect(r.suppliers.created).toBe(1);
      const rows = await c.db
        .selectFrom("organisations")
        .where("kind", "=", "supplier")
        .select(["ref", "nameEn", "origin"])
        .orderBy("ref")
        .execute();
      expect(rows).toEqual([
        { ref: "P-S-00001", nameEn: "Registered S-00001", origin: "portal" },
        { ref: "S-00001", nameEn: "Lac Hong Mechanical Co., Ltd", origin: "import" },
      ]);
      expect(await ownersOf(c, "P-S-00001")).toHaveLength(1);
      expect(await ownersOf(c, "S-00001")).toEqual([]);
    } finally {
      await c.close();
    }
  });
});
