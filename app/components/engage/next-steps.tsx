import { useEffect, useState } from "react";
import { Form, Link, useFetcher, useLocation } from "@remix-run/react";
import type { NextSteps, ShortlistChoice } from "~/services/engagement.server";
import { pickText } from "~/modules/i18n";
import { useLocale, useT } from "~/components/i18n";
import { Button, buttonClass } from "~/components/ui/button";
import { Select, TextInput, Options } from "~/components/ui/field";

// "What can I do about this firm, here": ask for a meeting at an open fair, add it to a
// shortlist, write to it. Each form posts to its own /my route and comes back here (returnTo).

type Steps = Omit<NextSteps, "meetings"> & {
  meetings: { eventId: number; name: { vi: string | null; en: string | null }; asked: boolean }[];
};

function useReturnTo() {
  const l = useLocation();
  return l.pathname + l.search;
}

/** Why the firm asks to meet `toName`: the optional message of a meeting request. */
export function MeetingWhyInput({ toName, className }: { toName: string; className: string }) {
  const t = useT();
  return (
    <TextInput
      name="message"
      maxLength={500}
      placeholder={t("fair.my.why")}
      aria-label={`${t("fair.my.why")} (${toName})`}
      className={className}
    />
  );
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
        const ev = pickText(m.name, locale);
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
                <MeetingWhyInput toName={toName} className="max-w-xs" />
                <Button type="submit" label={t("engage.meeting.request", { event: ev })} item={toName} />
              </Form>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** What /my/shortlists answers a form sent from another page without leaving it. */
export type InlineShortlistAnswer = { ok: boolean; message: string; listId?: number };

/**
 * "Add to shortlist" next to a supplier (profile, search results, ranked matches). With
 * JavaScript it posts in the background and says so in place (the page stays where the buyer
 * is reading); without, it posts and comes back (returnTo). The lists already holding the
 * supplier are named above the form.
 */
export function ShortlistForm({
  lists,
  supplierRef,
  name,
}: {
  lists: ShortlistChoice[] | null;
  supplierRef: string;
  name: string;
}) {
  const t = useT();
  const returnTo = useReturnTo();
  const fetcher = useFetcher<InlineShortlistAnswer>();
  // Only once hydrated is the answer read by this component; before that the plain form
  // navigates and comes back, so the server must redirect rather than answer JSON.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  if (!lists) return null;
  const answer = fetcher.state === "idle" ? fetcher.data : undefined;
  const held = lists.filter((l) => l.has || (answer?.ok && answer.listId === l.id));
  const busy = fetcher.state !== "idle";
  return (
    <div className="text-sm" data-shortlist={supplierRef}>
      {held.length > 0 && (
        <p className="mb-1 text-slate-600" data-shortlisted>
          {t("engage.shortlist.in", { lists: held.map((l) => l.name).join(", ") })}
        </p>
      )}
      <fetcher.Form method="post" action="/my/shortlists" className="flex flex-wrap items-center gap-2">
        <input type="hidden" name="intent" value="add" />
        <input type="hidden" name="supplier" value={supplierRef} />
        <input type="hidden" name="returnTo" value={returnTo} />
        {hydrated && <input type="hidden" name="inline" value="1" />}
        {lists.length > 0 ? (
          <Select name="shortlistId" aria-label={`${t("engage.shortlist.which")} (${name})`}>
            <Options items={lists} value={(l) => l.id} label={(l) => l.name} />
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
        <Button
          type="submit"
          variant="secondary"
          disabled={busy}
          label={t("engage.shortlist.add")}
          item={name}
        />
      </fetcher.Form>
      <p role="status" className={answer?.ok === false ? "mt-1 text-red-700" : "mt-1 text-emerald-700"}>
        {answer?.message ?? ""}
      </p>
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

/**
 * "Message" on a row of /my/events/ID: opens the thread with that firm about that meeting
 * request (or starts it), or the pair's general thread for a suggestion (no request yet).
 */
export function MessageRowLink({ toRef, name, meeting }: { toRef: string; name: string; meeting?: number }) {
  const t = useT();
  const qs = new URLSearchParams({ to: toRef, ...(meeting ? { meeting: String(meeting) } : {}) });
  return (
    <Link
      to={`/my/messages/new?${qs}`}
      className={buttonClass("ghost")}
      aria-label={`${t("engage.message.short")}: ${name}`}
      data-message-link
    >
      {t("engage.message.short")}
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
      <ShortlistForm lists={steps.shortlists} supplierRef={refCode} name={name} />
      <MessageLink steps={steps} toRef={refCode} />
      {steps.meetings.length === 0 && (
        <p className="text-xs text-slate-500">{t("engage.meeting.noneOpen")}</p>
      )}
    </div>
  );
}
