import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { parseWithZod } from "@conform-to/zod";
import { requireOwnOrg, requireOwnOrgWriter } from "~/services/auth.server";
import { getLocale, getTranslator } from "~/utils/locale.server";
import {
  changeRequestStatus,
  loadOwnRequest,
  savedRequestRedirect,
  updateRequest,
} from "~/services/profile.server";
import { requestFormDefaults, requestSchema as schema } from "~/modules/profile/request-form";
import { allConcepts } from "~/modules/taxonomy";
import { useT } from "~/components/i18n";
import { pageMeta } from "~/components/meta";
import { Badge } from "~/components/ui/badge";
import { RequestFormPage } from "~/components/profile/request-form-page";
import { StatusButton } from "~/components/profile/status-button";
import { readForm } from "~/utils/form-body.server";

// Edit, close or reopen one of the buyer's own requests. "$ref_" keeps this page out of
// my.requests.$ref.tsx (the ranked suppliers), which has no outlet for it. A ref of another
// organisation is "not found": the ownership is in the query (requestIdOfBuyer).

export async function loader({ request, params }: LoaderFunctionArgs) {
  const actor = await requireOwnOrg(request, "buyer");
  const { t } = getTranslator(request);
  const r = await loadOwnRequest(actor, params.ref ?? "");
  if (!r) throw new Response(t("requests.notFound"), { status: 404 });
  const locale = getLocale(request);
  return {
    ref: r.ref,
    status: r.status,
    defaults: requestFormDefaults(r),
    version: r.updatedAt,
    certifications: allConcepts("certification").map((c) => ({ id: c.id, label: c.labels[locale] })),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const intent = request.headers.get("Content-Type")?.includes("form")
    ? (await readForm(request.clone())).get("intent")
    : null;
  if (intent === "close" || intent === "reopen")
    return changeRequestStatus(request, (ref) => `/my/requests/${ref}/edit`);
  const actor = await requireOwnOrgWriter(request, "buyer");
  const { t } = getTranslator(request);
  const formData = await readForm(request);
  const submission = parseWithZod(formData, { schema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const ref = params.ref ?? "";
  const version = formData.get("version");
  const saved = await updateRequest(
    actor,
    ref,
    submission.value,
    typeof version === "string" ? version : undefined,
  );
  if (!saved) throw new Response(t("requests.notFound"), { status: 404 });
  // Changed by someone else since the form was opened: nothing written, the input kept.
  if ("stale" in saved)
    return data(
      { result: submission.reply({ formErrors: ["form.stale"] }), version: saved.version },
      { status: 409 },
    );
  return savedRequestRedirect(request, ref, "requests.updated");
}

export default function EditRequest() {
  const t = useT();
  const d = useLoaderData<typeof loader>();
  return (
    <RequestFormPage
      links={<Link to={`/my/requests/${d.ref}`}>{t("requests.matches")}</Link>}
      heading={
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold">{t("requests.editTitle", { ref: d.ref })}</h1>
          <Badge tone={d.status === "open" ? "green" : "neutral"}>{t(`requests.status.${d.status}`)}</Badge>
          <StatusButton ref_={d.ref} status={d.status} />
        </div>
      }
      submitLabel={t("requests.submit.update")}
    />
  );
}

export const meta: MetaFunction<typeof loader> = ({ matches, data }) =>
  pageMeta(matches, (t) => ({ title: t("requests.editTitle", { ref: data?.ref ?? "" }) }));

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
