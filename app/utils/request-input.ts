import { z } from "zod";

// The route kit's way in: reading what a request carries with a zod schema, in one line.
// For forms a person fills in, use conform's parseWithZod and answer `submission.reply()` with
// the messages by the fields; these helpers are for input no person types: the query string of a
// listing. (Hidden fields behind a button: formOrBadRequest in form-body.server.ts.)

/** The query string parsed by `schema` (give each field a `.catch()` so a bad value falls back). */
export function queryParams<S extends z.ZodTypeAny>(request: Request, schema: S): z.output<S> {
  return schema.parse(Object.fromEntries(new URL(request.url).searchParams));
}

/** A listing's page number: a whole number from 1, anything else reads as the first page. */
export const pageNumber = z.coerce.number().int().min(1).max(10_000).catch(1);

/** How many pages `total` rows make at `perPage` a page (at least one, for an empty list). */
export function pageCount(total: number, perPage: number): number {
  return Math.max(1, Math.ceil(total / perPage));
}

/** An optional filter text from the query string: trimmed and cut to `max`; empty is absent. */
export const filterText = (max: number) =>
  z
    .string()
    .optional()
    .catch(undefined)
    .transform((s) => s?.trim().slice(0, max) || undefined);
