import { describe, expect, it } from "vitest";
import { runCli } from "../../helpers/cli";
import { serverSuite } from "../../helpers/server-suite";
import { Client, PASSWORD, seedOrg, seedUser } from "./client";
import { createApiToken } from "../../../app/services/auth/api-tokens.server";
import { TOKEN_DEFAULT_DAYS } from "../../../app/modules/auth/tokens";
import { hashSecret } from "../../../app/modules/auth/tokens";
import { setUserStatus } from "../../../db/queries/users";

// Finding: API tokens never expired and survived the suspension of their organisation.
// Tokens now expire, and die with a suspended organisation or creator — over real HTTP, in the
// API's JSON error shape with an RFC 6750 challenge.
let buyerOrg: number;
let organiserId: number;
const DAY = 24 * 60 * 60 * 1000;

const t = serverSuite(async (db) => {
  buyerOrg = await seedOrg(db, { ref: "B-TOKEN", kind: "buyer" });
  organiserId = await seedUser(db, { email: "org@example.com", role: "organiser" });
});

const agenda = (token?: string) =>
  fetch(`${t.url}/api/v1/me/agenda`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });

async function token(opts: { days?: number; createdAt?: number; createdBy?: number; org?: boolean }) {
  const r = await createApiToken(
    t.db,
    {
      name: "integration",
      role: opts.org ? "buyer" : "organiser",
      orgRef: opts.org ? "B-TOKEN" : null,
      days: opts.days,
      createdBy: opts.createdBy ?? null,
    },
    "cli",
    opts.createdAt,
  );
  if (!r.ok) throw new Error(r.error);
  return r.token;
}

async function refused(res: Response, code: string) {
  expect(res.status).toBe(401);
  expect(res.headers.get("Content-Type")).toMatch(/application\/json/);
  expect(res.headers.get("WWW-Authenticate")).toMatch(/^Bearer realm="CNHT"/);
  expect((await res.json()).error).toMatchObject({ code, message: expect.any(String) });
}

describe("API token expiry and suspension", () => {
  it("a token works until its expiry, then is refused with token_expired", async () => {
    const fresh = await token({ days: 30 });
    expect((await agenda(fresh)).status).toBe(200);
    const old = await token({ days: 30, createdAt: Date.now() - 31 * DAY });
    const res = await agenda(old);
    expect(res.headers.get("WWW-Authenticate")).toContain('error="invalid_token"');
    await refused(res, "token_expired");
    // Without a choice, 90 days.
    const plain = await token({});
    const row = await t.db
      .selectFrom("apiTokens")
      .where("tokenHash", "=", hashSecret(plain))
      .select("expiresAt")
      .executeTakeFirstOrThrow();
    expect(Math.round((Date.parse(row.expiresAt!) - Date.now()) / DAY)).toBe(TOKEN_DEFAULT_DAYS);
  });

  it("a token dies with its organisation's suspension, and comes back with it", async () => {
    const k = await token({ org: true });
    expect((await agenda(k)).status).toBe(200);
    await t.db.updateTable("organisations").set({ status: "suspended" }).where("id", "=", buyerOrg).execute();
    await refused(await agenda(k), "token_suspended");
    await t.db.updateTable("organisations").set({ status: "active" }).where("id", "=", buyerOrg).execute();
    expect((await agenda(k)).status).toBe(200);
  });

  it("a token dies with the suspension of the account that created it", async () => {
    const creator = await seedUser(t.db, { email: "creator@example.com", role: "organiser" });
    const k = await token({ createdBy: creator });
    expect((await agenda(k)).status).toBe(200);
    await setUserStatus(t.db, creator, "suspended");
    await refused(await agenda(k), "token_suspended");
  });

  it("unknown tokens and missing credentials get the same JSON shape and a challenge", async () => {
    await refused(await agenda("cnht_not-a-real-token"), "invalid_token");
    await refused(await agenda(), "unauthorized");
  });

  it("a row written without an expiry (a script, another code path) still gets 90 days", async () => {
    const { id } = await t.db
      .insertInto("apiTokens")
      .values({ name: "raw", role: "organiser", orgId: null, tokenHash: "e".repeat(64), prefix: "cnht_raw" })
      .returning("id")
      .executeTakeFirstOrThrow();
    const row = await t.db
      .selectFrom("apiTokens")
      .where("id", "=", id)
      .select("expiresAt")
      .executeTakeFirstOrThrow();
    expect(Math.round((Date.parse(row.expiresAt!) - Date.now()) / DAY)).toBe(90);
  });
});

describe("choosing the lifetime", () => {
  /** The token page's create form, for an organiser token lasting `days`. */
  const createOrganiserToken = (c: Client, name: string, days: string) =>
    c.post("/admin/tokens", { intent: "create", name, role: "organiser", days });

  it("/admin/tokens takes a number of days, shows the expiry, and refuses a bad one", async () => {
    const org = new Client(t.url);
    await org.login("org@example.com", PASSWORD);
    const bad = await createOrganiserToken(org, "bad", "0");
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("Enter a number of days from 1 to 365");
    const made = await createOrganiserToken(org, "weekly", "7");
    expect(made.status).toBe(200);
    const html = await made.text();
    const expected = new Date(Date.now() + 7 * DAY);
    expect(html).toContain("This token expires on");
    expect(html).toContain(String(expected.getUTCFullYear()));
    const row = await t.db
      .selectFrom("apiTokens")
      .where("name", "=", "weekly")
      .select(["expiresAt", "createdBy"])
      .executeTakeFirstOrThrow();
    expect(Math.round((Date.parse(row.expiresAt!) - Date.now()) / DAY)).toBe(7);
    expect(row.createdBy).toBe(organiserId);
    const list = await (await org.get("/admin/tokens")).text();
    expect(list).toContain("Expires");
    expect(list).toMatch(/Expired \d/); // the token made 31 days ago
  });

  it("cli token create --days N", async () => {
    const token = (days: string) =>
      runCli(t.fresh.file, ["token", "create", "--role", "organiser", "--name", "cli", "--days", days]);
    const made = await token("14");
    expect(made.code, made.stderr).toBe(0);
    const { stdout, stderr } = made;
    const secret = stdout.trim();
    expect(secret).toMatch(/^cnht_/);
    expect(stderr).toMatch(/Expires \d{4}-\d{2}-\d{2} \(14 days\)/);
    const row = await t.db
      .selectFrom("apiTokens")
      .where("tokenHash", "=", hashSecret(secret))
      .select("expiresAt")
      .executeTakeFirstOrThrow();
    expect(Math.round((Date.parse(row.expiresAt!) - Date.now()) / DAY)).toBe(14);
    // Over the longest allowed lifetime: a usage error (exit 2).
    expect((await token("400")).code).toBe(2);
  });
});
