import type { z } from "zod";
import { cleanTyped } from "~/modules/text/typed";
import { getTranslator } from "./locale.server";
import { badRequest } from "./responses";
import { redirectWithToast } from "./session.server";

// Reading a form's body, for every action. `request.formData()` throws a TypeError ("Could not
// parse content as FormData") when the body is not what its Content-Type says — an empty
// multipart body, bytes without the boundary, a multipart type without one — and Remix answers
// an action's throw with a 500. The request guard (scripts/lib/request-guard.ts) turns away the
// wrong types from the headers alone; what only the body shows is refused here, as a 400 that
// says so in the reader's language.

/** The media type the request says it carries, for the message ("—" when it says none). */
export function bodyType(request: Request): string {
  return (request.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase() || "—";
}

/** Throws the 400 for a form body that cannot be read. */
export function unreadableForm(request: Request): never {
  badRequest(getTranslator(request).t("security.body.unreadable", { type: bodyType(request) }));
}

/**
 * The request's form fields, or a 400 saying the body could not be read as a form. Text values
 * lose the invisible characters no one types (cleanTyped, decision 640); files are as sent.
 */
export async function readForm(request: Request): Promise<FormData> {
  let form: FormData;
  try {
    form = await request.formData();
  } catch (e) {
    if (e instanceof TypeError) unreadableForm(request);
    throw e;
  }
  return cleanForm(form);
}

/** The form with each text value cleaned (cleanTyped), in the same order; files untouched. */
function cleanForm(form: FormData): FormData {
  const out = new FormData();
  for (const [k, v] of form) out.append(k, typeof v === "string" ? cleanTyped(v) : v);
  return out;
}

/**
 * The form's fields parsed by `schema`, or a 400 thrown: for buttons whose form holds only
 * hidden fields, where a failure means a forged or stale request, not a typing mistake.
 */
export async function formOrBadRequest<S extends z.ZodTypeAny>(
  request: Request,
  schema: S,
  message?: string,
): Promise<z.output<S>> {
  const parsed = schema.safeParse(Object.fromEntries(await readForm(request)));
  if (!parsed.success) badRequest(message);
  return parsed.data;
}

/**
 * The form's fields parsed by `schema`, or a redirect thrown back to `here` with the "bad form"
 * toast: for the event pages' intent forms, which send the organiser back to the page they were on.
 */
export async function formOrToast<S extends z.ZodTypeAny>(
  request: Request,
  here: string,
  schema: S,
): Promise<z.output<S>> {
  const parsed = schema.safeParse(Object.fromEntries(await readForm(request)));
  if (!parsed.success)
    throw await redirectWithToast(request, here, {
      kind: "error",
      message: getTranslator(request).t("fair.badForm"),
    });
  return parsed.data;
}
