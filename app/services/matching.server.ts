import { sql } from "kysely";
import type { Db } from "../../db/connection";
import { exportMarketsOf, readSuppliers } from "../../db/queries/suppliers";
import { loadRequests as readRequests } from "../../db/queries/requests";
import {
  deleteDismissal,
  dismissalsOfRequest,
  dismissedSupplierIds,
  upsertDismissal,
  type NewDismissal,
  type VerdictSide,
} from "../../db/queries/dismissals";
import { apiError } from "~/utils/api.server";
import { getDb } from "~/utils/services.server";
import { pickText, type Locale } from "~/modules/i18n";
import { todayInHanoi } from "~/modules/clock";
import {
  groupZones,
  inZone,
  MatchIndex,
  scoreMatch,
  type MatchResult,
  type ZoneOption,
  type MatchRequest,
  type MatchSupplier,
  type Reason,
  type Term,
} from "~/modules/matching";

// The door from routes to matching: loads suppliers and open requests from the database into
// matching inputs, keeps one in-memory MatchIndex per database and rebuilds it when the
// directory changed (a cheap fingerprint query per call; see docs/decisions/060).

export interface SupplierMeta {
  orgId: number;
  industrialZone: string | null;
  verified: boolean;
}

export interface RequestMeta {
  id: number;
  buyerOrgId: number;
  status: "open" | "closed";
  visibility: "public" | "organisers";
  targetDate: string | null;
}

interface State {
  version: string;
  index: MatchIndex;
  suppliers: Map<string, MatchSupplier & SupplierMeta>;
  requests: Map<string, MatchRequest & RequestMeta>;
}

const STATE = "__cnhtMatching";
type Cache = WeakMap<Db, { version: string; state: Promise<State> }>;
function cache(): Cache {
  const g = globalThis as unknown as Record<string, Cache | undefined>;
  return (g[STATE] ??= new WeakMap());
}

/**
 * Changes whenever a supplier, certificate, capability term or request is added, removed or
 * updated (writers bump updated_at; deletions change the counts; re-written terms get new ids).
 */
async function directoryVersion(db: Db): Promise<string> {
  const { rows } = await sql<{ v: string }>`SELECT
    (SELECT count(*) || ':' || ifnull(max(updated_at), '') FROM organisations) || '|' ||
    (SELECT count(*) || ':' || ifnull(max(id), 0) FROM capability_terms) || '|' ||
    (SELECT count(*) || ':' || ifnull(max(id), 0) || ':' || ifnull(max(updated_at), '') FROM certifications) || '|' ||
    (SELECT count(*) || ':' || ifnull(max(updated_at), '') FROM sourcing_requests) || '|' ||
    (SELECT count(*) || ':' || ifnull(max(id), 0) FROM request_terms) || '|' ||
    (SELECT count(*) FROM taxonomy_terms) AS v`.execute(db);
  return rows[0].v;
}

function termsByOwner<K extends string>(
  rows: { owner: number; kind: K; text: string; conceptId: string | null }[],
) {
  const out = new Map<number, Record<K, Term[]>>();
  for (const r of rows) {
    let o = out.get(r.owner);
    if (!o) out.set(r.owner, (o = {} as Record<K, Term[]>));
    (o[r.kind] ??= []).push({ conceptId: r.conceptId, text: r.text });
  }
  return out;
}

async function loadSuppliers(db: Db): Promise<Map<string, MatchSupplier & SupplierMeta>> {
  const out = new Map<string, MatchSupplier & SupplierMeta>();
  for (const o of await readSuppliers(db, { activeOnly: true })) {
    const t = termsByOwner(o.terms.map((x) => ({ owner: o.id, ...x })));
    const cs = o.certifications;
    // A new certificate is a profile change too: the freshest of the two dates counts.
    const updatedAt = cs.reduce((m, c) => (c.updatedAt > m ? c.updatedAt : m), o.updatedAt);
    out.set(o.ref, {
      ref: o.ref,
      name: { vi: o.nameVi, en: o.nameEn, ja: o.nameJa },
      description: { vi: o.descriptionVi, en: o.descriptionEn, ja: o.descriptionJa },
      processes: t.get(o.id)?.process ?? [],
      materials: t.get(o.id)?.material ?? [],
      products: t.get(o.id)?.product ?? [],
      certifications: cs.map(({ conceptId, standard, validUntil }) => ({ conceptId, standard, validUntil })),
      employees: o.employees,
      exportMarkets: exportMarketsOf(o.exportMarkets),
      verified: o.verifiedAt !== null,
      updatedAt,
      orgId: o.id,
      industrialZone: o.industrialZone,
    });
  }
  return out;
}

async function loadRequests(
  db: Db,
  where: { ref?: string; status?: "open" },
): Promise<Map<string, MatchRequest & RequestMeta>> {
  const out = new Map<string, MatchRequest & RequestMeta>();
  for (const r of await readRequests(db, where)) {
    const t = termsByOwner(r.terms.map((x) => ({ owner: r.id, ...x }))).get(r.id);
    out.set(r.ref, {
      ref: r.ref,
      title: localText(r.title),
      description: localText(r.description),
      processes: t?.process ?? [],
      materials: t?.material ?? [],
      products: t?.product ?? [],
      requiredCertifications: t?.certification ?? [],
      annualVolume: r.annualVolume ?? null,
      buyerCountry: r.buyerCountry,
      id: r.id,
      buyerOrgId: r.buyerOrgId,
      status: r.status,
      visibility: r.visibility,
      targetDate: r.targetDate ?? null,
    });
  }
  return out;
}

/** A contract text (keys only where set) as matching's text (every language, null when absent). */
function localText(t: { vi?: string; en?: string; ja?: string } | undefined) {
  return { vi: t?.vi ?? null, en: t?.en ?? null, ja: t?.ja ?? null };
}

async function build(db: Db, version: string): Promise<State> {
  const [suppliers, requests] = await Promise.all([loadSuppliers(db), loadRequests(db, { status: "open" })]);
  return {
    version,
    suppliers,
    requests,
    index: new MatchIndex([...suppliers.values()], [...requests.values()]),
  };
}

/** The current matching state, rebuilt only when the directory changed since the last call. */
async function state(db: Db): Promise<State> {
  const version = await directoryVersion(db);
  const c = cache();
  const hit = c.get(db);
  if (hit && hit.version === version) return hit.state;
  const p = build(db, version);
  c.set(db, { version, state: p });
  p.catch(() => c.delete(db));
  return p;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export function isIsoDate(s: string): boolean {
  return ISO_DATE.test(s) && !Number.isNaN(Date.parse(s)) && new Date(s).toISOString().startsWith(s);
}

export async function findRequest(ref: string, db: Db = getDb()) {
  return (await loadRequests(db, { ref })).get(ref) ?? null;
}

export async function findSupplier(ref: string, db: Db = getDb()) {
  return (await state(db)).suppliers.get(ref) ?? null;
}

export async function findSupplierById(orgId: number, db: Db = getDb()) {
  for (const s of (await state(db)).suppliers.values()) if (s.orgId === orgId) return s;
  return null;
}

export interface MatchQuery {
  asOf?: string;
  limit: number;
  verifiedOnly?: boolean;
  /** A zone key from industrialZones() (any spelling of the zone works: compared folded). */
  zone?: string;
  /** Leave out the suppliers one side marked "not relevant" for this request. */
  withoutDismissed?: boolean;
  /** Whose verdicts hide a supplier: the buyer's unless said (decision 703). */
  dismissedBy?: VerdictSide;
}

/** Ranked suppliers for a request (any status: a buyer may look back at a closed one). */
export async function matchesForRequest(
  request: MatchRequest & RequestMeta,
  q: MatchQuery,
  db: Db = getDb(),
) {
  const st = await state(db);
  const dismissed = q.withoutDismissed
    ? await dismissedSupplierIds(db, request.id, q.dismissedBy ?? "buyer")
    : null;
  const filter = (s: MatchSupplier) => {
    const meta = st.suppliers.get(s.ref)!;
    if (dismissed?.has(meta.orgId)) return false;
    if (q.verifiedOnly && !meta.verified) return false;
    if (q.zone && !inZone(meta.industrialZone, q.zone)) return false;
    return true;
  };
  return st.index
    .suppliersFor(request, { asOf: q.asOf ?? todayInHanoi(new Date()), limit: q.limit, filter })
    .map((m) => ({ ...m, supplier: st.suppliers.get(m.item.ref)! }));
}

/** Open requests that fit a supplier; `includeRestricted` adds requests shown to organisers only. */
export async function matchesForSupplier(
  supplier: MatchSupplier,
  q: { asOf?: string; limit: number; includeRestricted: boolean },
  db: Db = getDb(),
) {
  const st = await state(db);
  const all = st.index.requestsFor(supplier, { asOf: q.asOf ?? todayInHanoi(new Date()), limit: Infinity });
  return all
    .map((m) => ({ ...m, request: st.requests.get(m.item.ref)! }))
    .filter((m) => q.includeRestricted || m.request.visibility === "public")
    .slice(0, q.limit);
}

/**
 * How each of `refs` fits the buyer organisation's own open requests (a shortlist's "why"):
 * per supplier, the requests it does something for, those it may be listed for (every required
 * certificate valid) first, then by score — the same scoring and reasons as the request page.
 */
export async function fitsForBuyer(buyerOrgId: number, refs: string[], asOf?: string, db: Db = getDb()) {
  const st = await state(db);
  const day = asOf ?? todayInHanoi(new Date());
  const mine = [...st.requests.values()].filter((r) => r.buyerOrgId === buyerOrgId);
  const out = new Map<string, { request: MatchRequest & RequestMeta; result: MatchResult }[]>();
  for (const ref of refs) {
    const supplier = st.suppliers.get(ref);
    if (!supplier) continue;
    const fits = mine
      .map((request) => ({ request, result: scoreMatch(request, supplier, { asOf: day }) }))
      .filter((f) => f.result.relevant)
      .sort(
        (a, b) =>
          Number(b.result.eligible) - Number(a.result.eligible) ||
          b.result.score - a.result.score ||
          a.request.ref.localeCompare(b.request.ref),
      );
    out.set(ref, fits);
  }
  return out;
}

/** Certificates that would open more requests to the supplier ("add IATF 16949 to qualify for 6 requests"). */
export async function missingCertificates(
  supplier: MatchSupplier,
  q: { asOf?: string; includeRestricted: boolean },
  db: Db = getDb(),
) {
  const st = await state(db);
  return st.index
    .missingCertificates(supplier, { asOf: q.asOf ?? todayInHanoi(new Date()), minScore: 0.5 })
    .map((m) => ({
      ...m,
      requests: m.requests.filter(
        (r) => q.includeRestricted || st.requests.get(r.ref)?.visibility === "public",
      ),
    }))
    .filter((m) => m.requests.length > 0);
}

/** Zones of the listed suppliers for the buyer's filter, one per folded spelling. */
export async function industrialZones(db: Db = getDb()): Promise<ZoneOption[]> {
  const st = await state(db);
  const zones: string[] = [];
  for (const s of st.suppliers.values()) if (s.industrialZone) zones.push(s.industrialZone);
  return groupZones(zones);
}

export async function dismissMatch(input: NewDismissal, db: Db = getDb()) {
  await upsertDismissal(db, input);
}

export async function undoDismissal(
  requestId: number,
  supplierOrgId: number,
  givenBy: VerdictSide,
  db: Db = getDb(),
) {
  await deleteDismissal(db, requestId, supplierOrgId, givenBy);
}

export async function dismissalsFor(requestId: number, db: Db = getDb()) {
  return dismissalsOfRequest(db, requestId);
}

// ---- shared by the two /api/v1/.../matches routes ------------------------------------------

/** The optional ?asOf=YYYY-MM-DD (reproducible evaluation); undefined means today. */
export function asOfParam(url: URL): string | undefined {
  const raw = url.searchParams.get("asOf");
  if (raw === null || raw === "") return undefined;
  if (!isIsoDate(raw)) throw apiError(400, "invalid_parameter", "asOf must be a date written YYYY-MM-DD");
  return raw;
}

/** CONTRACT.md §2: text is a string in the caller's language; both languages ride along. */
export function apiReasons(reasons: Reason[], locale: Locale) {
  return reasons.map((r) => ({
    kind: r.kind,
    text: pickText(r.text, locale),
    met: r.met,
    textVi: r.text.vi,
    textEn: r.text.en,
    textJa: r.text.ja,
  }));
}

// The door for routes to these reads and writes (routes never import db/ or search/;
// docs/decisions/250-layers.md).
export {
  dismissalsByReason,
  dismissalsByRequest,
  listDismissals,
  mostDismissedSuppliers,
  type ReasonCounts,
  type VerdictSide,
} from "../../db/queries/dismissals";
