import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { getDb } from "~/utils/services.server";
import { getTranslator } from "~/utils/locale.server";
import { redirectWithToast } from "~/utils/session.server";
import { confirmEmail, verificationLinkIsValid } from "~/services/auth/email-verification.server";
import { useT } from "~/components/i18n";
import { Button } from "~/components/ui/button";
import { titleMeta } from "~/components/meta";

// The link in the confirmation mail. Opening it shows a button; only the POST confirms, so a
// mail scanner that fetches links does not confirm an address for someone who never read it.

export async function loader({ params }: LoaderFunctionArgs) {
  return { valid: await verificationLinkIsValid(getDb(), params.token ?? "") };
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { t } = getTranslator(request);
  const userId = await confirmEmail(getDb(), params.token ?? "");
  if (userId === null) throw new Response(t("email.confirm.invalid"), { status: 410 });
  return redirectWithToast(request, "/my", { kind: "success", message: t("email.confirm.done") });
}

export default function VerifyEmail() {
  const t = useT();
  const { valid } = useLoaderData<typeof loader>();
  return (
    <section className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-semibold">{t("email.confirm.title")}</h1>
      {valid ? (
        <Form method="post">
          <Button type="submit" className="w-full">
            {t("email.confirm.button")}
          </Button>
        </Form>
      ) : (
        <p>
          {t("email.confirm.invalid")} <Link to="/my/email">{t("email.resend")}</Link>
        </p>
      )}
    </section>
  );
}

export const meta = titleMeta("email.confirm.title");

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
