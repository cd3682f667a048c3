import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { z } from "zod";
import { rateLimitWrite, requireRole } from "~/services/auth.server";
import { getTranslator } from "~/utils/locale.server";
import { redirectWithToast } from "~/utils/session.server";
import { decide, schemeReview } from "~/services/schemes.server";
import { useLocale, useT } from "~/components/i18n";
import { Button } from "~/components/ui/button";
import { TextInput } from "~/components/ui/field";
import { formatDate, formatNumber } from "~/components/format";
import { pageMeta } from "~/components/meta";

// Reviewing one scheme's applications: approve with an amount (refused beyond the remaining
// budget) or reject with a reason. The service decides under the write lock and mails the firm.
export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t("schemes.review") }));

const idOf = (raw: string | undefined) => {
  const id = Number(raw);
  if (!Number.isSafeInteger(id) || id <= 0) throw new Response("Not found", { status: 404 });
  return id;
};

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, "organiser");
  const review = await schemeReview(idOf(params.id));
  if (!review) throw new Response("Not found", { status: 404 });
  return review;
}

const decision = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("approve"),
    applicationId: z.coerce.number().int().positive(),
    amount: z.string(),
  }),
  z.object({
    intent: z.literal("reject"),
    applicationId: z.coerce.number().int().positive(),
    reason: z.string().max(2000),
  }),
]);

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireRole(request, "organiser");
  await rateLimitWrite(request, actor);
  const schemeId = idOf(params.id);
  const { t } = getTranslator(request);
  const parsed = decision.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return json({ error: t("schemes.err.notFound"), applicationId: 0 }, { status: 400 });
  const v = parsed.data;
  const review = await schemeReview(schemeId);
  // The application must belong to this page's scheme.
  if (!review?.applications.some((a) => a.id === v.applicationId))
    return json({ error: t("schemes.err.notFound"), applicationId: v.applicationId }, { status: 404 });
  // Digits only (separators "." and "," as people type them): 1.500.000 or 1,500,000.
  const amount =
    v.intent === "approve"
      ? /^[\d.,\s]+$/.test(v.amount)
        ? Number(v.amount.replace(/[.,\s]/g, ""))
        : NaN
      : 0;
  const problem = await decide(
    actor,
    v.applicationId,
    v.intent === "approve" ? { action: "approve", amount } : { action: "reject", reason: v.reason },
  );
  if (problem)
    return json(
      { error: t(`schemes.err.${problem}`), applicationId: v.applicationId },
      { status: problem === "notFound" ? 404 : 400 },
    );
  return redirectWithToast(request, `/admin/schemes/${schemeId}`, {
    kind: "success",
    message: t("schemes.decided"),
  });
}

export default function SchemeReview() {
  const t = useT();
  const locale = useLocale();
  const { scheme, budget, applications } = useLoaderData<typeof loader>();
  const res = useActionData<typeof action>();
  const busy = useNavigation().state !== "idle";
  return (
    <div className="space-y-6">
      <p>
        <Link to="/admin/schemes">← {t("schemes.title")}</Link>
      </p>
      <h2 className="text-xl font-semibold">{locale === "en" ? scheme.nameEn : scheme.nameVi}</h2>
      <p className="text-sm text-slate-600">
        {t(`schemes.kind.${scheme.kind}`)}
        {scheme.standard ? ` · ${t(`schemes.standard.${scheme.standard}`)}` : ""} ·{" "}
        {t(`schemes.window.${scheme.window}`)} · {formatDate(scheme.opensOn, locale)} –{" "}
        {formatDate(scheme.closesOn, locale)}
      </p>
      <p data-testid="budget-use" className="font-medium">
        {t("schemes.budgetUse", {
          committed: formatNumber(budget.committed, locale),
          budget: formatNumber(budget.budget, locale),
          percent: String(budget.usedPercent),
          remaining: formatNumber(budget.remaining, locale),
        })}
      </p>
      <div className="h-2 w-full max-w-md rounded bg-slate-200" aria-hidden="true">
        <div
          className="h-2 rounded bg-brand-600"
          style={{ width: `${Math.min(100, budget.usedPercent)}%` }}
        />
      </div>

      <section>
        <h3 className="mb-2 font-medium">{t("schemes.applications")}</h3>
        {applications.length === 0 && <p>{t("schemes.noApplications")}</p>}
        <ul className="space-y-4">
          {applications.map((a) => (
            <li key={a.id} className="rounded-lg border bg-white p-4" data-application={a.id}>
              <p className="font-medium">
                {(locale === "en" ? a.orgNameEn : a.orgNameVi) ?? a.orgNameVi ?? a.orgNameEn} ({a.orgRef})
              </p>
              <p className="text-sm">
                {t(`schemes.status.${a.status}`)}
                {a.status === "approved" &&
                  a.amount != null &&
                  ` · ${t("schemes.approvedAmount", { amount: formatNumber(a.amount, locale) })}`}
                {a.status === "rejected" && a.reason && ` · ${t("schemes.reason")}: ${a.reason}`}
              </p>
              {a.note && <p className="mt-1 whitespace-pre-line text-sm text-slate-700">{a.note}</p>}
              <ul className="mt-1 flex flex-wrap gap-3 text-sm">
                {a.documents.map((d, i) => (
                  <li key={d.id}>
                    <a href={`/files/scheme-documents/${d.id}`} target="_blank" rel="noreferrer">
                      {t("schemes.document", { n: i + 1 })}
                    </a>
                  </li>
                ))}
              </ul>
              {res?.applicationId === a.id && res.error && (
                <p role="alert" className="mt-2 text-sm text-red-700">
                  {res.error}
                </p>
              )}
              {a.status === "submitted" && (
                <div className="mt-3 flex flex-wrap gap-6">
                  <Form method="post" className="flex flex-wrap items-end gap-2">
                    <input type="hidden" name="applicationId" value={a.id} />
                    <label className="text-sm">
                      <span className="block font-medium">{t("schemes.amount")}</span>
                      <TextInput name="amount" inputMode="numeric" required className="w-40" />
                    </label>
                    <Button type="submit" name="intent" value="approve" disabled={busy}>
                      {t("schemes.approve")}
                    </Button>
                  </Form>
                  <Form method="post" className="flex flex-wrap items-end gap-2">
                    <input type="hidden" name="applicationId" value={a.id} />
                    <label className="text-sm">
                      <span className="block font-medium">{t("schemes.reason")}</span>
                      <TextInput name="reason" required maxLength={2000} className="w-64" />
                    </label>
                    <Button type="submit" name="intent" value="reject" variant="secondary" disabled={busy}>
                      {t("schemes.reject")}
                    </Button>
                  </Form>
                </div>
              )}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
