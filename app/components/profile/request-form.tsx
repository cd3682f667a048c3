import { Form, useNavigation } from "@remix-run/react";
import { getFormProps, useForm, type DefaultValue, type SubmissionResult } from "@conform-to/react";
import { validateOnSubmit } from "~/components/form-validation";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import type { z } from "zod";
import { requestSchema as schema, VISIBILITIES } from "~/modules/profile/request-form";
import { useLocale, useT } from "~/components/i18n";
import { FieldErrors, FormMessage } from "~/components/auth/form-field";
import { Button } from "~/components/ui/button";
import { InputField, Section, TextAreaField } from "./fields";
import { CapabilitiesSection } from "./term-list-field";

/** The sourcing request form, shared by /my/requests/new and /my/requests/REF/edit. */
export function RequestFormView({
  defaults,
  lastResult,
  certifications,
  submitLabel,
  version,
}: {
  defaults: Record<string, unknown> | undefined;
  lastResult: SubmissionResult<string[]> | undefined;
  certifications: { id: string; label: string }[];
  submitLabel: string;
  /** The request's updated_at when the form was opened (edit only): a stale save is refused. */
  version?: string;
}) {
  const t = useT();
  const locale = useLocale();
  const navigation = useNavigation();
  const [form, fields] = useForm<z.infer<typeof schema>>({
    id: "request",
    lastResult: navigation.state === "idle" ? lastResult : undefined,
    // Term lists are typed text; the schema's output is their split form.
    defaultValue: defaults as DefaultValue<z.infer<typeof schema>>,
    constraint: getZodConstraint(schema),
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
    ...validateOnSubmit,
  });
  const chosen = new Set(
    [fields.requiredCertifications.initialValue ?? []]
      .flat()
      .filter((x): x is string => typeof x === "string"),
  );
  const visibility =
    typeof fields.visibility.initialValue === "string" ? fields.visibility.initialValue : "public";
  return (
    <Form method="post" {...getFormProps(form)} className="space-y-6">
      <input type="hidden" name="intent" value="save" />
      {version && <input type="hidden" name="version" value={version} />}
      {lastResult?.status === "error" && <FormMessage errors={["profile.fixErrors"]} />}
      <FormMessage errors={form.errors} />
      <Section id="what" title={t("requests.col.title")} note={t("requests.languages.hint")}>
        {/* The reader's own language first; Japanese, kept from the city's list, last. */}
        <div className="grid gap-4 sm:grid-cols-3">
          {locale === "vi" && <InputField meta={fields.titleVi} label={t("requests.titleVi")} lang="vi" />}
          <InputField meta={fields.titleEn} label={t("requests.titleEn")} lang="en" />
          {locale !== "vi" && <InputField meta={fields.titleVi} label={t("requests.titleVi")} lang="vi" />}
          <InputField meta={fields.titleJa} label={t("requests.titleJa")} lang="ja" />
        </div>
        {locale === "vi" && (
          <TextAreaField meta={fields.descriptionVi} label={t("requests.descriptionVi")} lang="vi" />
        )}
        <TextAreaField
          meta={fields.descriptionEn}
          label={t("requests.descriptionEn")}
          lang="en"
          rows={locale === "vi" ? 3 : undefined}
        />
        {locale !== "vi" && (
          <TextAreaField meta={fields.descriptionVi} label={t("requests.descriptionVi")} lang="vi" rows={3} />
        )}
        <TextAreaField meta={fields.descriptionJa} label={t("requests.descriptionJa")} lang="ja" rows={3} />
      </Section>
      <CapabilitiesSection fields={fields} />
      <Section
        id="certifications"
        title={t("requests.requiredCertifications")}
        note={t("requests.requiredCertifications.hint")}
      >
        <div className="grid gap-1.5 sm:grid-cols-2">
          {certifications.map((c) => (
            <label key={c.id} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                name={fields.requiredCertifications.name}
                value={c.id}
                defaultChecked={chosen.has(c.id)}
                key={`${fields.requiredCertifications.key ?? ""}${c.id}`}
              />
              {c.label}
            </label>
          ))}
        </div>
        <FieldErrors
          id={fields.requiredCertifications.errorId}
          errors={Object.values(fields.requiredCertifications.allErrors).flat()}
        />
      </Section>
      <Section id="volume" title={t("requests.section.volume")}>
        <div className="grid gap-4 sm:grid-cols-2">
          <InputField meta={fields.annualVolume} label={t("requests.annualVolume")} inputMode="numeric" />
          <InputField meta={fields.targetDate} label={t("requests.targetDate")} type="date" />
        </div>
      </Section>
      <Section id="visibility" title={t("requests.visibility")}>
        <div>
          {VISIBILITIES.map((v) => (
            <label key={v} className="mr-6 inline-flex items-center gap-2 text-sm">
              <input
                type="radio"
                name={fields.visibility.name}
                value={v}
                defaultChecked={visibility === v}
                key={`${fields.visibility.key ?? ""}${v}`}
              />
              {t(`requests.visibility.${v}`)}
            </label>
          ))}
          <FieldErrors id={fields.visibility.errorId} errors={fields.visibility.errors} />
        </div>
      </Section>
      <Button type="submit" disabled={navigation.state === "submitting"}>
        {navigation.state === "submitting" ? t("profile.saving") : submitLabel}
      </Button>
    </Form>
  );
}
