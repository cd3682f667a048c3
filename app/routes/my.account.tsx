import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { getFormProps } from "@conform-to/react";
import { useZodForm } from "~/components/form-validation";
import { parseWithZod } from "@conform-to/zod";
import { z } from "zod";
import { requireUser, requireUserWriter, type Actor } from "~/services/auth.server";
import { badRequest } from "~/utils/responses";
import { getDb } from "~/utils/services.server";
import { getTranslator } from "~/utils/locale.server";
import { redirectWithToast, rotateSessionCookie } from "~/utils/session.server";
import { changePassword } from "~/services/auth/accounts.server";
import { listSessions, revokeOtherSessions, revokeSession } from "~/services/auth/sessions.server";
import { describeDevice, elapsed } from "~/modules/auth/session-policy";
import { checkNewPassword, loginPassword, newPassword } from "~/modules/auth/schemas";
import { useT } from "~/components/i18n";
import { SessionList } from "~/components/auth/session-list";
import { FormField, FormMessage } from "~/components/auth/form-field";
import { NewPasswordFields } from "~/components/auth/new-password-fields";
import { Button } from "~/components/ui/button";
import { IntentButton } from "~/components/ui/intent-button";
import { titleMeta } from "~/components/meta";
import { readForm } from "~/utils/form-body.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireUser(request);
  const now = Date.now();
  const sessions = actor.userId ? await listSessions(getDb(), actor.userId, now) : [];
  return {
    name: actor.name,
    email: actor.email,
    // Worked out here, with the server's clock, so server and browser render the same words.
    sessions: sessions.map((s) => ({
      id: s.id,
      current: s.id === actor.sessionId,
      device: describeDevice(s.userAgent),
      ip: s.ip,
      since: s.createdAt,
      lastSeen: elapsed(s.lastSeenAt, now),
    })),
  };
}

const passwordSchema = z
  .object({
    intent: z.literal("password"),
    current: loginPassword,
    password: newPassword,
    confirm: z.string({ required_error: "auth.error.required" }),
  })
  .superRefine(checkNewPassword);
const sessionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("revoke"), sessionId: z.coerce.number().int().positive() }),
  z.object({ intent: z.literal("revokeOthers") }),
]);

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireUserWriter(request);
  const form = await readForm(request);
  return form.get("intent") === "password"
    ? changePasswordAction(request, actor, form)
    : endSessionAction(request, actor, form);
}

/** The buttons of the sessions list: end one other session, or all the others. */
async function endSessionAction(request: Request, actor: Actor, form: FormData) {
  const { t } = getTranslator(request);
  const parsed = sessionSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) badRequest(t("account.sessions.badRequest"));
  const v = parsed.data;
  if (v.intent === "revokeOthers") {
    const n = await revokeOtherSessions(getDb(), actor.userId!, actor.sessionId!);
    const message = t("account.sessions.othersEnded", { count: n });
    return redirectWithToast(request, "/my/account", { kind: "success", message });
  }
  // Ending the current session here would be a logout: that is the logout button's job.
  const ended = v.sessionId !== actor.sessionId && (await revokeSession(getDb(), actor.userId!, v.sessionId));
  return redirectWithToast(request, "/my/account", {
    kind: ended ? "success" : "error",
    message: t(ended ? "account.sessions.ended" : "account.sessions.notFound"),
  });
}

async function changePasswordAction(request: Request, actor: Actor, form: FormData) {
  const hide = { hideFields: ["current", "password", "confirm"] };
  const submission = parseWithZod(form, { schema: passwordSchema });
  if (submission.status !== "success") return data(submission.reply(hide), { status: 400 });
  const { current, password } = submission.value;
  const result = await changePassword(getDb(), actor.userId!, current, password, actor.sessionId);
  if (!result.ok) {
    const fieldErrors: Record<string, string[]> =
      result.reason === "weak"
        ? { password: [`auth.error.password.${result.weak}`] }
        : { current: ["account.wrongPassword"] };
    return data(submission.reply({ ...hide, fieldErrors }), { status: 400 });
  }
  // Other sessions have ended; this one carries on under a new id.
  const { t } = getTranslator(request);
  return redirectWithToast(
    request,
    "/my/account",
    { kind: "success", message: t("account.passwordChanged") },
    await rotateSessionCookie(request, actor.sessionId),
  );
}

export default function MyAccount() {
  const t = useT();
  const me = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useZodForm(passwordSchema, { lastResult });
  const others = me.sessions.filter((s) => !s.current).length;
  return (
    <section className="max-w-2xl space-y-8">
      <div>
        <h1 className="text-2xl font-semibold">{t("account.title")}</h1>
        <p className="mt-2 text-slate-700">
          {me.name} · {me.email}
        </p>
      </div>
      <div className="max-w-md">
        <h2 className="mb-4 text-lg font-semibold">{t("account.changePassword")}</h2>
        <Form method="post" {...getFormProps(form)} className="space-y-4">
          <input type="hidden" name="intent" value="password" />
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
      <div>
        <h2 className="mb-2 text-lg font-semibold">{t("account.sessions.title")}</h2>
        <p className="mb-4 text-sm text-slate-600">{t("account.sessions.intro")}</p>
        <SessionList sessions={me.sessions} />
        {others > 0 && (
          <IntentButton intent="revokeOthers" className="mt-4" variant="secondary">
            {t("account.sessions.revokeOthers")}
          </IntentButton>
        )}
      </div>
      <IntentButton intent="everywhere" action="/logout" variant="secondary">
        {t("auth.logout.everywhere")}
      </IntentButton>
    </section>
  );
}

export const meta = titleMeta("account.title");

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
