import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { parseWithZod } from "@conform-to/zod";
import { useActionData, useLoaderData } from "@remix-run/react";
import { requireRole, requireWriter } from "~/services/auth.server";
import { getDb } from "~/utils/services.server";
import { getTranslator } from "~/utils/locale.server";
import { redirectWithToast } from "~/utils/session.server";
import { eventFormFields, eventFormSchema } from "~/modules/events";
import { fairError, getEvent, listTables, updateEvent } from "~/services/events.server";
import { auditAction } from "~/services/audit.server";
import { useT } from "~/components/i18n";
import { EventForm } from "~/components/events/event-form";
import { titleMeta } from "~/components/meta";
import { readForm } from "~/utils/form-body.server";

async function load(id: string | undefined) {
  const ev = await getEvent(getDb(), Number(id));
  if (!ev) throw new Response("Not found", { status: 404 });
  return ev;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, "organiser");
  const ev = await load(params.id);
  const tables = await listTables(getDb(), ev.id);
  return {
    id: ev.id,
    values: eventFormFields({
      ...ev,
      tableNames: tables.map((t) => t.name),
      allowBuyerBuyer: ev.allowBuyerBuyer === 1,
      allowSupplierSupplier: ev.allowSupplierSupplier === 1,
    }),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireWriter(request, "organiser");
  const ev = await load(params.id);
  const submission = parseWithZod(await readForm(request), { schema: eventFormSchema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const db = getDb();
  try {
    await updateEvent(db, ev.id, submission.value);
  } catch (e) {
    const msg = fairError(e);
    if (msg === null) throw e;
    return data({ result: submission.reply({ fieldErrors: { days: [msg] } }) }, { status: 400 });
  }
  await auditAction(db, actor, "event_update", "event", ev.id);
  const { t } = getTranslator(request);
  return redirectWithToast(request, `/admin/events/${ev.id}`, {
    kind: "success",
    message: t("fair.admin.saved"),
  });
}

export default function EditEvent() {
  const t = useT();
  const { values } = useLoaderData<typeof loader>();
  const a = useActionData<typeof action>();
  return (
    <section className="space-y-4">
      <h2 className="text-xl font-semibold">{t("fair.admin.edit")}</h2>
      <EventForm defaultValue={values} lastResult={a?.result} submitLabel={t("common.save")} />
    </section>
  );
}

export const meta = titleMeta("fair.admin.edit");

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
