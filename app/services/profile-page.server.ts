import type { Locale } from "~/modules/i18n";
import { supplierFormDefaults } from "~/modules/profile/supplier-form";
import { completenessScore, profileHints } from "~/modules/profile/completeness";
import { allConcepts } from "~/modules/taxonomy";
import { todayInHanoi } from "~/modules/clock";
import { expiredCertificates } from "~/modules/certificates/validity";
import { loadSupplierForEdit, type ProfileActor } from "~/services/profile.server";
import type { getTranslator } from "~/utils/locale.server";

// What the supplier's own profile page (/my/profile) shows and says after a save; the route only
// parses, authorises and renders.

/** The edit page of the session's firm, or null when its record is gone (the route answers 404). */
export async function supplierProfilePage(actor: ProfileActor, locale: Locale) {
  const current = await loadSupplierForEdit(actor.orgRef, actor.orgId);
  if (!current) return null;
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

export type SupplierProfilePage = NonNullable<Awaited<ReturnType<typeof supplierProfilePage>>>;

/**
 * The toast after a save. Saved as typed (a firm may keep an expired certificate on file while
 * the renewal comes), but said plainly: buyers' searches and requests will not count it (issue 13).
 */
export function profileSavedToast(
  t: ReturnType<typeof getTranslator>["t"],
  verificationRemoved: boolean,
  certifications: { standard: string; validUntil?: string | null }[],
) {
  const message = t(verificationRemoved ? "profile.saved.unverified" : "profile.saved");
  const expired = expiredCertificates(certifications, todayInHanoi(new Date()));
  if (!expired.length) return { kind: "success" as const, message };
  return {
    kind: "warning" as const,
    message: `${message} ${t("profile.saved.expired", {
      list: expired.map((c) => `${c.standard} (${c.validUntil})`).join(", "),
    })}`,
  };
}
