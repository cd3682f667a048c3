import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { requireRole, requireWriter } from "~/services/auth.server";
import { getDb } from "~/utils/services.server";
import { eventFormFields } from "~/modules/events";
import { getEvent, listTables, updateEvent } from "~/services/events.server";
import { saveEventForm } from "~/services/events/event-form.server";
import { useT } from "~/components/i18n";
import { EventFormPage } from "~/components/events/event-form-page";
import { titleMeta } from "~/components/meta";

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
  return saveEventForm(request, actor, {
    write: async (db, value) => {
      await updateEvent(db, ev.id, value);
      return ev.id;
    },
    audit: "event_update",
    done: "fair.admin.saved",
  });
}

export default function EditEvent() {
  const t = useT();
  const { values } = useLoaderData<typeof loader>();
  return <EventFormPage title={t("fair.admin.edit")} defaultValue={values} submitLabel={t("common.save")} />;
}

export const meta = titleMeta("fair.admin.edit");

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
