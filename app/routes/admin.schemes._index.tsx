import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { rateLimitWrite, requireRole } from "~/services/auth.server";
import { getTranslator } from "~/utils/locale.server";
import { redirectWithToast } from "~/utils/session.server";
import { createScheme, schemesWithBudget } from "~/services/schemes.server";
import { SCHEME_KINDS, SCHEME_STANDARDS, schemeForm } from "~/modules/schemes/rules";
import { useLocale, useT } from "~/components/i18n";
import { Button } from "~/components/ui/button";
import { Field, Select, TextInput } from "~/components/ui/field";
import { formatDate, formatNumber } from "~/components/format";
import { pageMeta } from "~/components/meta";

// Organisers publish support schemes and see each one's budget use; reviewing is on
// /admin/schemes/ID.
export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t("schemes.title") }));

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "organiser");
  return { schemes: await schemesWithBudget() };
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireRole(request, "organiser");
  await rateLimitWrite(request, actor);
  const { t } = getTranslator(request);
  const parsed = schemeForm.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) {
    const errors: Record<string, string> = {};
    for (const i of parsed.error.issues)
      errors[String(i.path[0] ?? "form")] ??= t(`schemes.err.${i.message}`);
    return json({ errors }, { status: 400 });
  }
  const id = await createScheme(actor, parsed.data);
  return redirectWithToast(request, `/admin/schemes/${id}`, {
    kind: "success",
    message: t("schemes.created"),
  });
}

export default function AdminSchemes() {
  const t = useT();
  const locale = useLocale();
  const { schemes } = useLoaderData<typeof loader>();
  const res = useActionData<typeof action>();
  const busy = useNavigation().state !== "idle";
  const err = (k: string) => res?.errors[k];
  const field = (name: string, input: JSX.Element) => (
    <div>
      <Field id={`scheme-${name}`} label={t(`schemes.${name}`)}>
        {input}
      </Field>
      {err(name) && <p className="mt-1 text-sm text-red-700">{err(name)}</p>}
    </div>
  );
  return (
    <div className="space-y-6">
      <h2 className="text-xl font-semibold">{t("schemes.title")}</h2>
      {schemes.length === 0 ? (
        <p>{t("schemes.none")}</p>
      ) : (
        <ul className="space-y-3">
          {schemes.map((s) => (
            <li key={s.id} className="rounded-lg border bg-white p-4" data-scheme={s.id}>
              <Link to={`/admin/schemes/${s.id}`} className="font-medium">
                {locale === "en" ? s.nameEn : s.nameVi}
              </Link>
              <p className="text-sm text-slate-600">
                {t(`schemes.kind.${s.kind}`)}
                {s.standard ? ` · ${t(`schemes.standard.${s.standard}`)}` : ""} ·{" "}
                {t(`schemes.window.${s.window}`)} · {formatDate(s.opensOn, locale)} –{" "}
                {formatDate(s.closesOn, locale)}
              </p>
              <p className="text-sm">
                {t("schemes.budgetUse", {
                  committed: formatNumber(s.budgetUse.committed, locale),
                  budget: formatNumber(s.budgetUse.budget, locale),
                  percent: String(s.budgetUse.usedPercent),
                  remaining: formatNumber(s.budgetUse.remaining, locale),
                })}
              </p>
            </li>
          ))}
        </ul>
      )}

      <section className="rounded-lg border bg-white p-4">
        <h3 className="mb-3 font-medium">{t("schemes.create")}</h3>
        <Form method="post" className="grid gap-3 md:grid-cols-2">
          {field("nameVi", <TextInput id="scheme-nameVi" name="nameVi" required maxLength={200} />)}
          {field("nameEn", <TextInput id="scheme-nameEn" name="nameEn" required maxLength={200} />)}
          {field(
            "kind",
            <Select id="scheme-kind" name="kind">
              {SCHEME_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`schemes.kind.${k}`)}
                </option>
              ))}
            </Select>,
          )}
          {field(
            "standard",
            <Select id="scheme-standard" name="standard">
              <option value="">{t("schemes.standard.none")}</option>
              {SCHEME_STANDARDS.map((k) => (
                <option key={k} value={k}>
                  {t(`schemes.standard.${k}`)}
                </option>
              ))}
            </Select>,
          )}
          {field("budget", <TextInput id="scheme-budget" name="budget" inputMode="numeric" required />)}
          <div />
          {field("opensOn", <TextInput id="scheme-opensOn" name="opensOn" type="date" required />)}
          {field("closesOn", <TextInput id="scheme-closesOn" name="closesOn" type="date" required />)}
          {field(
            "eligibilityVi",
            <textarea
              id="scheme-eligibilityVi"
              name="eligibilityVi"
              rows={3}
              maxLength={4000}
              className="block w-full rounded-md border px-3 py-2 text-sm"
            />,
          )}
          {field(
            "eligibilityEn",
            <textarea
              id="scheme-eligibilityEn"
              name="eligibilityEn"
              rows={3}
              maxLength={4000}
              className="block w-full rounded-md border px-3 py-2 text-sm"
            />,
          )}
          <div className="md:col-span-2">
            <Button type="submit" disabled={busy}>
              {t("schemes.create")}
            </Button>
          </div>
        </Form>
      </section>
    </div>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
