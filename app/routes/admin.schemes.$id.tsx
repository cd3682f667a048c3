import { pickViEn } from "~/modules/i18n";
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { requireRole, requireWriter } from "~/services/auth.server";
import { getTranslator } from "~/utils/locale.server";
import { redirectWithToast } from "~/utils/session.server";
import { badRequest, idParam, notFound } from "~/utils/responses";
import { schemeErrors, schemeReview } from "~/services/schemes.server";
import { reviewScheme, type ReviewIntent } from "~/services/scheme-lifecycle.server";
import { schemeForm } from "~/modules/schemes/rules";
import { useLocale, useT } from "~/components/i18n";
import { FormCard, TwoColumnForm } from "~/components/admin/form-submit";
import { IntentToggle } from "~/components/admin/intent-toggle";
import { SchemeTerms, budgetUseText } from "~/components/admin/scheme-summary";
import { titleMeta } from "~/components/meta";
import { SchemeFields } from "~/components/admin/scheme-fields";
import { ReviewApplication } from "~/components/admin/review-application";
import { readForm } from "~/utils/form-body.server";

// One scheme for organisers: its budget use and applications (approve with an amount within the
// remaining budget, reject with a reason, ask for more information), editing with a version check
// (a colleague's later save answers 409 and keeps what was typed), and archive/restore. The
// service checks that an application belongs to this scheme and audits every write.
export const meta = titleMeta("schemes.review");

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, "organiser");
  return (await schemeReview(idParam(params.id))) ?? notFound();
}

const appId = z.coerce.number().int().positive();
// Digits only (separators "." and "," as people type them): 1.500.000 or 1,500,000.
const vnd = z.string().transform((s) => (/^[\d.,\s]+$/.test(s) ? Number(s.replace(/[.,\s]/g, "")) : NaN));
const intent = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("approve"), applicationId: appId, amount: vnd }),
  z.object({ intent: z.literal("reject"), applicationId: appId, reason: z.string().max(2000) }),
  z.object({ intent: z.literal("ask"), applicationId: appId, question: z.string().trim().min(1).max(2000) }),
  z.object({ intent: z.enum(["archive", "restore"]) }),
  z.object({ intent: z.literal("edit"), version: z.coerce.number().int().positive() }),
]);
const DONE = {
  approve: "schemes.decided",
  reject: "schemes.decided",
  ask: "schemes.infoAsked",
  edit: "schemes.saved",
  archive: "schemes.archivedDone",
  restore: "schemes.restoredDone",
};

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireWriter(request, "organiser");
  const schemeId = idParam(params.id);
  const { t } = getTranslator(request);
  const values = Object.fromEntries(await readForm(request));
  const parsed = intent.safeParse(values);
  if (!parsed.success) {
    if (values.intent === "ask")
      return json(
        { error: t("schemes.err.question"), applicationId: Number(values.applicationId) },
        { status: 400 },
      );
    badRequest();
  }
  const v = parsed.data;
  const scheme = v.intent === "edit" ? schemeForm.safeParse(values) : null;
  if (scheme && !scheme.success)
    return json({ errors: schemeErrors(scheme.error, t), values }, { status: 400 });
  const problem = await reviewScheme(
    actor,
    schemeId,
    scheme?.success ? ({ ...v, scheme: scheme.data } as ReviewIntent) : (v as ReviewIntent),
  );
  if (problem) {
    const status = problem === "notFound" ? 404 : problem === "stale" ? 409 : 400;
    const applicationId = "applicationId" in v ? v.applicationId : 0;
    return json({ error: t(`schemes.err.${problem}`), applicationId, values }, { status });
  }
  return redirectWithToast(request, `/admin/schemes/${schemeId}`, {
    kind: "success",
    message: t(DONE[v.intent]),
  });
}

export default function SchemeReview() {
  const t = useT();
  const locale = useLocale();
  const { scheme, budget, applications, news } = useLoaderData<typeof loader>();
  const res = useActionData<typeof action>();
  const busy = useNavigation().state !== "idle";
  const editError = res && "values" in res && res.values?.intent === "edit" ? res : null;
  return (
    <div className="space-y-6">
      <p>
        <Link to="/admin/schemes">← {t("schemes.title")}</Link>
      </p>
      <h2 className="text-xl font-semibold">
        {pickViEn(scheme.nameVi, scheme.nameEn, locale)}
        {scheme.archivedAt && (
          <span className="ml-2 text-sm text-slate-500">({t("schemes.archivedOn")})</span>
        )}
      </h2>
      <SchemeTerms scheme={scheme} />
      <p data-testid="budget-use" className="font-medium">
        {budgetUseText(t, budget, locale)}
      </p>
      <div className="h-2 w-full max-w-md rounded bg-slate-200" aria-hidden="true">
        <div
          className="h-2 rounded bg-brand-600"
          style={{ width: `${Math.min(100, budget.usedPercent)}%` }}
        />
      </div>
      {news.length > 0 && (
        <section>
          <h3 className="font-medium">{t("schemes.news")}</h3>
          <ul className="list-disc pl-5">
            {news.map((n) => (
              <li key={n.slug}>
                <Link to={`/news/${n.slug}`}>{pickViEn(n.titleVi, n.titleEn, locale)}</Link>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section>
        <h3 className="mb-2 font-medium">{t("schemes.applications")}</h3>
        {applications.length === 0 && <p>{t("schemes.noApplications")}</p>}
        <ul className="space-y-4">
          {applications.map((a) => (
            <ReviewApplication
              key={a.id}
              a={a}
              error={res && "applicationId" in res && res.applicationId === a.id ? res.error : undefined}
            />
          ))}
        </ul>
      </section>

      <FormCard title={t("schemes.edit")}>
        {editError && "error" in editError && (
          <p role="alert" className="mb-3 text-sm text-red-700">
            {String(editError.error)}
          </p>
        )}
        {/* After a refused save (409) the form keeps what was typed and carries the version now
            saved, so saving again is a deliberate choice made after the message, never silent. */}
        <TwoColumnForm submit={t("common.save")} busy={busy} key={scheme.version}>
          <input type="hidden" name="intent" value="edit" />
          <input type="hidden" name="version" value={scheme.version} />
          <SchemeFields
            prefix="edit"
            values={editError?.values ?? scheme}
            errors={editError && "errors" in editError ? editError.errors : undefined}
          />
        </TwoColumnForm>
        <IntentToggle
          className="mt-4"
          on={!!scheme.archivedAt}
          intents={["restore", "archive"]}
          label={t(scheme.archivedAt ? "schemes.restore" : "schemes.archive")}
          busy={busy}
        />
      </FormCard>
    </div>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
