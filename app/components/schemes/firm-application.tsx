import { Form } from "@remix-run/react";
import { useLocale, useT } from "~/components/i18n";
import { SubmitButton } from "~/components/ui/button";
import { formatDate, formatNumber } from "~/components/format";
import { errorText } from "./error-text";

// A firm's own application on /my/schemes: its state, documents, the organisers' questions with
// the firm's answers, the answer form while a question is open, and withdrawal before a decision.

type Doc = { id: number; size: number };
type Question = {
  id: number;
  question: string;
  askedAt: string;
  answer: string | null;
  documents: Doc[];
};
export interface FirmApplication {
  id: number;
  state: "submitted" | "approved" | "rejected" | "withdrawn" | "info_requested";
  amount: number | null;
  reason: string | null;
  documents: Doc[];
  infoRequests: Question[];
  /** Earlier rounds the firm withdrew before applying again (decision 380): history only. */
  earlier: { round: number; documents: Doc[]; infoRequests: Question[] }[];
}

export type FieldErrors = Record<string, string[] | undefined> | undefined;

/** A field's error messages, in the reader's language; `alert` for the form's own. */
export function Errors({ list, alert }: { list?: string[]; alert?: boolean }) {
  const t = useT();
  return list?.map((e) => (
    <p key={e} role={alert ? "alert" : undefined} className="text-sm text-red-700">
      {errorText(t, e)}
    </p>
  ));
}

/** The documents a firm sends with an application or an answer: PDF or pictures, several at once. */
export function DocumentsInput({ id, max }: { id: string; max?: number }) {
  return (
    <input
      id={id}
      name="documents"
      type="file"
      multiple
      accept=".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg"
      data-max={max}
    />
  );
}

export function DocumentLinks({ docs, first = 1 }: { docs: Doc[]; first?: number }) {
  const t = useT();
  if (!docs.length) return null;
  return (
    <ul className="mt-1 flex flex-wrap gap-3">
      {docs.map((d, i) => (
        <li key={d.id}>
          <a href={`/files/scheme-documents/${d.id}`} target="_blank" rel="noreferrer">
            {t("schemes.document", { n: first + i })}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** An organisers' question and, once given, the firm's answer with the documents sent with it (numbered from `first`). */
export function QuestionAndAnswer({ q, first }: { q: Omit<Question, "id" | "askedAt">; first: number }) {
  const t = useT();
  return (
    <>
      <p className="whitespace-pre-line">{q.question}</p>
      {q.answer !== null && (
        <>
          <p className="mt-1 font-medium">{t("schemes.yourAnswer")}</p>
          <p className="whitespace-pre-line">{q.answer}</p>
          <DocumentLinks docs={q.documents} first={first} />
        </>
      )}
    </>
  );
}

/**
 * The application's questions, each with the number of its answer's first document: the
 * application's own documents are 1…n, then each answer's documents follow on in turn.
 */
export function numberedInfoRequests(a: Pick<FirmApplication, "documents" | "infoRequests">) {
  let next = a.documents.length + 1;
  return a.infoRequests.map((r) => {
    const first = next;
    next += r.documents.length;
    return { r, first };
  });
}

/** The rounds a firm withdrew, read-only and folded: what was sent and asked then. */
export function EarlierRounds({ rounds }: { rounds: FirmApplication["earlier"] }) {
  const t = useT();
  const locale = useLocale();
  return rounds.map((r) => (
    <details key={r.round} className="rounded border bg-white p-2 text-sm" data-earlier-round={r.round}>
      <summary className="cursor-pointer text-slate-700">
        {t("schemes.earlierRound", { round: r.round })}
      </summary>
      <DocumentLinks docs={r.documents} />
      {r.infoRequests.map((q) => (
        <div key={q.id} className="mt-2 border-l-4 border-slate-300 pl-2">
          <p className="font-medium">
            {t("schemes.question")} ({formatDate(q.askedAt.slice(0, 10), locale)})
          </p>
          <p className="whitespace-pre-line">{q.question}</p>
          {q.answer !== null && <p className="mt-1 whitespace-pre-line">{q.answer}</p>}
          <DocumentLinks docs={q.documents} first={r.documents.length + 1} />
        </div>
      ))}
    </details>
  ));
}

export function FirmApplicationCard({ a, errors }: { a: FirmApplication; errors: FieldErrors }) {
  const t = useT();
  const locale = useLocale();
  return (
    <div className="mt-3 space-y-2 rounded bg-slate-50 p-3 text-sm" data-testid="application">
      <p className="font-medium">{t("schemes.yourApplication")}</p>
      <p data-testid="application-state">
        {t(`schemes.status.${a.state}`)}
        {a.state === "approved" &&
          a.amount != null &&
          ` · ${t("schemes.approvedAmount", { amount: formatNumber(a.amount, locale) })}`}
      </p>
      {a.state === "rejected" && a.reason && (
        <p>
          {t("schemes.reason")}: {a.reason}
        </p>
      )}
      <DocumentLinks docs={a.documents} />
      {numberedInfoRequests(a).map(({ r, first }) => (
        <div key={r.id} className="border-l-4 border-amber-400 bg-white p-2" data-info-request={r.id}>
          <p className="font-medium">
            {t("schemes.question")} (
            {t("schemes.askedOn", { date: formatDate(r.askedAt.slice(0, 10), locale) })})
          </p>
          <QuestionAndAnswer q={r} first={first} />
        </div>
      ))}
      {a.state === "info_requested" && (
        <Form method="post" encType="multipart/form-data" className="space-y-2">
          <input type="hidden" name="intent" value="answer" />
          <input type="hidden" name="applicationId" value={a.id} />
          <label htmlFor={`answer-${a.id}`} className="block font-medium">
            {t("schemes.answer")}
          </label>
          <textarea
            id={`answer-${a.id}`}
            name="answer"
            rows={3}
            maxLength={4000}
            required
            className="block w-full rounded-md border px-3 py-2 text-sm"
          />
          <Errors list={errors?.answer} />
          <label htmlFor={`answer-docs-${a.id}`} className="block font-medium">
            {t("schemes.answerDocuments")}
          </label>
          <DocumentsInput id={`answer-docs-${a.id}`} />
          <Errors list={errors?.documents} />
          <SubmitButton>{t("schemes.sendAnswer")}</SubmitButton>
        </Form>
      )}
      {(a.state === "submitted" || a.state === "info_requested") && (
        <Form method="post" encType="multipart/form-data" className="pt-2">
          <input type="hidden" name="intent" value="withdraw" />
          <input type="hidden" name="applicationId" value={a.id} />
          <p className="text-slate-600">{t("schemes.withdrawHint")}</p>
          <SubmitButton variant="secondary">{t("schemes.withdraw")}</SubmitButton>
        </Form>
      )}
      <EarlierRounds rounds={a.earlier} />
      <Errors list={errors?.form} alert />
    </div>
  );
}
