import { data, type ActionFunctionArgs } from "@remix-run/node";
import { Form, useActionData } from "@remix-run/react";
import { getFormProps } from "@conform-to/react";
import { useZodForm } from "~/components/form-validation";
import { parseWithZod } from "@conform-to/zod";
import { z } from "zod";
import { clientIp } from "~/services/auth.server";
import { forgotPassword } from "~/services/auth/public-forms.server";
import { getTranslator } from "~/utils/locale.server";
import { redirectWithToast } from "~/utils/session.server";
import { isHoneypotFilled } from "~/modules/auth/honeypot";
import { email } from "~/modules/auth/schemas";
import { useT } from "~/components/i18n";
import { FormField, FormMessage, Honeypot } from "~/components/auth/form-field";
import { Button } from "~/components/ui/button";
import { titleMeta } from "~/components/meta";
import { readForm } from "~/utils/form-body.server";

const schema = z.object({ email });

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await readForm(request);
  const { t } = getTranslator(request);
  // One answer whether or not the address has an account (and for a bot in the honeypot).
  const done = () => redirectWithToast(request, "/login", { kind: "info", message: t("auth.forgot.done") });
  if (isHoneypotFilled(form)) return done();
  const submission = parseWithZod(form, { schema });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const result = await forgotPassword(clientIp(context), submission.value.email);
  if ("refusal" in result) {
    const { key, vars, status } = result.refusal;
    return data(submission.reply({ formErrors: [t(key, vars)] }), { status });
  }
  return done();
}

export default function ForgotPassword() {
  const t = useT();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useZodForm(schema, { lastResult });
  return (
    <section className="mx-auto max-w-md">
      <h1 className="mb-4 text-2xl font-semibold">{t("auth.forgot.title")}</h1>
      <p className="mb-6 text-sm text-slate-600">{t("auth.forgot.intro")}</p>
      <Form method="post" {...getFormProps(form)} className="relative space-y-4">
        <FormMessage errors={form.errors} />
        <Honeypot />
        <FormField meta={fields.email} label={t("auth.email")} type="email" autoComplete="email" />
        <Button type="submit" className="w-full">
          {t("auth.forgot.submit")}
        </Button>
      </Form>
    </section>
  );
}

export const meta = titleMeta("auth.forgot.title");

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
