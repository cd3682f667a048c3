import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { requireUser, requireUserWriter, sendMailInBackground } from "~/services/auth.server";
import { getDb } from "~/utils/services.server";
import { getTranslator } from "~/utils/locale.server";
import { publicOrigin } from "~/utils/env.server";
import { redirectWithToast } from "~/utils/session.server";
import { sendEmailVerification } from "~/services/auth/email-verification.server";
import { emailVerifiedAt } from "~/services/accounts.server";
import { useLocale, useT } from "~/components/i18n";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { formatDate } from "~/components/format";
import { titleMeta } from "~/components/meta";

// Whether the account's address is confirmed, and a new confirmation link when it is not.

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireUser(request);
  return {
    email: actor.email,
    verifiedAt: actor.userId ? await emailVerifiedAt(getDb(), actor.userId) : null,
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireUserWriter(request);
  const { t } = getTranslator(request);
  const db = getDb();
  if (actor.userId && actor.email && !(await emailVerifiedAt(db, actor.userId)))
    sendMailInBackground(
      await sendEmailVerification(db, { id: actor.userId, email: actor.email }, publicOrigin()),
    );
  return redirectWithToast(request, "/my/email", { kind: "info", message: t("email.sent") });
}

export default function MyEmail() {
  const t = useT();
  const locale = useLocale();
  const me = useLoaderData<typeof loader>();
  return (
    <section className="max-w-md space-y-4">
      <h1 className="text-2xl font-semibold">{t("email.title")}</h1>
      <p className="break-words">{me.email}</p>
      {me.verifiedAt ? (
        <Badge tone="green">{t("email.verified", { date: formatDate(me.verifiedAt, locale) })}</Badge>
      ) : (
        <>
          <Badge tone="amber">{t("email.notVerified")}</Badge>
          <p className="text-slate-700">{t("email.why")}</p>
          <Form method="post">
            <Button type="submit">{t("email.resend")}</Button>
          </Form>
        </>
      )}
    </section>
  );
}

export const meta = titleMeta("email.title");

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
