import { data } from "@remix-run/node";
import { parseWithZod } from "@conform-to/zod";
import type { Actor } from "~/modules/auth/permissions";
import { eventFormSchema } from "~/modules/events";
import { getDb } from "~/utils/services.server";
import { getTranslator } from "~/utils/locale.server";
import { redirectWithToast } from "~/utils/session.server";
import { readForm } from "~/utils/form-body.server";
import { auditAction } from "~/services/audit.server";
import { fairError, type EventInput } from "~/services/events.server";
import type { Db } from "../../../db/connection";

// The event settings form (/admin/events/new and /admin/events/:id/edit) is one form with two
// writes: the same parsing, the same refusals and the same way back to the event's page.

export type EventFormSave = {
  /** Creates or updates the event; answers its id. */
  write: (db: Db, value: EventInput) => Promise<number>;
  audit: "event_create" | "event_update";
  /** The toast's message key on the event's page. */
  done: string;
};

/**
 * The form's fields parsed by `eventFormSchema` (400 with the fields' messages), the event
 * written (a rule of the fair it breaks is the days field's message, 400), the audit entry,
 * then the event's page with the toast. Guards and loading the event stay with the route.
 */
export async function saveEventForm(request: Request, actor: Actor, save: EventFormSave) {
  const submission = parseWithZod(await readForm(request), { schema: eventFormSchema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const db = getDb();
  let id: number;
  try {
    id = await save.write(db, submission.value);
  } catch (e) {
    const msg = fairError(e);
    if (msg === null) throw e;
    return data({ result: submission.reply({ fieldErrors: { days: [msg] } }) }, { status: 400 });
  }
  await auditAction(db, actor, save.audit, "event", id);
  const { t } = getTranslator(request);
  return redirectWithToast(request, `/admin/events/${id}`, { kind: "success", message: t(save.done) });
}
