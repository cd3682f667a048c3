// The database -> search document mapping. The database is the source of truth; the index holds
// exactly what this function returns (the outbox worker, `cli reindex` and `cli search-check` all
// go through it).
import type { Db } from "../db/connection";
import { ancestors, conceptsOfDescription, getConcept, sectorOf } from "../app/modules/taxonomy/index";
import { completenessScore, profileHints } from "../app/modules/profile/completeness";
import { exportMarketsOf, readSuppliers } from "../db/queries/suppliers";
import type { SupplierDoc } from "./engine";

/**
 * Search documents for the given supplier refs (all active suppliers when refs is absent).
 * Refs that are unknown, not suppliers or suspended are simply absent from the result: the
 * caller removes them from the index. The one supplier read (db/queries/suppliers.ts) mapped
 * to documents.
 */
export async function supplierDocs(db: Db, refs?: string[]): Promise<SupplierDoc[]> {
  const orgs = await readSuppliers(db, { refs, activeOnly: true, orderBy: "id" });
  return orgs.map((o) => {
    const t = o.terms;
    const c = o.certifications;
    const concepts = new Set<string>();
    for (const term of t) {
      if (!term.conceptId || !getConcept(term.conceptId)) continue;
      concepts.add(term.conceptId);
      for (const a of ancestors(term.conceptId)) concepts.add(a);
    }
    const conceptList = [...concepts];
    const described = describedConcepts([o.descriptionVi, o.descriptionEn, o.descriptionJa], concepts);
    return {
      ref: o.ref,
      name: langs(o.nameVi, o.nameEn, o.nameJa),
      description: langs(o.descriptionVi, o.descriptionEn, o.descriptionJa),
      processes: t.filter((x) => x.kind === "process").map((x) => x.text),
      materials: t.filter((x) => x.kind === "material").map((x) => x.text),
      products: t.filter((x) => x.kind === "product").map((x) => x.text),
      concepts: conceptList,
      ...(described.length ? { describedConcepts: described } : {}),
      certifications: c
        .filter((x) => x.conceptId)
        .map((x) => ({ id: x.conceptId!, standard: x.standard, validUntil: x.validUntil })),
      sector: o.sector ?? sectorOf(conceptList),
      industrialZone: o.industrialZone ?? null,
      commune: o.commune ?? null,
      verified: o.verifiedAt != null,
      employees: o.employees ?? null,
      exportMarkets: exportMarketsOf(o.exportMarkets),
      completeness: docCompleteness(o, t, c),
      updatedAt: o.updatedAt,
    };
  });
}

/**
 * The profile's completeness as the firm sees it on /my/profile, minus the checks that depend on
 * the day (a certificate about to expire): a document must not change by itself overnight, and
 * the search already judges validity on its own date. An undated certificate still counts as a gap.
 */
function docCompleteness(
  o: {
    nameVi: string | null;
    nameEn: string | null;
    descriptionVi: string | null;
    descriptionEn: string | null;
    contactEmail: string | null;
    contactPhone: string | null;
    founded: number | null;
    employees: number | null;
    address: string | null;
    industrialZone: string | null;
    commune: string | null;
    exportMarkets: string | null;
    equipment: string | null;
    capacityNotes: string | null;
    logoPath: string | null;
  },
  terms: { kind: string; text: string; conceptId: string | null }[],
  certs: { standard: string; validUntil: string | null; filePath: string | null }[],
): number {
  const hints = profileHints(
    {
      name: { vi: o.nameVi ?? undefined, en: o.nameEn ?? undefined },
      description: { vi: o.descriptionVi ?? undefined, en: o.descriptionEn ?? undefined },
      terms: terms.filter((x): x is typeof x & { kind: TermKind } => TERM_KINDS.includes(x.kind as TermKind)),
      certifications: certs.map((x) => ({
        standard: x.standard,
        validUntil: x.validUntil ? FAR_FUTURE : null,
        hasFile: !!x.filePath,
      })),
      contact: { email: o.contactEmail ?? undefined, phone: o.contactPhone ?? undefined },
      founded: o.founded ?? undefined,
      employees: o.employees ?? undefined,
      location: {
        address: o.address ?? undefined,
        industrialZone: o.industrialZone,
        commune: o.commune ?? undefined,
      },
      exportMarkets: exportMarketsOf(o.exportMarkets),
      equipment: o.equipment,
      capacityNotes: o.capacityNotes,
      hasLogo: !!o.logoPath,
    },
    COMPLETENESS_DAY,
  );
  return completenessScore(hints, certs.length);
}

type TermKind = "process" | "material" | "product";
const TERM_KINDS: readonly string[] = ["process", "material", "product"];
/** A dated certificate is judged "dated", never "about to expire", for the document's score. */
const FAR_FUTURE = "9999-12-31";
const COMPLETENESS_DAY = "2000-01-01";

function langs(vi: string | null, en: string | null, ja: string | null): SupplierDoc["name"] {
  const out: SupplierDoc["name"] = {};
  if (vi) out.vi = vi;
  if (en) out.en = en;
  if (ja) out.ja = ja;
  return out;
}

/** Capability concepts the description names (with ancestors) that the terms do not. */
function describedConcepts(texts: (string | null)[], stated: Set<string>): string[] {
  const out = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    for (const id of conceptsOfDescription(text)) {
      if (getConcept(id)?.kind === "certification") continue; // a certificate is judged on its record
      for (const c of [id, ...ancestors(id)]) if (!stated.has(c)) out.add(c);
    }
  }
  return [...out];
}
