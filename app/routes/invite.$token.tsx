import { type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { getActor, requireUserWriter } from "~/services/auth.server";
import { getDb } from "~/utils/services.server";
import { getTranslator } from "~/utils/locale.server";
import { redirectWithToast, rotateSessionCookie } from "~/utils/session.server";
import { acceptInvite, findUsableInvite } from "~/services/auth/accounts.server";
import { displayName, pickText } from "~/modules/i18n";
import { useLocale, useT } from "~/components/i18n";
import { Button, ButtonLink } from "~/components/ui/button";
import { pageMeta } from "~/components/meta";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const invite = await findUsableInvite(getDb(), params.token ?? "");
  const actor = await getActor(request);
  const here = new URL(request.url).pathname;
  return {
    invite: invite && { ref: invite.ref, nameVi: invite.nameVi, nameEn: invite.nameEn },
    loggedIn: !!actor,
    // A user who already belongs to a firm cannot join another (one organisation per user).
    alreadyMember: actor?.orgId != null,
    back: new URLSearchParams({ redirectTo: here }).toString(),
  };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireUserWriter(request);
  const { t, locale } = getTranslator(request);
  const db = getDb();
  const invite = await findUsableInvite(db, params.token ?? "");
  const result =
    actor.kind === "user" ? await acceptInvite(db, actor.userId!, params.token ?? "") : "invalid";
  // Joining an organisation is a privilege change: the session carries on under a new id.
  if (result === "ok")
    return redirectWithToast(
      request,
      "/my",
      { kind: "success", message: t("invite.accepted", { name: displayName(invite ?? {}, locale) }) },
      await rotateSessionCookie(request, actor.sessionId),
    );
  return redirectWithToast(request, "/my", {
    kind: "error",
    message: t(result === "alreadyMember" ? "invite.alreadyMember" : "invite.invalid"),
  });
}

export default function Invite() {
  const t = useT();
  const locale = useLocale();
  const { invite, loggedIn, alreadyMember, back } = useLoaderData<typeof loader>();
  return (
    <section className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-semibold">{t("invite.title")}</h1>
      {!invite ? (
        <p role="alert">{t("invite.invalid")}</p>
      ) : (
        <>
          <p>
            {t("invite.body", {
              name: pickText({ vi: invite.nameVi, en: invite.nameEn }, locale),
              ref: invite.ref,
            })}
          </p>
          {!loggedIn ? (
            <>
              <p className="text-slate-600">{t("invite.loginFirst")}</p>
              <p className="flex gap-3">
                <ButtonLink to={`/login?${back}`}>{t("auth.login.title")}</ButtonLink>
                <ButtonLink to={`/register?${back}`} variant="secondary">
                  {t("auth.register.title")}
                </ButtonLink>
              </p>
            </>
          ) : alreadyMember ? (
            <p role="alert">{t("invite.alreadyMember")}</p>
          ) : (
            <Form method="post">
              <Button type="submit">{t("invite.accept")}</Button>
            </Form>
          )}
        </>
      )}
      <p>
        <Link to="/">{t("common.backHome")}</Link>
      </p>
    </section>
  );
}

export const meta: MetaFunction = ({ matches }) => [
  ...pageMeta(matches, (t) => ({ title: t("invite.title") })),
  { name: "referrer", content: "no-referrer" },
];

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
