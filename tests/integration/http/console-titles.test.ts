import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDb } from "../../helpers/db";
import { startServer, type RunningServer } from "../../helpers/server";
import { Client, PASSWORD, seedOrg, seedUser } from "../auth/client";
import type { Db } from "../../../db/connection";
import { createEvent } from "../../../db/queries/events";
import { registerParticipant, setParticipantStatus } from "../../../db/queries/events-participants";
import { insertNews } from "../../../db/queries/news";
import { messages } from "../../../app/modules/i18n/messages/index";
import type { Locale } from "../../../app/modules/i18n";
import { BASE } from "../events/fixture";

// Issue 13: the organisers' console had its <title>s written in English ("Edit event — CNHT Hà
// Nội") or in both languages at once, whatever the reader's language. Every console page is
// walked here in Vietnamese and in English: its title is the page's name from the dictionaries,
// in that language, followed by the portal's short name. The pages are found from the route
// files themselves, so a console page added later is walked too (its URL parameters are filled
// with the records made below).

const ROUTES = path.resolve(import.meta.dirname, "../../../app/routes");

let server: RunningServer;
let db: Db;
const ids: Record<string, string> = {};

beforeAll(async () => {
  const fresh = await freshDb();
  db = fresh.db;
  const buyer = await seedOrg(db, { ref: "B-1", kind: "buyer" });
  const supplier = await seedOrg(db, { ref: "S-1", kind: "supplier" });
  await seedUser(db, { email: "org@example.com", role: "organiser" });
  const event = await createEvent(db, BASE, null);
  let participant = 0;
  for (const org of [buyer, supplier]) {
    participant = await registerParticipant(db, { eventId: event, orgId: org, userId: null, note: null });
    await setParticipantStatus(db, participant, "approved", null);
  }
  const scheme = await db
    .insertInto("supportSchemes")
    .values({
      nameVi: "Hỗ trợ đào tạo",
      nameEn: "Training support",
      kind: "training",
      budget: 5_000_000,
      opensOn: "2027-01-01",
      closesOn: "2027-12-31",
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const news = await insertNews(db, {
    slug: "tin-thu",
    titleVi: "Tin thử",
    titleEn: "Test news",
    bodyVi: "Nội dung",
    bodyEn: "Body",
    publishedAt: null,
    createdBy: null,
  });
  Object.assign(ids, { event, participant, scheme: scheme.id, news, firm: "S-1" });
  server = await startServer({ databasePath: fresh.file });
}, 240_000);

afterAll(async () => {
  await server?.stop();
  await db?.destroy();
});

/** Every console page's URL, from the route files (Remix's flat routes), parameters filled in. */
function consoleUrls(): string[] {
  const fill: Record<string, Record<string, string>> = {
    events: { $id: ids.event },
    participants: { $pid: ids.participant },
    firms: { $ref: ids.firm },
    schemes: { $id: ids.scheme },
    news: { $id: ids.news },
  };
  return readdirSync(ROUTES)
    .filter((f) => /^admin\..+\.tsx$/.test(f))
    .filter((f) => /export default/.test(readFileSync(path.join(ROUTES, f), "utf8")))
    .map((f) => {
      const parts = f.replace(/\.tsx$/, "").split(".");
      const url = parts.map((p, i) => {
        if (p === "_index") return "";
        if (p.startsWith("$")) {
          // "$id_" and "news_" are Remix's escapes from the parent layout, not part of the name.
          const value = fill[parts[i - 1].replace(/_$/, "")]?.[p.replace(/_$/, "")];
          if (value === undefined) throw new Error(`${f}: no record for ${p} after ${parts[i - 1]}`);
          return value;
        }
        return p.replace(/_$/, "");
      });
      return "/" + url.filter(Boolean).join("/");
    });
}

async function organiserIn(locale: Locale) {
  await db.updateTable("users").set({ language: locale }).where("email", "=", "org@example.com").execute();
  const c = new Client(server.url);
  await c.login("org@example.com", PASSWORD);
  return c;
}

const titleOf = (html: string) =>
  (/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? "")
    .replace(/&amp;/g, "&")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"');

describe("the organisers' console titles", () => {
  it("finds the console's pages from its route files", () => {
    const urls = consoleUrls();
    expect(urls).toContain("/admin");
    expect(urls).toContain(`/admin/events/${ids.event}/edit`);
    expect(urls).toContain(`/admin/events/${ids.event}/participants/${ids.participant}`);
    expect(urls.length).toBeGreaterThanOrEqual(25);
  });

  it("every console page's <title> is in the reader's language, vi and en", async () => {
    const titles: Record<string, Record<Locale, string>> = {};
    for (const locale of ["vi", "en"] as const) {
      const organiser = await organiserIn(locale);
      for (const url of consoleUrls()) {
        const res = await organiser.get(url);
        // A step that needs an upload first (/admin/import/sheet) sends the reader back: no title.
        if (res.status === 302) continue;
        expect(res.status, `${url} in ${locale}`).toBe(200);
        (titles[url] ??= {} as Record<Locale, string>)[locale] = titleOf(await res.text());
      }
    }
    expect(Object.keys(titles).length).toBeGreaterThanOrEqual(24);
    const wrong: string[] = [];
    for (const [url, t] of Object.entries(titles)) {
      // "Page · CNHT Hà Nội" in Vietnamese, "Page · CNHT Hanoi" in English: the page's name from
      // the dictionary of the reader's language, and different from the other language's.
      for (const locale of ["vi", "en"] as const)
        if (!t[locale].endsWith(` · ${messages[locale]["app.short"]}`))
          wrong.push(`${url} [${locale}]: ${t[locale]}`);
      if (t.vi === t.en) wrong.push(`${url}: the same title in vi and en: ${t.vi}`);
      if (/\b(Edit|Event|Events|Schedule|Accounts|Audit|Taxonomy|Programme)\b/.test(t.vi.split(" · ")[0]))
        wrong.push(`${url} [vi]: English in ${t.vi}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe("the account pages' titles", () => {
  it("are in the reader's language, vi, en and ja (they were in vi and en at once)", async () => {
    const wrong: string[] = [];
    for (const url of ["/login", "/register", "/forgot-password"]) {
      const seen = new Set<string>();
      for (const locale of ["vi", "en", "ja"] as const) {
        const res = await new Client(server.url).request(url, { headers: { "Accept-Language": locale } });
        const title = titleOf(await res.text());
        seen.add(title);
        if (!title.endsWith(` · ${messages[locale]["app.short"]}`))
          wrong.push(`${url} [${locale}]: ${title}`);
      }
      if (seen.size !== 3) wrong.push(`${url}: not one title per language: ${[...seen].join(" | ")}`);
    }
    expect(wrong).toEqual([]);
  });
});
