import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { requireRole, requireWriter } from "~/services/auth.server";
import { boardTime, liveBoard, runLiveIntent } from "~/services/events/live.server";
import { getLocale } from "~/utils/locale.server";
import { redirectWithToast } from "~/utils/session.server";
import { idParam, invariantResponse, notFound } from "~/utils/responses";
import { useT } from "~/components/i18n";
import { titleMeta } from "~/components/meta";
import { PageHeader } from "~/components/page-header";
import { DayChanges, SlotBlock } from "~/components/events/live-board";
import { readForm } from "~/utils/form-body.server";

// The organisers' screen on the fair day: the slot running by the clock and the next one, with
// check-in and no-show per meeting. `?at=ISO` shows the board as at another time (rehearsals).

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, "organiser");
  const now = boardTime(new URL(request.url).searchParams.get("at"));
  const board = await liveBoard(idParam(params.id), now, getLocale(request));
  if (!board) notFound();
  return board;
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireWriter(request, "organiser");
  const eventId = idParam(params.id);
  const url = new URL(request.url);
  const fields = Object.fromEntries(await readForm(request));
  const now = boardTime(url.searchParams.get("at"));
  const out = await runLiveIntent(actor, eventId, fields, now, getLocale(request));
  if ("preview" in out) return { preview: out.preview };
  if ("status" in out) invariantResponse(false, out.message, { status: out.status });
  return redirectWithToast(request, `/admin/events/${eventId}/live${url.search}`, out.toast);
}

export const meta = titleMeta("fairDay.live.title");

export default function Live() {
  const d = useLoaderData<typeof loader>();
  const a = useActionData<typeof action>();
  const t = useT();
  return (
    <>
      <PageHeader
        title={`${t("fairDay.live.title")} — ${d.event.name}`}
        lead={t("fairDay.live.clock", { time: d.clock })}
      >
        <div className="mt-3 flex gap-3 text-sm">
          <Link to={`/admin/events/${d.event.id}/agendas`}>{t("fairDay.live.printAll")}</Link>
          <Link to={`/admin/events/${d.event.id}/report`}>{t("fairDay.live.report")}</Link>
        </div>
      </PageHeader>
      <div className="space-y-6">
        {d.current ? (
          <SlotBlock title={t("fairDay.live.now")} slot={d.current} />
        ) : (
          <p className="text-slate-600">{t("fairDay.live.noSlot")}</p>
        )}
        {d.next && <SlotBlock title={t("fairDay.live.next")} slot={d.next} />}
        <DayChanges d={d} preview={a?.preview} />
      </div>
    </>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
