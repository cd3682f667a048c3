import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { getFormProps, getInputProps, getSelectProps, useForm } from "@conform-to/react";
import { validateOnSubmit } from "~/components/form-validation";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { z } from "zod";
import { rateLimitWrite, requireRole } from "~/services/auth.server";
import { getDb } from "~/utils/services.server";
import { getTranslator } from "~/utils/locale.server";
import { redirectWithToast } from "~/utils/session.server";
import { auditActor } from "~/modules/auth/permissions";
import { pickText } from "~/modules/i18n";
import {
  deleteRecognition,
  getFirmByRef,
  insertRecognition,
  listRecognitions,
  setVerified,
} from "~/services/accounts.server";
import { listMembers } from "~/services/accounts.server";
import { linkToCityRef, refTaken } from "~/services/accounts.server";
import { isPortalRef } from "~/modules/directory/refs";
import { recordAudit } from "~/services/audit.server";
import { useLocale, useT } from "~/components/i18n";
import { FieldErrors, FormField, FormMessage } from "~/components/auth/form-field";
import { Badge } from "~/components/ui/badge";
import { Button } from "~/components/ui/button";
import { Field, Select, TextInput } from "~/components/ui/field";
import { FactList, Table, Td } from "~/components/ui/table";
import { formatDate } from "~/components/format";

async function loadFirm(ref: string | undefined) {
  const firm = ref ? await getFirmByRef(getDb(), ref) : undefined;
  if (!firm) throw new Response("Not found", { status: 404 });
  return firm;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireRole(request, "organiser");
  const firm = await loadFirm(params.ref);
  const db = getDb();
  const [recognitions, members] = await Promise.all([
    listRecognitions(db, firm.id),
    listMembers(db, firm.id),
  ]);
  return { firm, recognitions, members };
}

const recognitionSchema = z
  .object({
    intent: z.literal("addRecognition"),
    kind: z.enum(["spcncl", "cnht_support"], { errorMap: () => ({ message: "auth.error.choice" }) }),
    product: z.string().trim().max(200, "auth.error.tooLong|max=200").optional(),
    year: z.coerce
      .number({ invalid_type_error: "auth.error.required" })
      .int()
      .min(2000, "auth.error.choice")
      .max(2100, "auth.error.choice"),
    note: z.string().trim().max(1000, "auth.error.tooLong|max=1000").optional(),
  })
  .refine((v) => v.kind !== "spcncl" || !!v.product, {
    path: ["product"],
    message: "admin.rec.productRequired",
  });

const schema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("verify") }),
  z.object({ intent: z.literal("unverify") }),
  recognitionSchema.innerType(),
  z.object({ intent: z.literal("removeRecognition"), id: z.coerce.number().int().positive() }),
  z.object({
    intent: z.literal("link"),
    cityRef: z
      .string({ required_error: "admin.link.badRef" })
      .trim()
      .regex(/^[A-Za-z0-9_-]{1,64}$/, "admin.link.badRef")
      .refine((r) => !isPortalRef(r), "admin.link.reserved"),
  }),
]);

export async function action({ request, params }: ActionFunctionArgs) {
  const actor = await requireRole(request, "organiser");
  await rateLimitWrite(request, actor);
  const firm = await loadFirm(params.ref);
  const form = await request.formData();
  const submission = parseWithZod(form, {
    schema: form.get("intent") === "addRecognition" ? recognitionSchema : schema,
  });
  if (submission.status !== "success") return data(submission.reply(), { status: 400 });
  const { t } = getTranslator(request);
  const v = submission.value;
  const who = auditActor(actor);
  const back = (message: string) =>
    redirectWithToast(request, `/admin/firms/${firm.ref}`, { kind: "success", message });
  const db = getDb();
  if (v.intent === "verify" || v.intent === "unverify") {
    // For a buyer organisation "verified" is the organisers' approval (contacts for its members).
    await db.transaction().execute(async (tx) => {
      await setVerified(tx, firm.id, firm.ref, v.intent === "verify");
      await recordAudit(tx, { actor: who, action: v.intent, entity: "organisation", entityRef: firm.ref });
    });
    const done =
      firm.kind === "buyer"
        ? v.intent === "verify"
          ? "admin.firm.approvedDone"
          : "admin.firm.unapprovedDone"
        : v.intent === "verify"
          ? "admin.firm.verifiedDone"
          : "admin.firm.unverifiedDone";
    return back(t(done, { ref: firm.ref }));
  }
  if (v.intent === "link") {
    // "This portal firm is the city's REF X": only for a portal-registered firm not linked yet,
    // never onto a ref another firm holds (docs/decisions/090-ref-namespaces.md).
    if (firm.origin !== "portal" || firm.linkedAt)
      return data(submission.reply({ formErrors: [t("admin.link.notPortal")] }), { status: 400 });
    const linked = await db.transaction().execute(async (tx) => {
      if (await refTaken(tx, v.cityRef)) return false;
      await linkToCityRef(tx, { ...firm, kind: firm.kind === "buyer" ? "buyer" : "supplier" }, v.cityRef);
      await recordAudit(tx, {
        actor: who,
        action: "ref.link",
        entity: "organisation",
        entityRef: v.cityRef,
        details: { from: firm.ref, to: v.cityRef },
      });
      return true;
    });
    if (!linked)
      return data(submission.reply({ fieldErrors: { cityRef: [`admin.link.taken|ref=${v.cityRef}`] } }), {
        status: 400,
      });
    return redirectWithToast(request, `/admin/firms/${v.cityRef}`, {
      kind: "success",
      message: t("admin.link.done", { from: firm.ref, to: v.cityRef }),
    });
  }
  if (v.intent === "addRecognition") {
    await db.transaction().execute(async (tx) => {
      const id = await insertRecognition(tx, {
        orgId: firm.id,
        kind: v.kind,
        product: v.product || null,
        year: v.year,
        note: v.note || null,
      });
      await recordAudit(tx, {
        actor: who,
        action: "recognition_add",
        entity: "organisation",
        entityRef: firm.ref,
        details: { id, ...v },
      });
    });
    return back(t("admin.rec.added"));
  }
  await db.transaction().execute(async (tx) => {
    if (await deleteRecognition(tx, firm.id, v.id))
      await recordAudit(tx, {
        actor: who,
        action: "recognition_remove",
        entity: "organisation",
        entityRef: firm.ref,
        details: { id: v.id },
      });
  });
  return back(t("admin.rec.removed"));
}

export default function AdminFirm() {
  const t = useT();
  const locale = useLocale();
  const { firm, recognitions, members } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "recognition",
    lastResult: lastResult?.initialValue?.intent === "addRecognition" ? lastResult : undefined,
    constraint: getZodConstraint(recognitionSchema),
    defaultValue: { kind: "spcncl", year: String(new Date().getFullYear()) },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: recognitionSchema }),
    ...validateOnSubmit,
  });
  const verifyErrors =
    lastResult?.initialValue?.intent !== "addRecognition" ? lastResult?.error?.[""] : undefined;
  const buyer = firm.kind === "buyer";
  const linkErrors = lastResult?.initialValue?.intent === "link" ? lastResult.error?.cityRef : undefined;
  const linkValue =
    lastResult?.initialValue?.intent === "link" ? String(lastResult.initialValue.cityRef ?? "") : "";
  return (
    <section className="space-y-8">
      <p>
        <Link to="/admin">← {t("admin.nav.firms")}</Link>
      </p>
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
      {firm.origin === "portal" && !firm.linkedAt && (
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
      )}
      <Table caption={t("org.members")} head={[t("auth.name"), t("auth.email"), ""]}>
        {members.map((m) => (
          <tr key={m.id}>
            <Td>{m.name}</Td>
            <Td>{m.email}</Td>
            <Td>{t(`org.member.${m.role}`)}</Td>
          </tr>
        ))}
      </Table>
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
                <Form method="post">
                  <input type="hidden" name="intent" value="removeRecognition" />
                  <input type="hidden" name="id" value={r.id} />
                  <Button type="submit" variant="ghost">
                    {t("admin.rec.remove")}
                  </Button>
                </Form>
              </li>
            ))}
          </ul>
        )}
        <Form
          method="post"
          {...getFormProps(form)}
          className="grid max-w-2xl gap-3 rounded-lg border bg-white p-4 sm:grid-cols-2"
        >
          <input type="hidden" name="intent" value="addRecognition" />
          <Field id={fields.kind.id} label={t("admin.rec.kind")}>
            <Select {...getSelectProps(fields.kind)} key={fields.kind.key}>
              <option value="spcncl">{t("admin.rec.spcncl")}</option>
              <option value="cnht_support">{t("admin.rec.cnht_support")}</option>
            </Select>
            <FieldErrors id={fields.kind.errorId} errors={fields.kind.errors} />
          </Field>
          <Field id={fields.year.id} label={t("admin.rec.year")}>
            <TextInput {...getInputProps(fields.year, { type: "number" })} key={fields.year.key} />
            <FieldErrors id={fields.year.errorId} errors={fields.year.errors} />
          </Field>
          <FormField meta={fields.product} label={t("admin.rec.product")} />
          <FormField meta={fields.note} label={t("admin.rec.note")} />
          <div className="sm:col-span-2">
            <Button type="submit">{t("admin.rec.add")}</Button>
          </div>
        </Form>
      </div>
    </section>
  );
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.firm.ref ?? ""} · Quản trị — CNHT Hà Nội` },
];

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
