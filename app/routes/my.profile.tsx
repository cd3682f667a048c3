import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { getFormProps, useForm, type DefaultValue } from "@conform-to/react";
import { validateOnSubmit } from "~/components/form-validation";
import { getZodConstraint, parseWithZod } from "@conform-to/zod";
import type { z } from "zod";
import { rateLimitWrite, requireOwnOrg } from "~/services/auth.server";
import { getLocale, getTranslator } from "~/utils/locale.server";
import { redirectWithToast } from "~/utils/session.server";
import {
  loadSupplierForEdit,
  profileUploadLimit,
  readMultipartForm,
  saveSupplierProfile,
} from "~/services/profile.server";
import { supplierFormDefaults, supplierProfileSchema as schema } from "~/modules/profile/supplier-form";
import { completenessScore, profileHints } from "~/modules/profile/completeness";
import { allConcepts } from "~/modules/taxonomy";
import { todayInHanoi } from "~/modules/clock";
import { expiredCertificates } from "~/modules/certificates/validity";
import { useLocale, useT } from "~/components/i18n";
import { pageMeta } from "~/components/meta";
import { FormMessage } from "~/components/auth/form-field";
import { Button } from "~/components/ui/button";
import { Badge } from "~/components/ui/badge";
import { FileField, InputField, Section, TextAreaField } from "~/components/profile/fields";
import { ContactSection } from "~/components/profile/contact-section";
import { SaveButton } from "~/components/profile/save-button";
import { TermListField } from "~/components/profile/term-list-field";
import { CompletenessPanel } from "~/components/profile/completeness-panel";
import { formatDate } from "~/components/format";

// A supplier edits its own public profile. The firm is the session's (requireOwnOrg): nothing
// posted names it, so a forged field cannot point the save at another firm.

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = await requireOwnOrg(request, "supplier");
  const locale = getLocale(request);
  const current = await loadSupplierForEdit(actor.orgRef, actor.orgId);
  if (!current) throw new Response(getTranslator(request).t("profile.notFound"), { status: 404 });
  const { view, extras } = current;
  const certificateFiles = extras.certificates.map((c) => c.filePath);
  const hints = profileHints(
    {
      name: view.name,
      description: view.description,
      terms: view.terms,
      certifications: view.certifications.map((c, i) => ({
        standard: c.standard,
        validUntil: c.validUntil,
        hasFile: !!certificateFiles[i],
      })),
      contact: view.contact,
      founded: view.founded,
      employees: view.employees,
      location: view.location,
      exportMarkets: view.exportMarkets ?? [],
      equipment: extras.equipment,
      capacityNotes: extras.capacityNotes,
      hasLogo: !!extras.logoPath,
    },
    todayInHanoi(new Date()),
  );
  return {
    ref: view.ref,
    name: view.name.vi ?? view.name.en ?? view.ref,
    verifiedAt: extras.verifiedAt,
    hasLogo: !!extras.logoPath,
    version: extras.updatedAt,
    defaults: supplierFormDefaults(view, { ...extras, certificateFiles }),
    // Stored scan name -> certificate id, for the "current file" link of each row.
    fileLinks: Object.fromEntries(
      extras.certificates.filter((c) => c.filePath).map((c) => [c.filePath!, c.id]),
    ),
    standards: allConcepts("certification").map((c) => c.labels[locale]),
    hints,
    score: completenessScore(hints, view.certifications.length),
  };
}

export async function action({ request }: ActionFunctionArgs) {
  const actor = await requireOwnOrg(request, "supplier");
  await rateLimitWrite(request, actor);
  const formData = await readMultipartForm(request, profileUploadLimit);
  const submission = parseWithZod(formData, { schema });
  // Files are never sent back: a browser cannot refill a file input anyway.
  const reply = (opts?: Parameters<typeof submission.reply>[0]) =>
    submission.reply({ ...opts, hideFields: ["logo"] });
  if (submission.status !== "success")
    return data({ result: reply() }, { status: submission.status === "error" ? 400 : 200 });
  const version = formData.get("version");
  const saved = await saveSupplierProfile(
    actor,
    submission.value,
    typeof version === "string" ? version : undefined,
  );
  // Someone saved since this form was opened: nothing written, the input stays in the form, and
  // the form now carries the newer version, so saving again is a deliberate overwrite.
  if (!saved.ok && "stale" in saved)
    return data({ result: reply({ formErrors: ["form.stale"] }), version: saved.version }, { status: 409 });
  if (!saved.ok) return data({ result: reply({ fieldErrors: saved.fieldErrors }) }, { status: 400 });
  const { t } = getTranslator(request);
  const message = t(saved.verificationRemoved ? "profile.saved.unverified" : "profile.saved");
  // Saved as typed (a firm may keep an expired certificate on file while the renewal comes), but
  // said plainly: buyers' searches and requests will not count it (issue 13).
  const today = todayInHanoi(new Date());
  const expired = expiredCertificates(submission.value.certifications ?? [], today);
  if (expired.length)
    return redirectWithToast(request, "/my/profile", {
      kind: "warning",
      message: `${message} ${t("profile.saved.expired", {
        list: expired.map((c) => `${c.standard} (${c.validUntil})`).join(", "),
      })}`,
    });
  return redirectWithToast(request, "/my/profile", { kind: "success", message });
}

export default function MyProfile() {
  const d = useLoaderData<typeof loader>();
  // Conform reads defaultValue once: a saved profile (new updatedAt) mounts a fresh form.
  return <ProfilePage key={d.version} d={d} />;
}

function ProfilePage({ d }: { d: ReturnType<typeof useLoaderData<typeof loader>> }) {
  const t = useT();
  const locale = useLocale();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const [form, fields] = useForm<z.infer<typeof schema>>({
    id: "profile",
    lastResult: navigation.state === "idle" ? actionData?.result : undefined,
    // The form holds term lists and markets as typed text; the schema's output is their split form.
    defaultValue: d.defaults as unknown as DefaultValue<z.infer<typeof schema>>,
    constraint: getZodConstraint(schema),
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
    ...validateOnSubmit,
  });
  const certs = fields.certifications.getFieldList();
  const hasErrors = actionData?.result?.status === "error";
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
        <input
          type="hidden"
          name="version"
          value={actionData && "version" in actionData ? String(actionData.version) : d.version}
        />

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
                accept="image/png,image/jpeg,image/webp"
              />
            </div>
          </div>
        </Section>

        <Section id="about" title={t("profile.section.about")}>
          <TextAreaField meta={fields.descriptionVi} label={t("profile.descriptionVi")} lang="vi" rows={5} />
          <TextAreaField meta={fields.descriptionEn} label={t("profile.descriptionEn")} lang="en" rows={5} />
        </Section>

        <Section id="capabilities" title={t("profile.section.capabilities")} note={t("profile.terms.hint")}>
          <div className="grid gap-4 lg:grid-cols-3">
            <TermListField meta={fields.processes} label={t("profile.processes")} kind="process" />
            <TermListField meta={fields.materials} label={t("profile.materials")} kind="material" />
            <TermListField meta={fields.products} label={t("profile.products")} kind="product" />
          </div>
        </Section>

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
                  accept="application/pdf,image/png,image/jpeg"
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

export const meta: MetaFunction = ({ matches }) => pageMeta(matches, (t) => ({ title: t("profile.title") }));

export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";
