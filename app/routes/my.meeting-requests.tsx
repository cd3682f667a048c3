import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { z } from "zod";
import { requireOwnOrgWriter } from "~/services/auth.server";
import { meetingRefusal, requestMeetingWith } from "~/services/engagement.server";
import { getTranslator } from "~/utils/locale.server";
import { safeRedirect } from "~/modules/auth/permissions";
import { redirectWithToast } from "~/utils/session.server";
import { readForm } from "~/utils/form-body.server";

// A meeting request sent from wherever the firm was found (a profile, a request's matches, an
// opportunity): the same rules as /my/events/ID, by organisation ref; back where the user was.

const schema = z.object({
  eventId: z.coerce.number().int().positive(),
  to: z.string().min(1).max(64),
  message: z.string().trim().max(500).optional(),
  returnTo: z.string().max(2000).optional(),
});

export async function loader() {
  throw redirect("/my");
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireOwnOrgWriter(request);
  const { t } = getTranslator(request);
  const form = Object.fromEntries(await readForm(request));
  const back = safeRedirect(form.returnTo, "/my");
  const parsed = schema.safeParse(form);
  if (!parsed.success) return redirectWithToast(request, back, { kind: "error", message: t("fair.badForm") });
  const v = parsed.data;
  try {
    const status = await requestMeetingWith(actor, v.eventId, v.to, v.message || null);
    return redirectWithToast(request, back, {
      kind: "success",
      message: t(status === "accepted" ? "fair.my.sentMutual" : "fair.my.sent"),
    });
  } catch (e) {
    const msg = meetingRefusal(e, t);
    if (msg === null) throw e;
    return redirectWithToast(request, back, { kind: "error", message: msg });
  }
}
