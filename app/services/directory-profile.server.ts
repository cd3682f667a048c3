import { getDb } from "~/utils/services.server";
import { programmeSupport } from "~/services/scheme-lifecycle.server";
import { getSupplier } from "~/services/directory.server";
import { directoryBackHref } from "~/services/directory-search.server";
import { conceptLabel, sectorLabel } from "~/services/supplier-cards.server";
import { contactAccess } from "~/utils/viewer.server";
import { getActor } from "~/services/auth.server";
import { nextSteps } from "~/services/engagement.server";
import { publicProfileExtras } from "~/services/profile.server";
import { pickLang, pickText, type LocalText, type Locale } from "~/modules/i18n";
import { listedCertificates, withValidity } from "~/modules/certificates/validity";
import { todayInHanoi } from "~/modules/clock";
import { keptUntilChange } from "~/services/read-cache.server";
import { countryName } from "~/components/format";

// The view model of a supplier's public profile (/suppliers/:ref).

const KINDS = ["process", "material", "product"] as const;

/**
 * A supplier's public profile page: its record in the reader's language, capabilities grouped by
 * concept, certificates marked by the one validity rule, contact details for those allowed to see
 * them (the view recorded) and the visitor's next steps. Null for an unknown or suspended firm.
 */
export async function supplierProfilePage(request: Request, ref: string, locale: Locale) {
  const today = todayInHanoi(new Date());
  // What every visitor sees is kept until the next write (decision 441); who may read the
  // contact details and what the visitor may do next are decided for each request.
  const kept = await keptUntilChange(`profile:${locale}:${today}:${ref}`, async () => ({
    value: { firm: await publicProfile(ref, locale, today) },
    keep: true,
  }));
  if (!kept.firm) return null;
  const { id, contact, view } = kept.firm;
  // Decided (and the view recorded) only for a firm that exists; contacts never leave the server otherwise.
  const access = await contactAccess(request, { id }, "page");
  // Meeting requests at open fairs, shortlists, messages: the next step on the page (issue 14).
  const steps = await nextSteps(await getActor(request), id);
  return {
    ...view,
    contactVisible: access.visible,
    // Why not, for a logged-in visitor: the page says what is true rather than "log in".
    contactDenied: access.visible ? null : access.reason,
    contact: access.visible ? contact : null,
    // The list this profile was opened from (its search, filters, order and page), for the breadcrumb.
    backHref: directoryBackHref(new URL(request.url).searchParams.get("from")),
    steps,
  };
}

/** The profile as every visitor sees it, the contact details apart; null for an unknown or suspended firm. */
async function publicProfile(ref: string, locale: Locale, today: string) {
  const s = await getSupplier(getDb(), ref, { withContact: true });
  if (!s || s.status !== "active") return null;
  const extras = await publicProfileExtras(s.id);

  // Terms grouped by kind, then by concept: "ép nhựa" and "injection moulding" written by the
  // same firm are one capability, shown with the label in the reader's language and the words
  // the firm used. Terms that map to no concept are shown as written.
  const capabilities = KINDS.map((kind) => {
    const byConcept = new Map<string, { label: string; words: string[]; mapped: boolean }>();
    for (const term of s.terms.filter((x) => x.kind === kind)) {
      const key = term.conceptId ?? `text:${term.text}`;
      const entry = byConcept.get(key) ?? {
        label: term.conceptId ? conceptLabel(term.conceptId, locale) : term.text,
        words: [],
        mapped: term.conceptId !== null,
      };
      if (!entry.words.includes(term.text)) entry.words.push(term.text);
      byConcept.set(key, entry);
    }
    return { kind, items: [...byConcept.values()] };
  });

  const certs = s.certifications.map((c) => ({
    standard: c.standard,
    validUntil: c.validUntil ?? null,
    certificateNo: c.certificateNo ?? null,
    issuer: c.issuer ?? null,
    scope: c.scope ?? null,
  }));
  const other = locale === "vi" ? "en" : "vi";
  const view = {
    ref: s.ref,
    name: pickText(s.name, locale),
    nameLang: pickLang(s.name, locale),
    // The name in the other language too, when the firm gave one: buyers quote either.
    altName: s.name[other] && s.name[other] !== pickText(s.name, locale) ? s.name[other] : null,
    description: pickText(s.description as LocalText | undefined, locale),
    descriptionLang: pickLang(s.description as LocalText | undefined, locale),
    sector: sectorLabel(s.sector, locale),
    verified: s.verifiedAt !== null,
    founded: s.founded ?? null,
    employees: s.employees ?? null,
    taxCode: s.taxCode ?? null,
    website: s.website ?? null,
    location: s.location ?? null,
    exportMarkets: (s.exportMarkets ?? []).map((c) => ({ code: c, name: countryName(c, locale) })),
    capabilities,
    certifications: withValidity(certs, today),
    // The header's badges: what a list shows (expired left off, undated "validity unknown").
    badges: listedCertificates(certs, today),
    equipment: extras.equipment,
    capacityNotes: extras.capacityNotes,
    logoVersion: extras.logoVersion,
    recognitions: extras.recognitions,
    // "Supported by the programme": approvals under schemes marked as recognitions (issue 16).
    support: await programmeSupport(s.id, locale),
  };
  return { id: s.id, contact: s.contact ?? null, view };
}
