import { getDb } from "~/utils/services.server";
import { isOrganiser, type Actor } from "~/modules/auth/permissions";
import { canonicalSupplier, formatDirectory } from "~/modules/directory/canonical";
import { directoryTable } from "~/modules/import/spreadsheet/export";
import {
  CONTENT_TYPE,
  tableFile,
  type Column,
  type ExportFormat,
  type Table,
} from "~/modules/export/workbook";
import { MAX_LIMIT } from "../../search/settings";
import { loadSuppliers } from "../../db/queries/organisations";
import { loadRequests } from "../../db/queries/requests";
import { publicSupplierRefs } from "../../db/queries/exports";
import {
  needsEngine,
  parseDirectoryQuery,
  searchDirectory,
  type DirectoryQuery,
} from "~/services/directory-search.server";
import { getActor, requireOwnOrg, requireRole } from "~/services/auth.server";
import { markedWords } from "~/services/supplier-cards.server";
import { fitsForBuyer, matchesForRequest } from "~/services/matching.server";
import { ownRequest } from "~/services/request-matches.server";
import { shortlistItems, shortlistOf } from "../../db/queries/engagement";
import { contactsAlreadySeen, contactViewer } from "../../db/queries/contact-access";
import { decideContactAccess } from "~/modules/auth/contact-access";
import { todayInHanoi } from "~/modules/clock";
import { zoneKey } from "~/modules/matching";
import { displayName, pickText } from "~/modules/i18n";
import { getLocale } from "~/utils/locale.server";
import { translator } from "~/modules/i18n";
import type { Locale } from "~/modules/i18n";

// Lists given back as files (issue 12 §3). Who gets what:
// - the directory (/suppliers.xlsx|.csv|.json): anyone, the firms the search page lists for the
//   same query and filters; contact columns only for organisers — buyers read contacts one firm
//   at a time on its page, within a daily number (ADR 091), which a bulk file would bypass;
// - a request's ranked suppliers: its buyer's accounts and organisers (the route checks);
// - a shortlist: its organisation's buyers only; contacts only of the firms whose contacts that
//   account was shown in the last 24 hours (ADR 435);
// - event registrations and schedules: organisers (the route checks).

export const EXPORT_MAX_ROWS = 10_000;

export function downloadResponse(
  body: string | Buffer,
  format: ExportFormat | "json",
  fileName: string,
): Response {
  return new Response(typeof body === "string" ? body : new Uint8Array(body), {
    headers: {
      "Content-Type": CONTENT_TYPE[format],
      "Content-Disposition": `attachment; filename="${fileName.replace(/[^\w.-]/g, "_")}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

/**
 * The refs the directory page lists for this query, in its order (all pages), with the words
 * the search matched in each firm when there are words to search.
 */
async function directoryRefs(
  query: DirectoryQuery,
): Promise<{ refs: string[]; matched: Map<string, string[]> }> {
  const db = getDb();
  const matched = new Map<string, string[]>();
  const open = await publicSupplierRefs(db, query.filters.sector?.[0] ?? null);
  if (!needsEngine(query)) return { refs: open.slice(0, EXPORT_MAX_ROWS), matched };
  const visible = new Set(open);
  const refs: string[] = [];
  for (let offset = 0; offset < EXPORT_MAX_ROWS; offset += MAX_LIMIT) {
    const r = await searchDirectory(query, { limit: MAX_LIMIT, offset });
    for (const h of r.hits) {
      refs.push(h.ref);
      if (query.q) matched.set(h.ref, markedWords(h.highlights));
    }
    if (r.hits.length < MAX_LIMIT || offset + MAX_LIMIT >= r.total) break;
  }
  return { refs: refs.filter((ref) => visible.has(ref)), matched };
}

export async function directoryExport(
  actor: Actor | null,
  query: DirectoryQuery,
  format: ExportFormat | "json",
  locale: Locale,
): Promise<{ body: string | Buffer; count: number }> {
  const withContact = isOrganiser(actor);
  const { refs, matched } = await directoryRefs(query);
  const all = await loadSuppliers(getDb(), {}, { withContact });
  const byRef = new Map(all.map((s) => [s.ref, s]));
  const suppliers = refs
    .map((r) => byRef.get(r))
    .filter((s) => s !== undefined)
    .map((s) => {
      const c = canonicalSupplier(s);
      if (!withContact) delete c.contact;
      return c;
    });
  if (format === "json")
    return { body: formatDirectory({ suppliers, buyers: [], requests: [] }), count: suppliers.length };
  const t = translator(locale);
  const table = directoryTable(suppliers, locale, t("export.sheet.suppliers"), { withContact });
  // Search results say why each firm is on the list (issue 12 §3): the words it matched, in a
  // last column the import does not read, so the file still imports back unchanged.
  if (query.q) {
    table.columns.push({ header: t("export.col.matched"), width: 30 });
    table.rows.forEach((row, i) => row.push(matched.get(suppliers[i].ref)?.join(", ") || null));
  }
  return { body: await tableFile(table, format, locale), count: suppliers.length };
}

export interface RankedRow {
  rank: number;
  ref: string;
  name: string;
  zone: string | null;
  score: number;
  met: string[];
  missing: string[];
  unknown: string[];
}

/** A request's ranked suppliers with the matching reasons, as the request page lists them. */
export function rankedSuppliersTable(requestRef: string, rows: RankedRow[], locale: Locale): Table {
  const t = translator(locale);
  const columns: Column[] = [
    { header: t("export.col.rank"), kind: "number", width: 6 },
    { header: t("export.col.ref"), kind: "text", width: 12 },
    { header: t("export.col.name"), width: 40 },
    { header: t("export.col.zone"), width: 24 },
    { header: t("export.col.score"), kind: "number", width: 8 },
    { header: t("export.col.met"), width: 40 },
    { header: t("export.col.missing"), width: 40 },
    { header: t("export.col.unknown"), width: 30 },
  ];
  return {
    sheet: requestRef,
    columns,
    rows: rows.map((r) => [
      r.rank,
      r.ref,
      r.name,
      r.zone,
      r.score,
      r.met.join("\n"),
      r.missing.join("\n"),
      r.unknown.join("\n"),
    ]),
  };
}

export async function exportTable(table: Table, format: ExportFormat, locale: Locale) {
  return tableFile(table, format, locale);
}

/** The loader of /suppliers.FORMAT: the search page's query and filters, read from the same URL parameters. */
export function directoryDownload(format: ExportFormat | "json") {
  return async ({ request }: { request: Request }) => {
    const actor = await getActor(request);
    const query = parseDirectoryQuery(new URL(request.url), false);
    const { body } = await directoryExport(actor, query, format, getLocale(request));
    return downloadResponse(body, format, `cnht-suppliers.${format}`);
  };
}

/** How many ranked suppliers a request's file holds (the page shows 20). */
const RANKED_MAX = 200;

/** The loader of /my/requests/REF/suppliers.FORMAT: the request page's filters and guard. */
export function requestSuppliersDownload(format: ExportFormat) {
  return async ({ request, params }: { request: Request; params: { ref?: string } }) => {
    const { req } = await ownRequest(request, params.ref ?? "");
    const locale = getLocale(request);
    const url = new URL(request.url);
    const zoneParam = url.searchParams.get("zone");
    const matches = await matchesForRequest(req, {
      limit: RANKED_MAX,
      verifiedOnly: url.searchParams.get("verified") === "1",
      zone: zoneParam ? zoneKey(zoneParam) : undefined,
      withoutDismissed: true,
    });
    const rows: RankedRow[] = matches.map((m, i) => {
      const reasons = (met: unknown) =>
        m.result.reasons.filter((r) => r.met === met).map((r) => pickText(r.text, locale));
      return {
        rank: i + 1,
        ref: m.supplier.ref,
        name: pickText(m.supplier.name, locale),
        zone: m.supplier.industrialZone ?? null,
        score: m.score,
        met: reasons(true),
        missing: reasons(false),
        unknown: reasons("unknown"),
      };
    });
    const body = await exportTable(rankedSuppliersTable(req.ref, rows, locale), format, locale);
    return downloadResponse(body, format, `${req.ref}-suppliers.${format}`);
  };
}

/**
 * Every sourcing request (organisers), one row each, under headers the request import recognises
 * (in either language) so the file read back with `import --requests` changes nothing: the buyer
 * by ref, terms "; "-joined, the target date a real date. Status and visibility are for reading
 * only; the import leaves them as they are.
 */
export async function requestListTable(locale: Locale): Promise<Table> {
  const t = translator(locale);
  const col = (key: string, kind?: Column["kind"], width?: number): Column => ({
    header: t(`export.col.${key}`),
    kind,
    width,
  });
  const requests = await loadRequests(getDb());
  return {
    sheet: t("export.requests"),
    columns: [
      col("requestRef", "text", 14),
      col("buyerRef", "text", 14),
      col("buyerName", undefined, 32),
      col("title", undefined, 36),
      col("titleEn", undefined, 36),
      col("titleJa", undefined, 24),
      col("description", undefined, 40),
      col("descriptionEn", undefined, 40),
      col("descriptionJa", undefined, 24),
      col("processes", undefined, 28),
      col("materials", undefined, 24),
      col("products", undefined, 24),
      col("requiredCertifications", undefined, 24),
      col("annualVolume", "number", 12),
      col("targetDate", "date"),
      col("requestStatus", undefined, 12),
      col("visibility", undefined, 16),
    ],
    rows: requests.map((r) => [
      r.ref,
      r.buyer,
      pickText(r.buyerName, locale),
      r.title.vi,
      r.title.en,
      r.title.ja,
      r.description?.vi,
      r.description?.en,
      r.description?.ja,
      r.processes?.join("; "),
      r.materials?.join("; "),
      r.products?.join("; "),
      r.requiredCertifications?.join("; "),
      r.annualVolume,
      r.targetDate,
      t(`export.requestStatus.${r.status}`),
      t(`export.visibility.${r.visibility}`),
    ]),
  };
}

/** The loader of /admin/export/requests.FORMAT: organisers only. */
export async function requestListDownload({
  request,
  params,
}: {
  request: Request;
  params: { file?: string };
}) {
  await requireRole(request, "organiser");
  const m = /^requests\.(xlsx|csv)$/.exec(params.file ?? "");
  if (!m) throw new Response("Not found", { status: 404 });
  const format = m[1] as ExportFormat;
  const locale = getLocale(request);
  const body = await exportTable(await requestListTable(locale), format, locale);
  return downloadResponse(body, format, `cnht-requests.${format}`);
}

/** A timestamp as the calendar date people in Hanoi read for it (YYYY-MM-DD; written as a real date). */
const hanoiDate = (iso: string | null) => (iso ? todayInHanoi(new Date(iso)) : null);

const DAY_MS = 24 * 60 * 60 * 1000;

// The shortlist workbook's columns: message key, kind, width (the row below follows this order).
// prettier-ignore
const SHORTLIST_COLUMNS: [string, Column["kind"], number][] = [
  ["export.col.ref", "text", 12], ["export.col.name", undefined, 36], ["engage.csv.nameVi", undefined, 36],
  ["engage.csv.website", undefined, 24], ["export.col.zone", undefined, 22], ["export.col.city", undefined, 14],
  ["export.col.contactName", undefined, 20], ["export.col.contactPhone", "text", 16],
  ["export.col.contactEmail", undefined, 24], ["engage.csv.verified", "date", 12], ["engage.csv.added", "date", 12],
  ["export.col.bestRequest", undefined, 32], ["export.col.score", "number", 8], ["export.col.met", undefined, 40],
  ["export.col.missing", undefined, 32], ["export.col.unknown", undefined, 24], ["export.col.alsoFits", undefined, 28],
];

/**
 * One of the buyer organisation's shortlists with why each firm fits (docs/decisions/435): its
 * name as the reader reads it (and the Vietnamese name intact), public facts, contacts the
 * account was already shown, the dates it was verified and listed, and — against the
 * organisation's own open requests — the best-fitting request with the request page's reasons
 * (met / not met / unknown), and the other requests it fits. Null when the list is not the
 * organisation's.
 */
export async function shortlistTable(
  actor: Actor & { orgId: number },
  listId: number,
  locale: Locale,
): Promise<{ table: Table; listId: number } | null> {
  const db = getDb();
  const list = await shortlistOf(db, actor.orgId, listId);
  if (!list) return null;
  const items = await shortlistItems(db, actor.orgId, list.id);
  const fits = await fitsForBuyer(
    actor.orgId,
    items.map((i) => i.ref),
  );
  // Contacts: only firms this account was shown within the day (the page recorded that view), and
  // only while the account may still see contacts at all (approved organisation, confirmed email).
  const viewer = await contactViewer(db, actor);
  const since = new Date(Date.now() - DAY_MS).toISOString();
  const seen = await contactsAlreadySeen(
    db,
    { userId: actor.userId, tokenId: actor.tokenId },
    items.map((i) => i.id),
    since,
  );
  const contacts = new Map(
    seen
      .filter((c) => decideContactAccess(viewer, c, { firmsSeen: 0, seenThisFirm: true }).visible)
      .map((c) => [c.id, c]),
  );
  const t = translator(locale);
  const percent = (score: number) => `${Math.round(score * 100)}%`;
  return {
    listId: list.id,
    table: {
      sheet: list.name,
      wrap: true,
      columns: SHORTLIST_COLUMNS.map(([key, kind, width]) => ({ header: t(key), kind, width })),
      rows: items.map((s) => {
        const c = contacts.get(s.id);
        const [best, ...others] = fits.get(s.ref) ?? [];
        const reasons = (met: unknown) =>
          best?.result.reasons
            .filter((r) => r.met === met)
            .map((r) => pickText(r.text, locale))
            .join("\n");
        const title = (r: NonNullable<typeof best>["request"]) => {
          const name = pickText(r.title, locale);
          return name ? `${r.ref} — ${name}` : r.ref;
        };
        return [
          s.ref,
          displayName(s, locale, s.ref),
          s.nameVi,
          s.website,
          s.industrialZone,
          s.city,
          c?.contactName,
          c?.contactPhone,
          c?.contactEmail,
          hanoiDate(s.verifiedAt),
          hanoiDate(s.addedAt),
          best ? title(best.request) : t("export.shortlist.noFit"),
          best?.result.score,
          reasons(true),
          reasons(false),
          reasons("unknown"),
          others.map((o) => `${title(o.request)} (${percent(o.result.score)})`).join("\n"),
        ];
      }),
    },
  };
}

/** The loader of /my/shortlists/ID.FORMAT: the buyer organisation's own list, else 404. */
export function shortlistDownload(format: ExportFormat) {
  return async ({ request, params }: { request: Request; params: { id?: string } }) => {
    const actor = await requireOwnOrg(request, "buyer");
    const locale = getLocale(request);
    const id = Number(params.id);
    const found = Number.isInteger(id) ? await shortlistTable(actor, id, locale) : null;
    if (!found) throw new Response("Not found", { status: 404 });
    const body = await exportTable(found.table, format, locale);
    return downloadResponse(body, format, `shortlist-${found.listId}.${format}`);
  };
}
