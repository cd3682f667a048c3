import { useT } from "~/components/i18n";
import { InputField, Section, type AnyField } from "~/components/profile/fields";

/** The contact person's name, email and phone: the same section on the supplier and buyer profiles. */
export function ContactSection({
  fields,
}: {
  fields: { contactName: AnyField; contactEmail: AnyField; contactPhone: AnyField };
}) {
  const t = useT();
  return (
    <Section id="contact" title={t("profile.section.contact")}>
      <div className="grid gap-4 sm:grid-cols-3">
        <InputField meta={fields.contactName} label={t("profile.contactName")} autoComplete="name" />
        <InputField
          meta={fields.contactEmail}
          label={t("profile.contactEmail")}
          type="email"
          autoComplete="email"
        />
        <InputField
          meta={fields.contactPhone}
          label={t("profile.contactPhone")}
          type="tel"
          autoComplete="tel"
        />
      </div>
    </Section>
  );
}
