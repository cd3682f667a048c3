import type { Db } from "../connection";
import type { RequestTermKind, RequestTermView, RequestView } from "../../app/modules/directory/types";
import { textOf } from "./organisations";

// The one read of sourcing requests (pages, the API, export and matching): the cnht-directory/1
// shape plus status, visibility, the buyer's name and country and the concept each term maps to.

const TERM_KEY: Record<RequestTermKind, "processes" | "materials" | "products" | "requiredCertifications"> = {
  process: "processes",
  material: "materials",
  product: "products",
  certification: "requiredCertifications",
};

export interface RequestFilter {
  ref?: string;
  buyerOrgId?: number;
  status?: "open" | "closed";
  visibility?: "public" | "organisers";
}

/** Requests with their terms, in ref order. */
export async function loadRequests(db: Db, f: RequestFilter = {}): Promise<RequestView[]> {
  let q = db
    .selectFrom("sourcingRequests as r")
    .innerJoin("organisations as b", "b.id", "r.buyerOrgId")
    .leftJoin("buyerProfiles as bp", "bp.orgId", "r.buyerOrgId")
    .select([
      "bp.country as buyerCountry",
      "r.id",
      "r.ref",
      "r.buyerOrgId",
      "b.ref as buyerRef",
      "b.nameVi as buyerNameVi",
      "b.nameEn as buyerNameEn",
      "b.nameJa as buyerNameJa",
      "r.titleVi",
      "r.titleEn",
      "r.titleJa",
      "r.descriptionVi",
      "r.descriptionEn",
      "r.descriptionJa",
      "r.annualVolume",
      "r.targetDate",
      "r.status",
      "r.visibility",
      "r.createdAt",
      "r.updatedAt",
    ]);
  if (f.ref !== undefined) q = q.where("r.ref", "=", f.ref);
  if (f.buyerOrgId !== undefined) q = q.where("r.buyerOrgId", "=", f.buyerOrgId);
  if (f.status !== undefined) q = q.where("r.status", "=", f.status);
  if (f.visibility !== undefined) q = q.where("r.visibility", "=", f.visibility);
  const rows = await q.orderBy("r.ref").execute();
  if (!rows.length) return [];

  let tq = db.selectFrom("requestTerms").select(["requestId", "kind", "text", "conceptId"]);
  // A handful of requests: filter by id; the whole table otherwise (export).
  if (rows.length <= 500)
    tq = tq.where(
      "requestId",
      "in",
      rows.map((r) => r.id),
    );
  const terms = await tq.orderBy("requestId").orderBy("position").orderBy("id").execute();

  const views = new Map<number, RequestView>();
  for (const r of rows) {
    const v: RequestView = {
      ref: r.ref,
      buyer: r.buyerRef,
      title: textOf(r.titleVi, r.titleEn, r.titleJa) ?? {},
      processes: [],
      materials: [],
      products: [],
      requiredCertifications: [],
      id: r.id,
      buyerOrgId: r.buyerOrgId,
      buyerName: textOf(r.buyerNameVi, r.buyerNameEn, r.buyerNameJa) ?? {},
      buyerCountry: r.buyerCountry ?? null,
      status: r.status,
      visibility: r.visibility,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
      terms: [],
    };
    const description = textOf(r.descriptionVi, r.descriptionEn, r.descriptionJa);
    if (description) v.description = description;
    if (r.annualVolume !== null) v.annualVolume = r.annualVolume;
    if (r.targetDate !== null) v.targetDate = r.targetDate;
    views.set(r.id, v);
  }
  for (const t of terms) {
    const v = views.get(t.requestId);
    if (!v) continue;
    const term: RequestTermView = { kind: t.kind, text: t.text, conceptId: t.conceptId };
    v.terms.push(term);
    v[TERM_KEY[t.kind]]!.push(t.text);
  }
  return [...views.values()];
}

/** One request with its buyer's ref and name, terms, status and visibility; null when unknown. */
export async function getRequest(db: Db, ref: string): Promise<RequestView | null> {
  const [v] = await loadRequests(db, { ref });
  return v ?? null;
}

/** Requests of one buyer and/or in one status, in ref order. */
export async function listRequests(
  db: Db,
  f: { buyerOrgId?: number; status?: "open" | "closed"; visibility?: "public" | "organisers" } = {},
): Promise<RequestView[]> {
  return loadRequests(db, f);
}
