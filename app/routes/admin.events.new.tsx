import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { requireRole, requireWriter } from "~/services/auth.server";
import { createEvent } from "~/services/events.server";
import { saveEventForm } from "~/services/events/event-form.server";
import { useT } from "~/components/i18n";
import { EventFormPage } from "~/components/events/event-form-page";
import { titleMeta } from "~/components/meta";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "organiser");
  return null;
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireWriter(request, "organiser");
  return saveEventForm(request, actor, {
    write: (db, value) => createEvent(db, value, actor.userId),
    audit: "event_create",
    done: "fair.admin.created",
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
  return (
    <EventFormPage title={t("fair.admin.new")} defaultValue={DEFAULTS} submitLabel={t("fair.admin.create")} />
  );
}

export const meta = titleMeta("fair.admin.new");

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
