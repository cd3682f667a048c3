import { describe, expect, it } from "vitest";
import { serverSuite } from "../../helpers/server-suite";
import { Client, PASSWORD } from "../auth/client";
import { publishedFairOfNamedFirms } from "../events/fixture";

// Every language (vi, en, ja) over real HTTP, with firms that have a name in one language only
// and an event with no English name (issue 13): no page may fail, show a dictionary key or a
// code where a name belongs.

let eventId: number;

const suite = serverSuite(async (db) => {
  eventId = await publishedFairOfNamedFirms(
    db,
    {
      buyers: [{ ref: "BUY-003", nameVi: null, nameEn: "Sakura Precision Vietnam" }],
      supplier: { ref: "SUP-0135", nameVi: "Công ty Cơ khí Đông Anh", nameEn: null },
    },
    {
      nameVi: "Hội chợ CNHT 2027",
      nameEn: null,
      dayStart: "11:25",
      dayEnd: "12:05",
      changeoverMinutes: 0,
      tableNames: ["Bàn 10"],
      // 17:00 in Hanoi: the pages say it as people read a date, never "2027-03-05 17:00".
      requestDeadline: "2027-03-05T10:00:00.000Z",
    },
  );
});

const LANGS = [
  {
    lang: "vi",
    accept: "vi-VN,vi;q=0.9",
    nav: "Nhà cung cấp",
    table: "Bàn 10",
    deadline: "05/03/2027 17:00",
  },
  {
    lang: "en",
    accept: "en-GB,en;q=0.9",
    nav: "Suppliers",
    table: "Table 10",
    deadline: "5 Mar 2027, 17:00",
  },
  {
    lang: "ja",
    accept: "ja-JP,ja;q=0.9,en;q=0.5",
    nav: "サプライヤー",
    table: "テーブル10",
    deadline: "2027年3月5日 17:00",
  },
] as const;

// A dictionary key shown as text ("fair.schedule.move") would match this.
const KEY_SHOWN =
  />\s*(?:nav|common|fair|fairDay|auth|admin|directory|my|profile)\.[a-zA-Z]+(?:\.[a-zA-Z_]+)+\s*</;

describe("public pages in each language, chosen by Accept-Language", () => {
  for (const l of LANGS)
    it(`${l.lang}: pages answer 200 in ${l.lang} with no keys showing`, async () => {
      const c = new Client(suite.url);
      for (const path of ["/", "/suppliers", "/events", `/events/${eventId}`, "/login", "/register"]) {
        const res = await c.request(path, { headers: { "Accept-Language": l.accept } });
        expect(res.status, path).toBe(200);
        const html = await res.text();
        expect(html, path).toMatch(new RegExp(`<html[^>]*lang="${l.lang}"`));
        expect(html, path).toContain(l.nav);
        expect(html, path).not.toMatch(KEY_SHOWN);
        if (path === `/events/${eventId}`) {
          const shown = html.replace(/<script[\s\S]*?<\/script>/g, "").replaceAll("<!-- -->", "");
          expect(shown).toContain(l.deadline);
          expect(shown).not.toMatch(/\b2027-03-05\b/);
        }
      }
    });
});

describe("organiser pages in each language, by the account's language", () => {
  for (const l of LANGS)
    it(`${l.lang}: live board and schedule show names, times and tables, never codes`, async () => {
      const c = new Client(suite.url);
      await c.login("org@example.com", PASSWORD);
      // The switch: stores the choice on the account and in the cookie.
      const sw = await c.post("/lang", { lang: l.lang, redirectTo: "/admin" });
      expect(sw.status).toBe(302);
      const u = await suite.db
        .selectFrom("users")
        .select(["language", "locale"])
        .where("email", "=", "org@example.com")
        .executeTakeFirstOrThrow();
      expect(u.language).toBe(l.lang);
      expect(u.locale).toBe(l.lang === "ja" ? "en" : l.lang);
      const live = await c.request(`/admin/events/${eventId}/live?at=2027-03-10T04:26:00.000Z`, {
        headers: { "Accept-Language": "vi" },
      });
      expect(live.status).toBe(200);
      const liveHtml = await live.text();
      expect(liveHtml).toMatch(new RegExp(`<html[^>]*lang="${l.lang}"`));
      expect(liveHtml).toContain("Sakura Precision Vietnam");
      const res = await c.get(`/admin/events/${eventId}/schedule`);
      expect(res.status).toBe(200);
      // What the page shows (the framework's hydration data may carry ids).
      const html = (await res.text()).replace(/<script[\s\S]*?<\/script>/g, "");
      expect(html).toContain("Sakura Precision Vietnam ↔ Công ty Cơ khí Đông Anh");
      expect(html).not.toContain("BUY-003 ↔ SUP-0135");
      expect(html).not.toMatch(/d1-1125|T001/);
      expect(html).toContain("11:25–11:45");
      expect(html).toContain(l.table);
      expect(html).not.toMatch(KEY_SHOWN);
    });
});

describe("the event form's messages in the organiser's language", () => {
  const said = {
    vi: ["Hãy nhập tên sự kiện bằng tiếng Việt.", "&quot;2027-13-01&quot; không phải là ngày (YYYY-MM-DD)."],
    en: ["Give the event&#x27;s Vietnamese name.", "&quot;2027-13-01&quot; is not a date (YYYY-MM-DD)."],
    ja: ["イベントのベトナム語名を入力してください。", "「2027-13-01」は日付ではありません(YYYY-MM-DD)。"],
  } as const;
  for (const l of LANGS)
    it(`${l.lang}: a refused event says what is wrong in ${l.lang}, and nothing is saved`, async () => {
      const c = new Client(suite.url);
      await c.login("org@example.com", PASSWORD);
      expect((await c.post("/lang", { lang: l.lang, redirectTo: "/admin" })).status).toBe(302);
      const before = await suite.db
        .selectFrom("events")
        .select(suite.db.fn.countAll().as("n"))
        .executeTakeFirstOrThrow();
      const res = await c.post("/admin/events/new", {
        nameVi: "",
        days: "2027-13-01",
        dayStart: "09:00",
        dayEnd: "17:00",
        meetingMinutes: "20",
        changeoverMinutes: "5",
        tables: "Bàn 1",
      });
      expect(res.status).toBe(400);
      // What the page shows (the framework's hydration data carries the keys themselves).
      const html = (await res.text()).replace(/<script[\s\S]*?<\/script>/g, "");
      for (const text of said[l.lang as keyof typeof said]) expect(html).toContain(text);
      expect(html).not.toContain("fair.form.err");
      const after = await suite.db
        .selectFrom("events")
        .select(suite.db.fn.countAll().as("n"))
        .executeTakeFirstOrThrow();
      expect(after.n).toBe(before.n);
    });
});
