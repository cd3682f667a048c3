import { beforeAll, describe, expect, it } from "vitest";
import { storedRows, storedValue, insertedId } from "../helpers/db";
import { serverSuite } from "../helpers/server-suite";
import { Client, PASSWORD, seedOrg, seedUser } from "./auth/client";

// Who gets what on the account and console routes: anonymous, supplier of firm A, supplier of
// firm B, a buyer, an organiser. Firm B must never read or change firm A's private data — by
// URL or by forged form fields.
type Who = "anon" | "supplierA" | "supplierB" | "buyer" | "organiser";
const WHO: Who[] = ["anon", "supplierA", "supplierB", "buyer", "organiser"];

const as: Partial<Record<Who | "memberA" | "buyerB", Client>> = {};
let orgA = 0;
let memberA = 0;
let shortlistId = 0;
let threadId = 0;

const t = serverSuite(async (db) => {
  orgA = await seedOrg(db, { ref: "S-A", kind: "supplier", taxCode: "0100000001" });
  const orgB = await seedOrg(db, { ref: "S-B", kind: "supplier", taxCode: "0100000002" });
  const buyer = await seedOrg(db, { ref: "B-001", kind: "buyer" });
  await seedUser(db, { email: "a@example.com", role: "supplier", orgId: orgA });
  memberA = await seedUser(db, { email: "a2@example.com", role: "supplier", orgId: orgA, owner: false });
  await seedUser(db, { email: "b@example.com", role: "supplier", orgId: orgB });
  await seedUser(db, { email: "buyer@example.com", role: "buyer", orgId: buyer });
  // Another buyer: R-MINE is not theirs, and must look to them as a ref that does not exist.
  const buyerB = await seedOrg(db, { ref: "B-002", kind: "buyer" });
  await seedUser(db, { email: "buyer2@example.com", role: "buyer", orgId: buyerB });
  await seedUser(db, { email: "org@example.com", role: "organiser" });
  // Issue 12: a sourcing request of the buyer, whose ranked suppliers it may download.
  await db
    .insertInto("sourcingRequests")
    .values({ ref: "R-MINE", buyerOrgId: buyer, titleEn: "Brackets" })
    .execute();
  // Engagement (issue 14): the buyer's shortlist, and a thread between the buyer and firm A.
  shortlistId = await insertedId(db, "shortlists", { orgId: buyer, name: "Mine" });
  threadId = await insertedId(db, "messageThreads", {
    buyerOrgId: buyer,
    supplierOrgId: orgA,
    subject: "Hello",
  });
});

beforeAll(async () => {
  const logins: Record<Exclude<Who, "anon"> | "memberA" | "buyerB", string> = {
    supplierA: "a@example.com",
    memberA: "a2@example.com",
    supplierB: "b@example.com",
    buyer: "buyer@example.com",
    buyerB: "buyer2@example.com",
    organiser: "org@example.com",
  };
  as.anon = new Client(t.url);
  await Promise.all(
    Object.entries(logins).map(async ([who, email]) => {
      const c = new Client(t.url);
      await c.login(email, PASSWORD);
      as[who as Who] = c;
    }),
  );
});

const staffOnly = { anon: 302, supplierA: 403, supplierB: 403, buyer: 403, organiser: 200 };
const anyUser = { anon: 302, supplierA: 200, supplierB: 200, buyer: 200, organiser: 200 };
const pages: [string, Record<Who, number>][] = [
  ["/my", anyUser],
  ["/my/account", anyUser],
  ["/my/organisation", anyUser],
  ["/admin", staffOnly],
  ["/admin/firms/S-A", staffOnly],
  ["/admin/users", staffOnly],
  ["/admin/audit", staffOnly],
  ["/admin/tokens", staffOnly],
  ["/admin/mail", staffOnly],
  // Engagement (issue 14). Firm pages need a firm: organisers (no firm) are refused.
  ["/admin/messages", staffOnly],
  ["/my/notifications", anyUser],
  ["/my/events", { anon: 302, supplierA: 200, supplierB: 200, buyer: 200, organiser: 403 }],
  ["/my/messages", { anon: 302, supplierA: 200, supplierB: 200, buyer: 200, organiser: 403 }],
  ["/my/shortlists", { anon: 302, supplierA: 403, supplierB: 403, buyer: 200, organiser: 403 }],
  // A form's page only: it posts and is sent back to /my.
  ["/my/meeting-requests", { anon: 302, supplierA: 302, supplierB: 302, buyer: 302, organiser: 302 }],
  // Lists in and out (issue 12): the console's import pages and every /admin/export/* file.
  ["/admin/import", staffOnly],
  ["/admin/import/conflicts", staffOnly],
  ["/admin/export/requests.xlsx", staffOnly],
  ["/admin/export/requests.csv", staffOnly],
  // An unknown export is a 404 only for whoever may see the console at all.
  ["/admin/export/suppliers.xlsx", { ...staffOnly, organiser: 404 }],
  ["/admin/export/requests.json", { ...staffOnly, organiser: 404 }],
  ["/admin/matching.csv", staffOnly],
  // A sourcing request (issue 15 review): its page is its buyer's and the organisers', its edit
  // page its buyer's only; firms that are not buyers are refused whatever the ref.
  ["/my/requests/R-MINE", { anon: 302, supplierA: 403, supplierB: 403, buyer: 200, organiser: 200 }],
  ["/my/requests/R-MINE/edit", { anon: 302, supplierA: 403, supplierB: 403, buyer: 200, organiser: 403 }],
];

// Paths with ids made in beforeAll, so listed as functions.
const ownedPages: [string, () => string, Record<Who, number>][] = [
  [
    "a shortlist's CSV is the buyer's own",
    () => `/my/shortlists/${shortlistId}.csv`,
    { anon: 302, supplierA: 403, supplierB: 403, buyer: 200, organiser: 403 },
  ],
  [
    "a request's ranked suppliers (xlsx) are its buyer's and the organisers'",
    () => "/my/requests/R-MINE/suppliers.xlsx",
    { anon: 302, supplierA: 403, supplierB: 403, buyer: 200, organiser: 200 },
  ],
  [
    "a request's ranked suppliers (csv) are its buyer's and the organisers'",
    () => "/my/requests/R-MINE/suppliers.csv",
    { anon: 302, supplierA: 403, supplierB: 403, buyer: 200, organiser: 200 },
  ],
  [
    "a thread is read only by its two firms",
    () => `/my/messages/${threadId}`,
    { anon: 302, supplierA: 200, supplierB: 404, buyer: 200, organiser: 403 },
  ],
];

describe("pages", () => {
  for (const [path, expected] of pages)
    it(`GET ${path}`, async () => {
      const got = Object.fromEntries(
        await Promise.all(WHO.map(async (w) => [w, (await as[w]!.get(path)).status] as const)),
      );
      expect(got).toEqual(expected);
    });

  for (const [name, path, expected] of ownedPages)
    it(name, async () => {
      const got = Object.fromEntries(
        await Promise.all(WHO.map(async (w) => [w, (await as[w]!.get(path())).status] as const)),
      );
      expect(got).toEqual(expected);
    });

  it("an anonymous visitor is sent to the login page and back", async () => {
    const res = await as.anon!.get("/admin/users?q=x");
    expect(res.headers.get("Location")).toBe("/login?redirectTo=%2Fadmin%2Fusers%3Fq%3Dx");
  });

  it("another buyer's request answers as an unknown ref does (404), on every page of it", async () => {
    const paths = (ref: string) => [
      `/my/requests/${ref}`,
      `/my/requests/${ref}/edit`,
      `/my/requests/${ref}/suppliers.csv`,
      `/my/requests/${ref}/suppliers.xlsx`,
    ];
    const statuses = (who: "buyer" | "buyerB", ref: string) =>
      Promise.all(paths(ref).map(async (p) => (await as[who]!.get(p)).status));
    expect(await statuses("buyerB", "R-MINE")).toEqual([404, 404, 404, 404]);
    expect(await statuses("buyer", "R-NONE")).toEqual([404, 404, 404, 404]);
  });

  it("an unknown firm is a 404 for organisers", async () => {
    expect((await as.organiser!.get("/admin/firms/NOPE")).status).toBe(404);
  });

  it("each member sees only their own organisation", async () => {
    const a = await (await as.supplierA!.get("/my/organisation")).text();
    const b = await (await as.supplierB!.get("/my/organisation")).text();
    expect(a).toContain("S-A");
    expect(a).toContain("a2@example.com");
    expect(b).toContain("S-B");
    expect(b).not.toContain("S-A");
    expect(b).not.toContain("a2@example.com");
  });
});

describe("writes", () => {
  const verifiedAt = () => storedValue(t.db, "organisations", { id: orgA }, "verifiedAt");

  it("only organisers verify a supplier (not even the supplier itself)", async () => {
    const got = Object.fromEntries(
      await Promise.all(
        WHO.filter((w) => w !== "organiser").map(
          async (w) => [w, (await as[w]!.post("/admin/firms/S-A", { intent: "verify" })).status] as const,
        ),
      ),
    );
    expect(got).toEqual({ anon: 302, supplierA: 403, supplierB: 403, buyer: 403 });
    expect(await verifiedAt()).toBeNull();
    expect((await as.organiser!.post("/admin/firms/S-A", { intent: "verify" })).status).toBe(302);
    expect(await verifiedAt()).not.toBeNull();
    expect(
      await t.db.selectFrom("auditLog").where("action", "=", "verify").select(["entityRef"]).execute(),
    ).toEqual([{ entityRef: "S-A" }]);
  });

  it("only organisers create tokens, suspend accounts or record recognitions", async () => {
    for (const w of ["supplierA", "buyer"] as const) {
      expect(
        (await as[w]!.post("/admin/tokens", { intent: "create", name: "x", role: "organiser" })).status,
      ).toBe(403);
      expect((await as[w]!.post("/admin/users", { intent: "suspend", userId: String(memberA) })).status).toBe(
        403,
      );
      expect(
        (
          await as[w]!.post("/admin/firms/S-A", {
            intent: "addRecognition",
            kind: "spcncl",
            product: "x",
            year: "2024",
          })
        ).status,
      ).toBe(403);
    }
    expect(await t.db.selectFrom("apiTokens").select("id").execute()).toEqual([]);
    expect(await t.db.selectFrom("programmeRecognitions").select("id").execute()).toEqual([]);
    const created = await as.organiser!.post("/admin/tokens", {
      intent: "create",
      name: "harness",
      role: "organiser",
    });
    expect(created.status).toBe(200);
    expect(await created.text()).toMatch(/cnht_[A-Za-z0-9_-]{40,}/);
  });

  it("another buyer cannot dismiss a supplier on, close or edit a request that is not theirs", async () => {
    const dismiss = { intent: "dismiss", supplier: "S-A", reason: "wrong_process" };
    expect((await as.buyerB!.post("/my/requests/R-MINE", dismiss)).status).toBe(404);
    const edit = { titleEn: "Taken over" };
    expect((await as.buyerB!.post("/my/requests/R-MINE/edit", edit)).status).toBe(404);
    const close = { intent: "close", ref: "R-MINE" };
    expect((await as.buyerB!.post("/my/requests/R-MINE/edit", close)).status).toBe(404);
    expect(await storedRows(t.db, "matchDismissals", {}, ["id"])).toEqual([]);
    expect(await storedRows(t.db, "sourcingRequests", { ref: "R-MINE" }, ["titleEn", "status"])).toEqual([
      { titleEn: "Brackets", status: "open" },
    ]);
  });

  it("firm B cannot remove firm A's member, even with a forged orgId", async () => {
    const res = await as.supplierB!.post("/my/organisation", {
      intent: "remove",
      memberId: String(memberA),
      orgId: String(orgA),
    });
    expect(res.status).toBe(302);
    expect(
      await t.db.selectFrom("memberships").where("userId", "=", memberA).select("orgId").executeTakeFirst(),
    ).toEqual({ orgId: orgA });
  });

  it("a forged orgId does not make an invite for another firm", async () => {
    const res = await as.supplierB!.post("/my/organisation", { intent: "invite", orgId: String(orgA) });
    expect(res.status).toBe(200);
    const invites = await t.db.selectFrom("invites").select("orgId").execute();
    expect(invites).toHaveLength(1);
    expect(invites[0].orgId).not.toBe(orgA);
  });

  it("a plain member cannot manage members; a member cannot register a second firm", async () => {
    expect((await as.memberA!.post("/my/organisation", { intent: "invite" })).status).toBe(403);
    const again = await as.supplierA!.post("/my/organisation", {
      intent: "supplier",
      nameVi: "Khác",
      taxCode: "0100000099",
    });
    expect(again.status).toBe(302);
    expect(await storedRows(t.db, "organisations", { taxCode: "0100000099" }, ["id"])).toEqual([]);
  });

  it("the owner removes their own member", async () => {
    expect(
      (await as.supplierA!.post("/my/organisation", { intent: "remove", memberId: String(memberA) })).status,
    ).toBe(302);
    expect(
      await t.db.selectFrom("memberships").where("userId", "=", memberA).select("orgId").executeTakeFirst(),
    ).toBeUndefined();
    // Immediately: the removed member no longer acts for the firm.
    expect(await (await as.memberA!.get("/my/organisation")).text()).not.toContain("S-A");
  });
});
