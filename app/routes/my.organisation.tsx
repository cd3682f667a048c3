import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { getFormProps, useForm, type SubmissionResult } from "@conform-to/react";
import { validateOnSubmit } from "~/components/form-validation";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { z } from "zod";
import { rateLimitWrite, requireUser } from "~/services/auth.server";
import { publicOrigin } from "~/utils/env.server";
import { getDb } from "~/utils/services.server";
import { getTranslator } from "~/utils/locale.server";
import { redirectWithToast, rotateSessionCookie } from "~/utils/session.server";
import { createInvite, registerOrganisation, removeMember } from "~/services/auth/accounts.server";
import { countryCode, orgName, taxCode } from "~/modules/auth/schemas";
import {
  getMembership,
  getOrgSummary,
  listMembers,
  listOpenInvites,
  revokeInvite,
} from "~/services/accounts.server";
import { recordAudit } from "~/services/audit.server";
import { pickText } from "~/modules/i18n";
import { useLocale, useT } from "~/components/i18n";
import { FormField, FormMessage } from "~/components/auth/form-field";
import { Button } from "~/components/ui/button";
import { Badge } from "~/components/ui/badge";
import { Table, Td } from "~/components/ui/table";
import { formatDate } from "~/components/format";

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireUser(request);
  const db = getDb();
  if (actor.orgId === null)
    return { org: null, accountType: actor.role, isOwner: false, members: [], invites: [] };
  // Everything below is read by the session's own organisation id: no id comes from the URL.
  const [org, membership, members, invites] = await Promise.all([
    getOrgSummary(db, actor.orgId),
    getMembership(db, actor.userId!),
    listMembers(db, actor.orgId),
    listOpenInvites(db, actor.orgId),
  ]);
  const isOwner = membership?.role === "owner";
  return {
    org: org && {
      ref: org.ref,
      kind: org.kind,
      nameVi: org.nameVi,
      nameEn: org.nameEn,
      taxCode: org.taxCode,
      country: org.country,
      verifiedAt: org.verifiedAt,
    },
    accountType: actor.role,
    isOwner,
    members: members.map((m) => ({
      id: m.id,
      name: m.name,
      email: m.email,
      role: m.role,
      self: m.id === actor.userId,
    })),
    invites: isOwner ? invites : [],
  };
}

const supplierSchema = z.object({
  intent: z.literal("supplier"),
  nameVi: orgName,
  nameEn: orgName.optional(),
  taxCode,
});
const buyerSchema = z.object({ intent: z.literal("buyer"), name: orgName, country: countryCode });
const schema = z.discriminatedUnion("intent", [
  supplierSchema,
  buyerSchema,
  z.object({ intent: z.literal("invite") }),
  z.object({ intent: z.literal("revokeInvite"), inviteId: z.coerce.number().int().positive() }),
  z.object({ intent: z.literal("remove"), memberId: z.coerce.number().int().positive() }),
]);

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireUser(request);
  await rateLimitWrite(request, actor);
  const submission = parseWithZod(await request.formData(), { schema });
  if (submission.status !== "success")
    return data({ result: submission.reply(), inviteLink: null }, { status: 400 });
  const { t } = getTranslator(request);
  const db = getDb();
  const v = submission.value;
  const back = (message: string, kind: "success" | "error" = "success") =>
    redirectWithToast(request, "/my/organisation", { kind, message });

  if (v.intent === "supplier" || v.intent === "buyer") {
    if (actor.kind !== "user" || actor.orgId !== null) return back(t("org.alreadyMember"), "error");
    const r = await registerOrganisation(
      db,
      { id: actor.userId!, email: actor.email ?? "" },
      v.intent === "supplier"
        ? { kind: "supplier", nameVi: v.nameVi, nameEn: v.nameEn ?? null, taxCode: v.taxCode }
        : { kind: "buyer", name: v.name, country: v.country },
    );
    if (!r.ok) {
      if (r.reason === "alreadyMember") return back(t("org.alreadyMember"), "error");
      return data(
        {
          result: submission.reply({ fieldErrors: { taxCode: [t("auth.error.taxCodeTaken")] } }),
          inviteLink: null,
        },
        { status: 409 },
      );
    }
    const name = v.intent === "supplier" ? v.nameVi : v.name;
    // Owning an organisation is a privilege change: the session carries on under a new id.
    return redirectWithToast(
      request,
      "/my",
      { kind: "success", message: t("org.registered", { name, ref: r.ref }) },
      await rotateSessionCookie(request, actor.sessionId),
    );
  }

  // Member management: only the owner, and only of the session's own organisation — any
  // organisation id in the form is ignored (there is none to read).
  const membership = actor.userId === null ? undefined : await getMembership(db, actor.userId);
  if (
    actor.orgId === null ||
    actor.orgRef === null ||
    membership?.role !== "owner" ||
    membership.orgId !== actor.orgId
  )
    throw new Response(t("org.ownerOnly"), { status: 403 });
  const owner = { userId: actor.userId!, orgId: actor.orgId, orgRef: actor.orgRef };
  if (v.intent === "invite") {
    const inviteLink = await createInvite(db, owner, publicOrigin());
    // Shown once, on this response: the link is a secret and is not stored in readable form.
    return data({ result: null, inviteLink });
  }
  if (v.intent === "revokeInvite") {
    if (await revokeInvite(db, owner.orgId, v.inviteId))
      await recordAudit(db, {
        actor: `user:${owner.userId}`,
        action: "invite_revoke",
        entity: "organisation",
        entityRef: owner.orgRef,
        details: { inviteId: v.inviteId },
      });
    return back(t("org.invite.revoked"));
  }
  const removed = await removeMember(db, owner, v.memberId);
  return back(removed ? t("org.member.removed") : t("org.member.notRemoved"), removed ? "success" : "error");
}

export default function MyOrganisation() {
  const t = useT();
  const locale = useLocale();
  const { org, accountType, isOwner, members, invites } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  if (!org) return <RegisterOrganisation accountType={accountType} lastResult={actionData?.result} />;
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
                <Form method="post">
                  <input type="hidden" name="intent" value="remove" />
                  <input type="hidden" name="memberId" value={m.id} />
                  <Button type="submit" variant="ghost" aria-label={`${t("org.member.remove")}: ${m.name}`}>
                    {t("org.member.remove")}
                  </Button>
                </Form>
              )}
            </Td>
          </tr>
        ))}
      </Table>
      {isOwner && (
        <div className="space-y-3">
          <h2 className="text-lg font-semibold">{t("org.invites")}</h2>
          {actionData?.inviteLink && (
            <div role="status" className="rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm">
              <p>{t("org.invite.created")}</p>
              <input
                readOnly
                value={actionData.inviteLink}
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
                <Form method="post">
                  <input type="hidden" name="intent" value="revokeInvite" />
                  <input type="hidden" name="inviteId" value={i.id} />
                  <Button type="submit" variant="ghost">
                    {t("org.invite.revoke")}
                  </Button>
                </Form>
              </li>
            ))}
          </ul>
          <Form method="post">
            <input type="hidden" name="intent" value="invite" />
            <Button type="submit" variant="secondary">
              {t("org.invite.create")}
            </Button>
          </Form>
        </div>
      )}
    </section>
  );
}

type Reply = SubmissionResult<string[]> | null | undefined;

function RegisterOrganisation({ accountType, lastResult }: { accountType: string; lastResult: Reply }) {
  const t = useT();
  const [supplierForm, s] = useForm({
    id: "register-supplier",
    lastResult: lastResult?.initialValue?.intent === "supplier" ? lastResult : undefined,
    constraint: getZodConstraint(supplierSchema),
    onValidate: ({ formData }) => parseWithZod(formData, { schema: supplierSchema }),
    ...validateOnSubmit,
  });
  const [buyerForm, b] = useForm({
    id: "register-buyer",
    lastResult: lastResult?.initialValue?.intent === "buyer" ? lastResult : undefined,
    constraint: getZodConstraint(buyerSchema),
    onValidate: ({ formData }) => parseWithZod(formData, { schema: buyerSchema }),
    ...validateOnSubmit,
  });
  const supplierFirst = accountType !== "buyer";
  const supplier = (
    <Form
      method="post"
      {...getFormProps(supplierForm)}
      className="space-y-4 rounded-lg border bg-white p-5"
      key="s"
    >
      <h2 className="text-lg font-semibold">{t("org.register.supplier")}</h2>
      <FormMessage errors={supplierForm.errors} />
      <input type="hidden" name="intent" value="supplier" />
      <FormField meta={s.nameVi} label={t("org.nameVi")} autoComplete="organization" />
      <FormField meta={s.nameEn} label={t("org.nameEn")} />
      <FormField meta={s.taxCode} label={t("org.taxCode")} />
      <Button type="submit">{t("org.register.supplier")}</Button>
    </Form>
  );
  const buyer = (
    <Form
      method="post"
      {...getFormProps(buyerForm)}
      className="space-y-4 rounded-lg border bg-white p-5"
      key="b"
    >
      <h2 className="text-lg font-semibold">{t("org.register.buyer")}</h2>
      <FormMessage errors={buyerForm.errors} />
      <input type="hidden" name="intent" value="buyer" />
      <FormField meta={b.name} label={t("org.buyerName")} autoComplete="organization" />
      <FormField meta={b.country} label={t("org.country")} autoComplete="country" />
      <Button type="submit">{t("org.register.buyer")}</Button>
    </Form>
  );
  return (
    <section className="max-w-lg space-y-6">
      <h1 className="text-2xl font-semibold">{t("org.register.title")}</h1>
      <p className="text-slate-600">{t("my.noOrg")}</p>
      {supplierFirst ? [supplier, buyer] : [buyer, supplier]}
    </section>
  );
}

export const meta: MetaFunction = () => [{ title: "Doanh nghiệp · Organisation — CNHT Hà Nội" }];

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
