import { expect, it } from "vitest";
import { storedValue } from "../../helpers/db";
import { serverSuite } from "../../helpers/server-suite";
import { Client, PASSWORD, seedUser, signUpForm } from "./client";
import * as accounts from "../../../app/services/auth/accounts.server";
import { verifyPassword } from "../../../app/modules/auth/password";

// The one policy (zxcvbn) on every door that sets a password: registration, change and reset,
// over real HTTP, with the reason in the reader's language; nothing changes when refused.
const client = () => new Client(t.url);
const hashOf = async (email: string) =>
  (await t.db.selectFrom("users").where("email", "=", email).select("passwordHash").executeTakeFirst())
    ?.passwordHash;

const t = serverSuite();

it("registration refuses a common password, saying why, in English and Vietnamese", async () => {
  const form = signUpForm("weakling@example.com", "password123456", "Weak Ling");
  const en = await client().post("/register", form);
  expect(en.status).toBe(400);
  expect(await en.text()).toContain("This password is too common");
  const vi = await client().request("/register", { form, headers: { "Accept-Language": "vi" } });
  expect(vi.status).toBe(400);
  expect(await vi.text()).toContain("Mật khẩu này quá phổ biến");
  expect(await hashOf("weakling@example.com")).toBeUndefined();
  // Built from the person's own email: refused too.
  const own = await client().post("/register", { ...form, password: "weakling@example.com" });
  expect(own.status).toBe(400);
  expect(await own.text()).toContain("contains your name, your email address");
  expect((await client().post("/register", { ...form, password: "bốn mùa hoa sữa Hà Nội" })).status).toBe(
    302,
  );
  expect(await hashOf("weakling@example.com")).toBeTruthy();
});

it("a password change refuses a weak one and keeps the old password", async () => {
  await seedUser(t.db, { email: "changer@example.com", role: "buyer" });
  const c = client();
  await c.login("changer@example.com", PASSWORD);
  const res = await c.changePassword(PASSWORD, "qwertyuiop123");
  expect(res.status).toBe(400);
  expect(await res.text()).toMatch(/too common|keyboard/);
  expect(await verifyPassword((await hashOf("changer@example.com"))!, PASSWORD)).toBe(true);
});

it("a reset refuses a weak password and leaves the link usable", async () => {
  await seedUser(t.db, { email: "resetter@example.com", role: "buyer" });
  const { mailId } = await accounts.requestPasswordReset(t.db, "resetter@example.com", t.url);
  const body = await storedValue(t.db, "mailOutbox", { id: mailId! }, "body");
  const path = /(\/reset-password\/\S+)/.exec(body)![1];
  const weak = await client().post(path, { password: "iloveyou2024", confirm: "iloveyou2024" });
  expect(weak.status).toBe(400);
  expect(await weak.text()).toContain("This password is too common");
  expect(await verifyPassword((await hashOf("resetter@example.com"))!, PASSWORD)).toBe(true);
  const strong = await client().post(path, {
    password: "mưa phùn trên phố cổ",
    confirm: "mưa phùn trên phố cổ",
  });
  expect(strong.status).toBe(302);
  expect(await verifyPassword((await hashOf("resetter@example.com"))!, "mưa phùn trên phố cổ")).toBe(true);
});
