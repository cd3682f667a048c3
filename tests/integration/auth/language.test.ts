import { describe, expect, it } from "vitest";
import { serverSuite } from "../../helpers/server-suite";
import { Client, PASSWORD, seedUser } from "./client";

// The visitor's explicit language choice wins over the account's stored preference.
const client = () => new Client(t.url);

const t = serverSuite(async (db) => {
  await seedUser(db, { email: "buyer@example.com", role: "buyer" }); // account language: en
});

const accountLocale = async (email: string) =>
  (await t.db.selectFrom("users").where("email", "=", email).select("locale").executeTakeFirstOrThrow())
    .locale;

describe("language choice and login", () => {
  it("keeps the language a visitor chose when they log in", async () => {
    const c = client();
    await c.post("/lang", { lang: "vi", redirectTo: "/" });
    expect(c.cookie("lang")).toBe("vi");
    await c.login("buyer@example.com", PASSWORD);
    expect(c.cookie("lang")).toBe("vi");
    expect(await (await c.get("/my")).text()).toContain('lang="vi"');
  });

  it("uses the account's language when the visitor never chose one", async () => {
    const c = client();
    await c.login("buyer@example.com", PASSWORD);
    expect(c.cookie("lang")).toBe(await accountLocale("buyer@example.com"));
  });

  it("saves a switch made while logged in to the account, for the next login", async () => {
    const c = client();
    await c.login("buyer@example.com", PASSWORD);
    await c.post("/lang", { lang: "vi", redirectTo: "/my" });
    expect(await accountLocale("buyer@example.com")).toBe("vi");
    const laterDevice = client();
    await laterDevice.login("buyer@example.com", PASSWORD);
    expect(laterDevice.cookie("lang")).toBe("vi");
    // A visitor's switch (not logged in) changes no account.
    await client().post("/lang", { lang: "en", redirectTo: "/" });
    expect(await accountLocale("buyer@example.com")).toBe("vi");
  });
});
