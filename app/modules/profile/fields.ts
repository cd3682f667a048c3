import { z } from "zod";
import { isCountryCode, websiteProblem } from "../directory/web";
import { LIMITS } from "../directory/schema";
import { isIsoDate } from "../directory/dates";
import { todayInHanoi } from "../clock";

// Building blocks of the profile and request form schemas. Messages are i18n keys (translated
// next to the field, in the reader's language), optionally with one variable: "key|max=200".
// Bounds come from cnht-directory/1 (LIMITS), which the database CHECKs mirror, so a form that
// validates here is never refused by a CHECK.

export const MSG = {
  required: "profile.error.required",
  tooLong: (max: number) => `profile.error.tooLong|max=${max}`,
  date: "profile.error.date",
  int: "profile.error.int",
  min: (n: number) => `profile.error.min|min=${n}`,
  max: (n: number) => `profile.error.max|max=${n}`,
  country: "profile.error.country",
  email: "profile.error.email",
  website: "profile.error.website",
  term: `profile.error.term|max=${LIMITS.term}`,
  terms: `profile.error.terms|max=${LIMITS.terms}`,
  choice: "profile.error.choice",
  oneName: "profile.error.oneName",
  standard: `profile.error.standard|max=${LIMITS.standard.max}`,
  futureYear: (year: number) => `profile.error.futureYear|max=${year}`,
} as const;

/** Optional free text: trimmed, empty means absent. */
export const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, MSG.tooLong(max))
    .optional()
    .transform((s) => (s ? s : undefined));

export const requiredText = (max: number) =>
  z.string({ required_error: MSG.required }).trim().min(1, MSG.required).max(max, MSG.tooLong(max));

/**
 * An optional field left blank or holding only spaces is absent, as an empty one is (conform
 * passes "" as undefined, but not "   "): "   " in the website or the year founded got "not a
 * website" / "not a whole number" for a field the person had meant to leave out (issue 15).
 */
const blankIsAbsent = <S extends z.ZodTypeAny>(schema: S) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), schema);

/**
 * A whole number as a person types it: decimal digits, a sign, spaces around. `Number()` alone
 * also reads "0x10", "0b11", "1e3" and "Infinity", which no one means as a volume or a year
 * (issue 15: an annual volume of "0x10" was stored as 16).
 */
const typedInteger = z
  .string()
  .trim()
  .regex(/^[+-]?\d+$/, MSG.int)
  .pipe(z.coerce.number({ invalid_type_error: MSG.int }));

/** A whole number typed into a form (conform passes the string through; we read it here). */
export const int = (min: number, max: number) =>
  blankIsAbsent(
    typedInteger.pipe(z.number().int(MSG.int).min(min, MSG.min(min)).max(max, MSG.max(max))).optional(),
  );

/**
 * A year up to the current one (Hanoi's calendar, read at each check so a long-running server
 * moves on). One bound, one message: a fixed upper bound beside a "not in the future" check gave
 * "Year founded 3000" two contradictory errors (at most 2100, at most 2026; issue 13).
 */
export const pastYear = (min: number) =>
  blankIsAbsent(
    typedInteger
      .pipe(z.number().int(MSG.int).min(min, MSG.min(min)))
      .superRefine((y, ctx) => {
        const now = Number(todayInHanoi(new Date()).slice(0, 4));
        if (y > now) ctx.addIssue({ code: "custom", message: MSG.futureYear(now) });
      })
      .optional(),
  );

export const date = blankIsAbsent(z.string().trim().refine(isIsoDate, MSG.date).optional());

export const email = blankIsAbsent(
  z.string().trim().max(LIMITS.contactEmail, MSG.tooLong(LIMITS.contactEmail)).email(MSG.email).optional(),
);

/** A site address: http(s) or a bare domain, no spaces. Shown as a link on the profile. */
export const website = blankIsAbsent(
  z
    .string()
    .trim()
    .max(LIMITS.website, MSG.tooLong(LIMITS.website))
    .regex(/^(https?:\/\/)?[^\s/$.?#]+\.[^\s]+$/i, MSG.website)
    // http(s) only: "javascript:alert(1).vn" passes the pattern above.
    .refine((v) => websiteProblem(v) === null, MSG.website)
    .optional(),
);

/** Splits a term list as typed: one per line (commas and semicolons separate too). */
export function splitTerms(s: string | undefined): string[] {
  if (!s) return [];
  const out: string[] = [];
  for (const part of s.split(/[\n;,]+/)) {
    const t = part.replace(/\s+/g, " ").trim();
    if (t && !out.includes(t)) out.push(t);
  }
  return out;
}

const TERM_TEXT_MAX = LIMITS.terms * (LIMITS.term + 2);

/**
 * A capability term list typed into one text area. Free text: the taxonomy suggestions are a help,
 * not a restriction, and the firm's own words are kept (CONTRACT.md §3). A text longer than the
 * most entries could fill is "too long", not "too many entries": one pasted paragraph is one entry.
 */
export const termLines = z
  .string()
  .max(TERM_TEXT_MAX, MSG.tooLong(TERM_TEXT_MAX))
  .optional()
  .transform(splitTerms)
  .pipe(z.array(z.string().max(LIMITS.term, MSG.term)).max(LIMITS.terms, MSG.terms));

/** Two capitals that ISO 3166-1 assigns (one message for both mistakes). */
const isIsoCountry = (c: string) => /^[A-Z]{2}$/.test(c) && isCountryCode(c);

/** "JP, KR us" -> ["JP", "KR", "US"]. */
export const countryList = z
  .string()
  .max(600, MSG.tooLong(600))
  .optional()
  .transform((s) => [
    ...new Set(
      (s ?? "")
        .split(/[\s,;]+/)
        .filter(Boolean)
        .map((c) => c.toUpperCase()),
    ),
  ])
  .pipe(z.array(z.string().refine(isIsoCountry, MSG.country)).max(200, MSG.max(200)));

export const country = blankIsAbsent(
  z.string().trim().toUpperCase().refine(isIsoCountry, MSG.country).optional(),
);

/**
 * A text in the form's three language fields (`nameEn`, `nameVi`, `nameJa` for "name"), in that
 * order, "" where a language is missing: the starting values of the buyer and request forms.
 */
export function languageFields<P extends string>(
  prefix: P,
  t: { en?: string | null; vi?: string | null; ja?: string | null } | undefined,
) {
  return {
    [`${prefix}En`]: t?.en ?? "",
    [`${prefix}Vi`]: t?.vi ?? "",
    [`${prefix}Ja`]: t?.ja ?? "",
  } as Record<`${P}En` | `${P}Vi` | `${P}Ja`, string>;
}
