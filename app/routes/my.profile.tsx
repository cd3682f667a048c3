import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { parseWithZod } from "@conform-to/zod";
import { requireOwnOrg, requireOwnOrgWriter } from "~/services/auth.server";
import { getLocale, getTranslator } from "~/utils/locale.server";
import { redirectWithToast } from "~/utils/session.server";
import { profileUploadLimit, readMultipartForm, saveSupplierProfile } from "~/services/profile.server";
import { profileSavedToast, supplierProfilePage } from "~/services/profile-page.server";
import { supplierProfileSchema as schema } from "~/modules/profile/supplier-form";
import { titleMeta } from "~/components/meta";
import { SupplierProfileForm } from "~/components/profile/supplier-profile-form";

// A supplier edits its own public profile. The firm is the session's (requireOwnOrg): nothing
// posted names it, so a forged field cannot point the save at another firm.

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireOwnOrg(request, "supplier");
  const page = await supplierProfilePage(actor, getLocale(request));
  if (!page) throw new Response(getTranslator(request).t("profile.notFound"), { status: 404 });
  return page;
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireOwnOrgWriter(request, "supplier");
  const formData = await readMultipartForm(request, profileUploadLimit);
  const submission = parseWithZod(formData, { schema });
  // Files are never sent back: a browser cannot refill a file input anyway.
  const reply = (opts?: Parameters<typeof submission.reply>[0]) =>
    submission.reply({ ...opts, hideFields: ["logo"] });
  if (submission.status !== "success")
    return data({ result: reply() }, { status: submission.status === "error" ? 400 : 200 });
  const version = formData.get("version");
  const saved = await saveSupplierProfile(
    actor,
    submission.value,
    typeof version === "string" ? version : undefined,
  );
  // Someone saved since this form was opened: nothing written, the input stays in the form, and
  // the form now carries the newer version, so saving again is a deliberate overwrite.
  if (!saved.ok && "stale" in saved)
    return data({ result: reply({ formErrors: ["form.stale"] }), version: saved.version }, { status: 409 });
  if (!saved.ok) return data({ result: reply({ fieldErrors: saved.fieldErrors }) }, { status: 400 });
  const toast = profileSavedToast(
    getTranslator(request).t,
    saved.verificationRemoved,
    submission.value.certifications ?? [],
  );
  return redirectWithToast(request, "/my/profile", toast);
}

export default function MyProfile() {
  const d = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  // Conform reads defaultValue once: a saved profile (new updatedAt) mounts a fresh form.
  return (
    <SupplierProfileForm
      key={d.version}
      d={d}
      lastResult={navigation.state === "idle" ? actionData?.result : undefined}
      version={actionData && "version" in actionData ? String(actionData.version) : d.version}
    />
  );
}

export const meta = titleMeta("profile.title");

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
