import { beforeAll, describe, expect, it } from "vitest";
import { storedValue } from "../../helpers/db";
import { serverSuite } from "../../helpers/server-suite";
import { Client, PASSWORD, seedOrg, seedUser } from "../auth/client";

// Engagement over real HTTP and a real SQLite file (issue 14): a verified buyer writes to a
// supplier, the supplier replies; strangers read nobody's threads, shortlists or notifications;
// an unverified account cannot write; reported threads reach the organisers only.

const c: Record<string, Client> = {};

const t = serverSuite(async (db) => {
  const now = new Date().toISOString();
  const sup = await seedOrg(db, { ref: "S-1", kind: "supplier", taxCode: "0100000001" });
  const other = await seedOrg(db, { ref: "S-2", kind: "supplier", taxCode: "0100000002" });
  const buyer = await seedOrg(db, { ref: "B-1", kind: "buyer" });
  const raw = await seedOrg(db, { ref: "B-2", kind: "buyer" });
  await db
    .updateTable("organisations")
    .set({ verifiedAt: now })
    .where("id", "in", [sup, other, buyer])
    .execute();
  await seedUser(db, { email: "sup@example.com", role: "supplier", orgId: sup });
  await seedUser(db, { email: "other@example.com", role: "supplier", orgId: other });
  await seedUser(db, { email: "buyer@example.com", role: "buyer", orgId: buyer });
  await seedUser(db, { email: "raw@example.com", role: "buyer", orgId: raw });
  await seedUser(db, { email: "org@example.com", role: "organiser" });
  await db
    .updateTable("users")
    .set({ emailVerifiedAt: now })
    .where("email", "in", ["sup@example.com", "other@example.com", "buyer@example.com"])
    .execute();
});

beforeAll(async () => {
  for (const who of ["sup", "other", "buyer", "raw", "org"]) {
    c[who] = new Client(t.url);
    await c[who].login(`${who}@example.com`, PASSWORD);
  }
}, 240_000);

const origin = () => ({ Origin: t.url });
const post = (who: string, path: string, form: Record<string, string>) =>
  c[who].request(path, { form, headers: origin() });

describe("messages", () => {
  let thread = 0;
  it("a verified buyer writes to a supplier; the supplier is notified, replies, and unread counts move", async () => {
    const res = await post("buyer", "/my/messages/new", { to: "S-1", body: "Can you mould PA66?" });
    expect(res.status).toBe(302);
    const loc = res.headers.get("location") ?? "";
    expect(loc).toMatch(/^\/my\/messages\/\d+$/);
    thread = Number(loc.split("/").pop());
    const list = await (await c.sup.get("/my/messages")).text();
    expect(list).toContain(`data-thread-unread="1"`);
    const notes = await (await c.sup.get("/my/notifications")).text();
    expect(notes).toContain("New message from Company B-1");
    const page = await (await c.sup.get(`/my/messages/${thread}`)).text();
    expect(page).toContain("Can you mould PA66?");
    expect(await (await c.sup.get("/my/messages")).text()).not.toContain(`data-thread-unread="1"`);
    expect(
      (await post("sup", `/my/messages/${thread}`, { intent: "reply", body: "Yes, glass-filled too." }))
        .status,
    ).toBe(302);
    expect(await (await c.buyer.get("/my/messages")).text()).toContain(`data-thread-unread="1"`);
    const mail = await t.db
      .selectFrom("mailOutbox")
      .where("kind", "=", "message")
      .select("toAddress")
      .execute();
    expect(mail.map((m) => m.toAddress).sort()).toEqual(["buyer@example.com", "sup@example.com"]);
  });

  it("nobody else reads or writes in the thread", async () => {
    expect((await c.other.get(`/my/messages/${thread}`)).status).toBe(404);
    expect((await post("other", `/my/messages/${thread}`, { intent: "reply", body: "hi" })).status).toBe(404);
    expect((await c.org.get(`/admin/messages?thread=${thread}`)).status).toBe(200);
    expect(await (await c.org.get(`/admin/messages?thread=${thread}`)).text()).not.toContain(
      "Can you mould PA66?",
    );
  });

  it("an unverified account cannot write", async () => {
    const res = await post("raw", "/my/messages/new", { to: "S-1", body: "hello" });
    expect(res.headers.get("location")).toContain("/my/messages/new");
    const n = await t.db
      .selectFrom("messages")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    expect(Number(n.n)).toBe(2);
  });

  it("a reported thread reaches the organisers", async () => {
    expect((await post("sup", `/my/messages/${thread}`, { intent: "report", reason: "spam" })).status).toBe(
      302,
    );
    const page = await (await c.org.get(`/admin/messages?thread=${thread}`)).text();
    expect(page).toContain("Can you mould PA66?");
    expect((await c.buyer.get("/admin/messages")).status).toBe(403);
  });
});

describe("shortlists and notifications", () => {
  it("a buyer shortlists a supplier and exports the list; others cannot see it", async () => {
    const res = await post("buyer", "/my/shortlists", {
      intent: "add",
      supplier: "S-1",
      name: "Moulders",
      returnTo: "/suppliers/S-1",
    });
    expect(res.headers.get("location")).toBe("/suppliers/S-1");
    const list = await t.db.selectFrom("shortlists").select("id").executeTakeFirstOrThrow();
    const csv = await (await c.buyer.get(`/my/shortlists/${list.id}.csv`)).text();
    expect(csv).toContain("S-1");
    expect((await c.raw.get(`/my/shortlists/${list.id}.csv`)).status).toBe(404);
    expect((await c.sup.get("/my/shortlists")).status).toBe(403);
    // A forged add to another organisation's list changes nothing.
    await post("raw", "/my/shortlists", { intent: "add", supplier: "S-2", shortlistId: String(list.id) });
    const items = await t.db.selectFrom("shortlistItems").select("supplierOrgId").execute();
    expect(items).toHaveLength(1);
  });

  it("marking read touches only the user's own notifications", async () => {
    const buyer = await storedValue(t.db, "users", { email: "buyer@example.com" }, "id");
    const theirs = await storedValue(t.db, "notifications", { userId: buyer }, "id");
    await post("other", "/my/notifications", { id: String(theirs) });
    expect(await storedValue(t.db, "notifications", { id: theirs }, "readAt")).toBeNull();
    expect(await (await c.other.get("/my/notifications")).text()).not.toContain("Company S-1");
  });
});
