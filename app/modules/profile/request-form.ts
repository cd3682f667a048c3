import { z } from "zod";
import { LIMITS } from "../directory/schema";
import type { DirectoryRequest, RequestView } from "../directory/types";
import { allConcepts, certificationId } from "../taxonomy/index";
import { date, int, languageFields, MSG, termLines, text } from "./fields";
import { withOneOf } from "./buyer-form";

// A buyer's sourcing request (/my/requests/new, /my/requests/REF/edit). Title and description
// in any of Vietnamese, English, Japanese; required certificates are chosen from the taxonomy's
// list (a hard constraint in matching, so no free text that would match nothing).

export const CERTIFICATION_IDS = allConcepts("certification").map((c) => c.id) as [string, ...string[]];

/** What a request stores for a chosen certificate: its English label, which maps back to it. */
export function certificationText(id: string): string {
  const c = allConcepts("certification").find((x) => x.id === id);
  if (!c) throw new Error(`unknown certification ${id}`);
  return c.labels.en;
}

export const VISIBILITIES = ["public", "organisers"] as const;

export const requestSchema = withOneOf(
  {
    titleEn: text(LIMITS.text),
    titleVi: text(LIMITS.text),
    titleJa: text(LIMITS.text),
    descriptionEn: text(LIMITS.text),
    descriptionVi: text(LIMITS.text),
    descriptionJa: text(LIMITS.text),
    processes: termLines,
    materials: termLines,
    products: termLines,
    requiredCertifications: z
      .array(z.enum(CERTIFICATION_IDS, { errorMap: () => ({ message: MSG.choice }) }))
      .max(LIMITS.terms, MSG.terms)
      .optional(),
    annualVolume: int(1, 1_000_000_000),
    targetDate: date,
    visibility: z.enum(VISIBILITIES, { errorMap: () => ({ message: MSG.choice }) }).default("public"),
  },
  ["titleEn", "titleVi", "titleJa"],
  "titleEn",
);

export type RequestForm = z.infer<typeof requestSchema>;

export function requestRecordFromForm(v: RequestForm, ref: string, buyerRef: string): DirectoryRequest {
  const description = { en: v.descriptionEn, vi: v.descriptionVi, ja: v.descriptionJa };
  return {
    ref,
    buyer: buyerRef,
    title: { en: v.titleEn, vi: v.titleVi, ja: v.titleJa },
    description: description.en || description.vi || description.ja ? description : undefined,
    processes: v.processes,
    materials: v.materials,
    products: v.products,
    requiredCertifications: [...new Set(v.requiredCertifications ?? [])].map(certificationText),
    annualVolume: v.annualVolume,
    targetDate: v.targetDate,
  };
}

export function requestFormDefaults(r: RequestView) {
  return {
    ...languageFields("title", r.title),
    ...languageFields("description", r.description),
    processes: (r.processes ?? []).join("\n"),
    materials: (r.materials ?? []).join("\n"),
    products: (r.products ?? []).join("\n"),
    // Imported requests name certificates in their own words; each is ticked by the concept it maps to.
    requiredCertifications: (r.requiredCertifications ?? [])
      .map((s) => certificationId(s))
      .filter((id): id is string => id !== null),
    annualVolume: r.annualVolume?.toString() ?? "",
    targetDate: r.targetDate ?? "",
    visibility: r.visibility,
  };
}

const REF_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"; // no 0/O, 1/I: refs are read out on the phone

/**
 * A new request ref, P-R- and six characters (the portal's namespace, which no import can bring:
 * app/modules/directory/refs.ts); the caller retries on the rare collision.
 */
export function newRequestRef(random: (n: number) => Uint8Array): string {
  const bytes = random(6);
  let s = "P-R-";
  for (const b of bytes) s += REF_ALPHABET[b % REF_ALPHABET.length];
  return s;
}
