import { Form, Link, useLocation } from "@remix-run/react";
import type { NextSteps } from "~/services/engagement.server";
import { useLocale, useT } from "~/components/i18n";
import { Button, buttonClass } from "~/components/ui/button";
import { Select, TextInput } from "~/components/ui/field";

// "What can I do about this firm, here": ask for a meeting at an open fair, add it to a
// shortlist, write to it. Each form posts to its own /my route and comes back here (returnTo).

type Steps = Omit<NextSteps, "meetings"> & {
  meetings: { eventId: number; name: { vi: string | null; en: string | null }; asked: boolean }[];
};

function useReturnTo() {
  const l = useLocation();
  return l.pathname + l.search;
}

export function MeetingRequestButtons({
  steps,
  toRef,
  toName,
}: {
  steps: Steps;
  toRef: string;
  toName: string;
}) {
  const t = useT();
  const locale = useLocale();
  const returnTo = useReturnTo();
  if (steps.meetings.length === 0) return null;
  return (
    <ul className="space-y-2">
      {steps.meetings.map((m) => {
        const ev = (locale === "en" ? m.name.en : m.name.vi) ?? m.name.vi ?? m.name.en ?? "";
        return (
          <li key={m.eventId}>
            {m.asked ? (
              <p className="text-sm text-slate-600">
                {t("engage.meeting.asked", { event: ev })}{" "}
                <Link to={`/my/events/${m.eventId}`}>{t("engage.meeting.see")}</Link>
              </p>
            ) : (
              <Form method="post" action="/my/meeting-requests" className="flex flex-wrap items-center gap-2">
                <input type="hidden" name="eventId" value={m.eventId} />
                <input type="hidden" name="to" value={toRef} />
                <input type="hidden" name="returnTo" value={returnTo} />
                <TextInput
                  name="message"
                  maxLength={500}
                  placeholder={t("fair.my.why")}
                  aria-label={`${t("fair.my.why")} (${toName})`}
                  className="max-w-xs"
                />
                <Button type="submit" aria-label={`${t("engage.meeting.request", { event: ev })}: ${toName}`}>
                  {t("engage.meeting.request", { event: ev })}
                </Button>
              </Form>
            )}
          </li>
        );
      })}
    </ul>
  );
}

export function ShortlistForm({
  steps,
  supplierRef,
  name,
}: {
  steps: Steps;
  supplierRef: string;
  name: string;
}) {
  const t = useT();
  const returnTo = useReturnTo();
  if (!steps.shortlists) return null;
  const inAny = steps.shortlists.filter((l) => l.has);
  return (
    <div className="text-sm">
      {inAny.length > 0 && (
        <p className="mb-1 text-slate-600">
          {t("engage.shortlist.in", { lists: inAny.map((l) => l.name).join(", ") })}
        </p>
      )}
      <Form method="post" action="/my/shortlists" className="flex flex-wrap items-center gap-2">
        <input type="hidden" name="intent" value="add" />
        <input type="hidden" name="supplier" value={supplierRef} />
        <input type="hidden" name="returnTo" value={returnTo} />
        {steps.shortlists.length > 0 ? (
          <Select name="shortlistId" aria-label={`${t("engage.shortlist.which")} (${name})`}>
            {steps.shortlists.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </Select>
        ) : (
          <TextInput
            name="name"
            required
            maxLength={80}
            defaultValue={t("engage.shortlist.default")}
            aria-label={`${t("engage.shortlist.newName")} (${name})`}
            className="max-w-[12rem]"
          />
        )}
        <Button type="submit" variant="secondary" aria-label={`${t("engage.shortlist.add")}: ${name}`}>
          {t("engage.shortlist.add")}
        </Button>
      </Form>
    </div>
  );
}

export function MessageLink({
  steps,
  toRef,
  requestRef,
}: {
  steps: Steps;
  toRef: string;
  requestRef?: string;
}) {
  const t = useT();
  if (!steps.signedIn || steps.message === "notMember") return null;
  if (steps.message)
    return <p className="text-sm text-slate-600">{t(`engage.message.denied.${steps.message}`)}</p>;
  const qs = new URLSearchParams({ to: toRef, ...(requestRef ? { request: requestRef } : {}) });
  return (
    <Link to={`/my/messages/new?${qs}`} className={buttonClass("secondary")}>
      {t("engage.message.send")}
    </Link>
  );
}

/** The three together, as a panel's content. */
export function NextStepsPanel({ steps, refCode, name }: { steps: Steps; refCode: string; name: string }) {
  const t = useT();
  const empty =
    steps.meetings.length === 0 && !steps.shortlists && (steps.message === "notMember" || !steps.signedIn);
  if (empty) return null;
  return (
    <div className="space-y-3" data-next-steps>
      <MeetingRequestButtons steps={steps} toRef={refCode} toName={name} />
      <ShortlistForm steps={steps} supplierRef={refCode} name={name} />
      <MessageLink steps={steps} toRef={refCode} />
      {steps.meetings.length === 0 && (
        <p className="text-xs text-slate-500">{t("engage.meeting.noneOpen")}</p>
      )}
    </div>
  );
}
