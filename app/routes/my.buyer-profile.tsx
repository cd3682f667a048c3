import { data, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { getFormProps, useForm } from "@conform-to/react";
import { validateOnSubmit } from "~/components/form-validation";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import { requireOwnOrg, requireOwnOrgWriter } from "~/services/auth.server";
import { getTranslator } from "~/utils/locale.server";
import { redirectWithToast } from "~/utils/session.server";
import { loadBuyerForEdit, saveBuyerProfile } from "~/services/profile.server";
import { buyerFormDefaults, buyerProfileSchema as schema } from "~/modules/profile/buyer-form";
import { useT } from "~/components/i18n";
import { titleMeta } from "~/components/meta";
import { FormMessage } from "~/components/auth/form-field";
import { InputField, Section, TextAreaField } from "~/components/profile/fields";
import { ContactSection } from "~/components/profile/contact-section";
import { SaveButton } from "~/components/profile/save-button";
import { readForm } from "~/utils/form-body.server";

// A buyer organisation edits its own profile; the organisation is the session's.

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireOwnOrg(request, "buyer");
  const buyer = await loadBuyerForEdit(actor.orgRef);
  if (!buyer) throw new Response(getTranslator(request).t("profile.notFound"), { status: 404 });
  return { ref: buyer.ref, defaults: buyerFormDefaults(buyer), version: buyer.updatedAt };
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireOwnOrgWriter(request, "buyer");
  const formData = await readForm(request);
  const submission = parseWithZod(formData, { schema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  const version = formData.get("version");
  const saved = await saveBuyerProfile(
    actor,
    submission.value,
    typeof version === "string" ? version : undefined,
  );
  // Changed by someone else since the form was opened: nothing written, the input kept.
  if ("stale" in saved)
    return data(
      { result: submission.reply({ formErrors: ["form.stale"] }), version: saved.version },
      { status: 409 },
    );
  const { t } = getTranslator(request);
  return redirectWithToast(request, "/my/buyer-profile", {
    kind: "success",
    message: t("buyerProfile.saved"),
  });
}

export default function MyBuyerProfile() {
  const d = useLoaderData<typeof loader>();
  // Conform reads defaultValue once: saved (normalised) values mount a fresh form.
  return <BuyerProfileForm key={JSON.stringify(d.defaults)} d={d} />;
}

function BuyerProfileForm({ d }: { d: ReturnType<typeof useLoaderData<typeof loader>> }) {
  const t = useT();
  const actionData = useActionData<typeof action>();
  const lastResult = actionData?.result;
  const navigation = useNavigation();
  const [form, fields] = useForm({
    id: "buyer-profile",
    lastResult: navigation.state === "idle" ? lastResult : undefined,
    defaultValue: d.defaults,
    constraint: getZodConstraint(schema),
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
    ...validateOnSubmit,
  });
  return (
    <section className="max-w-3xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("buyerProfile.title")}</h1>
        <p className="mt-1 text-sm text-slate-500">{d.ref}</p>
        <p className="mt-2 text-sm text-slate-600">{t("buyerProfile.lead")}</p>
      </div>
      <Form method="post" {...getFormProps(form)} className="space-y-6">
        {lastResult?.status === "error" && <FormMessage errors={["profile.fixErrors"]} />}
        <FormMessage errors={form.errors} />
        <input
          type="hidden"
          name="version"
          value={actionData && "version" in actionData ? String(actionData.version) : d.version}
        />
        <Section id="identity" title={t("profile.section.identity")}>
          <div className="grid gap-4 sm:grid-cols-2">
            <InputField
              meta={fields.nameEn}
              label={t("buyerProfile.nameEn")}
              lang="en"
              autoComplete="organization"
            />
            <InputField meta={fields.nameVi} label={t("buyerProfile.nameVi")} lang="vi" />
            <InputField meta={fields.nameJa} label={t("buyerProfile.nameJa")} lang="ja" />
            <InputField meta={fields.country} label={t("buyerProfile.country")} autoComplete="country" />
          </div>
        </Section>
        <Section id="about" title={t("profile.section.about")}>
          <TextAreaField meta={fields.descriptionEn} label={t("buyerProfile.descriptionEn")} lang="en" />
          <TextAreaField meta={fields.descriptionVi} label={t("buyerProfile.descriptionVi")} lang="vi" />
          <TextAreaField meta={fields.descriptionJa} label={t("buyerProfile.descriptionJa")} lang="ja" />
        </Section>
        <ContactSection fields={fields} />
        <SaveButton />
      </Form>
    </section>
  );
}

export const meta = titleMeta("buyerProfile.title");

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
