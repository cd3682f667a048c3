import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { rateLimitWrite, requireOwnOrg } from "~/services/auth.server";
import { getTranslator } from "~/utils/locale.server";
import { redirectWithToast } from "~/utils/session.server";
import { readMultipartForm } from "~/services/profile.server";
import { MAX_DOCUMENTS, applyToScheme, schemeUploadLimit, schemesForFirm } from "~/services/schemes.server";
import { useLocale, useT } from "~/components/i18n";
import { Button } from "~/components/ui/button";
import { formatDate, formatNumber } from "~/components/format";
import { pageMeta } from "~/components/meta";
import { errorText } from "~/components/schemes/error-text";

// A supplier firm's support schemes: the open ones to apply to (a note and documents, checked
// like the profile's uploads), and the firm's own applications with their decisions.
export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t("schemes.title") }));

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireOwnOrg(request, "supplier");
  return { schemes: await schemesForFirm(actor.orgId), maxDocuments: MAX_DOCUMENTS };
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireOwnOrg(request, "supplier");
  await rateLimitWrite(request, actor);
  const { t } = getTranslator(request);
  const form = await readMultipartForm(request, () => schemeUploadLimit());
  const schemeId = Number(form.get("schemeId"));
  if (!Number.isSafeInteger(schemeId) || schemeId <= 0) throw new Response("Not found", { status: 404 });
  const note = form.get("note");
  const files = form.getAll("documents").filter((f): f is File => typeof f !== "string");
  const r = await applyToScheme(actor, schemeId, {
    note: typeof note === "string" ? note.trim() : "",
    files,
  });
  if ("errors" in r) return json({ schemeId, errors: r.errors }, { status: 400 });
  return redirectWithToast(request, "/my/schemes", { kind: "success", message: t("schemes.applied") });
}

export default function MySchemes() {
  const t = useT();
  const locale = useLocale();
  const { schemes, maxDocuments } = useLoaderData<typeof loader>();
  const res = useActionData<typeof action>();
  const busy = useNavigation().state !== "idle";
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("schemes.title")}</h1>
      <p className="text-slate-700">{t("schemes.intro")}</p>
      {schemes.length === 0 && <p>{t("schemes.none")}</p>}
      {schemes.map((s) => {
        const name = locale === "en" ? s.nameEn : s.nameVi;
        const eligibility = locale === "en" ? s.eligibilityEn : s.eligibilityVi;
        const errs = res?.schemeId === s.id ? res.errors : undefined;
        const a = s.application;
        return (
          <section
            key={s.id}
            className="rounded-lg border bg-white p-4"
            aria-labelledby={`scheme-${s.id}`}
            data-scheme={s.id}
          >
            <h2 id={`scheme-${s.id}`} className="text-lg font-medium">
              {name}
            </h2>
            <p className="text-sm text-slate-600">
              {t(`schemes.kind.${s.kind}`)}
              {s.standard ? ` · ${t(`schemes.standard.${s.standard}`)}` : ""} ·{" "}
              {t(`schemes.window.${s.window}`)} · {formatDate(s.opensOn, locale)} –{" "}
              {formatDate(s.closesOn, locale)}
            </p>
            {eligibility && (
              <div className="mt-2 text-sm">
                <p className="font-medium">{t("schemes.eligibility")}</p>
                <p className="whitespace-pre-line">{eligibility}</p>
              </div>
            )}
            {a ? (
              <div className="mt-3 rounded bg-slate-50 p-3 text-sm" data-testid="application">
                <p className="font-medium">{t("schemes.yourApplication")}</p>
                <p>
                  {t(`schemes.status.${a.status}`)}
                  {a.status === "approved" &&
                    a.amount != null &&
                    ` · ${t("schemes.approvedAmount", { amount: formatNumber(a.amount, locale) })}`}
                </p>
                {a.status === "rejected" && a.reason && (
                  <p>
                    {t("schemes.reason")}: {a.reason}
                  </p>
                )}
                <ul className="mt-1 flex flex-wrap gap-3">
                  {a.documents.map((d, i) => (
                    <li key={d.id}>
                      <a href={`/files/scheme-documents/${d.id}`} target="_blank" rel="noreferrer">
                        {t("schemes.document", { n: i + 1 })}
                      </a>
                    </li>
                  ))}
                </ul>
              </div>
            ) : s.window === "open" ? (
              <Form method="post" encType="multipart/form-data" className="mt-3 space-y-3">
                <input type="hidden" name="schemeId" value={s.id} />
                <div>
                  <label htmlFor={`note-${s.id}`} className="mb-1 block text-sm font-medium">
                    {t("schemes.note")}
                  </label>
                  <textarea
                    id={`note-${s.id}`}
                    name="note"
                    rows={3}
                    maxLength={4000}
                    className="block w-full rounded-md border px-3 py-2 text-sm"
                  />
                  {errs?.note?.map((e) => (
                    <p key={e} className="text-sm text-red-700">
                      {errorText(t, e)}
                    </p>
                  ))}
                </div>
                <div>
                  <label htmlFor={`docs-${s.id}`} className="mb-1 block text-sm font-medium">
                    {t("schemes.documents")}
                  </label>
                  <input
                    id={`docs-${s.id}`}
                    name="documents"
                    type="file"
                    multiple
                    accept=".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg"
                    data-max={maxDocuments}
                  />
                  {errs?.documents?.map((e) => (
                    <p key={e} className="text-sm text-red-700">
                      {errorText(t, e)}
                    </p>
                  ))}
                </div>
                {errs?.form?.map((e) => (
                  <p key={e} role="alert" className="text-sm text-red-700">
                    {errorText(t, e)}
                  </p>
                ))}
                <Button type="submit" disabled={busy}>
                  {t("schemes.apply")}
                </Button>
              </Form>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
