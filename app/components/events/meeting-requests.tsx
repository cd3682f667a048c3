import { Form, Link } from "@remix-run/react";
import { DECLINE_REASONS } from "~/modules/events";
import { MeetingWhyInput, MessageRowLink } from "~/components/engage/next-steps";
import { useT } from "~/components/i18n";
import { StatusBadge } from "~/components/events/status-badge";
import { Button } from "~/components/ui/button";
import { Select, Options } from "~/components/ui/field";
import type { MyRequestRow } from "~/services/events/my-event.server";
import { IntentButton } from "~/components/ui/intent-button";

// The parts of a participant's meeting-request page (/my/events/:id): counters, a request with
// its answers, the two-step cancellation of an accepted meeting, and the "ask to meet" form.

export function Counters({ counts }: { counts: Record<string, number> }) {
  const t = useT();
  return (
    <span className="ml-2 text-sm font-normal text-slate-600">
      {(["pending", "accepted", "declined", "cancelled", "expired"] as const)
        .filter((s) => counts[s] > 0)
        .map((s) => `${t(`fair.state.${s}`)} ${counts[s]}`)
        .join(" · ")}
    </span>
  );
}

/** A participant's name links to its public page (suppliers' profiles, buyers' pages). */
export function OrgLink({
  kind,
  refCode,
  name,
}: {
  kind: "buyer" | "supplier";
  refCode: string;
  name: string;
}) {
  return <Link to={kind === "supplier" ? `/suppliers/${refCode}` : `/buyers/${refCode}`}>{name}</Link>;
}

export function RequestRow({ r, side }: { r: MyRequestRow; side: "sent" | "received" }) {
  const t = useT();
  return (
    <li className="rounded border bg-white p-3 text-sm">
      <div className="flex flex-wrap items-center gap-2">
        <strong>
          <OrgLink kind={r.otherKind} refCode={r.otherRef} name={r.otherName} />
        </strong>{" "}
        <span className="font-mono text-xs text-slate-500">{r.otherRef}</span>{" "}
        <StatusBadge status={r.status} />
        {r.declineReason && <span className="text-slate-600">({t(`fair.decline.${r.declineReason}`)})</span>}
        <span className="text-xs text-slate-500">{r.at}</span>
      </div>
      {r.message && <p className="mt-1 text-slate-700">“{r.message}”</p>}
      {r.cancelReason && (
        <p className="mt-1 text-slate-700">
          {t("fair.my.cancelledBecause")} “{r.cancelReason}”
        </p>
      )}
      <div className="mt-2 flex flex-wrap gap-2">
        {r.canMessage && <MessageRowLink toRef={r.otherRef} name={r.otherName} meeting={r.id} />}
        {side === "received" && r.status === "pending" && (
          <>
            <IntentButton
              intent="accept"
              fields={{ requestId: r.id }}
              label={t("fair.my.accept")}
              item={r.otherName}
            />
            <Form method="post" className="flex gap-2">
              <input type="hidden" name="intent" value="decline" />
              <input type="hidden" name="requestId" value={r.id} />
              <Select name="reason" aria-label={t("fair.my.declineReason")} defaultValue="not_relevant">
                <Options items={DECLINE_REASONS} value={(x) => x} label={(x) => t(`fair.decline.${x}`)} />
              </Select>
              <Button type="submit" variant="secondary" label={t("fair.my.decline")} item={r.otherName} />
            </Form>
          </>
        )}
        {r.status === "accepted" && <CancelAccepted r={r} />}
        {side === "sent" && r.status === "pending" && (
          <IntentButton
            intent="cancel"
            fields={{ requestId: r.id }}
            variant="ghost"
            label={t("fair.my.cancel")}
            item={r.otherName}
          />
        )}
      </div>
    </li>
  );
}

/**
 * Cancelling an accepted meeting is a second step with a reason (issue 13): the other firm has
 * planned for it, reads why, and a slip of the finger cannot cancel it. A <details> keeps it
 * working without JavaScript; the server refuses a cancellation without a reason anyway.
 */
function CancelAccepted({ r }: { r: MyRequestRow }) {
  const t = useT();
  const id = `cancel-reason-${r.id}`;
  return (
    <details className="w-full">
      <summary className="cursor-pointer text-sm font-medium text-red-800">
        {t("fair.my.cancelMeeting")}
        <span className="sr-only">: {r.otherName}</span>
      </summary>
      <Form method="post" className="mt-2 space-y-2 rounded border border-red-200 bg-red-50 p-3">
        <input type="hidden" name="intent" value="cancel" />
        <input type="hidden" name="requestId" value={r.id} />
        <label htmlFor={id} className="block text-sm font-medium">
          {t("fair.my.cancelReason", { name: r.otherName })}
        </label>
        <textarea
          id={id}
          name="reason"
          required
          maxLength={500}
          rows={2}
          className="block w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
        />
        <Button type="submit" variant="secondary">
          {t("fair.my.cancelConfirm")}
        </Button>
      </Form>
    </details>
  );
}

export function AskForm({ id, name, disabled }: { id: number; name: string; disabled: boolean }) {
  const t = useT();
  return (
    <Form method="post" className="mt-2 flex flex-wrap gap-2">
      <input type="hidden" name="intent" value="send" />
      <input type="hidden" name="toId" value={id} />
      <MeetingWhyInput toName={name} className="max-w-md" />
      <Button type="submit" disabled={disabled} label={t("fair.my.ask")} item={name} />
    </Form>
  );
}
