import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { parseWithZod } from "@conform-to/zod";
import { requireOwnOrg, requireOwnOrgWriter } from "~/services/auth.server";
import { getLocale } from "~/utils/locale.server";
import { createRequest, savedRequestRedirect } from "~/services/profile.server";
import { requestSchema as schema } from "~/modules/profile/request-form";
import { allConcepts } from "~/modules/taxonomy";
import { useT } from "~/components/i18n";
import { titleMeta } from "~/components/meta";
import { RequestFormPage } from "~/components/profile/request-form-page";
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
  const actor = await requireOwnOrgWriter(request, "buyer");
  const submission = parseWithZod(await readForm(request), { schema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const ref = await createRequest(actor, submission.value);
  return savedRequestRedirect(request, ref, "requests.created");
}

export default function NewRequest() {
  const t = useT();
  return (
    <RequestFormPage
      heading={<h1 className="text-2xl font-semibold">{t("requests.newTitle")}</h1>}
      submitLabel={t("requests.submit.create")}
    />
  );
}

export const meta = titleMeta("requests.newTitle");

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
