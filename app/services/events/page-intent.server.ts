import type { Params } from "@remix-run/react";
import type { z } from "zod";
import type { Actor } from "~/modules/auth/permissions";
import type { Locale } from "~/modules/i18n";
import { requireWriter } from "~/services/auth.server";
import { formOrToast } from "~/utils/form-body.server";
import { getLocale } from "~/utils/locale.server";
import { idParam, notFound } from "~/utils/responses";
import type { Toast } from "~/utils/session.server";

/**
 * The action of an organiser's page on one event whose buttons post an intent (the overview,
 * `page` "", and the schedule): the writer's guard, the event id from the URL (404 for a malformed one), the
 * intent parsed by `schema` or the "bad form" toast back to the page, then `run` (a 404 when it
 * finds no event). Answers the page, the intent and the toast; the route says where to go.
 */
export async function runEventPageIntent<S extends z.ZodTypeAny>(
  request: Request,
  params: Params,
  page: "" | "/schedule",
  schema: S,
  run: (actor: Actor, eventId: number, v: z.output<S>, locale: Locale) => Promise<Toast | "notFound">,
): Promise<{ here: string; intent: z.output<S>; toast: Toast }> {
  const actor = await requireWriter(request, "organiser");
  const eventId = idParam(params.id);
  const locale = getLocale(request);
  const here = `/admin/events/${eventId}${page}`;
  const intent = await formOrToast(request, here, schema);
  const toast = await run(actor, eventId, intent, locale);
  if (toast === "notFound") notFound();
  return { here, intent, toast };
}
