import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useZodForm } from "~/components/form-validation";
import { parseWithZod } from "@conform-to/zod";
import { z } from "zod";
import { requireRole, requireWriter } from "~/services/auth.server";
import { getDb } from "~/utils/services.server";
import { getTranslator } from "~/utils/locale.server";
import { redirectWithToast } from "~/utils/session.server";
import { createApiToken } from "~/services/auth/api-tokens.server";
import { TOKEN_DEFAULT_DAYS, TOKEN_MAX_DAYS } from "~/modules/auth/tokens";
import { auditActor } from "~/modules/auth/permissions";
import { listApiTokens, revokeApiTokenBy } from "~/services/accounts.server";
import { forbidden } from "~/utils/responses";
import { personName } from "~/modules/auth/schemas";
import { fieldMessage } from "~/modules/i18n";
import { Options } from "~/components/ui/field";
import { useLocale, useT } from "~/components/i18n";
import { formatDate, formatDateTime } from "~/components/format";
import { FormField, FormMessage } from "~/components/auth/form-field";
import { Badge } from "~/components/ui/badge";
import { CardForm, SelectField } from "~/components/admin/console-form";
import { DataTable } from "~/components/admin/data-table";
import { IntentButton } from "~/components/ui/intent-button";
import { titleMeta } from "~/components/meta";
import { readForm } from "~/utils/form-body.server";

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, "organiser");
  return { tokens: await listApiTokens(getDb()), now: new Date().toISOString() };
}

// Field errors are message keys, translated next to the field (FieldErrors).
const DAYS_RANGE = fieldMessage("admin.tokens.daysRange", { max: TOKEN_MAX_DAYS });
const createSchema = z.object({
  intent: z.literal("create"),
  name: personName,
  role: z.enum(["organiser", "admin", "supplier", "buyer"], {
    errorMap: () => ({ message: "auth.error.choice" }),
  }),
  orgRef: z
    .string()
    .trim()
    .max(64, fieldMessage("auth.error.tooLong", { max: 64 }))
    .optional(),
  days: z.coerce
    .number({ invalid_type_error: DAYS_RANGE })
    .int(DAYS_RANGE)
    .min(1, DAYS_RANGE)
    .max(TOKEN_MAX_DAYS, DAYS_RANGE)
    .default(TOKEN_DEFAULT_DAYS),
});
const schema = z.discriminatedUnion("intent", [
  createSchema,
  z.object({ intent: z.literal("revoke"), id: z.coerce.number().int().positive() }),
]);

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireWriter(request, "organiser");
  const submission = parseWithZod(await readForm(request), { schema });
  if (submission.status !== "success")
    return data({ result: submission.reply(), token: null }, { status: 400 });
  const { t } = getTranslator(request);
  const v = submission.value;
  if (v.intent === "revoke") {
    await revokeApiTokenBy(getDb(), actor, v.id);
    return redirectWithToast(request, "/admin/tokens", {
      kind: "success",
      message: t("admin.tokens.revoked"),
    });
  }
  // Only admins may mint admin tokens.
  if (v.role === "admin" && actor.role !== "admin") forbidden();
  const r = await createApiToken(
    getDb(),
    { name: v.name, role: v.role, orgRef: v.orgRef || null, days: v.days, createdBy: actor.userId },
    auditActor(actor),
  );
  if (!r.ok) {
    const fieldErrors: Record<string, string[]> =
      r.error === "days" ? { days: [DAYS_RANGE] } : { orgRef: [`admin.tokens.${r.error}`] };
    return data({ result: submission.reply({ fieldErrors }), token: null }, { status: 400 });
  }
  // The secret exists in clear only in this response.
  return data({ result: submission.reply({ resetForm: true }), token: r.token, expiresAt: r.expiresAt });
}

export default function AdminTokens() {
  const t = useT();
  const { tokens, now } = useLoaderData<typeof loader>();
  const locale = useLocale();
  const actionData = useActionData<typeof action>();
  const [form, fields] = useZodForm(createSchema, {
    lastResult: actionData?.result,
    defaultValue: { role: "organiser", days: String(TOKEN_DEFAULT_DAYS) },
  });
  return (
    <section className="space-y-6">
      {actionData?.token && (
        <div role="status" className="rounded-md border border-emerald-200 bg-emerald-50 p-4 text-sm">
          <p>{t("admin.tokens.createdOnce")}</p>
          {"expiresAt" in actionData && actionData.expiresAt && (
            <p className="mt-1">
              {t("admin.tokens.expiresOn", { date: formatDate(actionData.expiresAt, locale) })}
            </p>
          )}
          <input
            readOnly
            value={actionData.token}
            aria-label={t("admin.tokens.createdOnce")}
            className="mt-2 w-full rounded border px-2 py-1 font-mono text-xs"
            onFocus={(e) => e.currentTarget.select()}
          />
        </div>
      )}
      <CardForm form={form} intent="create" columns={3} submit={t("admin.tokens.create")}>
        <FormMessage errors={form.errors} />
        <FormField meta={fields.name} label={t("admin.tokens.name")} />
        <SelectField meta={fields.role} label={t("admin.tokens.role")}>
          <Options
            items={["organiser", "admin", "supplier", "buyer"]}
            value={(r) => r}
            label={(r) => t(`my.role.${r}`)}
          />
        </SelectField>
        <FormField meta={fields.orgRef} label={t("admin.tokens.org")} />
        <FormField meta={fields.days} label={t("admin.tokens.days", { max: TOKEN_MAX_DAYS })} type="number" />
      </CardForm>
      <DataTable
        caption={t("admin.nav.tokens")}
        rows={tokens}
        rowKey={(k) => k.id}
        columns={[
          { head: t("admin.tokens.name"), cell: (k) => k.name },
          { head: t("admin.tokens.role"), cell: (k) => t(`my.role.${k.role}`) },
          { head: t("admin.users.org"), cell: (k) => k.orgRef },
          { head: t("admin.tokens.prefix"), cell: (k) => <>{k.prefix}…</>, className: "font-mono text-xs" },
          { head: t("admin.tokens.created"), cell: (k) => formatDate(k.createdAt, locale) },
          { head: t("admin.tokens.lastUsed"), cell: (k) => formatDateTime(k.lastUsedAt, locale) },
          {
            head: t("admin.tokens.expires"),
            cell: (k) =>
              !k.expiresAt || k.expiresAt <= now ? (
                <Badge tone="red">
                  {k.expiresAt
                    ? t("admin.tokens.expiredOn", { date: formatDate(k.expiresAt, locale) })
                    : t("admin.tokens.expired")}
                </Badge>
              ) : (
                formatDate(k.expiresAt, locale)
              ),
          },
          {
            head: "",
            cell: (k) =>
              k.revokedAt ? (
                <Badge tone="red">
                  {t("admin.tokens.revokedAt", { date: formatDate(k.revokedAt, locale) })}
                </Badge>
              ) : (
                <IntentButton
                  intent="revoke"
                  fields={{ id: k.id }}
                  variant="ghost"
                  label={t("admin.tokens.revoke")}
                  item={k.name}
                />
              ),
          },
        ]}
      />
    </section>
  );
}

export const meta = titleMeta("admin.nav.tokens");

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
