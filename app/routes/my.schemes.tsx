import { pickViEn } from "~/modules/i18n";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requireOwnOrg, requireOwnOrgWriter } from "~/services/auth.server";
import { getTranslator } from "~/utils/locale.server";
import { redirectWithToast } from "~/utils/session.server";
import { badRequest } from "~/utils/responses";
import { readMultipartForm } from "~/services/profile.server";
import { MAX_DOCUMENTS, applyToScheme, schemeUploadLimit, schemesForFirm } from "~/services/schemes.server";
import { answerInformation, withdrawFromScheme } from "~/services/scheme-lifecycle.server";
import { useLocale, useT } from "~/components/i18n";
import { SchemeTerms } from "~/components/admin/scheme-summary";
import { titleMeta } from "~/components/meta";
import { ApplyForm } from "~/components/schemes/apply-form";
import { FirmApplicationCard } from "~/components/schemes/firm-application";
import { errorText } from "~/components/schemes/error-text";

// A supplier firm's support schemes: the open ones to apply to (a note and documents, checked
// like the profile's uploads), and the firm's own applications: their decisions, the organisers'
// questions to answer (text and documents) and withdrawal before a decision. The services check
// that an application is the firm's own (another firm's id is a 404).
export const meta = titleMeta("schemes.title");

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireOwnOrg(request, "supplier");
  return { schemes: await schemesForFirm(actor.orgId), maxDocuments: MAX_DOCUMENTS };
}

const id = z.coerce.number().int().positive();
const firmIntent = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("apply"), schemeId: id, note: z.string().default("") }),
  z.object({ intent: z.literal("withdraw"), applicationId: id }),
  z.object({ intent: z.literal("answer"), applicationId: id, answer: z.string().default("") }),
]);
const DONE = { apply: "schemes.applied", withdraw: "schemes.withdrawnDone", answer: "schemes.answeredDone" };

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireOwnOrgWriter(request, "supplier");
  const { t } = getTranslator(request);
  const form = await readMultipartForm(request, () => schemeUploadLimit());
  // A form without an intent is the application form (as it was before withdrawal existed).
  const parsed = firmIntent.safeParse({ intent: "apply", ...Object.fromEntries(form) });
  if (!parsed.success) badRequest();
  const v = parsed.data;
  const files = form.getAll("documents").filter((f): f is File => typeof f !== "string");
  const r =
    v.intent === "apply"
      ? await applyToScheme(actor, v.schemeId, { note: v.note.trim(), files })
      : v.intent === "answer"
        ? await answerInformation(actor, v.applicationId, { answer: v.answer, files })
        : await withdrawFromScheme(actor, v.applicationId).then((p) =>
            p ? { errors: { form: [`schemes.err.${p}`] } } : { ok: true as const },
          );
  if ("errors" in r) {
    const target = v.intent === "apply" ? `scheme-${v.schemeId}` : `application-${v.applicationId}`;
    const status = r.errors.form?.includes("schemes.err.notFound") ? 404 : 400;
    return json({ target, errors: r.errors }, { status });
  }
  return redirectWithToast(request, "/my/schemes", { kind: "success", message: t(DONE[v.intent]) });
}

export default function MySchemes() {
  const t = useT();
  const locale = useLocale();
  const { schemes, maxDocuments } = useLoaderData<typeof loader>();
  const res = useActionData<typeof action>();
  const canApply = (s: (typeof schemes)[number]) =>
    (!s.application || s.application.state === "withdrawn") && s.window === "open" && !s.archivedAt;
  // A refusal for a form no longer on the page (a scheme archived or closed since the page was
  // loaded) is shown at the top, so it is never lost.
  const placed =
    !res ||
    schemes.some(
      (s) =>
        (res.target === `scheme-${s.id}` && canApply(s)) ||
        (s.application && res.target === `application-${s.application.id}`),
    );
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("schemes.title")}</h1>
      <p className="text-slate-700">{t("schemes.intro")}</p>
      {!placed &&
        res.errors.form?.map((e) => (
          <p key={e} role="alert" className="text-sm text-red-700">
            {errorText(t, e)}
          </p>
        ))}
      {schemes.length === 0 && <p>{t("schemes.none")}</p>}
      {schemes.map((s) => {
        const name = pickViEn(s.nameVi, s.nameEn, locale);
        const eligibility = pickViEn(s.eligibilityVi, s.eligibilityEn, locale);
        const a = s.application;
        const errorsFor = (target: string) => (res?.target === target ? res.errors : undefined);
        return (
          <section
            key={s.id}
            id={`scheme-${s.id}`}
            className="rounded-lg border bg-white p-4"
            aria-labelledby={`scheme-${s.id}-name`}
            data-scheme={s.id}
          >
            <h2 id={`scheme-${s.id}-name`} className="text-lg font-medium">
              {name}
            </h2>
            <SchemeTerms scheme={s} />
            {eligibility && (
              <div className="mt-2 text-sm">
                <p className="font-medium">{t("schemes.eligibility")}</p>
                <p className="whitespace-pre-line">{eligibility}</p>
              </div>
            )}
            {s.news.length > 0 && (
              <div className="mt-2 text-sm">
                <p className="font-medium">{t("schemes.announcedIn")}</p>
                <ul className="list-disc pl-5">
                  {s.news.map((n) => (
                    <li key={n.slug}>
                      <Link to={`/news/${n.slug}`}>{pickViEn(n.titleVi, n.titleEn, locale)}</Link>
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {a && <FirmApplicationCard a={a} errors={errorsFor(`application-${a.id}`)} />}
            {canApply(s) && (
              <ApplyForm
                schemeId={s.id}
                maxDocuments={maxDocuments}
                errors={errorsFor(`scheme-${s.id}`)}
                again={!!a}
              />
            )}
          </section>
        );
      })}
    </div>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
