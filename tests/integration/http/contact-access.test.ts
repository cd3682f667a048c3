import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditActionsOf, freshDb, storedValue } from "../../helpers/db";
import { startServer, type RunningServer } from "../../helpers/server";
import { Client, seedOrg, seedUser, loggedIn } from "../auth/client";
import { importDirectory } from "../../../app/services/import/run.server";
import type { Db } from "../../../db/connection";
import type { DirectoryFile } from "../../../app/modules/directory/types";
import { closeAll } from "../../helpers/teardown";

// Finding 6 of issue 10: a self-registered "buyer" with an unverified email and no organisation
// read the contacts of every supplier through /api/v1/suppliers/REF. Contacts are now for
// organisers and verified buyers (confirmed email, approved organisation), within a daily limit,
// and each view is recorded for the firm to see.

const sample = JSON.parse(
  fs.readFileSync(path.resolve(import.meta.dirname, "../../fixtures/directory-sample.json"), "utf8"),
) as DirectoryFile;
const suppliers = sample.suppliers.filter((s) => s.contact?.email).slice(0, 6);
const LIMIT = 3;
const VERIFIED = "2026-11-01T00:00:00.000Z";

let server: RunningServer;
let db: Db;
const orgIds: Record<string, number> = {};

const as = (email: string) => loggedIn(server.url, email);

async function apiContact(c: Client | null, ref: string) {
  const res = c
    ? await c.get(`/api/v1/suppliers/${ref}`)
    : await fetch(`${server.url}/api/v1/suppliers/${ref}`);
  expect(res.status).toBe(200);
  const body = (await res.json()) as { contact?: { email?: string } };
  return { contact: body.contact, hidden: res.headers.get("Contact-Hidden") };
}

beforeAll(async () => {
  const fresh = await freshDb();
  db = fresh.db;
  const r = await importDirectory(fresh, { format: "cnht-directory/1", suppliers, buyers: [], requests: [] });
  expect(r.rejections).toEqual([]);
  orgIds.approved = await seedOrg(db, { ref: "B-APPROVED", kind: "buyer" });
  orgIds.unapproved = await seedOrg(db, { ref: "B-WAITING", kind: "buyer" });
  await db
    .updateTable("organisations")
    .set({ verifiedAt: VERIFIED })
    .where("id", "=", orgIds.approved)
    .execute();
  const firm = await db
    .selectFrom("organisations")
    .where("ref", "=", suppliers[0].ref)
    .select("id")
    .executeTakeFirstOrThrow();
  const accounts: [string, "buyer" | "supplier" | "organiser", number | undefined, boolean][] = [
    ["unverified@example.com", "buyer", orgIds.approved, false],
    ["noorg@example.com", "buyer", undefined, true],
    ["unapproved@example.com", "buyer", orgIds.unapproved, true],
    ["approved@example.com", "buyer", orgIds.approved, true],
    ["organiser@example.com", "organiser", undefined, true],
    ["supplier@example.com", "supplier", firm.id, true],
  ];
  for (const [email, role, orgId, verified] of accounts) {
    const id = await seedUser(db, { email, role, orgId });
    if (verified)
      await db.updateTable("users").set({ emailVerifiedAt: VERIFIED }).where("id", "=", id).execute();
  }
  server = await startServer({ databasePath: fresh.file, env: { CONTACT_VIEWS_PER_DAY: String(LIMIT) } });
}, 120_000);

afterAll(() => closeAll(server, db));

describe("who sees suppliers' contacts", () => {
  it("only organisers and buyers with a confirmed email in an approved organisation (API)", async () => {
    const ref = suppliers[1].ref;
    const email = suppliers[1].contact!.email;
    expect(await apiContact(null, ref)).toEqual({ contact: undefined, hidden: "login" });
    const expected: [string, string | null][] = [
      ["unverified@example.com", "unverifiedEmail"],
      ["noorg@example.com", "noOrg"],
      ["unapproved@example.com", "unapprovedOrg"],
      ["supplier@example.com", "notBuyer"],
      ["approved@example.com", null],
      ["organiser@example.com", null],
    ];
    for (const [who, reason] of expected) {
      const got = await apiContact(await as(who), ref);
      expect({ who, hidden: got.hidden, email: got.contact?.email ?? null }).toEqual({
        who,
        hidden: reason,
        email: reason ? null : email,
      });
    }
  });

  it("says what is true on the profile page to a logged-in buyer who cannot see contacts", async () => {
    const ref = suppliers[1].ref;
    const html = await (await (await as("unapproved@example.com")).get(`/suppliers/${ref}`)).text();
    expect(html).not.toContain(suppliers[1].contact!.email!);
    expect(html).toContain("Contacts are shown to verified buyers");
    expect(html).toContain("waiting for the organisers");
    expect(html).not.toContain("Log in to see the contact");
    const anon = await (
      await fetch(`${server.url}/suppliers/${ref}`, { headers: { "Accept-Language": "en" } })
    ).text();
    expect(anon).toContain("Log in to see the contact");
    const mine = await (await (await as("approved@example.com")).get(`/suppliers/${ref}`)).text();
    expect(mine).toContain(suppliers[1].contact!.email!);
  });

  it("limits how many firms' contacts one account reads a day; looking again is free", async () => {
    const c = await as("approved@example.com");
    // suppliers[1] was read twice above (API and page): one firm so far.
    expect((await apiContact(c, suppliers[0].ref)).hidden).toBeNull();
    expect((await apiContact(c, suppliers[2].ref)).hidden).toBeNull();
    expect(await apiContact(c, suppliers[3].ref)).toEqual({ contact: undefined, hidden: "limit" });
    expect((await apiContact(c, suppliers[0].ref)).contact?.email).toBe(suppliers[0].contact!.email);
    const page = await (await c.get(`/suppliers/${suppliers[3].ref}`)).text();
    expect(page).toContain("as many firms as allowed");
    // Organisers have no limit.
    const o = await as("organiser@example.com");
    for (const s of suppliers) expect((await apiContact(o, s.ref)).contact?.email).toBe(s.contact!.email);
  });

  it("records each view so the firm sees who looked, on its own /my page only", async () => {
    const views = await db
      .selectFrom("contactViews as v")
      .innerJoin("users as u", "u.id", "v.viewerUserId")
      .innerJoin("organisations as o", "o.id", "v.orgId")
      .select(["u.email", "o.ref", "v.via"])
      .orderBy("v.id")
      .execute();
    // Organisers' reads and refused reads are not views; the firm's own people are not counted.
    expect(views.every((v) => v.email === "approved@example.com")).toBe(true);
    expect(views.filter((v) => v.ref === suppliers[1].ref).map((v) => v.via)).toEqual(["api", "page"]);
    const s = await as("supplier@example.com");
    const my = await (await s.get("/my")).text();
    expect(my).toContain("Who looked at your contact details");
    const firm0Views = views.filter((v) => v.ref === suppliers[0].ref).length;
    expect(firm0Views).toBeGreaterThan(0);
    expect(my).toContain("approved"); // the viewer's name (seeded from the address)
    expect(my).toContain("Company B-APPROVED");
    // In Vietnamese for an account that chose it (applied at login).
    await db.updateTable("users").set({ locale: "vi" }).where("email", "=", "supplier@example.com").execute();
    const vi = await (await (await as("supplier@example.com")).get("/my")).text();
    expect(vi).toContain("Ai đã xem thông tin liên hệ");
  });
});

describe("buyer approval and email confirmation", () => {
  it("an organiser approves a buyer organisation on /admin/firms/REF (audited); its verified members then see contacts", async () => {
    const o = await as("organiser@example.com");
    const res = await o.post("/admin/firms/B-WAITING", { intent: "verify" });
    expect(res.status).toBe(302);
    expect((await auditActionsOf(db, "B-WAITING")).filter((a) => a === "verify")).toHaveLength(1);
    const got = await apiContact(await as("unapproved@example.com"), suppliers[5].ref);
    expect(got.contact?.email).toBe(suppliers[5].contact!.email);
    // A buyer cannot approve anyone.
    expect(
      (await (await as("approved@example.com")).post("/admin/firms/B-WAITING", { intent: "unverify" }))
        .status,
    ).toBe(403);
  });

  it("a buyer confirms their email through the mailed single-use link (a POST), then sees contacts", async () => {
    const c = await as("unverified@example.com");
    expect((await c.post("/my/email", {})).status).toBe(302);
    const body = await storedValue(
      db,
      "mailOutbox",
      { toAddress: "unverified@example.com", kind: "email_verification" },
      "body",
    );
    const link = /https?:\/\/\S+\/verify-email\/(\S+)/.exec(body)!;
    const pathOnly = `/verify-email/${link[1]}`;
    // Opening the link (a mail scanner would) confirms nothing.
    expect((await fetch(`${server.url}${pathOnly}`)).status).toBe(200);
    expect((await apiContact(c, suppliers[5].ref)).hidden).toBe("unverifiedEmail");
    expect((await c.post(pathOnly, {})).status).toBe(302);
    expect((await apiContact(c, suppliers[5].ref)).contact?.email).toBe(suppliers[5].contact!.email);
    // Single use.
    expect((await c.post(pathOnly, {})).status).toBe(410);
  });
});
