import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import type { ComponentProps } from "react";
import { redirect } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { rateLimitWrite, requireOwnOrg } from "~/services/auth.server";
import { getLocale, getTranslator } from "~/utils/locale.server";
import { pickText } from "~/modules/i18n";
import { redirectWithToast } from "~/utils/session.server";
import { idParam } from "~/utils/responses";
import { myParticipation } from "~/services/events.server";
import {
  meetingRequestIntent,
  myEventPage,
  runMeetingRequestIntent,
  type MyRequestRow,
} from "~/services/events/my-event.server";
import { MessageRowLink } from "~/components/engage/next-steps";
import { useLocale, useT } from "~/components/i18n";
import { PageHeader } from "~/components/page-header";
import { Button } from "~/components/ui/button";
import { Field, TextInput } from "~/components/ui/field";
import { AskForm, Counters, OrgLink, RequestRow } from "~/components/events/meeting-requests";
import { pageMeta } from "~/components/meta";
import { TitledSection } from "~/components/titled-section";
import { readForm } from "~/utils/form-body.server";

// A participant's meeting requests at one event: sent and received with counters, answers,
// "you may want to meet" from matching, and a searchable list of who else takes part.

async function me(request: Request, eventId: number) {
  const actor = await requireOwnOrg(request);
  const p = await myParticipation(eventId, actor.orgId);
  return { actor, p };
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const eventId = idParam(params.id);
  const { p } = await me(request, eventId);
  if (!p || p.status !== "approved") throw redirect(`/events/${eventId}`);
  const q = (new URL(request.url).searchParams.get("q") ?? "").trim().toLowerCase();
  return myEventPage(eventId, p, q, getLocale(request));
}

export async function action({ request, params }: ActionFunctionArgs) {
  const eventId = idParam(params.id);
  const { actor, p } = await me(request, eventId);
  await rateLimitWrite(request, actor);
  const { t, locale } = getTranslator(request);
  const here = `/my/events/${eventId}`;
  if (!p || p.status !== "approved")
    return redirectWithToast(request, `/events/${eventId}`, {
      kind: "error",
      message: t("fair.my.notApproved"),
    });
  const parsed = meetingRequestIntent.safeParse(Object.fromEntries(await readForm(request)));
  if (!parsed.success) return redirectWithToast(request, here, { kind: "error", message: t("fair.badForm") });
  const toast = await runMeetingRequestIntent(actor, { id: p.id, eventId }, parsed.data, locale);
  return redirectWithToast(request, here, toast);
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageMeta(matches, (t) => ({ title: data?.ev.name ?? t("fair.my.kicker") }));

// Every section of the page: its h2 in the page's one heading style.
function Section(props: Omit<ComponentProps<typeof TitledSection>, "headingClassName">) {
  return <TitledSection headingClassName="mb-2 text-lg font-semibold" {...props} />;
}

// Received and sent requests: the same list, told apart by the side the reader is on.
function RequestsSection({
  id,
  side,
  rows,
  counts,
}: {
  id: string;
  side: "received" | "sent";
  rows: MyRequestRow[];
  counts: Record<string, number>;
}) {
  const t = useT();
  return (
    <Section
      id={id}
      title={
        <>
          {t(side === "received" ? "fair.my.received" : "fair.my.sentTitle")}
          <Counters counts={counts} />
        </>
      }
    >
      {rows.length === 0 ? (
        <p className="text-sm text-slate-600">
          {t(side === "received" ? "fair.my.noneReceived" : "fair.my.noneSent")}
        </p>
      ) : null}
      <ul className="space-y-2">
        {rows.map((r) => (
          <RequestRow key={r.id} r={r} side={side} />
        ))}
      </ul>
    </Section>
  );
}

export default function MyEvent() {
  const d = useLoaderData<typeof loader>();
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <PageHeader kicker={t("fair.my.kicker")} title={d.ev.name} lead={t("fair.my.lead")} />
      {d.deadlinePassed && (
        <p className="mb-4 rounded bg-amber-50 p-3 text-sm text-amber-900">{t("fair.my.deadlinePassed")}</p>
      )}
      <div className="grid gap-6 lg:grid-cols-2">
        <RequestsSection id="received-h" side="received" rows={d.received} counts={d.counts.received} />
        <RequestsSection id="sent-h" side="sent" rows={d.sent} counts={d.counts.sent} />
      </div>

      {d.suggestions.length > 0 && (
        <Section id="sugg-h" className="mt-8" title={t("fair.my.suggestions")}>
          <ul className="space-y-2">
            {d.suggestions.map((s) => (
              <li key={s.participantId} className="rounded border bg-white p-3 text-sm">
                <strong>
                  <OrgLink kind={s.kind} refCode={s.ref} name={pickText(s.name, locale) || s.ref} />
                </strong>{" "}
                <span className="font-mono text-xs text-slate-500">{s.ref}</span>{" "}
                <span className="text-slate-600">
                  {t("fair.my.fit", { score: Math.round(s.score * 100), request: s.via.title ?? s.via.ref })}
                </span>
                <ul className="mt-1 flex flex-wrap gap-1">
                  {s.reasons.map((r, i) => (
                    <li key={i} className="rounded-full bg-slate-100 px-2 py-0.5 text-xs">
                      {r.met === true ? "✓ " : r.met === false ? "✗ " : "? "}
                      {r.text}
                    </li>
                  ))}
                </ul>
                <AskForm
                  id={s.participantId}
                  name={pickText(s.name, locale) || s.ref}
                  disabled={d.deadlinePassed}
                />
                {s.kind !== d.me.kind && (
                  <MessageRowLink toRef={s.ref} name={pickText(s.name, locale) || s.ref} />
                )}
              </li>
            ))}
          </ul>
        </Section>
      )}

      <Section id="others-h" className="mt-8" title={t("fair.my.others", { count: d.othersTotal })}>
        <Form method="get" className="mb-3 flex items-end gap-2">
          <Field id="others-q" label={t("fair.my.search")}>
            <TextInput id="others-q" name="q" defaultValue={d.q} />
          </Field>
          <Button type="submit" variant="secondary">
            {t("common.search")}
          </Button>
        </Form>
        <ul className="space-y-2">
          {d.others.map((o) => (
            <li key={o.id} className="rounded border bg-white p-3 text-sm">
              <OrgLink kind={o.kind} refCode={o.ref} name={o.name} />{" "}
              <span className="font-mono text-xs text-slate-500">{o.ref}</span> · {t(`fair.kind.${o.kind}`)}
              <AskForm id={o.id} name={o.name} disabled={d.deadlinePassed} />
            </li>
          ))}
        </ul>
      </Section>
    </>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
