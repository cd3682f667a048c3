import { Form, Link } from "@remix-run/react";
import { getFormProps, useForm, type DefaultValue, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import type { z } from "zod";
import { validateOnSubmit } from "~/components/form-validation";
import { supplierProfileSchema as schema } from "~/modules/profile/supplier-form";
import type { SupplierProfilePage } from "~/services/profile-page.server";
import { useLocale, useT } from "~/components/i18n";
import { FormMessage } from "~/components/auth/form-field";
import { Button } from "~/components/ui/button";
import { Badge } from "~/components/ui/badge";
import { acceptFor, FileField, InputField, Section, TextAreaField } from "~/components/profile/fields";
import { ContactSection } from "~/components/profile/contact-section";
import { SaveButton } from "~/components/profile/save-button";
import { CapabilitiesSection } from "~/components/profile/term-list-field";
import { CompletenessPanel } from "~/components/profile/completeness-panel";
import { formatDate } from "~/components/format";

// The supplier's own profile page (/my/profile): header, completeness and the edit form.

/**
 * The supplier's edit form. `lastResult` is the last save's reply (while no submission is under
 * way), `version` the record's updated_at the next save is checked against (newer after a 409).
 */
export function SupplierProfileForm({
  d,
  lastResult,
  version,
}: {
  d: SupplierProfilePage;
  lastResult: SubmissionResult<string[]> | undefined;
  version: string;
}) {
  const t = useT();
  const locale = useLocale();
  const [form, fields] = useForm<z.infer<typeof schema>>({
    id: "profile",
    lastResult,
    // The form holds term lists and markets as typed text; the schema's output is their split form.
    defaultValue: d.defaults as unknown as DefaultValue<z.infer<typeof schema>>,
    constraint: getZodConstraint(schema),
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
    ...validateOnSubmit,
  });
  const certs = fields.certifications.getFieldList();
  const hasErrors = lastResult?.status === "error";
  return (
    <section className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{t("profile.title")}</h1>
          <p className="mt-1 text-sm text-slate-500">
            {d.name} · {d.ref}{" "}
            {d.verifiedAt ? (
              <Badge tone="green">{t("my.org.verified", { date: formatDate(d.verifiedAt, locale) })}</Badge>
            ) : (
              <Badge tone="amber">{t("my.org.notVerified")}</Badge>
            )}
          </p>
          <p className="mt-2 max-w-2xl text-sm text-slate-600">{t("profile.lead")}</p>
        </div>
        <Link to={`/suppliers/${d.ref}`} className="text-sm">
          {t("profile.viewPublic")} →
        </Link>
      </div>

      <CompletenessPanel
        score={d.score}
        // Each hint links to its field ("<form id>-<name>"); the certificate list to its section.
        hints={d.hints.map((h) => ({
          ...h,
          field: h.field === "certifications" ? "certifications" : `${form.id}-${h.field}`,
        }))}
      />

      <Form method="post" encType="multipart/form-data" {...getFormProps(form)} className="space-y-6">
        {hasErrors && <FormMessage errors={["profile.fixErrors"]} />}
        <FormMessage errors={form.errors} />
        <input type="hidden" name="version" value={version} />

        <Section id="identity" title={t("profile.section.identity")}>
          <div className="grid gap-4 sm:grid-cols-2">
            <InputField
              meta={fields.nameVi}
              label={t("profile.nameVi")}
              lang="vi"
              autoComplete="organization"
            />
            <InputField meta={fields.nameEn} label={t("profile.nameEn")} lang="en" />
            <InputField meta={fields.taxCode} label={t("profile.taxCode")} inputMode="numeric" />
            <InputField meta={fields.website} label={t("profile.website")} type="url" autoComplete="url" />
            <InputField meta={fields.founded} label={t("profile.founded")} inputMode="numeric" />
            <InputField meta={fields.employees} label={t("profile.employees")} inputMode="numeric" />
          </div>
          <div className="flex flex-wrap items-end gap-4">
            {d.hasLogo && (
              <div>
                <p className="mb-1 text-sm font-medium text-slate-700">{t("profile.logo.current")}</p>
                <img
                  src={`/files/logos/${d.ref}?v=${encodeURIComponent(d.version)}`}
                  alt={t("profile.logo.current")}
                  className="h-16 w-auto rounded border bg-white object-contain p-1"
                />
                <label className="mt-1 flex items-center gap-2 text-sm">
                  <input type="checkbox" name={fields.removeLogo.name} value="on" />{" "}
                  {t("profile.logo.remove")}
                </label>
              </div>
            )}
            <div className="min-w-64 flex-1">
              <FileField
                meta={fields.logo}
                label={t("profile.logo")}
                hint={t("profile.logo.hint")}
                accept={acceptFor("logo")}
              />
            </div>
          </div>
        </Section>

        <Section id="about" title={t("profile.section.about")}>
          <TextAreaField meta={fields.descriptionVi} label={t("profile.descriptionVi")} lang="vi" rows={5} />
          <TextAreaField meta={fields.descriptionEn} label={t("profile.descriptionEn")} lang="en" rows={5} />
        </Section>

        <CapabilitiesSection fields={fields} />

        <Section id="production" title={t("profile.section.production")}>
          <TextAreaField
            meta={fields.equipment}
            label={t("profile.equipment")}
            hint={t("profile.equipment.hint")}
            rows={5}
          />
          <TextAreaField
            meta={fields.capacityNotes}
            label={t("profile.capacityNotes")}
            hint={t("profile.capacityNotes.hint")}
            rows={3}
          />
          <InputField
            meta={fields.exportMarkets}
            label={t("profile.exportMarkets")}
            hint={t("profile.exportMarkets.hint")}
          />
        </Section>

        <Section
          id="certifications"
          title={t("profile.section.certifications")}
          note={t("profile.cert.verifyNote")}
        >
          <datalist id="standards">
            {d.standards.map((s) => (
              <option key={s} value={s} />
            ))}
          </datalist>
          {certs.length === 0 && <p className="text-sm text-slate-500">{t("profile.cert.none")}</p>}
          {/* Conform's list buttons submit the form (its intent), so type="submit" is needed. */}
          {certs.map((cert, index) => {
            const c = cert.getFieldset();
            const keep = typeof c.keepFile.initialValue === "string" ? c.keepFile.initialValue : "";
            const link = keep ? d.fileLinks[keep] : undefined;
            return (
              <fieldset key={cert.key} className="space-y-3 rounded-md border border-slate-200 p-4">
                <legend className="px-1 text-sm font-semibold">
                  {t("profile.cert.item", { n: index + 1 })}
                </legend>
                <div className="grid gap-3 sm:grid-cols-2">
                  <InputField
                    meta={c.standard}
                    label={t("profile.cert.standard")}
                    hint={t("profile.cert.standard.hint")}
                    list="standards"
                  />
                  <InputField meta={c.certificateNo} label={t("profile.cert.number")} />
                  <InputField meta={c.issuer} label={t("profile.cert.issuer")} />
                  <InputField meta={c.validUntil} label={t("profile.cert.validUntil")} type="date" />
                </div>
                <TextAreaField meta={c.scope} label={t("profile.cert.scope")} rows={2} />
                <input type="hidden" name={c.keepFile.name} value={keep} />
                {link !== undefined && (
                  <p className="flex flex-wrap items-center gap-3 text-sm">
                    <a href={`/files/certificates/${link}`} target="_blank" rel="noreferrer">
                      {t("profile.cert.file.current")}
                    </a>
                    <label className="flex items-center gap-2">
                      <input type="checkbox" name={c.removeFile.name} value="on" />{" "}
                      {t("profile.cert.file.remove")}
                    </label>
                  </p>
                )}
                <FileField
                  meta={c.file}
                  label={t("profile.cert.file")}
                  hint={t("profile.cert.file.hint")}
                  accept={acceptFor("certificate")}
                />
                <Button
                  type="submit"
                  variant="ghost"
                  {...form.remove.getButtonProps({ name: fields.certifications.name, index })}
                >
                  {t("profile.cert.remove")}
                </Button>
              </fieldset>
            );
          })}
          <Button
            type="submit"
            variant="secondary"
            {...form.insert.getButtonProps({ name: fields.certifications.name })}
          >
            {t("profile.cert.add")}
          </Button>
        </Section>

        <Section id="location" title={t("profile.section.location")}>
          <div className="grid gap-4 sm:grid-cols-2">
            <InputField
              meta={fields.address}
              label={t("profile.address")}
              className="sm:col-span-2"
              // street-address is for multi-line fields (textarea); one line is address-line1.
              autoComplete="address-line1"
            />
            <InputField
              meta={fields.industrialZone}
              label={t("profile.industrialZone")}
              hint={t("profile.industrialZone.hint")}
            />
            <InputField meta={fields.commune} label={t("profile.commune")} />
            <InputField meta={fields.city} label={t("profile.city")} />
          </div>
        </Section>

        <ContactSection fields={fields} />

        <div className="sticky bottom-0 -mx-1 flex items-center gap-3 border-t bg-slate-50/95 px-1 py-3">
          <SaveButton />
        </div>
      </Form>
    </section>
  );
}
