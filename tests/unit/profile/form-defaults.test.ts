import { describe, expect, it } from "vitest";
import type { BuyerView } from "../../../app/modules/directory/types";
import { buyerFormDefaults } from "../../../app/modules/profile/buyer-form";
import { languageFields } from "../../../app/modules/profile/fields";

// The forms start from the stored profile: each language of a text in its own field, "" where the
// firm wrote nothing in that language (conform shows "" as an empty box, undefined as untouched).
describe("form starting values", () => {
  it("spreads a text over its three language fields, English, Vietnamese, Japanese", () => {
    const fields = languageFields("title", { vi: "Vỏ nhôm", ja: "アルミ筐体" });
    expect(fields).toEqual({ titleEn: "", titleVi: "Vỏ nhôm", titleJa: "アルミ筐体" });
    expect(Object.keys(fields)).toEqual(["titleEn", "titleVi", "titleJa"]);
    expect(languageFields("description", undefined)).toEqual({
      descriptionEn: "",
      descriptionVi: "",
      descriptionJa: "",
    });
  });

  it("gives the buyer form its name, description, country and contact", () => {
    const buyer = {
      ref: "B-1",
      name: { en: "Kato Seiki", ja: "加藤精機" },
      description: { vi: "Mua linh kiện" },
      country: "JP",
      contact: { email: "kato@example.jp" },
    } as unknown as BuyerView;
    expect(buyerFormDefaults(buyer)).toEqual({
      nameEn: "Kato Seiki",
      nameVi: "",
      nameJa: "加藤精機",
      descriptionEn: "",
      descriptionVi: "Mua linh kiện",
      descriptionJa: "",
      country: "JP",
      contactName: "",
      contactEmail: "kato@example.jp",
      contactPhone: "",
    });
  });
});
