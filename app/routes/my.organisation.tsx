import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { parseWithZod } from "@conform-to/zod";
import { requireUser, requireUserWriter } from "~/services/auth.server";
import { getTranslator } from "~/utils/locale.server";
import { redirectWithToast, rotateSessionCookie } from "~/utils/session.server";
import { organisationAction, organisationPage } from "~/services/organisation-page.server";
import { organisationSchema as schema } from "~/modules/auth/organisation-form";
import { OrganisationMembers, RegisterOrganisation } from "~/components/organisation/organisation-page";
import { titleMeta } from "~/components/meta";
import { readForm } from "~/utils/form-body.server";

// The session's own organisation: register one, or (the owner) invite and remove members.

export async function loader({ request }: LoaderFunctionArgs) {
  return organisationPage(await requireUser(request));
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireUserWriter(request);
  const submission = parseWithZod(await readForm(request), { schema });
  if (submission.status !== "success")
    return data({ result: submission.reply(), inviteLink: null }, { status: 400 });
  const { t } = getTranslator(request);
  const done = await organisationAction(actor, submission.value, t);
  if ("inviteLink" in done) return data({ result: null, inviteLink: done.inviteLink });
  if ("taxCodeTaken" in done) {
    const result = submission.reply({ fieldErrors: { taxCode: [t("auth.error.taxCodeTaken")] } });
    return data({ result, inviteLink: null }, { status: 409 });
  }
  // Owning an organisation is a privilege change: the session carries on under a new id.
  if ("registered" in done)
    return redirectWithToast(
      request,
      "/my",
      done.registered,
      await rotateSessionCookie(request, actor.sessionId),
    );
  return redirectWithToast(request, "/my/organisation", done.toast);
}

export default function MyOrganisation() {
  const { org, accountType, isOwner, members, invites } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  if (!org) return <RegisterOrganisation accountType={accountType} lastResult={actionData?.result} />;
  return (
    <OrganisationMembers
      org={org}
      isOwner={isOwner}
      members={members}
      invites={invites}
      inviteLink={actionData?.inviteLink}
    />
  );
}

export const meta = titleMeta("my.nav.organisation");

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
