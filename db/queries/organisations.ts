import { sql } from "kysely";
import type { Db } from "../connection";
import type { Lang } from "../../app/modules/directory/schema";
import type {
  BuyerView,
  CertificationView,
  DirectoryText,
  SupplierView,
  TermKind,
  TermView,
} from "../../app/modules/directory/types";
import { isCertificateValid } from "../../app/modules/certificates/validity";
import { todayInHanoi } from "../../app/modules/clock";
import { exportMarketsOf, ORG_COLUMNS, readSuppliers, type SupplierRecord } from "./suppliers";
import { countRows } from "./count";

// Reads of suppliers and buyers (organisations of kind supplier/buyer with their profiles,
// capability terms and certifications), returned in the cnht-directory/1 shape plus the
// portal's own fields. Writes belong to the importer (app/modules/import) and profile editing.

export function textOf(vi: string | null, en: string | null, ja: string | null): DirectoryText | undefined {
  const t: DirectoryText = {};
  if (vi !== null) t.vi = vi;
  if (en !== null) t.en = en;
  if (ja !== null) t.ja = ja;
  return Object.keys(t).length ? t : undefined;
}

const KIND_KEY: Record<TermKind, "processes" | "materials" | "products"> = {
  process: "processes",
  material: "materials",
  product: "products",
};

function contactOf(r: {
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
}) {
  const c: { name?: string; email?: string; phone?: string } = {};
  if (r.contactName !== null) c.name = r.contactName;
  if (r.contactEmail !== null) c.email = r.contactEmail;
  if (r.contactPhone !== null) c.phone = r.contactPhone;
  return Object.keys(c).length ? c : undefined;
}

type ViewOpts = { withContact?: boolean };

type OrgRow = Pick<SupplierRecord, "id" | "ref" | "status" | "nameVi" | "nameEn" | "nameJa">;

/** What a supplier's and a buyer's view both start with: the firm's ref, names, id and status. */
function viewHead(r: OrgRow) {
  return { ref: r.ref, name: textOf(r.nameVi, r.nameEn, r.nameJa) ?? {}, id: r.id, status: r.status };
}

/** What a supplier's and a buyer's view both end with: the description, and the contact when asked for. */
function describe(
  v: SupplierView | BuyerView,
  r: Parameters<typeof contactOf>[0] & {
    descriptionVi: string | null;
    descriptionEn: string | null;
    descriptionJa: string | null;
  },
  opts: ViewOpts,
): void {
  const description = textOf(r.descriptionVi, r.descriptionEn, r.descriptionJa);
  if (description) v.description = description;
  if (opts.withContact) {
    const contact = contactOf(r);
    if (contact) v.contact = contact;
  }
}

/** A directory read: every record, or the one with `ref`, in ref order; contact only when asked for. */
type DirectoryLoader<V> = (db: Db, filter?: { ref?: string }, opts?: ViewOpts) => Promise<V[]>;

/** The one-record read of a directory loader: the record with `ref`, or null. */
function oneByRef<V>(load: DirectoryLoader<V>) {
  return async (db: Db, ref: string, opts: ViewOpts = {}): Promise<V | null> =>
    (await load(db, { ref }, opts))[0] ?? null;
}

/**
 * Suppliers (any status) in the cnht-directory/1 shape plus the portal's fields: the one
 * supplier read (readSuppliers) mapped to views.
 */
export const loadSuppliers: DirectoryLoader<SupplierView> = async (db, filter = {}, opts = {}) =>
  (await readSuppliers(db, filter)).map((r) => supplierView(r, opts));

/** One supplier in cnht-directory/1 shape plus the portal's fields; contact only when asked for. */
export const getSupplier = oneByRef(loadSuppliers);

/** One stored supplier as pages, the API and the export read it. */
export function supplierView(r: SupplierRecord, opts: ViewOpts = {}): SupplierView {
  const v: SupplierView = {
    ...viewHead(r),
    verifiedAt: r.verifiedAt,
    sector: r.sector,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    terms: [],
    certifications: [],
    capabilities: { processes: [], materials: [], products: [] },
    exportMarkets: exportMarketsOf(r.exportMarkets),
  };
  if (r.taxCode !== null) v.taxCode = r.taxCode;
  if (r.website !== null) v.website = r.website;
  if (r.founded !== null) v.founded = r.founded;
  if (r.employees !== null) v.employees = r.employees;
  if (r.address !== null || r.commune !== null || r.industrialZone !== null || r.city !== null) {
    v.location = {};
    if (r.address !== null) v.location.address = r.address;
    if (r.commune !== null) v.location.commune = r.commune;
    v.location.industrialZone = r.industrialZone;
    if (r.city !== null) v.location.city = r.city;
  }
  describe(v, r, opts);
  for (const t of r.terms) {
    const term: TermView = {
      kind: t.kind,
      text: t.text,
      lang: t.lang as Lang | null,
      conceptId: t.conceptId,
    };
    v.terms.push(term);
    v.capabilities![KIND_KEY[t.kind]]!.push(t.text);
  }
  for (const c of r.certifications) {
    const cert: CertificationView = { standard: c.standard, conceptId: c.conceptId, filePath: c.filePath };
    if (c.validUntil !== null) cert.validUntil = c.validUntil;
    if (c.certificateNo !== null) cert.certificateNo = c.certificateNo;
    if (c.issuer !== null) cert.issuer = c.issuer;
    if (c.scope !== null) cert.scope = c.scope;
    v.certifications.push(cert);
  }
  return v;
}

export interface SupplierListRow {
  id: number;
  ref: string;
  name: DirectoryText;
  sector: string | null;
  industrialZone: string | null;
  commune: string | null;
  certifications: { standard: string; conceptId: string | null; validUntil: string | null; valid: boolean }[];
  processes: { text: string; conceptId: string | null }[];
}

/**
 * The active suppliers with a profile (o, p), optionally of one sector: what the public directory
 * lists. Callers add their own selection, order and paging.
 */
export function activeSuppliers(db: Db, sector?: string | null) {
  const q = db
    .selectFrom("organisations as o")
    .innerJoin("supplierProfiles as p", "p.orgId", "o.id")
    .where("o.kind", "=", "supplier")
    .where("o.status", "=", "active");
  return sector ? q.where("p.sector", "=", sector) : q;
}

/** A page of active suppliers in ref order, optionally of one sector, with the total for paging. */
export async function listSuppliers(
  db: Db,
  opts: { sector?: string | null; limit: number; offset: number; asOf?: string },
): Promise<{ rows: SupplierListRow[]; total: number }> {
  const asOf = opts.asOf ?? todayInHanoi(new Date());
  const base = activeSuppliers(db, opts.sector);
  const [orgs, total] = await Promise.all([
    base.select("o.id").orderBy("o.ref").limit(opts.limit).offset(opts.offset).execute(),
    countRows(base),
  ]);
  const rows = (await readSuppliers(db, { ids: orgs.map((o) => o.id) })).map((o): SupplierListRow => ({
    id: o.id,
    ref: o.ref,
    name: textOf(o.nameVi, o.nameEn, o.nameJa) ?? {},
    sector: o.sector,
    industrialZone: o.industrialZone,
    commune: o.commune,
    certifications: o.certifications.map((c) => ({
      standard: c.standard,
      conceptId: c.conceptId,
      validUntil: c.validUntil,
      valid: isCertificateValid(c.validUntil, asOf),
    })),
    processes: o.terms
      .filter((t) => t.kind === "process")
      .map((t) => ({ text: t.text, conceptId: t.conceptId })),
  }));
  return { rows, total };
}

/** Buyers with their profile. */
export const loadBuyers: DirectoryLoader<BuyerView> = async (db, filter = {}, opts = {}) => {
  let q = db
    .selectFrom("organisations as o")
    .leftJoin("buyerProfiles as b", "b.orgId", "o.id")
    .select(ORG_COLUMNS)
    .select("b.country")
    .where("o.kind", "=", "buyer");
  if (filter.ref !== undefined) q = q.where("o.ref", "=", filter.ref);
  const rows = await q.orderBy("o.ref").execute();
  return rows.map((r) => {
    const v: BuyerView = {
      ...viewHead(r),
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
    };
    if (r.country !== null) v.country = r.country;
    describe(v, r, opts);
    return v;
  });
};

/** One buyer with its profile; contact only when asked for. */
export const getBuyer = oneByRef(loadBuyers);

export interface DirectoryStats {
  asOf: string;
  suppliers: number;
  /** Suppliers holding at least one certification valid on asOf. */
  certifiedSuppliers: number;
  sectors: { sector: string; suppliers: number }[];
  /** Open sourcing requests visible to the public. */
  openRequests: number;
  buyers: number;
}

/** The key figures of the home page; active firms only. */
export async function directoryStats(
  db: Db,
  asOf: string = todayInHanoi(new Date()),
): Promise<DirectoryStats> {
  const [suppliers, certified, sectors, openRequests, buyers] = await Promise.all([
    countRows(db.selectFrom("organisations").where("kind", "=", "supplier").where("status", "=", "active")),
    countRows(
      db
        .selectFrom("organisations as o")
        .where("o.kind", "=", "supplier")
        .where("o.status", "=", "active")
        .where((eb) =>
          eb.exists(
            eb
              .selectFrom("certifications as c")
              .select(sql.lit(1).as("one"))
              .whereRef("c.orgId", "=", "o.id")
              // isCertificateValid in SQL: a dated certificate not yet expired (undated is unknown).
              .where("c.validUntil", ">=", asOf),
          ),
        ),
    ),
    db
      .selectFrom("organisations as o")
      .innerJoin("supplierProfiles as p", "p.orgId", "o.id")
      .where("o.kind", "=", "supplier")
      .where("o.status", "=", "active")
      .where("p.sector", "is not", null)
      .select(["p.sector", (eb) => eb.fn.countAll<number>().as("n")])
      .groupBy("p.sector")
      .orderBy("p.sector")
      .execute(),
    countRows(
      db.selectFrom("sourcingRequests").where("status", "=", "open").where("visibility", "=", "public"),
    ),
    countRows(db.selectFrom("organisations").where("kind", "=", "buyer").where("status", "=", "active")),
  ]);
  return {
    asOf,
    suppliers,
    certifiedSuppliers: certified,
    sectors: sectors.map((s) => ({ sector: s.sector!, suppliers: Number(s.n) })),
    openRequests,
    buyers,
  };
}
