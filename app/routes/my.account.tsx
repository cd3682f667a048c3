import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { getFormProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { z } from "zod";
import { rateLimitWrite, requireUser } from "~/auth.server";
import { getDb } from "~/services.server";
import { getTranslator } from "~/locale.server";
import { createUserSession } from "~/session.server";
import { changePassword } from "~/modules/auth/accounts";
import { checkNewPassword, loginPassword, newPassword } from "~/modules/auth/schemas";
import { useT } from "~/components/i18n";
import { FormField, FormMessage } from "~/components/auth/form-field";
import { NewPasswordFields } from "~/components/auth/new-password-fields";
import { Button } from "~/components/ui/button";

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireUser(request);
  return { name: actor.name, email: actor.email };
}

const schema = z
  .object({
    current: loginPassword,
    password: newPassword,
    confirm: z.string({ required_error: "auth.error.required" }),
  })
  .superRefine(checkNewPassword);

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireUser(request);
  await rateLimitWrite(request, actor);
  const hide = { hideFields: ["current", "password", "confirm"] };
  const submission = parseWithZod(await request.formData(), { schema });
  if (submission.status !== "success") return data(submission.reply(hide), { status: 400 });
  const { t } = getTranslator(request);
  const result = await changePassword(
    getDb(),
    actor.userId!,
    submission.value.current,
    submission.value.password,
  );
  if (!result.ok)
    return data(submission.reply({ ...hide, fieldErrors: { current: [t("account.wrongPassword")] } }), {
      status: 400,
    });
  // Other devices are logged out by the new session version; this one gets a fresh cookie.
  return createUserSession(
    request,
    { id: actor.userId!, sessionVersion: result.sessionVersion },
    "/my/account",
    {
      kind: "success",
      message: t("account.passwordChanged"),
    },
  );
}

export default function MyAccount() {
  const t = useT();
  const me = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm({
    lastResult,
    constraint: getZodConstraint(schema),
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
    shouldRevalidate: "onBlur",
  });
  return (
    <section className="max-w-md space-y-8">
      <div>
        <h1 className="text-2xl font-semibold">{t("account.title")}</h1>
        <p className="mt-2 text-slate-700">
          {me.name} · {me.email}
        </p>
      </div>
      <div>
        <h2 className="mb-4 text-lg font-semibold">{t("account.changePassword")}</h2>
        <Form method="post" {...getFormProps(form)} className="space-y-4">
          <FormMessage errors={form.errors} />
          <FormField
            meta={fields.current}
            label={t("account.currentPassword")}
            type="password"
            autoComplete="current-password"
          />
          <NewPasswordFields password={fields.password} confirm={fields.confirm} />
          <Button type="submit">{t("account.changePassword")}</Button>
        </Form>
      </div>
      <Form method="post" action="/logout">
        <input type="hidden" name="intent" value="everywhere" />
        <Button type="submit" variant="secondary">
          {t("auth.logout.everywhere")}
        </Button>
      </Form>
    </section>
  );
}

export const meta: MetaFunction = () => [{ title: "Tài khoản · Account — CNHT Hà Nội" }];
