import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { getFormProps } from "@conform-to/react";
import { useZodForm } from "~/components/form-validation";
import { parseWithZod } from "@conform-to/zod";
import { z } from "zod";
import { getDb } from "~/utils/services.server";
import { getTranslator } from "~/utils/locale.server";
import { destroyUserSession } from "~/utils/session.server";
import { resetLinkIsValid, resetPassword } from "~/services/auth/accounts.server";
import { checkNewPassword, newPassword } from "~/modules/auth/schemas";
import { useT } from "~/components/i18n";
import { FormMessage } from "~/components/auth/form-field";
import { NewPasswordFields } from "~/components/auth/new-password-fields";
import { Button } from "~/components/ui/button";
import { pageMeta } from "~/components/meta";
import { readForm } from "~/utils/form-body.server";

export async function loader({ params }: LoaderFunctionArgs) {
  // 200 with a message rather than 404: the person holding a stale link needs the way forward.
  return { valid: await resetLinkIsValid(getDb(), params.token ?? "") };
}

const schema = z
  .object({ password: newPassword, confirm: z.string({ required_error: "auth.error.required" }) })
  .superRefine(checkNewPassword);

export async function action({ request, params }: ActionFunctionArgs) {
  const submission = parseWithZod(await readForm(request), { schema });
  if (submission.status !== "success")
    return data(submission.reply({ hideFields: ["password", "confirm"] }), { status: 400 });
  const { t } = getTranslator(request);
  const result = await resetPassword(getDb(), params.token ?? "", submission.value.password);
  if (typeof result === "object")
    return data(
      submission.reply({
        fieldErrors: { password: [t(`auth.error.password.${result.weak}`)] },
        hideFields: ["password", "confirm"],
      }),
      { status: 400 },
    );
  if (result === "invalid")
    return data(
      submission.reply({ formErrors: [t("auth.reset.invalid")], hideFields: ["password", "confirm"] }),
      { status: 410 },
    );
  // Whoever was logged in on this browser is logged out too: the new password starts clean.
  return destroyUserSession(request, "/login", { kind: "success", message: t("auth.reset.done") });
}

export default function ResetPassword() {
  const t = useT();
  const { valid } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useZodForm(schema, { lastResult });
  return (
    <section className="mx-auto max-w-md">
      <h1 className="mb-6 text-2xl font-semibold">{t("auth.reset.title")}</h1>
      {valid ? (
        <Form method="post" {...getFormProps(form)} className="space-y-4">
          <FormMessage errors={form.errors} />
          <NewPasswordFields password={fields.password} confirm={fields.confirm} />
          <Button type="submit" className="w-full">
            {t("auth.reset.submit")}
          </Button>
        </Form>
      ) : (
        <p role="alert" className="text-slate-700">
          {t("auth.reset.invalid")} <Link to="/forgot-password">{t("auth.login.forgot")}</Link>
        </p>
      )}
    </section>
  );
}

export const meta: MetaFunction = ({ matches }) => [
  ...pageMeta(matches, (t) => ({ title: t("auth.reset.title") })),
  { name: "referrer", content: "no-referrer" },
];

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
