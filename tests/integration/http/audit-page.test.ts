import { beforeAll, describe, expect, it } from "vitest";
import { serverSuite } from "../../helpers/server-suite";
import { Client, PASSWORD, seedUser } from "../auth/client";

// /admin/audit shows when each entry was written as every other page shows a date and time: in
// the reader's language and in Hanoi time (the log stores UTC, as SQLite's datetime('now')).
let org: Client;

const t = serverSuite(async (db) => {
  await seedUser(db, { email: "org@example.com", role: "organiser" });
  await db
    .insertInto("auditLog")
    .values({
      at: "2026-12-07 05:33:50",
      actor: "cli",
      action: "firm_verify",
      entity: "organisation",
      entityRef: "SUP-0042",
    })
    .execute();
});

beforeAll(async () => {
  org = new Client(t.url);
  await org.login("org@example.com", PASSWORD);
}, 240_000);

async function auditPage(lang: "vi" | "en") {
  await org.post("/lang", { lang, redirectTo: "/admin/audit" });
  const res = await org.get("/admin/audit?ref=SUP-0042");
  expect(res.status).toBe(200);
  // The table only: the loader's data further down the page keeps the stored value.
  const html = (await res.text()).replace(/<!-- -->/g, "");
  return /<tbody[^>]*>(.*?)<\/tbody>/s.exec(html)?.[1] ?? "";
}

describe("/admin/audit", () => {
  it.each([
    ["en", "7 Dec 2026, 12:33"],
    ["vi", "07/12/2026 12:33"],
  ] as const)("shows each entry's time in Hanoi, as %s readers write it", async (lang, shown) => {
    const table = await auditPage(lang);
    expect(table).toContain(shown);
    expect(table).not.toContain("2026-12-07 05:33:50");
  });
});
