import { describe, expect, it } from "vitest";
import { refusedPage } from "../../helpers/html";
import { serverSuite } from "../../helpers/server-suite";
import { Client, PASSWORD, seedOrg, seedUser, signUpForm } from "./client";
import { LOGIN_PER_ACCOUNT_IP, LOGIN_PER_IP } from "../../../app/modules/auth/rate-limits";

// Real HTTP against the started production server on its own SQLite file.
const client = () => new Client(t.url);

const t = serverSuite(async (db) => {
  await seedOrg(db, { ref: "S-00001", kind: "supplier", taxCode: "0100000001" });
  await seedUser(db, { email: "org@example.com", role: "organiser" });
  await seedUser(db, { email: "victim@example.com", role: "supplier" });
});

const bodyOf = async (res: Response) => res.text();

describe("sessions", () => {
  it("sets a signed httpOnly SameSite=Lax cookie with an expiry, and logout ends it", async () => {
    const c = client();
    const res = await c.login("org@example.com", PASSWORD);
    const setCookie = res.headers.getSetCookie().find((s) => s.startsWith("__session="))!;
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).toMatch(/Max-Age=\d+/i);
    expect(setCookie).not.toMatch(/Secure/i); // plain http on 127.0.0.1
    expect((await c.get("/my")).status).toBe(200);
    // A tampered cookie is worth nothing.
    const value = c.cookie("__session")!;
    const tampered = await fetch(t.url + "/my", {
      headers: { Cookie: `__session=${value.slice(0, -3)}abc` },
      redirect: "manual",
    });
    expect(tampered.status).toBe(302);
    const out = await c.post("/logout", {});
    expect(out.status).toBe(302);
    expect((await c.get("/my")).status).toBe(302);
  });

  it("logout everywhere, password change and suspension invalidate older cookies", async () => {
    const email = "multi@example.com";
    const id = await seedUser(t.db, { email, role: "supplier" });
    const laptop = client();
    const phone = client();
    await laptop.login(email, PASSWORD);
    await phone.login(email, PASSWORD);
    // Password change: this device gets a fresh cookie, the other is logged out.
    const change = await laptop.changePassword(PASSWORD, "the second passphrase");
    expect(change.status).toBe(302);
    expect((await laptop.get("/my")).status).toBe(200);
    expect((await phone.get("/my")).status).toBe(302);
    // Logout everywhere: even a copy of the current cookie stops working.
    const stolen = client();
    stolen.copyFrom(laptop);
    await laptop.post("/logout", { intent: "everywhere" });
    expect((await stolen.get("/my")).status).toBe(302);
    // Suspension by an organiser: the user's live session ends and login is refused.
    const again = client();
    await again.login(email, "the second passphrase");
    const org = client();
    await org.login("org@example.com", PASSWORD);
    expect((await org.post("/admin/users", { intent: "suspend", userId: String(id) })).status).toBe(302);
    expect((await again.get("/my")).status).toBe(302);
    const refused = await client().post("/login", { email, password: "the second passphrase" });
    expect(refused.status).toBe(403);
    expect(await bodyOf(refused)).toContain("suspended");
    expect(
      await t.db
        .selectFrom("auditLog")
        .where("action", "=", "suspend")
        .select(["actor", "entityRef"])
        .execute(),
    ).toEqual([{ actor: expect.stringMatching(/^user:\d+$/), entityRef: String(id) }]);
  });
});

describe("no user enumeration", () => {
  it("login, registration and forgot-password answer the same for known and unknown addresses", async () => {
    const wrong = await client().post("/login", {
      email: "victim@example.com",
      password: "not the password",
    });
    const unknown = await client().post("/login", {
      email: "nobody-here@example.com",
      password: "not the password",
    });
    expect(wrong.status).toBe(unknown.status);
    expect(await bodyOf(wrong)).toContain("Email or password is incorrect");
    expect(await bodyOf(unknown)).toContain("Email or password is incorrect");

    const reg = async (email: string) => {
      const c = client();
      const r = await c.post("/register", signUpForm(email, "fresh passphrase 1", "N"));
      const page = await c.get(r.headers.get("Location")!.replace(t.url, ""));
      return {
        status: r.status,
        location: r.headers.get("Location"),
        text: (await page.text()).match(/If this email[^<]*/)?.[0],
      };
    };
    const a = await reg("victim@example.com");
    const b = await reg("brand-new@example.com");
    expect(a).toEqual(b);
    expect(a.text).toBeTruthy();

    const forgot = async (email: string) => {
      const r = await client().post("/forgot-password", { email });
      return [r.status, r.headers.get("Location")];
    };
    expect(await forgot("victim@example.com")).toEqual(await forgot("nobody-at-all@example.com"));
  });

  it("a filled honeypot writes nothing but looks like success", async () => {
    const r = await client().post(
      "/register",
      signUpForm("bot@example.com", "fresh passphrase 1", "Bot", { company_website: "http://spam" }),
    );
    expect(r.status).toBe(302);
    expect(
      await t.db.selectFrom("users").where("email", "=", "bot@example.com").select("id").executeTakeFirst(),
    ).toBeUndefined();
  });
});

describe("password reset over HTTP", () => {
  it("shows the link to organisers only, and the link works once", async () => {
    await seedUser(t.db, { email: "forgetful@example.com", role: "buyer" });
    await client().post("/forgot-password", { email: "forgetful@example.com" });
    const supplier = client();
    await supplier.login("victim@example.com", PASSWORD);
    expect((await supplier.get("/admin/mail")).status).toBe(403);
    const org = client();
    await org.login("org@example.com", PASSWORD);
    const outbox = await (await org.get("/admin/mail")).text();
    const path = new RegExp(`${t.url.replace(/[.:/]/g, "\\$&")}(/reset-password/[A-Za-z0-9_-]+)`).exec(
      outbox,
    )![1];
    expect((await client().get(path)).status).toBe(200);
    const set = await client().post(path, {
      password: "reset passphrase 99",
      confirm: "reset passphrase 99",
    });
    expect(set.status).toBe(302);
    const reused = await client().post(path, {
      password: "other passphrase 99",
      confirm: "other passphrase 99",
    });
    expect(reused.status).toBe(410);
    expect(
      (await client().post("/login", { email: "forgetful@example.com", password: "reset passphrase 99" }))
        .status,
    ).toBe(302);
    expect(
      (await client().post("/login", { email: "forgetful@example.com", password: PASSWORD })).status,
    ).toBe(401);
  });

  it("rejects a bad new password with a message next to the field", async () => {
    const res = await client().post("/register", signUpForm("weak@example.com", "short", "W"));
    await refusedPage(res, 400, ["at least 10 characters"]);
  });
});

// Last: these lock 127.0.0.1 out of logging in on this server.
describe("login rate limits", () => {
  it("locks an account for the guessing address after repeated failures, with a lock-out message", async () => {
    const email = "target@example.com";
    await seedUser(t.db, { email, role: "supplier" });
    for (let i = 0; i < LOGIN_PER_ACCOUNT_IP.free; i++)
      expect((await client().post("/login", { email, password: `guess ${i} guess` })).status).toBe(401);
    const locked = await client().post("/login", { email, password: PASSWORD });
    expect(locked.status).toBe(429);
    expect(await locked.text()).toMatch(/Too many failed attempts\. Please try again in \d+ minutes/);
  });

  it("locks an address out after failures across many accounts", async () => {
    for (let i = 0; i < LOGIN_PER_IP.points; i++)
      await client().post("/login", { email: `spray${i}@example.com`, password: "guess guess" });
    expect((await client().post("/login", { email: "org@example.com", password: PASSWORD })).status).toBe(
      429,
    );
  });
});
