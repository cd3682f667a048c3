import { beforeAll, describe, expect, it } from "vitest";
import { requestWithTerms } from "../../helpers/db";
import { serverSuite } from "../../helpers/server-suite";
import { seedOrg, seedUser, loggedIn } from "../auth/client";
import type { Db } from "../../../db/connection";

// Whose "not relevant" verdict it is (decision 703): a buyer and an organiser each give their own
// on the same supplier of the same request, over HTTP with real logins. Neither overwrites the
// other; each side's page hides only its own; the report counts the buyer's and shows the
// organisers' apart; a supplier or another buyer still cannot give one.

async function org(db: Db, kind: "supplier" | "buyer", ref: string) {
  const id = await seedOrg(db, { ref, kind });
  if (kind === "supplier")
    await db
      .insertInto("capabilityTerms")
      .values({ orgId: id, kind: "process", text: "ép nhựa", conceptId: "injection-moulding" })
      .execute();
  return id;
}

const suite = serverSuite(async (db) => {
  const buyer = await org(db, "buyer", "B-1");
  const other = await org(db, "buyer", "B-2");
  const supplier = await org(db, "supplier", "S-X");
  await org(db, "supplier", "S-Y");
  await requestWithTerms(
    db,
    { ref: "R-1", buyerOrgId: buyer, titleEn: "Plastic housings", titleVi: "Vỏ nhựa" },
    [{ kind: "process", text: "injection moulding", conceptId: "injection-moulding" }],
  );
  await seedUser(db, { email: "buyer@example.com", role: "buyer", orgId: buyer });
  await seedUser(db, { email: "other@example.com", role: "buyer", orgId: other });
  await seedUser(db, {
    email: "supplier@example.com",
    role: "supplier",
    orgId: supplier,
  });
  await seedUser(db, { email: "organiser@example.com", role: "organiser" });
});
const login = (email: string) => loggedIn(suite.url, email);
/** Puts the organiser's verdict back as beforeAll gave it, after a test changed it. */
const organiserVerdictAgain = async () =>
  (await login("organiser@example.com")).post("/my/requests/R-1", {
    intent: "dismiss",
    supplier: "S-X",
    reason: "wrong_process",
    note: "checked at the fair",
  });
const verdicts = () =>
  suite.db.selectFrom("matchDismissals").select(["givenBy", "reason", "note"]).orderBy("givenBy").execute();
/** The supplier refs listed as matches (the ranked list, before the "removed" section). */
const listed = (html: string) =>
  [...html.split('id="dismissed-heading"')[0]!.matchAll(/href="\/suppliers\/(S-[A-Z])"/g)].map((m) => m[1]);

beforeAll(async () => {
  const buyer = await login("buyer@example.com");
  const organiser = await login("organiser@example.com");
  const post = (c: typeof buyer, reason: string, note: string) =>
    c.post("/my/requests/R-1", { intent: "dismiss", supplier: "S-X", reason, note });
  expect((await post(buyer, "missing_certificate", "no ISO 9001")).status).toBe(302);
  // The organiser's verdict on the same pair, then the buyer's again: before decision 703 each
  // replaced the other's reason and note.
  expect((await post(organiser, "wrong_process", "checked at the fair")).status).toBe(302);
});

describe("one verdict per side", () => {
  it("keeps the buyer's and the organiser's verdicts both", async () => {
    expect(await verdicts()).toEqual([
      { givenBy: "buyer", reason: "missing_certificate", note: "no ISO 9001" },
      { givenBy: "organiser", reason: "wrong_process", note: "checked at the fair" },
    ]);
  });

  it("a side's second verdict replaces only its own", async () => {
    const organiser = await login("organiser@example.com");
    expect(
      (
        await organiser.post("/my/requests/R-1", {
          intent: "dismiss",
          supplier: "S-X",
          reason: "price",
          note: "",
        })
      ).status,
    ).toBe(302);
    expect(await verdicts()).toEqual([
      { givenBy: "buyer", reason: "missing_certificate", note: "no ISO 9001" },
      { givenBy: "organiser", reason: "price", note: null },
    ]);
    await organiserVerdictAgain();
  });

  it("the buyer's page hides the buyer's verdict and shows the organisers' as a note", async () => {
    const html = await (await login("buyer@example.com")).get("/my/requests/R-1").then((r) => r.text());
    expect(listed(html)).toEqual(["S-Y"]);
    expect(html).toContain("Removed (1)");
    expect(html).toContain('data-other-verdict="organiser"');
    expect(html).toContain("Organisers: not relevant — Wrong process");
  });

  it("the organiser's view hides the organiser's verdict and shows the buyer's as a note", async () => {
    const html = await (await login("organiser@example.com")).get("/my/requests/R-1").then((r) => r.text());
    expect(listed(html)).toEqual(["S-Y"]);
    expect(html).toContain("Buyer: not relevant — Missing certificate");
  });

  it("the report counts the buyer's verdict and shows the organisers' in their own column", async () => {
    const organiser = await login("organiser@example.com");
    const html = await (await organiser.get("/admin/matching")).text();
    expect(html).toContain("1 “not relevant” verdicts");
    expect(html).toContain("Given by organisers (not in the count)");
    // reason, count, %, organisers
    expect(html).toMatch(
      /data-reason="missing_certificate"><td[^>]*>Missing certificate<\/td><td[^>]*>1<\/td><td[^>]*>100<\/td><td[^>]*>0<\/td>/,
    );
    expect(html).toMatch(
      /data-reason="wrong_process"><td[^>]*>Wrong process<\/td><td[^>]*>0<\/td><td[^>]*>0<\/td><td[^>]*>1<\/td>/,
    );
    const csv = await (await organiser.get("/admin/matching.csv")).text();
    const lines = csv.trim().split(/\r?\n/);
    expect(lines[0]).toMatch(/,Given by$/);
    expect(
      lines
        .slice(1)
        .map((l) => l.split(",").at(-1))
        .sort(),
    ).toEqual(["Buyer", "Organisers"]);
  });

  it("restoring takes back only the restorer's side", async () => {
    const organiser = await login("organiser@example.com");
    expect((await organiser.post("/my/requests/R-1", { intent: "restore", supplier: "S-X" })).status).toBe(
      302,
    );
    expect(await verdicts()).toEqual([
      { givenBy: "buyer", reason: "missing_certificate", note: "no ISO 9001" },
    ]);
    await organiserVerdictAgain();
  });

  it("a supplier or another buyer still cannot give a verdict on the request", async () => {
    for (const [email, status] of [
      ["supplier@example.com", 403],
      ["other@example.com", 404],
    ] as const) {
      const c = await login(email);
      const res = await c.post("/my/requests/R-1", { intent: "dismiss", supplier: "S-Y", reason: "price" });
      expect(res.status).toBe(status);
      const restore = await c.post("/my/requests/R-1", { intent: "restore", supplier: "S-X" });
      expect(restore.status).toBe(status);
    }
    expect(await verdicts()).toHaveLength(2);
  });
});
