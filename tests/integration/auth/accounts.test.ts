import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { freshDb, storedRows, storedValue } from "../../helpers/db";
import type { OpenDb } from "../../../db/connection";
import * as accounts from "../../../app/services/auth/accounts.server";
import { LoginLimiter } from "../../../app/modules/auth/login-limiter";
import { createDemoAccounts } from "../../../app/services/auth/demo.server";
import { createApiToken } from "../../../app/services/auth/api-tokens.server";
import { hashSecret } from "../../../app/modules/auth/tokens";
import { createSession, resolveSession } from "../../../app/services/auth/sessions.server";
import { seedOrg } from "./client";
import { findActiveToken, revokeApiToken } from "../../../db/queries/tokens";
import { LOGIN_PER_ACCOUNT_IP, LOGIN_PER_IP } from "../../../app/modules/auth/rate-limits";

// The account flows against a real migrated SQLite file (no HTTP): enumeration, lock-out,
// single-use links, organisations and tokens.
let t: OpenDb;
const BASE = "http://portal.test";
const pw = "a long enough passphrase";

async function user(email: string, accountType: "supplier" | "buyer" = "supplier") {
  const r = await accounts.register(
    t.db,
    { email, password: pw, name: email, locale: "vi", accountType },
    BASE,
  );
  if ("weak" in r) throw new Error(`weak password: ${r.weak}`);
  return r.created!;
}

beforeAll(async () => {
  t = await freshDb();
});
afterAll(() => t?.close());

describe("login", () => {
  it("answers the same for an unknown email and a wrong password", async () => {
    await user("same@example.com");
    const limiter = new LoginLimiter();
    const unknown = await accounts.login(t.db, limiter, {
      email: "nobody@example.com",
      password: pw,
      ip: "10.0.0.1",
    });
    const wrong = await accounts.login(t.db, limiter, {
      email: "same@example.com",
      password: "wrong password!",
      ip: "10.0.0.2",
    });
    expect(unknown).toEqual({ ok: false, reason: "invalid" });
    expect(wrong).toEqual(unknown);
  });

  // Finding: five wrong passwords locked the account for everyone, from any IP.
  it("locks an account only for the address that guessed wrong, never the right password from elsewhere", async () => {
    await user("lock@example.com");
    const limiter = new LoginLimiter();
    const attempt = (password: string, ip: string, email = "lock@example.com") =>
      accounts.login(t.db, limiter, { email, password, ip });
    for (let i = 0; i < LOGIN_PER_ACCOUNT_IP.free; i++)
      expect(await attempt("wrong password!", "203.0.113.7")).toEqual({ ok: false, reason: "invalid" });
    // The guessing address is locked out of this account, even with the right password…
    const locked = await attempt(pw, "203.0.113.7");
    expect(locked.ok === false && locked.reason).toBe("locked");
    // …but the owner, from another address, logs in (many guessers could not lock them out either).
    for (let n = 1; n <= 6; n++)
      for (let i = 0; i < LOGIN_PER_ACCOUNT_IP.free; i++) await attempt("wrong password!", `198.51.100.${n}`);
    expect((await attempt(pw, "192.0.2.1")).ok).toBe(true);
    // An unknown address locks the same way (nothing to learn from the lock-out).
    for (let i = 0; i < LOGIN_PER_ACCOUNT_IP.free; i++)
      await attempt("x", "203.0.113.8", "ghost@example.com");
    const ghost = await attempt("x", "203.0.113.8", "ghost@example.com");
    expect(ghost.ok === false && ghost.reason).toBe("locked");
    expect(await attempt("x", "203.0.113.9", "ghost@example.com")).toEqual({ ok: false, reason: "invalid" });
  });

  it("backs off: each failure after a lock doubles it, and the right password resets the count", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      const t0 = Date.parse("2027-03-01T08:00:00Z");
      vi.setSystemTime(t0);
      await user("backoff@example.com");
      const limiter = new LoginLimiter();
      const attempt = (password: string) =>
        accounts.login(t.db, limiter, { email: "backoff@example.com", password, ip: "203.0.113.20" });
      const retry = async (password: string) => {
        const r = await attempt(password);
        return r.ok === false && r.reason === "locked" ? r.retryMs : 0;
      };
      for (let i = 0; i < LOGIN_PER_ACCOUNT_IP.free; i++) await attempt("wrong password!");
      expect(await retry(pw)).toBe(60_000);
      let now = t0 + 61_000;
      vi.setSystemTime(now);
      expect(await attempt("wrong password!")).toEqual({ ok: false, reason: "invalid" });
      expect(await retry(pw)).toBe(120_000);
      now += 121_000;
      vi.setSystemTime(now);
      await attempt("wrong password!");
      expect(await retry(pw)).toBe(240_000);
      // Never more than an hour.
      for (let i = 0; i < 10; i++) {
        now += LOGIN_PER_ACCOUNT_IP.maxLockSeconds * 1000 + 1000;
        vi.setSystemTime(now);
        await attempt("wrong password!");
      }
      expect(await retry(pw)).toBe(LOGIN_PER_ACCOUNT_IP.maxLockSeconds * 1000);
      now += LOGIN_PER_ACCOUNT_IP.maxLockSeconds * 1000 + 1000;
      vi.setSystemTime(now);
      expect((await attempt(pw)).ok).toBe(true);
      // Counting starts again from zero.
      expect(await attempt("wrong password!")).toEqual({ ok: false, reason: "invalid" });
      expect(await retry(pw)).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it("caps failures per address across accounts (spraying), without touching other addresses", async () => {
    await user("sprayed@example.com");
    const limiter = new LoginLimiter();
    for (let i = 0; i < LOGIN_PER_IP.points; i++)
      await accounts.login(t.db, limiter, {
        email: `spray${i}@example.com`,
        password: "x",
        ip: "203.0.113.30",
      });
    const r = await accounts.login(t.db, limiter, {
      email: "sprayed@example.com",
      password: pw,
      ip: "203.0.113.30",
    });
    expect(r.ok === false && r.reason).toBe("locked");
    expect(
      (
        await accounts.login(t.db, limiter, {
          email: "sprayed@example.com",
          password: pw,
          ip: "203.0.113.31",
        })
      ).ok,
    ).toBe(true);
  });

  it("logs in with the right password and refuses a suspended account", async () => {
    const id = await user("ok@example.com");
    const limiter = new LoginLimiter();
    const r = await accounts.login(t.db, limiter, { email: " OK@example.com ", password: pw, ip: "1.1.1.1" });
    expect(r.ok && r.user.id).toBe(id);
    await t.db.updateTable("users").set({ status: "suspended" }).where("id", "=", id).execute();
    expect(
      await accounts.login(t.db, limiter, { email: "ok@example.com", password: pw, ip: "1.1.1.1" }),
    ).toEqual({ ok: false, reason: "suspended" });
  });
});

describe("registration", () => {
  it("does not create a second account for a known address but mails its owner", async () => {
    await user("dup@example.com");
    const again = await accounts.register(
      t.db,
      {
        email: "Dup@Example.com",
        password: "another passphrase",
        name: "X",
        locale: "en",
        accountType: "buyer",
      },
      BASE,
    );
    if ("weak" in again) throw new Error("weak password");
    expect(again.created).toBeNull();
    const mail = await t.db
      .selectFrom("mailOutbox")
      .where("id", "=", again.mailId!)
      .selectAll()
      .executeTakeFirstOrThrow();
    expect(mail.toAddress).toBe("dup@example.com");
    expect(
      await t.db
        .selectFrom("users")
        .where("email", "=", "dup@example.com")
        .select((eb) => eb.fn.countAll().as("n"))
        .executeTakeFirst(),
    ).toEqual({ n: 1 });
  });

  it("stores an argon2 hash, never the password", async () => {
    await user("hash@example.com");
    const row = await t.db
      .selectFrom("users")
      .where("email", "=", "hash@example.com")
      .select("passwordHash")
      .executeTakeFirstOrThrow();
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.passwordHash).not.toContain(pw);
  });
});

describe("password reset", () => {
  const linkOf = async (mailId: number) => {
    const body = await storedValue(t.db, "mailOutbox", { id: mailId }, "body");
    return /\/reset-password\/(\S+)/.exec(body)![1];
  };

  it("is single-use, stored hashed, and ends every session of the user", async () => {
    const id = await user("reset@example.com");
    const laptop = await createSession(t.db, id, { userAgent: null, ip: null });
    const phone = await createSession(t.db, id, { userAgent: null, ip: null });
    expect((await accounts.requestPasswordReset(t.db, "nobody@example.com", BASE)).mailId).toBeNull();
    const { mailId } = await accounts.requestPasswordReset(t.db, "reset@example.com", BASE);
    const secret = await linkOf(mailId!);
    const stored = await t.db
      .selectFrom("passwordResets")
      .where("userId", "=", id)
      .select("tokenHash")
      .executeTakeFirstOrThrow();
    expect(stored.tokenHash).toBe(hashSecret(secret));
    expect(stored.tokenHash).not.toContain(secret);
    expect(await resolveSession(t.db, laptop.secret)).not.toBeNull();
    expect(await accounts.resetPassword(t.db, secret, "a brand new passphrase")).toBe("ok");
    expect(await accounts.resetPassword(t.db, secret, "yet another passphrase")).toBe("invalid");
    expect(await resolveSession(t.db, laptop.secret)).toBeNull();
    expect(await resolveSession(t.db, phone.secret)).toBeNull();
    expect(await t.db.selectFrom("sessions").where("userId", "=", id).select("id").execute()).toEqual([]);
    const r = await accounts.login(t.db, new LoginLimiter(), {
      email: "reset@example.com",
      password: "a brand new passphrase",
      ip: "x",
    });
    expect(r.ok).toBe(true);
  });

  // Finding: older reset links stayed valid after a reset.
  it("one reset ends every older link of the user (and a password change does too)", async () => {
    await user("links@example.com");
    const first = await linkOf(
      (await accounts.requestPasswordReset(t.db, "links@example.com", BASE)).mailId!,
    );
    const second = await linkOf(
      (await accounts.requestPasswordReset(t.db, "links@example.com", BASE)).mailId!,
    );
    const third = await linkOf(
      (await accounts.requestPasswordReset(t.db, "links@example.com", BASE)).mailId!,
    );
    expect(await accounts.resetLinkIsValid(t.db, first)).toBe(true);
    expect(await accounts.resetPassword(t.db, second, "a brand new passphrase")).toBe("ok");
    expect(await accounts.resetLinkIsValid(t.db, first)).toBe(false);
    expect(await accounts.resetLinkIsValid(t.db, third)).toBe(false);
    expect(await accounts.resetPassword(t.db, first, "the attacker's passphrase")).toBe("invalid");
    expect(await accounts.resetPassword(t.db, third, "the attacker's passphrase")).toBe("invalid");
    // A link requested before a password change is dead after it.
    const late = await linkOf((await accounts.requestPasswordReset(t.db, "links@example.com", BASE)).mailId!);
    const u = await t.db
      .selectFrom("users")
      .where("email", "=", "links@example.com")
      .select("id")
      .executeTakeFirstOrThrow();
    expect(
      (await accounts.changePassword(t.db, u.id, "a brand new passphrase", "a newer passphrase here")).ok,
    ).toBe(true);
    expect(await accounts.resetLinkIsValid(t.db, late)).toBe(false);
  });

  it("expires after an hour", async () => {
    await user("expire@example.com");
    const { mailId } = await accounts.requestPasswordReset(t.db, "expire@example.com", BASE);
    const secret = await linkOf(mailId!);
    expect(await accounts.resetLinkIsValid(t.db, secret)).toBe(true);
    await t.db
      .updateTable("passwordResets")
      .set({ expiresAt: new Date(Date.now() - 1000).toISOString() })
      .where("tokenHash", "=", hashSecret(secret))
      .execute();
    expect(await accounts.resetLinkIsValid(t.db, secret)).toBe(false);
    expect(await accounts.resetPassword(t.db, secret, "a brand new passphrase")).toBe("invalid");
  });
});

describe("organisations", () => {
  /** The user `id`, signed up as `email`, registers a firm or a buyer (what /my/organisation posts). */
  const registerAs = (id: number, email: string, o: Parameters<typeof accounts.registerOrganisation>[2]) =>
    accounts.registerOrganisation(t.db, { id, email }, o);

  it("registers a supplier with a unique tax code, its owner, an outbox row and an audit entry", async () => {
    // Two firms of the same tax code: the second is refused.
    const firm = (nameVi: string) => ({
      kind: "supplier" as const,
      nameVi,
      nameEn: null,
      taxCode: "0100000001",
    });
    const owner = await user("owner@example.com");
    const r = await registerAs(owner, "owner@example.com", firm("Cơ khí A"));
    // The portal's own namespace: never a ref the city's list could bring.
    expect(r).toMatchObject({ ok: true, ref: "P-S-00001" });
    const other = await user("other@example.com");
    const taken = await registerAs(other, "other@example.com", firm("Cơ khí B"));
    expect(taken).toEqual({ ok: false, reason: "taxCodeTaken" });
    const again = await registerAs(owner, "owner@example.com", { kind: "buyer", name: "X", country: "JP" });
    expect(again).toEqual({ ok: false, reason: "alreadyMember" });
    expect(await storedRows(t.db, "searchOutbox", { ref: "P-S-00001" }, ["op"])).toEqual([{ op: "upsert" }]);
    expect(await storedRows(t.db, "auditLog", { action: "register_organisation" }, ["actor"])).toEqual([
      { actor: `user:${owner}` },
    ]);
  });

  it("invites are single-use, and only the owner removes members of their own organisation", async () => {
    const owner = await user("own2@example.com", "buyer");
    const org = await registerAs(owner, "own2@example.com", {
      kind: "buyer",
      name: "Buyer KK",
      country: "JP",
    });
    if (!org.ok) throw new Error("setup");
    const link = await accounts.createInvite(
      t.db,
      { userId: owner, orgId: org.orgId, orgRef: org.ref },
      BASE,
    );
    const secret = link.split("/invite/")[1];
    const colleague = await user("colleague@example.com");
    const late = await user("late@example.com");
    expect(await accounts.acceptInvite(t.db, colleague, secret)).toBe("ok");
    expect(await accounts.acceptInvite(t.db, late, secret)).toBe("invalid");
    // The colleague's role follows the organisation they joined.
    expect(
      (await t.db.selectFrom("users").where("id", "=", colleague).select("role").executeTakeFirstOrThrow())
        .role,
    ).toBe("buyer");
    // A member cannot remove; an owner of another organisation cannot either.
    expect(
      await accounts.removeMember(t.db, { userId: colleague, orgId: org.orgId, orgRef: org.ref }, owner),
    ).toBe(false);
    const s00001 = await t.db
      .selectFrom("organisations")
      .where("ref", "=", "P-S-00001")
      .select("id")
      .executeTakeFirstOrThrow();
    const ownerA = await storedValue(t.db, "users", { email: "owner@example.com" }, "id");
    expect(
      await accounts.removeMember(t.db, { userId: ownerA, orgId: org.orgId, orgRef: org.ref }, colleague),
    ).toBe(false);
    expect(
      await accounts.removeMember(t.db, { userId: ownerA, orgId: s00001.id, orgRef: "P-S-00001" }, colleague),
    ).toBe(false);
    expect(
      await accounts.removeMember(t.db, { userId: owner, orgId: org.orgId, orgRef: org.ref }, colleague),
    ).toBe(true);
  });
});

describe("API tokens and demo accounts", () => {
  it("stores tokens hashed, finds them by hash and not after revocation", async () => {
    const r = await createApiToken(t.db, { name: "ci", role: "organiser" }, "cli");
    if (!r.ok) throw new Error("create");
    expect(r.token).toMatch(/^cnht_/);
    const found = await findActiveToken(t.db, hashSecret(r.token));
    expect(found).toMatchObject({ id: r.id, role: "organiser", orgId: null });
    const row = await t.db
      .selectFrom("apiTokens")
      .where("id", "=", r.id)
      .select("tokenHash")
      .executeTakeFirstOrThrow();
    expect(row.tokenHash).not.toBe(r.token);
    await revokeApiToken(t.db, r.id);
    expect(await findActiveToken(t.db, hashSecret(r.token))).toBeUndefined();
    expect(await createApiToken(t.db, { name: "s", role: "supplier" }, "cli")).toEqual({
      ok: false,
      error: "orgRequired",
    });
    expect(await createApiToken(t.db, { name: "s", role: "buyer", orgRef: "P-S-00001" }, "cli")).toEqual({
      ok: false,
      error: "orgKind",
    });
  });

  it("creates the demo logins idempotently, owning S-00001 and the first buyer", async () => {
    // Only imported firms: the portal-registered P-S-00001 above never gets a public password.
    await seedOrg(t.db, { ref: "S-00001", kind: "supplier", taxCode: "0100000009" });
    await seedOrg(t.db, { ref: "B-001", kind: "buyer" });
    const first = await createDemoAccounts(t.db);
    const second = await createDemoAccounts(t.db);
    expect(second).toEqual(first);
    expect(first.map((a) => a.role)).toEqual(["organiser", "admin", "supplier", "buyer"]);
    const supplier = await t.db
      .selectFrom("users as u")
      .innerJoin("memberships as m", "m.userId", "u.id")
      .innerJoin("organisations as o", "o.id", "m.orgId")
      .where("u.email", "=", first[2].email)
      .select(["o.ref", "m.role"])
      .executeTakeFirstOrThrow();
    expect(supplier).toEqual({ ref: "S-00001", role: "owner" });
    const limiter = new LoginLimiter();
    for (const a of first)
      expect(
        (await accounts.login(t.db, limiter, { email: a.email, password: a.password, ip: "d" })).ok,
      ).toBe(true);
  });
});
