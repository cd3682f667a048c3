import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { parseWithZod } from "@conform-to/zod";
import { requireRole, requireWriter } from "~/services/auth.server";
import { getTranslator } from "~/utils/locale.server";
import { redirectWithToast } from "~/utils/session.server";
import { auditActor } from "~/modules/auth/permissions";
import { firmActionSchemaFor } from "~/modules/directory/admin-firm-forms";
import { adminFirmPage, changeFirm, loadAdminFirm } from "~/services/admin/firm.server";
import { useT } from "~/components/i18n";
import { FirmFacts, FirmMembers, LinkForm, Recognitions } from "~/components/admin/firm";
import { pageMeta } from "~/components/meta";
import { readForm } from "~/utils/form-body.server";

// The organisers' page of one firm: verify or approve it, link a portal firm to its city REF,
// record recognitions.

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, "organiser");
  return adminFirmPage(params.ref);
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireWriter(request, "organiser");
  // The firm is looked up before the form is read, so an unknown REF is a 404 whatever was posted.
  const firm = await loadAdminFirm(params.ref);
  const form = await readForm(request);
  const submission = parseWithZod(form, { schema: firmActionSchemaFor(form) });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const { t } = getTranslator(request);
  const r = await changeFirm(auditActor(actor), firm, submission.value);
  if (!("to" in r)) {
    const formErrors = r.formErrors?.map((k) => t(k));
    return data(submission.reply({ formErrors, fieldErrors: r.fieldErrors }), { status: 400 });
  }
  return redirectWithToast(request, r.to, { kind: "success", message: t(r.message, r.params) });
}

export default function AdminFirm() {
  const t = useT();
  const { firm, recognitions, members } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  return (
    <section className="space-y-8">
      <p>
        <Link to="/admin">← {t("admin.nav.firms")}</Link>
      </p>
      <FirmFacts firm={firm} lastResult={lastResult} />
      <LinkForm firm={firm} lastResult={lastResult} />
      <FirmMembers members={members} />
      <Recognitions recognitions={recognitions} lastResult={lastResult} />
    </section>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data, matches }) =>
  pageMeta(matches, (t) => ({
    title: data ? `${data.firm.ref} · ${t("admin.nav.firms")}` : t("admin.nav.firms"),
  }));

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
