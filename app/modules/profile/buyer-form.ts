import { z } from "zod";
import { LIMITS } from "../directory/schema";
import type { BuyerView, DirectoryBuyer } from "../directory/types";
import { country, email, languageFields, MSG, text } from "./fields";

// The buyer organisation's profile form (/my/buyer-profile). Buyers write in English, often
// Japanese or Korean; a name in at least one language is required.

const withOneOf = <T extends z.ZodRawShape>(shape: T, keys: (keyof T & string)[], path: string) =>
  z.object(shape).superRefine((v, ctx) => {
    if (!keys.some((k) => (v as Record<string, unknown>)[k]))
      ctx.addIssue({ code: "custom", path: [path], message: MSG.oneName });
  });

export const buyerProfileSchema = withOneOf(
  {
    nameEn: text(LIMITS.text),
    nameVi: text(LIMITS.text),
    nameJa: text(LIMITS.text),
    descriptionEn: text(LIMITS.text),
    descriptionVi: text(LIMITS.text),
    descriptionJa: text(LIMITS.text),
    country,
    contactName: text(LIMITS.contactName),
    contactEmail: email,
    contactPhone: text(LIMITS.contactPhone),
  },
  ["nameEn", "nameVi", "nameJa"],
  "nameEn",
);

export type BuyerProfileForm = z.infer<typeof buyerProfileSchema>;

export function buyerRecordFromForm(v: BuyerProfileForm, ref: string): DirectoryBuyer {
  const description = { en: v.descriptionEn, vi: v.descriptionVi, ja: v.descriptionJa };
  const contact = { name: v.contactName, email: v.contactEmail, phone: v.contactPhone };
  return {
    ref,
    name: { en: v.nameEn, vi: v.nameVi, ja: v.nameJa },
    country: v.country,
    description: description.en || description.vi || description.ja ? description : undefined,
    contact: contact.name || contact.email || contact.phone ? contact : undefined,
  };
}

export function buyerFormDefaults(b: BuyerView) {
  return {
    ...languageFields("name", b.name),
    ...languageFields("description", b.description),
    country: b.country ?? "",
    contactName: b.contact?.name ?? "",
    contactEmail: b.contact?.email ?? "",
    contactPhone: b.contact?.phone ?? "",
  };
}

export { withOneOf };
