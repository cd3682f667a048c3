import { describe, expect, it } from "vitest";
import { cardHighlights, type SupplierCardRow } from "../../../app/services/supplier-cards.server";

const row: SupplierCardRow = {
  ref: "S-00042",
  name: { vi: "Công ty TNHH Nhựa Minh Long", en: "Minh Long Plastics Co., Ltd" },
  description: {
    vi: "Ép nhựa PA66 & ABS theo tiêu chuẩn ISO 9001, khuôn tự làm.",
    en: "Injection moulding of PA66 & ABS to ISO 9001, in-house tooling.",
  },
  sector: null,
  industrialZone: null,
  commune: null,
  employees: null,
  verified: false,
  processes: [],
  certifications: [],
};

describe("card highlights in the reader's language", () => {
  it("keeps the engine's highlight when it is the text the card shows", () => {
    const h = {
      description:
        "<mark>Injection</mark> <mark>moulding</mark> of PA66 &amp; ABS to ISO 9001, in-house tooling.",
    };
    expect(cardHighlights(row, "en", h)?.description).toBe(h.description);
  });

  it("never shows the other language's text: on a Vietnamese page an English-only match leaves the Vietnamese text unmarked", () => {
    const h = {
      description:
        "<mark>Injection</mark> <mark>moulding</mark> of PA66 &amp; ABS to ISO 9001, in-house tooling.",
      capabilities: "<mark>ép nhựa</mark>",
    };
    expect(cardHighlights(row, "vi", h)).toEqual({ capabilities: "<mark>ép nhựa</mark>" });
  });

  it("marks in the reader's text the words the engine marked in the other language (codes, names)", () => {
    const h = {
      name: "Công ty TNHH Nhựa <mark>Minh</mark> <mark>Long</mark>",
      description: "Ép nhựa <mark>PA66</mark> &amp; ABS theo tiêu chuẩn ISO 9001, khuôn tự làm.",
    };
    expect(cardHighlights(row, "en", h)).toEqual({
      name: "<mark>Minh</mark> <mark>Long</mark> Plastics Co., Ltd",
      description: "Injection moulding of <mark>PA66</mark> &amp; ABS to ISO 9001, in-house tooling.",
    });
  });

  it("drops fields without a mark", () => {
    expect(cardHighlights(row, "en", { name: "Công ty TNHH Nhựa Minh Long" })).toBeUndefined();
  });
});
