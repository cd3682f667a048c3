import type { Db } from "../../db/connection";
import { readSuppliers } from "../../db/queries/suppliers";
import { activeSuppliers } from "../../db/queries/organisations";
import { pickLang, pickText, type LocalText, type Locale } from "~/modules/i18n";
import { SECTORS, getConcept } from "~/modules/taxonomy";
import { fold } from "~/modules/text/analyser";
import type { SupplierCardView } from "~/components/supplier-card";
import { listedCertificates } from "~/modules/certificates/validity";
import { escapeHtml, unescapeHtml } from "~/modules/html/escape";

/**
 * What a supplier card in a list shows, and nothing more: the directory page renders 20 of
 * these per request: the page of ids, then the one supplier read (readSuppliers) of exactly those
 * ids, three indexed queries whatever the page size.
 */
export interface SupplierCardRow {
  ref: string;
  name: LocalText;
  description: LocalText;
  sector: string | null;
  industrialZone: string | null;
  commune: string | null;
  employees: number | null;
  verified: boolean;
  processes: { text: string; conceptId: string | null }[];
  certifications: { standard: string; validUntil: string | null }[];
}

/** How many process terms a card lists before "…". */
const CARD_PROCESSES = 4;

/** One page of the public directory, optionally within one sector, in ref order. */
export async function listSupplierCards(
  db: Db,
  opts: { sector?: string | null; limit: number; offset: number },
): Promise<{ total: number; cards: SupplierCardRow[] }> {
  const q = activeSuppliers(db, opts.sector);
  const [{ n }] = await q.select((eb) => eb.fn.countAll<number>().as("n")).execute();
  const ids = await q.select("o.id").orderBy("o.ref").limit(opts.limit).offset(opts.offset).execute();
  return {
    total: Number(n),
    cards: await cardsByIds(
      db,
      ids.map((r) => r.id),
    ),
  };
}

/** Cards for the refs a search returned, in the engine's order; refs no longer public are dropped. */
export async function supplierCardsByRefs(db: Db, refs: string[]): Promise<SupplierCardRow[]> {
  if (refs.length === 0) return [];
  const rows = await activeSuppliers(db).where("o.ref", "in", refs).select(["o.id", "o.ref"]).execute();
  const cards = await cardsByIds(
    db,
    rows.map((r) => r.id),
  );
  const byRef = new Map(cards.map((c) => [c.ref, c]));
  return refs.flatMap((r) => byRef.get(r) ?? []);
}

async function cardsByIds(db: Db, ids: number[]): Promise<SupplierCardRow[]> {
  const orgs = await readSuppliers(db, { ids, activeOnly: true });
  return orgs.map((o) => ({
    ref: o.ref,
    name: { vi: o.nameVi, en: o.nameEn, ja: o.nameJa },
    description: { vi: o.descriptionVi, en: o.descriptionEn, ja: o.descriptionJa },
    sector: o.sector,
    industrialZone: o.industrialZone,
    commune: o.commune,
    employees: o.employees,
    verified: o.verifiedAt !== null,
    processes: o.terms
      .filter((t) => t.kind === "process")
      .slice(0, CARD_PROCESSES)
      .map(({ text, conceptId }) => ({ text, conceptId })),
    certifications: o.certifications.map(({ standard, validUntil }) => ({ standard, validUntil })),
  }));
}

/**
 * Display names of industrial zones keyed by their folded form (the search facet's value, see
 * search/settings.ts zoneKey): firms write "KCN Thăng Long" and "KCN Thang Long"; the spelling
 * with diacritics is the one shown.
 */
export async function zoneDisplayNames(db: Db, fold: (s: string) => string): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom("supplierProfiles")
    .where("industrialZone", "is not", null)
    .select("industrialZone")
    .distinct()
    .execute();
  const out = new Map<string, string>();
  const marks = (s: string) => s.normalize("NFD").length - s.length;
  for (const { industrialZone: z } of rows) {
    if (!z) continue;
    const k = fold(z);
    const prev = out.get(k);
    if (!prev || marks(z) > marks(prev)) out.set(k, z);
  }
  return out;
}

/** A taxonomy concept's label in the reader's language (the id when the taxonomy lacks it). */
export function conceptLabel(id: string, locale: Locale): string {
  return getConcept(id)?.labels[locale] ?? id;
}

export function sectorLabel(id: string | null, locale: Locale): string | null {
  if (!id) return null;
  return SECTORS.find((s) => s.id === id)?.labels[locale] ?? id;
}

const SNIPPET = 220;

function snippet(text: string): string {
  if (text.length <= SNIPPET) return text;
  const cut = text.slice(0, SNIPPET);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), SNIPPET - 30))}…`;
}

/**
 * A card row in the reader's language: concept labels instead of raw terms (the firm's words
 * when a term maps to no concept), a short description, the certificates not expired today.
 */
export function toCardView(row: SupplierCardRow, locale: Locale, today: string): SupplierCardView {
  const labels = [
    ...new Set(row.processes.map((p) => (p.conceptId ? conceptLabel(p.conceptId, locale) : p.text))),
  ];
  return {
    ref: row.ref,
    name: pickText(row.name, locale),
    nameLang: pickLang(row.name, locale),
    snippet: snippet(pickText(row.description, locale)),
    snippetLang: pickLang(row.description, locale),
    sector: sectorLabel(row.sector, locale),
    location: [row.industrialZone, row.commune].filter(Boolean).join(", "),
    employees: row.employees,
    verified: row.verified,
    processes: labels.slice(0, 3),
    moreProcesses: labels.length > 3,
    // Expired certificates are left off the card; undated ones stay, marked "validity unknown".
    certifications: listedCertificates(row.certifications, today),
  };
}

type CardHighlights = NonNullable<SupplierCardView["highlights"]>;

/**
 * The words the engine marked in a hit's highlights, as they stand in the firm's text, each once
 * (compared folded): what a list of search results gives as the reason each firm is on it.
 */
export function markedWords(highlights: CardHighlights | undefined): string[] {
  const seen = new Map<string, string>();
  for (const html of Object.values(highlights ?? {}))
    for (const m of (html ?? "").matchAll(/<mark>(.*?)<\/mark>/g)) {
      const word = unescapeHtml(m[1]).trim();
      if (word && !seen.has(fold(word))) seen.set(fold(word), word);
    }
  return [...seen.values()];
}
// Words as the engine's highlighter cuts them (letters/digits, with joiners inside codes).
const WORD = /[\p{L}\p{N}\p{M}]+(?:[-./,][\p{L}\p{N}\p{M}]+)*/gu;

/**
 * The engine's highlight of a text, in the reader's language. The engine marks the first language
 * version with a match (Vietnamese before English), which may not be the one the card shows: then
 * the words it marked are marked where they occur in the card's own text (codes, standards and
 * names usually do), and with none there the card shows its own text unmarked, never the other
 * language's.
 */
function inOwnLanguage(html: string | undefined, own: string): string | undefined {
  if (!html || !own) return undefined;
  if (unescapeHtml(html.replace(/<\/?mark>/g, "")) === own) return html;
  const marked = new Set([...html.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => fold(unescapeHtml(m[1]))));
  let out = "";
  let last = 0;
  let any = false;
  for (const m of own.matchAll(WORD)) {
    out += escapeHtml(own.slice(last, m.index));
    const hit = marked.has(fold(m[0]));
    any ||= hit;
    out += hit ? `<mark>${escapeHtml(m[0])}</mark>` : escapeHtml(m[0]);
    last = m.index! + m[0].length;
  }
  return any ? out + escapeHtml(own.slice(last)) : undefined;
}

/**
 * The highlights a card shows: name and description in the reader's language (see inOwnLanguage);
 * the capability terms as the firm wrote them, as the engine marked them. Only fields with a mark.
 */
export function cardHighlights(
  row: SupplierCardRow,
  locale: Locale,
  highlights: CardHighlights | undefined,
): CardHighlights | undefined {
  if (!highlights) return undefined;
  const out: CardHighlights = {};
  const name = inOwnLanguage(highlights.name, pickText(row.name, locale));
  const description = inOwnLanguage(highlights.description, pickText(row.description, locale));
  if (name?.includes("<mark>")) out.name = name;
  if (description?.includes("<mark>")) out.description = description;
  if (highlights.capabilities?.includes("<mark>")) out.capabilities = highlights.capabilities;
  return Object.keys(out).length ? out : undefined;
}
