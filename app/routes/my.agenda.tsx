import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requireOwnOrg, requireOwnOrgWriter } from "~/services/auth.server";
import {
  OUTCOMES,
  eventAgendas,
  getDb,
  meetingsAwaitingTime,
  myEvents,
  publishedMeeting,
  recordOutcome,
} from "~/services/agenda.server";
import { getLocale } from "~/utils/locale.server";
import { redirectWithToast } from "~/utils/session.server";
import { canRecordOutcome } from "~/modules/agenda";
import { translator } from "~/modules/i18n";
import { useT } from "~/components/i18n";
import { titleMeta } from "~/components/meta";
import { PageHeader } from "~/components/page-header";
import { AgendaSheet, agendaPrintLinks } from "~/components/agenda-sheet";
import { PrintButton } from "~/components/print-button";
import { OrgLink } from "~/components/events/meeting-requests";
import { readForm } from "~/utils/form-body.server";
import { badRequest } from "~/utils/responses";
import { fieldMessage, submissionText } from "~/modules/i18n/field-message";
import { parseWithZod } from "@conform-to/zod";

export const links = agendaPrintLinks;

// The firm's published meetings, per event (?event=ID for one), printable, with the .ics and a
// QR check-in code per meeting; after a meeting starts each side records its outcome here.

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireOwnOrg(request);
  const locale = getLocale(request);
  const url = new URL(request.url);
  const only = Number(url.searchParams.get("event")) || undefined;
  const events = (await myEvents(actor.orgId, locale)).filter(
    (e) => only === undefined || e.eventId === only,
  );
  const now = new Date();
  const agendas = [];
  for (const e of events) {
    const [a] = await eventAgendas(e.eventId, locale, { onlyParticipant: e.participantId });
    agendas.push({
      eventId: e.eventId,
      name: e.name,
      venue: e.venue,
      entries: (a?.entries ?? []).map((x) => ({ ...x, canRecord: canRecordOutcome(x.start, now) })),
    });
  }
  // Accepted but not yet placed by the organisers: shown at once, "time to be set" (decision 390).
  const waiting = (await meetingsAwaitingTime(actor.orgId, locale)).filter(
    (e) => only === undefined || e.eventId === only,
  );
  return { agendas, waiting, only: only ?? null, outcomes: OUTCOMES };
}

// Message keys, not zod's English defaults: the refusal is read in the participant's language.
const FORM_KEY = "fairDay.outcome.err.form";
const outcomeForm = z.object({
  intent: z.literal("outcome", { errorMap: () => ({ message: FORM_KEY }) }),
  meeting: z.coerce
    .number({ errorMap: () => ({ message: FORM_KEY }) })
    .int(FORM_KEY)
    .positive(FORM_KEY),
  outcome: z.enum(OUTCOMES, { errorMap: () => ({ message: "fairDay.outcome.err.outcome" }) }),
  note: z
    .string()
    .trim()
    .max(1000, fieldMessage("fairDay.outcome.err.noteTooLong", { max: 1000 }))
    .optional(),
});

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireOwnOrgWriter(request);
  const t = translator(getLocale(request));
  const parsed = parseWithZod(await readForm(request), { schema: outcomeForm });
  // One small form per meeting on the agenda, so the refusal says it whole (400), in their language.
  if (parsed.status !== "success") badRequest(submissionText(t, parsed.error) || t(FORM_KEY));
  const db = getDb();
  const m = await publishedMeeting(db, parsed.value.meeting);
  // Only the two sides of a published meeting speak for it; the org check is in the lookup.
  const side = m && (m.aOrgId === actor.orgId ? m.aId : m.bOrgId === actor.orgId ? m.bId : null);
  if (!m || !side) throw new Response(t("error.forbidden.title"), { status: 403 });
  const back = `/my/agenda?event=${m.eventId}`;
  if (!canRecordOutcome(m.startsAt, new Date()))
    return redirectWithToast(request, back, { kind: "error", message: t("fairDay.outcome.tooEarly") });
  await recordOutcome(db, {
    meetingId: m.meetingId,
    participantId: side,
    outcome: parsed.value.outcome,
    note: parsed.value.note || null,
    userId: actor.userId,
  });
  return redirectWithToast(request, back, { kind: "success", message: t("fairDay.outcome.saved") });
}

// The page's head: print, and the .ics of the agenda shown (one event's or all).
function AgendaHeader({ only }: { only: number | null }) {
  const t = useT();
  return (
    <PageHeader
      title={t("fairDay.agenda.title")}
      lead={<span className="no-print">{t("fairDay.agenda.lead")}</span>}
    >
      <div className="no-print mt-3 flex flex-wrap gap-3">
        <PrintButton />
        <a
          href={only ? `/my/agenda.ics?event=${only}` : "/my/agenda.ics"}
          download
          className="rounded border border-slate-300 px-3 py-1.5 text-sm no-underline hover:bg-slate-50"
        >
          {t("fairDay.agenda.ics")}
        </a>
      </div>
    </PageHeader>
  );
}

// Meetings accepted but not yet placed by the organisers, per event.
function AwaitingTime({ waiting }: { waiting: Awaited<ReturnType<typeof meetingsAwaitingTime>> }) {
  const t = useT();
  return (
    <section
      id="awaiting-time"
      aria-labelledby="awaiting-time-h"
      className="mb-6 rounded-lg border bg-white p-4"
    >
      <h2 id="awaiting-time-h" className="font-semibold">
        {t("engage.agenda.awaiting")}
      </h2>
      <p className="mb-2 text-sm text-slate-600">{t("engage.agenda.awaitingLead")}</p>
      {waiting.map((e) => (
        <div key={e.eventId} className="mt-2">
          <h3 className="text-sm font-medium">
            <Link to={`/my/events/${e.eventId}`}>{e.name}</Link>
          </h3>
          <ul className="list-disc pl-5 text-sm">
            {e.with.map((w) => (
              <li key={w.ref} data-awaiting={w.ref}>
                <OrgLink kind={w.kind} refCode={w.ref} name={w.name} />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

export const meta = titleMeta("fairDay.agenda.title");

export default function MyAgenda() {
  const d = useLoaderData<typeof loader>();
  const t = useT();
  return (
    <>
      <AgendaHeader only={d.only} />
      {d.waiting.length > 0 && <AwaitingTime waiting={d.waiting} />}
      {d.agendas.length === 0 && d.waiting.length === 0 && (
        <p className="text-slate-600">{t("fairDay.agenda.noEvents")}</p>
      )}
      {d.agendas.map((a) => (
        <AgendaSheet
          key={a.eventId}
          title={a.name}
          subtitle={a.venue ?? undefined}
          entries={a.entries}
          outcomes={d.outcomes}
        />
      ))}
    </>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
