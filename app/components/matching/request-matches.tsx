import type { ComponentProps } from "react";
import { Form, Link } from "@remix-run/react";
import type { NextSteps } from "~/services/engagement.server";
import { DISMISS_REASONS } from "~/modules/matching";
import { useT } from "~/components/i18n";
import { MeetingRequestButtons, MessageLink, ShortlistForm } from "~/components/engage/next-steps";
import { ReasonChips, ScoreBar } from "~/components/match-reasons";
import { Button, SubmitButton } from "~/components/ui/button";
import { Options } from "~/components/ui/field";

// The parts of the buyer's ranked suppliers for one request (/my/requests/REF): filters, the
// suppliers that said they are interested, the ranked list with "not relevant", and those set aside.

export function MatchFilters({
  filters,
  zones,
}: {
  filters: { verifiedOnly: boolean; zone: string };
  zones: { key: string; label: string }[];
}) {
  const t = useT();
  return (
    <Form
      method="get"
      className="mb-6 flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-4"
      aria-label={t("matching.filters")}
    >
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="verified" value="1" defaultChecked={filters.verifiedOnly} />
        {t("matching.verifiedOnly")}
      </label>
      <label className="flex flex-col text-sm">
        {t("matching.zone")}
        <select name="zone" defaultValue={filters.zone} className="mt-1 rounded border-slate-300">
          <option value="">{t("matching.zone.any")}</option>
          <Options items={zones} value={(z) => z.key} label={(z) => z.label} />
        </select>
      </label>
      <Button type="submit" variant="secondary">
        {t("matching.apply")}
      </Button>
    </Form>
  );
}

export function InterestedSuppliers({
  list,
  requestRef,
}: {
  list: { ref: string; name: string; note: string | null }[];
  requestRef: string;
}) {
  const t = useT();
  if (list.length === 0) return null;
  return (
    <section
      className="mb-6 rounded-lg border border-green-200 bg-green-50 p-4"
      aria-labelledby="interested-h"
    >
      <h2 id="interested-h" className="mb-2 font-semibold">
        {t("engage.interest.title", { count: list.length })}
      </h2>
      <ul className="space-y-1 text-sm">
        {list.map((i) => (
          <li key={i.ref}>
            <Link to={`/suppliers/${i.ref}`}>{i.name}</Link>{" "}
            <span className="font-mono text-xs text-slate-500">{i.ref}</span>
            {i.note && <span className="text-slate-700"> — “{i.note}”</span>}{" "}
            <Link
              to={`/my/messages/new?to=${encodeURIComponent(i.ref)}&request=${encodeURIComponent(requestRef)}`}
            >
              {t("engage.message.send")}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

type Match = {
  ref: string;
  name: string;
  nameLang: string;
  zone: string | null;
  score: number;
  reasons: ComponentProps<typeof ReasonChips>["reasons"];
  interested: boolean;
  steps: NextSteps;
  otherVerdict: OtherVerdict;
};

type OtherVerdict = { givenBy: "buyer" | "organiser"; reason: string; note: string | null } | null;

/** The other side's "not relevant" on this supplier, shown, not hidden (decision 703). */
function OtherVerdictNote({ verdict }: { verdict: OtherVerdict }) {
  const t = useT();
  if (!verdict) return null;
  return (
    <p className="mt-1 text-sm text-amber-800" data-other-verdict={verdict.givenBy}>
      {t("matching.verdict.other", {
        who: t(`matching.verdict.${verdict.givenBy}`),
        reason: t(`matching.reason.${verdict.reason}`),
      })}
      {verdict.note && <span className="ml-1 text-slate-600">({verdict.note})</span>}
    </p>
  );
}

export function MatchList({ matches, requestRef }: { matches: Match[]; requestRef: string }) {
  const t = useT();
  if (matches.length === 0) return <p className="text-slate-600">{t("matching.none")}</p>;
  return (
    <ol className="space-y-3">
      {matches.map((m) => (
        <li key={m.ref} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <h2 className="text-lg font-semibold" lang={m.nameLang}>
              <Link to={`/suppliers/${m.ref}`}>{m.name}</Link>
              {m.zone && <span className="ml-2 text-sm font-normal text-slate-500">{m.zone}</span>}
            </h2>
            <ScoreBar score={m.score} />
          </div>
          {m.interested && (
            <p className="mt-1 text-sm font-medium text-green-800">{t("engage.interest.badge")}</p>
          )}
          <OtherVerdictNote verdict={m.otherVerdict} />
          <ReasonChips reasons={m.reasons} />
          <div className="mt-3 flex flex-wrap items-start gap-3">
            <MeetingRequestButtons steps={m.steps} toRef={m.ref} toName={m.name} />
            <ShortlistForm lists={m.steps.shortlists} supplierRef={m.ref} name={m.name} />
            <MessageLink steps={m.steps} toRef={m.ref} requestRef={requestRef} />
          </div>
          <details className="mt-3 text-sm">
            <summary className="cursor-pointer text-slate-600">{t("matching.notRelevant")}</summary>
            <Form method="post" className="mt-2 flex flex-wrap items-end gap-3">
              <input type="hidden" name="intent" value="dismiss" />
              <input type="hidden" name="supplier" value={m.ref} />
              <input type="hidden" name="score" value={m.score} />
              <label className="flex flex-col">
                {t("matching.notRelevant.reason")}
                <select name="reason" required className="mt-1 rounded border-slate-300">
                  <Options
                    items={DISMISS_REASONS}
                    value={(r) => r}
                    label={(r) => t(`matching.reason.${r}`)}
                  />
                </select>
              </label>
              <label className="flex flex-col">
                {t("matching.notRelevant.note")}
                <input name="note" maxLength={500} className="mt-1 rounded border-slate-300" />
              </label>
              <SubmitButton variant="secondary">{t("matching.notRelevant.submit")}</SubmitButton>
            </Form>
          </details>
        </li>
      ))}
    </ol>
  );
}

export function DismissedSuppliers({
  list,
}: {
  list: { ref: string; name: string; reason: string; otherVerdict: OtherVerdict }[];
}) {
  const t = useT();
  if (list.length === 0) return null;
  return (
    <section className="mt-8" aria-labelledby="dismissed-heading">
      <h2 id="dismissed-heading" className="mb-2 text-lg font-semibold">
        {t("matching.dismissed.title", { count: list.length })}
      </h2>
      <ul className="space-y-1 text-sm">
        {list.map((x) => (
          <li key={x.ref} className="flex items-center gap-3">
            <span>{x.name}</span>
            <span className="text-slate-500">{t(`matching.reason.${x.reason}`)}</span>
            <Form method="post">
              <input type="hidden" name="intent" value="restore" />
              <input type="hidden" name="supplier" value={x.ref} />
              <button type="submit" className="text-brand-700 underline">
                {t("matching.dismissed.restore")}
              </button>
            </Form>
            <OtherVerdictNote verdict={x.otherVerdict} />
          </li>
        ))}
      </ul>
    </section>
  );
}
