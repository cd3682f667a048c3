import type { Db } from "../connection";
import type { Selectable } from "kysely";
import type {
  CapabilityTermsTable,
  CertificationsTable,
  OrganisationsTable,
  SupplierProfilesTable,
} from "../schema";

// The one read of suppliers (docs/decisions/320-one-supplier-read.md). Search documents, supplier
// cards, matching, the directory export, the API and the profile page all start from these rows
// and map them to their own shape, so a column or a rule about which firms are read is decided
// here once. Rows in, rows out: no domain rule (certificate validity is judged by the readers).

const CHUNK = 500; // well below SQLite's bound-parameter limit

export type SupplierTermRow = Pick<Selectable<CapabilityTermsTable>, "kind" | "text" | "lang" | "conceptId">;

export type SupplierCertRow = Pick<
  Selectable<CertificationsTable>,
  | "id"
  | "standard"
  | "conceptId"
  | "validUntil"
  | "certificateNo"
  | "issuer"
  | "scope"
  | "filePath"
  | "updatedAt"
>;

type Org = Selectable<OrganisationsTable>;
type Profile = Selectable<SupplierProfilesTable>;

/** An organisation of kind supplier with its profile, terms and certificates, as stored. */
export type SupplierRecord = Pick<
  Org,
  (typeof ORG_COLUMNS)[number] extends `o.${infer K}` ? K & keyof Org : never
> & {
  [K in (typeof PROFILE_COLUMNS)[number] extends `p.${infer C}` ? C & keyof Profile : never]:
    Profile[K] | null;
} & {
  /** In file order (position, then id). */
  terms: SupplierTermRow[];
  certifications: SupplierCertRow[];
};

/** The organisation columns every reader of firms shares (suppliers here, buyers in organisations.ts). */
export const ORG_COLUMNS = [
  "o.id",
  "o.ref",
  "o.nameVi",
  "o.nameEn",
  "o.nameJa",
  "o.descriptionVi",
  "o.descriptionEn",
  "o.descriptionJa",
  "o.taxCode",
  "o.website",
  "o.contactName",
  "o.contactEmail",
  "o.contactPhone",
  "o.status",
  "o.verifiedAt",
  "o.createdAt",
  "o.updatedAt",
] as const;

const PROFILE_COLUMNS = [
  "p.founded",
  "p.employees",
  "p.address",
  "p.commune",
  "p.industrialZone",
  "p.city",
  "p.exportMarkets",
  "p.sector",
  "p.equipment",
  "p.capacityNotes",
  "p.logoPath",
] as const;

export interface SupplierFilter {
  /** One firm by ref (any status). */
  ref?: string;
  /** These refs only; unknown ones are absent from the result. */
  refs?: string[];
  /** These ids only. */
  ids?: number[];
  /** Leave out suspended firms (what the public sees, search and matching). */
  activeOnly?: boolean;
  /** Result order; ref by default. */
  orderBy?: "ref" | "id";
}

/**
 * Suppliers with everything they hold: one query for the firms, then one for the terms and one
 * for the certificates of those firms (the whole tables when reading all of them, cheaper than a
 * long IN list), grouped here. Long ref/id lists are read in chunks.
 */
export async function readSuppliers(db: Db, f: SupplierFilter = {}): Promise<SupplierRecord[]> {
  const list = f.refs ?? f.ids;
  if (list && list.length === 0) return [];
  if (list && list.length > CHUNK) {
    const out: SupplierRecord[] = [];
    for (let i = 0; i < list.length; i += CHUNK) {
      const part = list.slice(i, i + CHUNK);
      out.push(
        ...(await readSuppliers(
          db,
          f.refs ? { ...f, refs: part as string[] } : { ...f, ids: part as number[] },
        )),
      );
    }
    return out;
  }
  let q = db
    .selectFrom("organisations as o")
    .leftJoin("supplierProfiles as p", "p.orgId", "o.id")
    .select(ORG_COLUMNS)
    .select(PROFILE_COLUMNS)
    .where("o.kind", "=", "supplier");
  if (f.ref !== undefined) q = q.where("o.ref", "=", f.ref);
  if (f.refs) q = q.where("o.ref", "in", f.refs);
  if (f.ids) q = q.where("o.id", "in", f.ids);
  if (f.activeOnly) q = q.where("o.status", "=", "active");
  const orgs = await q.orderBy(f.orderBy === "id" ? "o.id" : "o.ref").execute();
  if (!orgs.length) return [];

  const some = f.ref !== undefined || f.refs !== undefined || f.ids !== undefined;
  const ids = orgs.map((o) => o.id);
  let tq = db.selectFrom("capabilityTerms").select(["orgId", "kind", "text", "lang", "conceptId"]);
  let cq = db
    .selectFrom("certifications")
    .select([
      "orgId",
      "id",
      "standard",
      "conceptId",
      "validUntil",
      "certificateNo",
      "issuer",
      "scope",
      "filePath",
      "updatedAt",
    ]);
  if (some) {
    tq = tq.where("orgId", "in", ids);
    cq = cq.where("orgId", "in", ids);
  }
  const [terms, certs] = await Promise.all([
    tq.orderBy("orgId").orderBy("position").orderBy("id").execute(),
    cq.orderBy("orgId").orderBy("position").orderBy("id").execute(),
  ]);

  const byId = new Map<number, SupplierRecord>();
  const out = orgs.map((o) => {
    // A firm without a profile row reads its profile columns as null, never undefined.
    const r: SupplierRecord = {
      ...o,
      ...Object.fromEntries(
        PROFILE_COLUMNS.map((c) => [c.slice(2), o[c.slice(2) as keyof typeof o] ?? null]),
      ),
      terms: [],
      certifications: [],
    } as SupplierRecord;
    byId.set(o.id, r);
    return r;
  });
  for (const { orgId, ...t } of terms) byId.get(orgId)?.terms.push(t);
  for (const { orgId, ...c } of certs) byId.get(orgId)?.certifications.push(c);
  return out;
}

/** The stored export markets as a list (an unreadable value reads as none). */
export function exportMarketsOf(json: string | null): string[] {
  if (!json) return [];
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
}
