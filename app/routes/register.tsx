import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { getFormProps, getSelectProps } from "@conform-to/react";
import { useZodForm } from "~/components/form-validation";
import { parseWithZod } from "@conform-to/zod";
import { z } from "zod";
import { clientIp, getActor } from "~/services/auth.server";
import { signUp } from "~/services/auth/public-forms.server";
import { getLocale, getTranslator } from "~/utils/locale.server";
import { redirectWithToast } from "~/utils/session.server";
import { isHoneypotFilled } from "~/modules/auth/honeypot";
import { safeRedirect } from "~/modules/auth/permissions";
import { accountType, email, locale, newPassword, personName } from "~/modules/auth/schemas";
import { useT } from "~/components/i18n";
import { FieldErrors, FormField, FormMessage, Honeypot } from "~/components/auth/form-field";
import { Field, Select } from "~/components/ui/field";
import { Button } from "~/components/ui/button";
import { titleMeta } from "~/components/meta";
import { readForm } from "~/utils/form-body.server";

export async function loader({ request }: LoaderFunctionArgs) {
  if (await getActor(request)) throw redirect("/my");
  return { locale: getLocale(request) };
}

const schema = z.object({
  email,
  password: newPassword,
  name: personName,
  locale,
  accountType,
  redirectTo: z.string().optional(),
});

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await readForm(request);
  const { t } = getTranslator(request);
  const hide = { hideFields: ["password"] };
  const done = (to?: string) =>
    redirectWithToast(
      request,
      to ? `/login?${new URLSearchParams({ redirectTo: safeRedirect(to) })}` : "/login",
      {
        kind: "info",
        message: t("auth.register.done"),
      },
    );
  // A bot gets the same answer as a person and nothing is written.
  if (isHoneypotFilled(form)) return done();
  const submission = parseWithZod(form, { schema });
  if (submission.status !== "success") return data(submission.reply(hide), { status: 400 });
  const { redirectTo, ...reg } = submission.value;
  const result = await signUp(clientIp(context), reg);
  if ("refusal" in result) {
    const { key, vars, status } = result.refusal;
    return data(submission.reply({ ...hide, formErrors: [t(key, vars)] }), { status });
  }
  if ("weak" in result) {
    const fieldErrors = { password: [t(`auth.error.password.${result.weak}`)] };
    return data(submission.reply({ ...hide, fieldErrors }), { status: 400 });
  }
  // Same message whether the address was free or not: no account enumeration.
  return done(redirectTo);
}

export default function Register() {
  const t = useT();
  const { locale: current } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [params] = useSearchParams();
  const redirectTo = params.get("redirectTo") ?? "";
  const [form, fields] = useZodForm(schema, {
    lastResult,
    defaultValue: { locale: current, accountType: "supplier" },
  });
  return (
    <section className="mx-auto max-w-md">
      <h1 className="mb-6 text-2xl font-semibold">{t("auth.register.title")}</h1>
      <Form method="post" {...getFormProps(form)} className="relative space-y-4">
        <FormMessage errors={form.errors} />
        <Honeypot />
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <FormField meta={fields.name} label={t("auth.name")} autoComplete="name" />
        <FormField meta={fields.email} label={t("auth.email")} type="email" autoComplete="email" />
        <FormField
          meta={fields.password}
          label={t("auth.password")}
          type="password"
          hint={t("auth.passwordHint")}
          autoComplete="new-password"
        />
        <Field id={fields.accountType.id} label={t("auth.accountType")}>
          <Select {...getSelectProps(fields.accountType)} key={fields.accountType.key}>
            <option value="supplier">{t("auth.accountType.supplier")}</option>
            <option value="buyer">{t("auth.accountType.buyer")}</option>
          </Select>
          <FieldErrors id={fields.accountType.errorId} errors={fields.accountType.errors} />
        </Field>
        <Field id={fields.locale.id} label={t("auth.locale")}>
          <Select {...getSelectProps(fields.locale)} key={fields.locale.key}>
            <option value="vi">Tiếng Việt</option>
            <option value="en">English</option>
            <option value="ja">日本語</option>
          </Select>
          <FieldErrors id={fields.locale.errorId} errors={fields.locale.errors} />
        </Field>
        <Button type="submit" className="w-full">
          {t("auth.register.submit")}
        </Button>
      </Form>
      <p className="mt-6 text-sm">
        {t("auth.register.haveAccount")} <Link to="/login">{t("auth.login.title")}</Link>
      </p>
    </section>
  );
}

export const meta = titleMeta("auth.register.title");

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
