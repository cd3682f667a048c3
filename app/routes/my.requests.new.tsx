import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { parseWithZod } from "@conform-to/zod";
import { rateLimitWrite, requireOwnOrg } from "~/services/auth.server";
import { getLocale, getTranslator } from "~/utils/locale.server";
import { redirectWithToast } from "~/utils/session.server";
import { createRequest } from "~/services/profile.server";
import { requestSchema as schema } from "~/modules/profile/request-form";
import { allConcepts } from "~/modules/taxonomy";
import { useT } from "~/components/i18n";
import { titleMeta } from "~/components/meta";
import { RequestFormView } from "~/components/profile/request-form";
import { readForm } from "~/utils/form-body.server";

// A buyer posts a sourcing request; it gets a new ref (R-XXXXXX) and belongs to the session's
// organisation.

export async function loader({ request }: LoaderFunctionArgs) {
  await requireOwnOrg(request, "buyer");
  const locale = getLocale(request);
  return {
    certifications: allConcepts("certification").map((c) => ({ id: c.id, label: c.labels[locale] })),
    defaults: { visibility: "public" },
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireOwnOrg(request, "buyer");
  await rateLimitWrite(request, actor);
  const submission = parseWithZod(await readForm(request), { schema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const ref = await createRequest(actor, submission.value);
  const { t } = getTranslator(request);
  return redirectWithToast(request, `/my/requests/${ref}`, {
    kind: "success",
    message: t("requests.created", { ref }),
  });
}

export default function NewRequest() {
  const t = useT();
  const d = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  return (
    <section className="max-w-4xl space-y-6">
      <nav aria-label={t("nav.breadcrumb")} className="text-sm">
        <Link to="/my/requests">← {t("requests.title")}</Link>
      </nav>
      <h1 className="text-2xl font-semibold">{t("requests.newTitle")}</h1>
      <RequestFormView
        defaults={d.defaults}
        lastResult={lastResult}
        certifications={d.certifications}
        submitLabel={t("requests.submit.create")}
      />
    </section>
  );
}

export const meta = titleMeta("requests.newTitle");

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
