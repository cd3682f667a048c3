import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { requireRole, requireWriter } from "~/services/auth.server";
import { getTranslator } from "~/utils/locale.server";
import { redirectWithToast } from "~/utils/session.server";
import { createScheme, schemeErrors, schemesWithBudget } from "~/services/schemes.server";
import { schemeForm } from "~/modules/schemes/rules";
import { useT } from "~/components/i18n";
import { FormCard, TwoColumnForm } from "~/components/admin/form-submit";
import { SchemeFields } from "~/components/admin/scheme-fields";
import { SchemeList } from "~/components/admin/scheme-list";
import { titleMeta } from "~/components/meta";
import { readForm } from "~/utils/form-body.server";

// Organisers publish support schemes and see each one's budget use; reviewing is on
// /admin/schemes/ID.
export const meta = titleMeta("schemes.title");

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "organiser");
  return { schemes: await schemesWithBudget() };
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireWriter(request, "organiser");
  const { t } = getTranslator(request);
  const values = Object.fromEntries(await readForm(request));
  const parsed = schemeForm.safeParse(values);
  if (!parsed.success) return json({ errors: schemeErrors(parsed.error, t), values }, { status: 400 });
  const id = await createScheme(actor, parsed.data);
  return redirectWithToast(request, `/admin/schemes/${id}`, {
    kind: "success",
    message: t("schemes.created"),
  });
}

export default function AdminSchemes() {
  const t = useT();
  const { schemes } = useLoaderData<typeof loader>();
  const res = useActionData<typeof action>();
  const busy = useNavigation().state !== "idle";
  const [current, archived] = [schemes.filter((s) => !s.archivedAt), schemes.filter((s) => s.archivedAt)];
  return (
    <div className="space-y-6">
      <h2 className="text-xl font-semibold">{t("schemes.title")}</h2>
      {schemes.length === 0 && <p>{t("schemes.none")}</p>}
      <SchemeList schemes={current} />
      {archived.length > 0 && (
        <details>
          <summary className="cursor-pointer font-medium">{t("schemes.archivedList")}</summary>
          <SchemeList schemes={archived} />
        </details>
      )}

      <FormCard title={t("schemes.create")}>
        <TwoColumnForm submit={t("schemes.create")} busy={busy}>
          <SchemeFields errors={res?.errors} values={res?.values} />
        </TwoColumnForm>
      </FormCard>
    </div>
  );
}

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
