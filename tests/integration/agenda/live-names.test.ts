import { describe, expect, it } from "vitest";
import { serverSuite } from "../../helpers/server-suite";
import { htmlBetween } from "../../helpers/html";
import { loggedInReading } from "../auth/client";
import { listSlots } from "../../../db/queries/events";
import { publishedFairOfNamedFirms } from "../events/fixture";
import { compareNames, displayName } from "../../../app/modules/i18n";

// Finding 7 of issue 10: /admin/events/ID/live answered 500 in Vietnamese because a buyer had
// no Vietnamese name (localeCompare on null). Names exist in one language only here.

let eventId: number;
let firstSlot: string;

const suite = serverSuite(async (db) => {
  eventId = await publishedFairOfNamedFirms(
    db,
    {
      buyers: [
        { ref: "B-1", nameVi: null, nameEn: "Sakura Precision Vietnam" },
        { ref: "B-2", nameVi: null, nameEn: "Aoi Electronics" },
      ],
      supplier: { ref: "S-1", nameVi: "Công ty Cơ khí Đông Anh", nameEn: null },
    },
    {
      nameVi: "Hội chợ CNHT 2026",
      nameEn: null,
      days: ["2026-03-10"],
      dayEnd: "10:00",
      changeoverMinutes: 0,
      tableNames: ["Bàn 1"],
    },
  );
  const [slot] = await listSlots(db, eventId);
  firstSlot = new Date(Date.parse(slot.startsAt) + 60_000).toISOString();
});

describe("display names with a language fallback", () => {
  it("never give null, and sort in the reader's alphabet", () => {
    expect(displayName({ nameVi: null, nameEn: "Sakura" }, "vi")).toBe("Sakura");
    expect(displayName({ nameVi: "Đông Anh", nameEn: null }, "en")).toBe("Đông Anh");
    expect(displayName({ nameVi: null, nameEn: null, nameJa: "桜精密" }, "vi")).toBe("桜精密");
    expect(displayName({ nameVi: null, nameEn: null }, "en", "B-9")).toBe("B-9");
    expect(["Đông Anh", "Dương", "Anh"].sort(compareNames("vi"))).toEqual(["Anh", "Dương", "Đông Anh"]);
  });

  for (const lang of ["vi", "en"] as const)
    it(`the live board renders in ${lang} with names in one language only`, async () => {
      // The language follows the account's choice, set at login (as the switch would).
      const c = await loggedInReading(suite.db, suite.url, "org@example.com", { locale: lang });
      const res = await c.request(`/admin/events/${eventId}/live?at=${encodeURIComponent(firstSlot)}`, {
        headers: { "Accept-Language": lang },
      });
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toMatch(new RegExp(`<html[^>]*lang="${lang}"`));
      expect(html).toContain("Sakura Precision Vietnam");
      expect(html).toContain("Aoi Electronics");
      expect(html).toContain("Công ty Cơ khí Đông Anh");
      // The late-arrival picker lists participants sorted by name.
      const picker = htmlBetween(html, 'name="participant"', "</select>");
      const names = [...picker.matchAll(/<option value="\d+">([^<]+)<\/option>/g)].map((m) => m[1]);
      expect(names).toEqual(["Aoi Electronics", "Công ty Cơ khí Đông Anh", "Sakura Precision Vietnam"]);
      // The table stored as "Bàn 1" is named in the reader's words, once; the open slots in the
      // late-arrival form are dated as people read dates, never as the ISO "2026-03-10".
      const cells = [...html.matchAll(/<td class="[^"]*font-medium[^"]*">([^<]*)<\/td>/g)].map((m) => m[1]);
      expect(cells.length).toBeGreaterThan(0);
      for (const cell of cells) expect(cell).toBe(lang === "vi" ? "Bàn 1" : "Table 1");
      expect(html).not.toContain("Table Bàn");
      const slotPicker = htmlBetween(html, 'name="slot"', "</select>");
      expect(slotPicker).not.toMatch(/2026-03-10/);
      expect(slotPicker).toContain(lang === "vi" ? "10/03/2026" : "10 Mar 2026");
    });
});
