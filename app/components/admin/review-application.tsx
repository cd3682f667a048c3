import { Form, useNavigation } from "@remix-run/react";
import type { ComponentProps } from "react";
import { useLocale, useT } from "~/components/i18n";
import { Button } from "~/components/ui/button";
import { TextInput } from "~/components/ui/field";
import { formatDate, formatNumber } from "~/components/format";
import {
  DocumentLinks,
  EarlierRounds,
  numberedInfoRequests,
  QuestionAndAnswer,
  type FirmApplication,
} from "~/components/schemes/firm-application";

// One application on /admin/schemes/ID: the firm, its state, note and documents, the questions
// asked and the firm's answers, and — while undecided and not withdrawn — approve with an amount,
// reject with a reason, or ask for more information (one open question at a time).
export interface ReviewedApplication extends FirmApplication {
  orgRef: string;
  orgNameVi: string | null;
  orgNameEn: string | null;
  note: string;
}

// The decisions, in the order shown; a question can be asked only while the application is
// submitted (one open question at a time).
type Decision = {
  intent: "approve" | "reject" | "ask";
  label: string;
  button: string;
  input: ComponentProps<typeof TextInput>;
  variant?: "secondary";
};
const DECISIONS: Decision[] = [
  {
    intent: "approve",
    label: "schemes.amount",
    button: "schemes.approve",
    input: { name: "amount", inputMode: "numeric", required: true, className: "w-40" },
  },
  {
    intent: "reject",
    label: "schemes.reason",
    button: "schemes.reject",
    input: { name: "reason", required: true, maxLength: 2000, className: "w-64" },
    variant: "secondary",
  },
  {
    intent: "ask",
    label: "schemes.question",
    button: "schemes.askInfo",
    input: { name: "question", required: true, maxLength: 2000, className: "w-72" },
    variant: "secondary",
  },
];

export function ReviewApplication({ a, error }: { a: ReviewedApplication; error?: string }) {
  const t = useT();
  const locale = useLocale();
  const busy = useNavigation().state !== "idle";
  const open = a.state === "submitted" || a.state === "info_requested";
  return (
    <li className="rounded-lg border bg-white p-4" data-application={a.id}>
      <p className="font-medium">
        {(locale === "vi" ? a.orgNameVi : a.orgNameEn) ?? a.orgNameVi ?? a.orgNameEn} ({a.orgRef})
      </p>
      <p className="text-sm" data-testid="application-state">
        {t(`schemes.status.${a.state}`)}
        {a.state === "approved" &&
          a.amount != null &&
          ` · ${t("schemes.approvedAmount", { amount: formatNumber(a.amount, locale) })}`}
        {a.state === "rejected" && a.reason && ` · ${t("schemes.reason")}: ${a.reason}`}
      </p>
      {a.note && <p className="mt-1 whitespace-pre-line text-sm text-slate-700">{a.note}</p>}
      <div className="text-sm">
        <DocumentLinks docs={a.documents} />
      </div>
      {numberedInfoRequests(a).map(({ r, first }) => (
        <div key={r.id} className="mt-2 border-l-4 border-amber-400 pl-2 text-sm" data-info-request={r.id}>
          <p className="font-medium">
            {t("schemes.question")} ({formatDate(r.askedAt.slice(0, 10), locale)})
          </p>
          <QuestionAndAnswer q={r} first={first} />
        </div>
      ))}
      {a.earlier.length > 0 && (
        <div className="mt-2 space-y-1">
          <EarlierRounds rounds={a.earlier} />
        </div>
      )}
      {error && (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {error}
        </p>
      )}
      {open && (
        <div className="mt-3 flex flex-wrap gap-6">
          {DECISIONS.filter((d) => d.intent !== "ask" || a.state === "submitted").map((d) => (
            <DecisionForm
              key={d.intent}
              applicationId={a.id}
              intent={d.intent}
              label={t(d.label)}
              input={d.input}
              variant={d.variant}
              busy={busy}
            >
              {t(d.button)}
            </DecisionForm>
          ))}
        </div>
      )}
    </li>
  );
}

/** One decision on an application (approve, reject, ask): a single labelled field and its button. */
function DecisionForm({
  applicationId,
  intent,
  label,
  input,
  variant,
  busy,
  children,
}: {
  applicationId: number;
  intent: Decision["intent"];
  label: string;
  input: Decision["input"];
  variant?: Decision["variant"];
  busy: boolean;
  children: string;
}) {
  return (
    <Form method="post" className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="applicationId" value={applicationId} />
      <label className="text-sm">
        <span className="block font-medium">{label}</span>
        <TextInput {...input} />
      </label>
      <Button type="submit" name="intent" value={intent} variant={variant} disabled={busy}>
        {children}
      </Button>
    </Form>
  );
}
