import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { displayName } from "~/modules/i18n";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { getActor, requireOwnOrgWriter } from "~/services/auth.server";
import { getTranslator } from "~/utils/locale.server";
import { idParam, notFound } from "~/utils/responses";
import { redirectWithToast } from "~/utils/session.server";
import { publicEventPage, registerForEvent } from "~/services/events/public-event.server";
import { useLocale, useT } from "~/components/i18n";
import { formatDate, formatDateTime } from "~/components/format";
import { pageMeta } from "~/components/meta";
import { PageHeader } from "~/components/page-header";
import { StatusBadge } from "~/components/events/status-badge";
import { Participants, Programme } from "~/components/events/public-event";
import { Button, ButtonLink } from "~/components/ui/button";
import { readForm } from "~/utils/form-body.server";

// The public page of an event, and registration for members of a buyer or supplier firm.

export async function loader({ request, params }: LoaderFunctionArgs) {
  const page = await publicEventPage(idParam(params.id), await getActor(request));
  return page ?? notFound();
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireOwnOrgWriter(request);
  const id = idParam(params.id);
  const { t } = getTranslator(request);
  const note =
    String((await readForm(request)).get("note") ?? "")
      .trim()
      .slice(0, 1000) || null;
  const refused = await registerForEvent(actor, id, note);
  return redirectWithToast(request, `/events/${id}`, {
    kind: refused ? "error" : "success",
    message: refused ?? t("fair.register.done"),
  });
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageMeta(matches, () => ({ title: data?.ev.nameVi ?? "Event" }));

export default function EventPage() {
  const d = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <PageHeader
        kicker={t("fair.events.title")}
        title={displayName(d.ev, locale)}
        lead={`${d.ev.days.map((x) => formatDate(x, locale)).join(", ")} · ${d.ev.dayStart}–${d.ev.dayEnd}${d.ev.venue ? ` · ${d.ev.venue}` : ""}`}
      />
      <p className="mb-4 text-slate-700">
        {t("fair.event.about", { slots: d.ev.slots, minutes: d.ev.meetingMinutes })}
      </p>
      {d.ev.deadline && (
        <p className="mb-4 text-sm text-slate-600">
          {t("fair.deadline", { when: formatDateTime(d.ev.deadline, locale) })}
        </p>
      )}
      <Programme d={d} />
      <section className="rounded-lg border bg-white p-5">
        <h2 className="mb-2 text-lg font-semibold">{t("fair.register.title")}</h2>
        {d.mine ? (
          <div className="space-y-3">
            <p>
              {t("fair.register.yours", { kind: t(`fair.kind.${d.mine.kind}`) })}{" "}
              <StatusBadge status={d.mine.status} />
            </p>
            {d.mine.status === "approved" && (
              <ButtonLink to={`/my/events/${d.ev.id}`}>{t("fair.register.goMeetings")}</ButtonLink>
            )}
            {d.mine.status === "pending" && (
              <p className="text-sm text-slate-600">{t("fair.register.waiting")}</p>
            )}
          </div>
        ) : !d.loggedIn ? (
          <p>
            <Link to={`/login?redirectTo=/events/${d.ev.id}`}>{t("fair.register.login")}</Link>
          </p>
        ) : !d.canRegister ? (
          <p className="text-slate-600">{t("fair.register.onlyFirms")}</p>
        ) : !d.registrationOpen ? (
          <p className="text-slate-600">{t("fair.register.closed")}</p>
        ) : (
          <Form method="post" className="space-y-3">
            <label className="block text-sm">
              {t("fair.register.note")}
              <textarea
                name="note"
                rows={2}
                maxLength={1000}
                className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
              />
            </label>
            <Button type="submit">{t("fair.register.submit")}</Button>
          </Form>
        )}
      </section>
      <Participants list={d.participants} />
    </>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
