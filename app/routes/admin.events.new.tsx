import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { parseWithZod } from "@conform-to/zod";
import { useActionData } from "@remix-run/react";
import { requireRole, requireWriter } from "~/services/auth.server";
import { getDb } from "~/utils/services.server";
import { getTranslator } from "~/utils/locale.server";
import { redirectWithToast } from "~/utils/session.server";
import { eventFormSchema } from "~/modules/events";
import { createEvent, fairError } from "~/services/events.server";
import { auditAction } from "~/services/audit.server";
import { useT } from "~/components/i18n";
import { EventForm } from "~/components/events/event-form";
import { titleMeta } from "~/components/meta";
import { readForm } from "~/utils/form-body.server";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "organiser");
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireWriter(request, "organiser");
  const submission = parseWithZod(await readForm(request), { schema: eventFormSchema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const db = getDb();
  let id: number;
  try {
    id = await createEvent(db, submission.value, actor.userId);
  } catch (e) {
    const msg = fairError(e);
    if (msg === null) throw e;
    return data({ result: submission.reply({ fieldErrors: { days: [msg] } }) }, { status: 400 });
  }
  await auditAction(db, actor, "event_create", "event", id);
  const { t } = getTranslator(request);
  return redirectWithToast(request, `/admin/events/${id}`, {
    kind: "success",
    message: t("fair.admin.created"),
  });
}

const DEFAULTS: Record<string, string> = {
  status: "draft",
  dayStart: "09:00",
  dayEnd: "17:00",
  breaks: "12:00-13:30",
  meetingMinutes: "20",
  changeoverMinutes: "5",
  tables: Array.from({ length: 10 }, (_, i) => `Bàn ${i + 1}`).join("\n"),
  buyerMaxOpenRequests: "30",
  supplierMaxOpenRequests: "10",
};

export default function NewEvent() {
  const t = useT();
  const a = useActionData<typeof action>();
  return (
    <section className="space-y-4">
      <h2 className="text-xl font-semibold">{t("fair.admin.new")}</h2>
      <EventForm defaultValue={DEFAULTS} lastResult={a?.result} submitLabel={t("fair.admin.create")} />
    </section>
  );
}

export const meta = titleMeta("fair.admin.new");

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
