import { describe, expect, it } from "vitest";
import {
  displayName,
  formatDate,
  formatDateRange,
  formatDateTime,
  formatTime,
  negotiateLocale,
  pickText,
  reasonLabel,
  slotLabel,
  tableCaption,
  tableLabel,
  translator,
} from "../../../app/modules/i18n";
import { messages } from "../../../app/modules/i18n/messages";
import { inEachLocale } from "./in-each-locale";

describe("one fallback order for names and text", () => {
  it("never gives null, whichever language is missing", () => {
    expect(displayName({ nameVi: null, nameEn: "Sakura Precision" }, "vi")).toBe("Sakura Precision");
    expect(inEachLocale((l) => displayName({ nameVi: "Cơ khí Đông Anh", nameEn: null }, l))).toEqual({
      vi: "Cơ khí Đông Anh",
      en: "Cơ khí Đông Anh",
      ja: "Cơ khí Đông Anh",
    });
    expect(displayName({ nameVi: null, nameEn: null }, "ja", "B-9")).toBe("B-9");
  });
  it("Japanese readers get Japanese, then English, then Vietnamese", () => {
    expect(pickText({ vi: "Ép nhựa", en: "Injection moulding", ja: "射出成形" }, "ja")).toBe("射出成形");
    expect(pickText({ vi: "Ép nhựa", en: "Injection moulding" }, "ja")).toBe("Injection moulding");
    expect(pickText({ vi: "Ép nhựa" }, "ja")).toBe("Ép nhựa");
  });
});

describe("the Japanese dictionary", () => {
  it("falls back to English, never to the key", () => {
    const t = translator("ja");
    // A key only the English and Vietnamese dictionaries have.
    const key = Object.keys(messages.en).find((k) => !(k in messages.ja) && !k.includes("{"))!;
    expect(t(key)).toBe(messages.en[key]);
    expect(t("nav.suppliers")).toBe("サプライヤー");
  });
  it("is picked by Accept-Language and the cookie", () => {
    expect(negotiateLocale(null, "ja-JP,ja;q=0.9,en;q=0.8")).toBe("ja");
    expect(negotiateLocale("lang=ja", "vi")).toBe("ja");
    expect(negotiateLocale(null, "ko-KR")).toBe("en");
  });
});

describe("dates and times as people read them (Hanoi time)", () => {
  it("formats a calendar date in each language", () => {
    expect(inEachLocale((l) => formatDate("2027-03-05", l))).toEqual({
      vi: "05/03/2027",
      en: "5 Mar 2027",
      ja: "2027年3月5日",
    });
  });
  it("reads instants and SQLite timestamps in Hanoi time", () => {
    // 18:30 UTC is already the next day in Hanoi.
    expect(formatDate("2027-03-05T18:30:00.000Z", "en")).toBe("6 Mar 2027");
    expect(formatDateTime("2027-03-05 02:00:00", "vi")).toBe("05/03/2027 09:00");
    expect(formatDateTime("2027-03-10T10:10:00+07:00", "en")).toBe("10 Mar 2027, 10:10");
    expect(formatTime("2027-03-10T10:10:00+07:00", "ja")).toBe("10:10");
    expect(formatDate("not a date", "en")).toBe("not a date");
  });
  it("formats ranges", () => {
    expect(inEachLocale((l) => formatDateRange("2027-03-10", "2027-03-12", l))).toEqual({
      vi: "10/03/2027 – 12/03/2027",
      en: "10–12 Mar 2027",
      ja: "2027年3月10日〜12日",
    });
    expect(formatDateRange("2027-03-30", "2027-04-01", "en")).toBe("30 Mar – 1 Apr 2027");
    expect(formatDateRange("2027-03-10", "2027-03-10", "en")).toBe("10 Mar 2027");
  });
  it("labels slots by day and time, never by id", () => {
    expect(inEachLocale((l) => slotLabel("2027-03-10T11:25:00+07:00", 20, l))).toEqual({
      vi: "T4 10/03, 11:25–11:45",
      en: "Wed 10 Mar, 11:25–11:45",
      ja: "3月10日(水) 11:25–11:45",
    });
  });
});

describe("tables and reasons", () => {
  it("translates the word of a numbered table and keeps other names", () => {
    expect(tableLabel("Bàn 10", "en")).toBe("Table 10");
    expect(tableLabel("Table 10", "vi")).toBe("Bàn 10");
    expect(tableLabel("10", "ja")).toBe("テーブル10");
    expect(tableLabel("JETRO corner", "vi")).toBe("JETRO corner");
  });
  it("names a table once where no heading says table (the agenda on a phone)", () => {
    expect(inEachLocale((l) => tableCaption("Bàn 1", l))).toEqual({
      vi: "Bàn 1",
      en: "Table 1",
      ja: "テーブル1",
    });
    expect(tableCaption("Bàn VIP", "en")).toBe("Bàn VIP");
    expect(tableCaption("JETRO corner", "en")).toBe("Table JETRO corner");
    expect(tableCaption("JETRO corner", "ja")).toBe("テーブル JETRO corner");
    expect(tableCaption(null, "vi")).toBe("");
  });
  it("shows reason codes as words", () => {
    expect(reasonLabel("no_capacity", "fair.decline.", translator("en"))).toBe("No capacity");
    expect(reasonLabel("brand_new_code", "fair.decline.", translator("en"))).toBe("brand new code");
  });
});
