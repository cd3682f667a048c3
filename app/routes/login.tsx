import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useActionData, useSearchParams } from "@remix-run/react";
import { getFormProps } from "@conform-to/react";
import { useZodForm } from "~/components/form-validation";
import { parseWithZod } from "@conform-to/zod";
import { z } from "zod";
import { clientIp, getActor } from "~/services/auth.server";
import { signIn } from "~/services/auth/public-forms.server";
import { getTranslator } from "~/utils/locale.server";
import { createUserSession, sessionMeta } from "~/utils/session.server";
import { email, loginPassword } from "~/modules/auth/schemas";
import { safeRedirect } from "~/modules/auth/permissions";
import { cookieLocale, LOCALE_COOKIE } from "~/modules/i18n";
import { useT } from "~/components/i18n";
import { FormField, FormMessage } from "~/components/auth/form-field";
import { Button } from "~/components/ui/button";
import { titleMeta } from "~/components/meta";
import { readForm } from "~/utils/form-body.server";

export async function loader({ request }: LoaderFunctionArgs) {
  if (await getActor(request))
    throw redirect(safeRedirect(new URL(request.url).searchParams.get("redirectTo")));
  return null;
}

const schema = z.object({ email, password: loginPassword, redirectTo: z.string().optional() });

export async function action({ request, context }: ActionFunctionArgs) {
  const submission = parseWithZod(await readForm(request), { schema });
  const hide = { hideFields: ["password"] };
  if (submission.status !== "success") return data(submission.reply(hide), { status: 400 });
  const ip = clientIp(context);
  const result = await signIn(ip, submission.value);
  if (!result.ok) {
    const { t } = getTranslator(request);
    const { key, vars, status } = result.refusal;
    return data(submission.reply({ ...hide, formErrors: [t(key, vars)] }), { status });
  }
  const res = await createUserSession(
    request,
    result.user,
    sessionMeta(request, ip),
    safeRedirect(submission.value.redirectTo),
  );
  // A language the visitor picked with the switch before logging in is an explicit choice and
  // stays; only a visitor who never chose gets the account's language.
  if (!cookieLocale(request.headers.get("Cookie")))
    res.headers.append(
      "Set-Cookie",
      `${LOCALE_COOKIE}=${result.user.locale}; Path=/; Max-Age=31536000; SameSite=Lax`,
    );
  return res;
}

export default function Login() {
  const t = useT();
  const lastResult = useActionData<typeof action>();
  const [params] = useSearchParams();
  const redirectTo = params.get("redirectTo") ?? "";
  const [form, fields] = useZodForm(schema, { lastResult });
  const withRedirect = (path: string) =>
    redirectTo ? `${path}?${new URLSearchParams({ redirectTo })}` : path;
  return (
    <section className="mx-auto max-w-md">
      <h1 className="mb-6 text-2xl font-semibold">{t("auth.login.title")}</h1>
      <Form method="post" {...getFormProps(form)} className="space-y-4">
        <FormMessage errors={form.errors} />
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <FormField meta={fields.email} label={t("auth.email")} type="email" autoComplete="username" />
        <FormField
          meta={fields.password}
          label={t("auth.password")}
          type="password"
          autoComplete="current-password"
        />
        <Button type="submit" className="w-full">
          {t("auth.login.submit")}
        </Button>
      </Form>
      <p className="mt-6 text-sm">
        <Link to="/forgot-password">{t("auth.login.forgot")}</Link>
      </p>
      <p className="mt-2 text-sm">
        {t("auth.login.noAccount")} <Link to={withRedirect("/register")}>{t("auth.register.title")}</Link>
      </p>
    </section>
  );
}

export const meta = titleMeta("auth.login.title");

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
