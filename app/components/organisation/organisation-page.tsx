import { Form } from "@remix-run/react";
import { getFormProps, useForm, type FormMetadata, type SubmissionResult } from "@conform-to/react";
import type { ReactNode } from "react";
import type { z } from "zod";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { validateOnSubmit } from "~/components/form-validation";
import { buyerOrgSchema, supplierOrgSchema } from "~/modules/auth/organisation-form";
import type { OrganisationPage } from "~/services/organisation-page.server";
import { pickText } from "~/modules/i18n";
import { useLocale, useT } from "~/components/i18n";
import { FormField, FormMessage } from "~/components/auth/form-field";
import { Button } from "~/components/ui/button";
import { Badge } from "~/components/ui/badge";
import { Table, Td } from "~/components/ui/table";
import { formatDate } from "~/components/format";
import { IntentButton } from "~/components/ui/intent-button";

// The parts of /my/organisation: the firm with its members and invites, or registering one.

type Page = OrganisationPage;

/** The firm, its members and, for the owner, its open invites; `inviteLink` is the one just made. */
export function OrganisationMembers({
  org,
  isOwner,
  members,
  invites,
  inviteLink,
}: Pick<Page, "isOwner" | "members" | "invites"> & {
  org: NonNullable<Page["org"]>;
  inviteLink?: string | null;
}) {
  const t = useT();
  const locale = useLocale();
  return (
    <section className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold">{pickText({ vi: org.nameVi, en: org.nameEn }, locale)}</h1>
        <p className="mt-1 text-sm text-slate-500">
          {t("my.org.ref")}: {org.ref}
          {org.taxCode && ` · ${t("org.taxCode")}: ${org.taxCode}`}
          {org.country && ` · ${org.country}`}
        </p>
        {org.kind === "supplier" && (
          <p className="mt-2">
            {org.verifiedAt ? (
              <Badge tone="green">{t("my.org.verified", { date: formatDate(org.verifiedAt, locale) })}</Badge>
            ) : (
              <Badge tone="amber">{t("my.org.notVerified")}</Badge>
            )}
          </p>
        )}
      </div>
      <Table caption={t("org.members")} head={[t("auth.name"), t("auth.email"), "", ""]}>
        {members.map((m) => (
          <tr key={m.id}>
            <Td>{m.name}</Td>
            <Td>{m.email}</Td>
            <Td>{t(`org.member.${m.role}`)}</Td>
            <Td>
              {isOwner && m.role === "member" && (
                <IntentButton
                  intent="remove"
                  fields={{ memberId: m.id }}
                  variant="ghost"
                  label={t("org.member.remove")}
                  item={m.name}
                />
              )}
            </Td>
          </tr>
        ))}
      </Table>
      {isOwner && (
        <div className="space-y-3">
          <h2 className="text-lg font-semibold">{t("org.invites")}</h2>
          {inviteLink && (
            <div role="status" className="rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm">
              <p>{t("org.invite.created")}</p>
              <input
                readOnly
                value={inviteLink}
                aria-label={t("org.invites")}
                className="mt-2 w-full rounded border px-2 py-1 font-mono text-xs"
                onFocus={(e) => e.currentTarget.select()}
              />
            </div>
          )}
          <ul className="space-y-1 text-sm">
            {invites.map((i) => (
              <li key={i.id} className="flex items-center gap-3">
                <span>{t("org.invite.expires", { date: formatDate(i.expiresAt, locale) })}</span>
                <IntentButton intent="revokeInvite" fields={{ inviteId: i.id }} variant="ghost">
                  {t("org.invite.revoke")}
                </IntentButton>
              </li>
            ))}
          </ul>
          <IntentButton intent="invite" variant="secondary">
            {t("org.invite.create")}
          </IntentButton>
        </div>
      )}
    </section>
  );
}

type Reply = SubmissionResult<string[]> | null | undefined;

/** One of the two registration forms; the reply goes to the form whose intent it carries. */
function useOrgForm<S extends z.ZodTypeAny>(intent: "supplier" | "buyer", schema: S, lastResult: Reply) {
  return useForm({
    id: `register-${intent}`,
    lastResult: lastResult?.initialValue?.intent === intent ? lastResult : undefined,
    constraint: getZodConstraint(schema),
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
    ...validateOnSubmit,
  });
}

function OrgForm<S extends Record<string, unknown>>({
  form,
  title,
  intent,
  children,
}: {
  form: FormMetadata<S, string[]>;
  title: string;
  intent: "supplier" | "buyer";
  children: ReactNode;
}) {
  return (
    <Form method="post" {...getFormProps(form)} className="space-y-4 rounded-lg border bg-white p-5">
      <h2 className="text-lg font-semibold">{title}</h2>
      <FormMessage errors={form.errors} />
      <input type="hidden" name="intent" value={intent} />
      {children}
      <Button type="submit">{title}</Button>
    </Form>
  );
}

/** The two ways to a firm for an account without one: the account type's kind first. */
export function RegisterOrganisation({
  accountType,
  lastResult,
}: {
  accountType: string;
  lastResult: Reply;
}) {
  const t = useT();
  const [supplierForm, s] = useOrgForm("supplier", supplierOrgSchema, lastResult);
  const [buyerForm, b] = useOrgForm("buyer", buyerOrgSchema, lastResult);
  const supplierFirst = accountType !== "buyer";
  const supplier = (
    <OrgForm form={supplierForm} title={t("org.register.supplier")} intent="supplier" key="s">
      <FormField meta={s.nameVi} label={t("org.nameVi")} autoComplete="organization" />
      <FormField meta={s.nameEn} label={t("org.nameEn")} />
      <FormField meta={s.taxCode} label={t("org.taxCode")} />
    </OrgForm>
  );
  const buyer = (
    <OrgForm form={buyerForm} title={t("org.register.buyer")} intent="buyer" key="b">
      <FormField meta={b.name} label={t("org.buyerName")} autoComplete="organization" />
      <FormField meta={b.country} label={t("org.country")} autoComplete="country" />
    </OrgForm>
  );
  return (
    <section className="max-w-lg space-y-6">
      <h1 className="text-2xl font-semibold">{t("org.register.title")}</h1>
      <p className="text-slate-600">{t("my.noOrg")}</p>
      {supplierFirst ? [supplier, buyer] : [buyer, supplier]}
    </section>
  );
}
