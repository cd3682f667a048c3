import type { SubmissionResult } from "@conform-to/react";
import { Form } from "@remix-run/react";
import { useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { validateOnSubmit } from "~/components/form-validation";
import { recognitionSchema } from "~/modules/directory/admin-firm-forms";
import { pickText } from "~/modules/i18n";
import { useLocale, useT } from "~/components/i18n";
import { FieldErrors, FormField, FormMessage } from "~/components/auth/form-field";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { Field, TextInput } from "~/components/ui/field";
import { CardForm, SelectField } from "~/components/admin/console-form";
import { FactList, Table, Td } from "~/components/ui/table";
import { formatDate } from "~/components/format";
import { IntentButton } from "~/components/ui/intent-button";

// The parts of the organisers' firm page (/admin/firms/REF); the route loads and posts.

type Firm = {
  ref: string;
  kind: string;
  nameVi: string | null;
  nameEn: string | null;
  taxCode: string | null;
  contactEmail: string | null;
  origin: string;
  verifiedAt: string | null;
  linkedAt: string | null;
};
type Result = SubmissionResult<string[]> | undefined;

/** The firm's facts and the verify (supplier) or approve (buyer) button. */
export function FirmFacts({ firm, lastResult }: { firm: Firm; lastResult: Result }) {
  const t = useT();
  const locale = useLocale();
  const verifyErrors =
    lastResult?.initialValue?.intent !== "addRecognition" ? lastResult?.error?.[""] : undefined;
  const buyer = firm.kind === "buyer";
  return (
    <div className="space-y-3">
      <h2 className="text-xl font-semibold">{pickText({ vi: firm.nameVi, en: firm.nameEn }, locale)}</h2>
      <FactList
        items={[
          { label: t("admin.firm.ref"), value: firm.ref },
          { label: t("admin.filter.kind"), value: t(`admin.kind.${firm.kind}`) },
          { label: t("admin.firm.taxCode"), value: firm.taxCode },
          { label: t("auth.email"), value: firm.contactEmail },
        ]}
      />
      <div className="flex flex-wrap items-center gap-3">
        {firm.verifiedAt ? (
          <Badge tone="green">
            {t(buyer ? "admin.firm.approvedOn" : "admin.firm.verifiedOn", {
              date: formatDate(firm.verifiedAt, locale),
            })}
          </Badge>
        ) : (
          <Badge tone="amber">{t(buyer ? "admin.firm.notApproved" : "admin.filter.verifiedNo")}</Badge>
        )}
        <Form method="post">
          <input type="hidden" name="intent" value={firm.verifiedAt ? "unverify" : "verify"} />
          <Button type="submit" variant={firm.verifiedAt ? "secondary" : "primary"}>
            {t(
              buyer
                ? firm.verifiedAt
                  ? "admin.firm.unapprove"
                  : "admin.firm.approve"
                : firm.verifiedAt
                  ? "admin.firm.unverify"
                  : "admin.firm.verify",
            )}
          </Button>
        </Form>
        <FormMessage errors={verifyErrors ?? undefined} />
      </div>
      {buyer && <p className="text-sm text-slate-600">{t("admin.firm.approveHelp")}</p>}
      {firm.linkedAt && (
        <p className="text-sm text-slate-600">
          {t("admin.link.linkedOn", { date: formatDate(firm.linkedAt, locale) })}
        </p>
      )}
    </div>
  );
}

/** "This portal firm is the city's REF X", shown only while a portal firm is not linked. */
export function LinkForm({ firm, lastResult }: { firm: Firm; lastResult: Result }) {
  const t = useT();
  if (firm.origin !== "portal" || firm.linkedAt) return null;
  const linkErrors = lastResult?.initialValue?.intent === "link" ? lastResult.error?.cityRef : undefined;
  const linkValue =
    lastResult?.initialValue?.intent === "link" ? String(lastResult.initialValue.cityRef ?? "") : "";
  return (
    <Form method="post" className="max-w-2xl space-y-3 rounded-lg border bg-white p-4">
      <h2 className="text-lg font-semibold">{t("admin.link.title")}</h2>
      <p className="text-sm text-slate-600">{t("admin.link.help", { ref: firm.ref })}</p>
      <input type="hidden" name="intent" value="link" />
      <Field id="cityRef" label={t("admin.link.cityRef")}>
        <TextInput
          id="cityRef"
          name="cityRef"
          required
          pattern="[A-Za-z0-9_\-]{1,64}"
          aria-describedby="cityRef-error"
          defaultValue={linkValue}
        />
        <FieldErrors id="cityRef-error" errors={linkErrors ?? undefined} />
      </Field>
      <Button type="submit">{t("admin.link.submit")}</Button>
    </Form>
  );
}

export function FirmMembers({
  members,
}: {
  members: { id: number; name: string; email: string; role: string }[];
}) {
  const t = useT();
  return (
    <Table caption={t("org.members")} head={[t("auth.name"), t("auth.email"), ""]}>
      {members.map((m) => (
        <tr key={m.id}>
          <Td>{m.name}</Td>
          <Td>{m.email}</Td>
          <Td>{t(`org.member.${m.role}`)}</Td>
        </tr>
      ))}
    </Table>
  );
}

type Recognition = { id: number; kind: string; product: string | null; year: number; note: string | null };

/** The firm's recognitions, each removable, and the form that adds one. */
export function Recognitions({
  recognitions,
  lastResult,
}: {
  recognitions: Recognition[];
  lastResult: Result;
}) {
  const t = useT();
  const [form, fields] = useForm({
    id: "recognition",
    lastResult: lastResult?.initialValue?.intent === "addRecognition" ? lastResult : undefined,
    constraint: getZodConstraint(recognitionSchema),
    defaultValue: { kind: "spcncl", year: String(new Date().getFullYear()) },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: recognitionSchema }),
    ...validateOnSubmit,
  });
  return (
    <div className="space-y-4">
      <h2 className="text-lg font-semibold">{t("admin.rec.title")}</h2>
      {recognitions.length === 0 ? (
        <p className="text-slate-500">{t("admin.rec.none")}</p>
      ) : (
        <ul className="space-y-2">
          {recognitions.map((r) => (
            <li key={r.id} className="flex flex-wrap items-center gap-3">
              <Badge tone="brand">{t(`admin.rec.${r.kind}`)}</Badge>
              <span>
                {r.product && `${r.product} · `}
                {r.year}
                {r.note && ` · ${r.note}`}
              </span>
              <IntentButton intent="removeRecognition" fields={{ id: r.id }} variant="ghost">
                {t("admin.rec.remove")}
              </IntentButton>
            </li>
          ))}
        </ul>
      )}
      <CardForm form={form} intent="addRecognition" columns={2} submit={t("admin.rec.add")}>
        <SelectField meta={fields.kind} label={t("admin.rec.kind")}>
          <option value="spcncl">{t("admin.rec.spcncl")}</option>
          <option value="cnht_support">{t("admin.rec.cnht_support")}</option>
        </SelectField>
        <FormField meta={fields.year} label={t("admin.rec.year")} type="number" />
        <FormField meta={fields.product} label={t("admin.rec.product")} />
        <FormField meta={fields.note} label={t("admin.rec.note")} />
      </CardForm>
    </div>
  );
}
