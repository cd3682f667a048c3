import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { getFormProps, useForm } from "@conform-to/react";
import { validateOnSubmit } from "~/components/form-validation";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { z } from "zod";
import { rateLimitWrite, requireUser } from "~/services/auth.server";
import { getDb } from "~/utils/services.server";
import { getTranslator } from "~/utils/locale.server";
import { redirectWithToast, rotateSessionCookie } from "~/utils/session.server";
import { changePassword } from "~/services/auth/accounts.server";
import { listSessions, revokeOtherSessions, revokeSession } from "~/services/auth/sessions.server";
import { describeDevice, elapsed } from "~/modules/auth/session-policy";
import { checkNewPassword, loginPassword, newPassword } from "~/modules/auth/schemas";
import { useLocale, useT } from "~/components/i18n";
import { formatDate } from "~/components/format";
import { FormField, FormMessage } from "~/components/auth/form-field";
import { NewPasswordFields } from "~/components/auth/new-password-fields";
import { Button } from "~/components/ui/button";

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
  const actor = await requireUser(request);
  await rateLimitWrite(request, actor);
  const form = await request.formData();
  const { t } = getTranslator(request);
  const db = getDb();
  if (form.get("intent") !== "password") {
    const parsed = sessionSchema.safeParse(Object.fromEntries(form));
    if (!parsed.success) throw new Response(t("account.sessions.badRequest"), { status: 400 });
    const v = parsed.data;
    if (v.intent === "revokeOthers") {
      const n = await revokeOtherSessions(db, actor.userId!, actor.sessionId!);
      return redirectWithToast(request, "/my/account", {
        kind: "success",
        message: t("account.sessions.othersEnded", { count: n }),
      });
    }
    // Ending the current session here would be a logout: that is the logout button's job.
    if (v.sessionId === actor.sessionId || !(await revokeSession(db, actor.userId!, v.sessionId)))
      return redirectWithToast(request, "/my/account", {
        kind: "error",
        message: t("account.sessions.notFound"),
      });
    return redirectWithToast(request, "/my/account", {
      kind: "success",
      message: t("account.sessions.ended"),
    });
  }
  const hide = { hideFields: ["current", "password", "confirm"] };
  const submission = parseWithZod(form, { schema: passwordSchema });
  if (submission.status !== "success") return data(submission.reply(hide), { status: 400 });
  const result = await changePassword(
    db,
    actor.userId!,
    submission.value.current,
    submission.value.password,
    actor.sessionId,
  );
  if (!result.ok)
    return data(
      submission.reply({
        ...hide,
        fieldErrors:
          result.reason === "weak"
            ? { password: [t(`auth.error.password.${result.weak}`)] }
            : { current: [t("account.wrongPassword")] },
      }),
      { status: 400 },
    );
  // Other sessions have ended; this one carries on under a new id.
  return redirectWithToast(
    request,
    "/my/account",
    { kind: "success", message: t("account.passwordChanged") },
    await rotateSessionCookie(request, actor.sessionId),
  );
}

export default function MyAccount() {
  const t = useT();
  const locale = useLocale();
  const me = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm({
    lastResult,
    constraint: getZodConstraint(passwordSchema),
    onValidate: ({ formData }) => parseWithZod(formData, { schema: passwordSchema }),
    ...validateOnSubmit,
  });
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
        <ul className="divide-y rounded-lg border bg-white">
          {me.sessions.map((s) => {
            const device =
              s.device.browser && s.device.os
                ? t("account.sessions.deviceOn", { browser: s.device.browser, os: s.device.os })
                : (s.device.browser ?? s.device.os ?? t("account.sessions.unknownDevice"));
            const seen = s.current
              ? t("account.sessions.activeNow")
              : t(`account.sessions.seen.${s.lastSeen.unit}`, { count: s.lastSeen.count });
            return (
              <li key={s.id} className="flex flex-wrap items-center justify-between gap-3 p-3">
                <div>
                  <p className="font-medium">
                    {device}
                    {s.current && (
                      <span className="ml-2 rounded bg-emerald-50 px-2 py-0.5 text-xs text-emerald-800">
                        {t("account.sessions.thisDevice")}
                      </span>
                    )}
                  </p>
                  <p className="text-sm text-slate-600">
                    {seen} · {t("account.sessions.since", { date: formatDate(s.since, locale) })}
                    {s.ip ? ` · ${s.ip}` : ""}
                  </p>
                </div>
                {!s.current && (
                  <Form method="post">
                    <input type="hidden" name="intent" value="revoke" />
                    <input type="hidden" name="sessionId" value={s.id} />
                    <Button
                      type="submit"
                      variant="secondary"
                      aria-label={`${t("account.sessions.revoke")}: ${device}`}
                    >
                      {t("account.sessions.revoke")}
                    </Button>
                  </Form>
                )}
              </li>
            );
          })}
        </ul>
        {others > 0 && (
          <Form method="post" className="mt-4">
            <input type="hidden" name="intent" value="revokeOthers" />
            <Button type="submit" variant="secondary">
              {t("account.sessions.revokeOthers")}
            </Button>
          </Form>
        )}
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
