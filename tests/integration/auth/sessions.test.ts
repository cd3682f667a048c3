import { describe, expect, it } from "vitest";
import { storedValue } from "../../helpers/db";
import { serverSuite } from "../../helpers/server-suite";
import { Client, PASSWORD, seedOrg, seedUser } from "./client";
import {
  createSession,
  endUserSessions,
  listSessions,
  resolveSession,
  rotateSession,
} from "../../../app/services/auth/sessions.server";
import {
  SESSION_ABSOLUTE_MS,
  SESSION_IDLE_MS,
  describeDevice,
  elapsed,
} from "../../../app/modules/auth/session-policy";
import { hashSecret } from "../../../app/modules/auth/tokens";
import { setUserStatus } from "../../../db/queries/users";

// Sessions as rows (ADR 021): the service against a real SQLite file with the clock passed in
// (no sleeping), then the started server over real HTTP.
const client = () => new Client(t.url);
const DAY = 24 * 60 * 60 * 1000;
const FIREFOX_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";
const SAFARI_IPHONE =
  "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";

const t = serverSuite(async (db) => {
  await seedOrg(db, { ref: "S-00001", kind: "supplier", taxCode: "0100000001" });
});

describe("session lifetime (service, injected clock)", () => {
  it("ends a session left idle for the idle timeout, and deletes its row", async () => {
    const id = await seedUser(t.db, { email: "idle@example.com", role: "buyer" });
    const t0 = Date.parse("2027-03-01T08:00:00Z");
    const s = await createSession(t.db, id, { userAgent: FIREFOX_WINDOWS, ip: "10.0.0.1" }, t0);
    // Used just before the idle limit: still alive, and the use counts as activity.
    const t1 = t0 + SESSION_IDLE_MS - 60_000;
    expect((await resolveSession(t.db, s.secret, t1))?.id).toBe(id);
    expect((await resolveSession(t.db, s.secret, t1 + SESSION_IDLE_MS - 60_000))?.id).toBe(id);
    // Then left alone for the idle limit: gone.
    const t2 = t1 + SESSION_IDLE_MS - 60_000 + SESSION_IDLE_MS;
    expect(await resolveSession(t.db, s.secret, t2)).toBeNull();
    expect(await t.db.selectFrom("sessions").where("id", "=", s.id).select("id").execute()).toEqual([]);
  });

  it("ends even a busy session at the absolute timeout", async () => {
    const id = await seedUser(t.db, { email: "busy@example.com", role: "buyer" });
    const t0 = Date.parse("2027-03-01T08:00:00Z");
    const s = await createSession(t.db, id, { userAgent: null, ip: null }, t0);
    // Used every day: never idle.
    for (let now = t0 + DAY; now < t0 + SESSION_ABSOLUTE_MS; now += DAY)
      expect((await resolveSession(t.db, s.secret, now))?.id).toBe(id);
    expect(await resolveSession(t.db, s.secret, t0 + SESSION_ABSOLUTE_MS)).toBeNull();
  });

  it("rotation gives the same session a new id and kills the old one; suspension ends all", async () => {
    const id = await seedUser(t.db, { email: "rotate@example.com", role: "supplier" });
    const a = await createSession(t.db, id, { userAgent: null, ip: null });
    const b = await createSession(t.db, id, { userAgent: null, ip: null });
    const fresh = (await rotateSession(t.db, a.id))!;
    expect(fresh).not.toBe(a.secret);
    expect(await resolveSession(t.db, a.secret)).toBeNull();
    expect((await resolveSession(t.db, fresh))?.sessionId).toBe(a.id);
    // Only the hash is stored.
    const row = await t.db
      .selectFrom("sessions")
      .where("id", "=", a.id)
      .select("tokenHash")
      .executeTakeFirstOrThrow();
    expect(row.tokenHash).toBe(hashSecret(fresh));
    await setUserStatus(t.db, id, "suspended");
    expect(await resolveSession(t.db, fresh)).toBeNull();
    expect(await resolveSession(t.db, b.secret)).toBeNull();
    expect(await listSessions(t.db, id)).toEqual([]);
    expect(await endUserSessions(t.db, id)).toBe(0);
  });

  it("names devices and elapsed time as people do", () => {
    expect(describeDevice(FIREFOX_WINDOWS)).toEqual({ browser: "Firefox", os: "Windows" });
    expect(describeDevice(SAFARI_IPHONE)).toEqual({ browser: "Safari", os: "iPhone" });
    expect(
      describeDevice(
        "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36",
      ),
    ).toEqual({ browser: "Chrome", os: "Android" });
    expect(
      describeDevice(
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36 Edg/131.0",
      ),
    ).toEqual({ browser: "Edge", os: "Windows" });
    expect(describeDevice(null)).toEqual({ browser: null, os: null });
    const now = Date.parse("2027-03-01T08:00:00Z");
    expect(elapsed(new Date(now - 30_000).toISOString(), now)).toEqual({ unit: "justNow", count: 0 });
    expect(elapsed(new Date(now - 5 * 60_000).toISOString(), now)).toEqual({ unit: "minutes", count: 5 });
    expect(elapsed(new Date(now - 3 * 3600_000).toISOString(), now)).toEqual({ unit: "hours", count: 3 });
    expect(elapsed(new Date(now - 2 * DAY).toISOString(), now)).toEqual({ unit: "days", count: 2 });
  });
});

describe("sessions over HTTP", () => {
  it("a copied cookie is dead after logout", async () => {
    await seedUser(t.db, { email: "copy@example.com", role: "supplier" });
    const browser = client();
    await browser.login("copy@example.com", PASSWORD);
    const thief = client();
    thief.copyFrom(browser);
    expect((await thief.get("/my")).status).toBe(200);
    expect((await browser.post("/logout", {})).status).toBe(302);
    expect((await browser.get("/my")).status).toBe(302);
    // The thief's copy carries the same id, and the row behind it is gone.
    const res = await thief.get("/my");
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toMatch(/^\/login\?/);
  });

  it("a login never keeps a session id the browser came with (no fixation)", async () => {
    await seedUser(t.db, { email: "attacker@example.com", role: "buyer" });
    await seedUser(t.db, { email: "victim2@example.com", role: "supplier" });
    // The attacker logs in and plants the cookie in the victim's browser.
    const attacker = client();
    await attacker.login("attacker@example.com", PASSWORD);
    const planted = attacker.cookie("__session")!;
    const victim = client();
    victim.copyFrom(attacker);
    await victim.login("victim2@example.com", PASSWORD);
    expect(victim.cookie("__session")).toBeTruthy();
    expect(victim.cookie("__session")).not.toBe(planted);
    // The planted id opens nothing, least of all the victim's account.
    const withPlanted = await fetch(`${t.url}/my/account`, {
      headers: { Cookie: `__session=${planted}`, "Accept-Language": "en" },
      redirect: "manual",
    });
    expect(withPlanted.status).toBe(302);
    expect(await (await victim.get("/my/account")).text()).toContain("victim2@example.com");
    // Two logins of the same user never share an id either.
    const other = client();
    await other.login("victim2@example.com", PASSWORD);
    expect(other.cookie("__session")).not.toBe(victim.cookie("__session"));
  });

  it("registering an organisation rotates the session id", async () => {
    await seedUser(t.db, { email: "founder@example.com", role: "supplier" });
    const c = client();
    await c.login("founder@example.com", PASSWORD);
    const before = c.cookie("__session")!;
    const res = await c.post("/my/organisation", {
      intent: "supplier",
      nameVi: "Công ty Cơ khí Thử nghiệm",
      taxCode: "0109999999",
    });
    expect(res.status).toBe(302);
    expect(c.cookie("__session")).not.toBe(before);
    expect((await c.get("/my/profile")).status).toBe(200);
    const stale = await fetch(`${t.url}/my`, {
      headers: { Cookie: `__session=${before}` },
      redirect: "manual",
    });
    expect(stale.status).toBe(302);
  });

  it("an idle or expired session row sends the browser to the login page", async () => {
    const id = await seedUser(t.db, { email: "away@example.com", role: "buyer" });
    const c = client();
    await c.login("away@example.com", PASSWORD);
    expect((await c.get("/my")).status).toBe(200);
    // The clock of this server cannot be moved; the row's times can.
    await t.db
      .updateTable("sessions")
      .set({ lastSeenAt: new Date(Date.now() - SESSION_IDLE_MS - 60_000).toISOString() })
      .where("userId", "=", id)
      .execute();
    expect((await c.get("/my")).status).toBe(302);
    await c.login("away@example.com", PASSWORD);
    await t.db
      .updateTable("sessions")
      .set({ expiresAt: new Date(Date.now() - 1000).toISOString() })
      .where("userId", "=", id)
      .execute();
    expect((await c.get("/my")).status).toBe(302);
  });

  it("/my/account lists the sessions and revokes one, or all others", async () => {
    const id = await seedUser(t.db, { email: "devices@example.com", role: "buyer" });
    const stranger = await seedUser(t.db, { email: "stranger@example.com", role: "buyer" });
    const laptop = client();
    const phone = client();
    const tablet = client();
    await laptop.request("/login", {
      form: { email: "devices@example.com", password: PASSWORD },
      headers: { "User-Agent": FIREFOX_WINDOWS },
    });
    await phone.request("/login", {
      form: { email: "devices@example.com", password: PASSWORD },
      headers: { "User-Agent": SAFARI_IPHONE },
    });
    await tablet.login("devices@example.com", PASSWORD);
    const strangers = client();
    await strangers.login("stranger@example.com", PASSWORD);

    const page = await (
      await laptop.request("/my/account", { headers: { "User-Agent": FIREFOX_WINDOWS } })
    ).text();
    expect(page).toContain("Firefox on Windows");
    expect(page).toContain("Safari on iPhone");
    expect(page).toContain("This device");
    expect(page).toMatch(/Active now|Active just now/);
    const sessions = await t.db
      .selectFrom("sessions")
      .where("userId", "=", id)
      .select(["id", "userAgent"])
      .execute();
    expect(sessions).toHaveLength(3);
    const phoneId = sessions.find((s) => s.userAgent === SAFARI_IPHONE)!.id;

    // Somebody else's session id is not ours to end.
    const theirs = await storedValue(t.db, "sessions", { userId: stranger }, "id");
    expect((await laptop.post("/my/account", { intent: "revoke", sessionId: String(theirs) })).status).toBe(
      302,
    );
    expect((await strangers.get("/my")).status).toBe(200);

    expect((await laptop.post("/my/account", { intent: "revoke", sessionId: String(phoneId) })).status).toBe(
      302,
    );
    expect((await phone.get("/my")).status).toBe(302);
    expect((await tablet.get("/my")).status).toBe(200);
    expect((await laptop.get("/my")).status).toBe(200);

    expect((await laptop.post("/my/account", { intent: "revokeOthers" })).status).toBe(302);
    expect((await tablet.get("/my")).status).toBe(302);
    expect((await laptop.get("/my")).status).toBe(200);
    const after = await (await laptop.get("/my/account")).text();
    expect(after).not.toContain("Safari on iPhone");
    expect(
      await t.db
        .selectFrom("auditLog")
        .where("action", "in", ["session_revoke", "session_revoke_others"])
        .select("action")
        .execute(),
    ).toEqual([{ action: "session_revoke" }, { action: "session_revoke_others" }]);
  });

  it("a password change ends the other sessions and gives this one a new id", async () => {
    await seedUser(t.db, { email: "changer@example.com", role: "buyer" });
    const laptop = client();
    const phone = client();
    await laptop.login("changer@example.com", PASSWORD);
    await phone.login("changer@example.com", PASSWORD);
    const before = laptop.cookie("__session");
    const res = await laptop.changePassword(PASSWORD, "sông Hồng chảy qua cầu Long Biên");
    expect(res.status).toBe(302);
    expect(laptop.cookie("__session")).not.toBe(before);
    expect((await laptop.get("/my")).status).toBe(200);
    expect((await phone.get("/my")).status).toBe(302);
  });
});
