import type { Db } from "../connection";
import type { MatchDismissalsTable } from "../schema";

// The organisers' report on buyers' "not relevant" verdicts (match_dismissals): why suggestions
// miss, on which requests, and which suppliers are most often turned down. A restored supplier
// has no row any more, so every figure counts only verdicts that still stand.

export type DismissalReason = MatchDismissalsTable["reason"];
/** Who gave a verdict (decision 703): the figures measure the buyers'; the organisers' are apart. */
export type VerdictSide = "buyer" | "organiser";
export type ReasonCounts = Partial<Record<DismissalReason, number>>;

export interface LocalNames {
  vi: string | null;
  en: string | null;
  ja: string | null;
}

export interface RequestDismissals {
  ref: string;
  title: LocalNames;
  buyerRef: string;
  buyerName: LocalNames;
  total: number;
  reasons: ReasonCounts;
}

export interface SupplierDismissals {
  ref: string;
  name: LocalNames;
  total: number;
  /** On how many distinct requests the supplier was turned down. */
  requests: number;
  reasons: ReasonCounts;
}

/** Standing verdicts per reason and side. */
export async function dismissalsByReason(
  db: Db,
): Promise<{ reason: DismissalReason; givenBy: VerdictSide; n: number }[]> {
  const rows = await db
    .selectFrom("matchDismissals")
    .select((eb) => ["reason", "givenBy", eb.fn.countAll<number>().as("n")])
    .groupBy(["reason", "givenBy"])
    .execute();
  return rows.map((r) => ({ reason: r.reason, givenBy: r.givenBy, n: Number(r.n) }));
}

/** Verdicts (d) with the request they were given on (r) and the buyer who posted it (b). */
function allVerdictsOnRequests(db: Db) {
  return db
    .selectFrom("matchDismissals as d")
    .innerJoin("sourcingRequests as r", "r.id", "d.requestId")
    .innerJoin("organisations as b", "b.id", "r.buyerOrgId");
}

/** The buyers' own verdicts only: what the figures by request measure (decision 703). */
function verdictsOnRequests(db: Db) {
  return allVerdictsOnRequests(db).where("d.givenBy", "=", "buyer");
}

/** Requests with the most dismissals first (ties by ref), each with its count per reason. */
export async function dismissalsByRequest(db: Db, limit: number): Promise<RequestDismissals[]> {
  const rows = await verdictsOnRequests(db)
    .select((eb) => [
      "r.ref",
      "r.titleVi",
      "r.titleEn",
      "r.titleJa",
      "b.ref as buyerRef",
      "b.nameVi",
      "b.nameEn",
      "b.nameJa",
      "d.reason",
      eb.fn.countAll<number>().as("n"),
    ])
    // b.id too: PostgreSQL allows the buyer's columns only when grouped by its key.
    .groupBy(["r.id", "b.id", "d.reason"])
    .execute();
  return tallyByRef(rows, limit, (r) => ({
    ref: r.ref,
    title: { vi: r.titleVi, en: r.titleEn, ja: r.titleJa },
    buyerRef: r.buyerRef,
    buyerName: { vi: r.nameVi, en: r.nameEn, ja: r.nameJa },
    total: 0,
    reasons: {},
  }));
}

/** Suppliers turned down most often first (ties by ref), each with its count per reason. */
export async function mostDismissedSuppliers(db: Db, limit: number): Promise<SupplierDismissals[]> {
  const rows = await db
    .selectFrom("matchDismissals as d")
    .innerJoin("organisations as s", "s.id", "d.supplierOrgId")
    .where("d.givenBy", "=", "buyer")
    .select((eb) => [
      "s.ref",
      "s.nameVi",
      "s.nameEn",
      "s.nameJa",
      "d.reason",
      eb.fn.countAll<number>().as("n"),
      eb.fn.count<number>("d.requestId").distinct().as("requests"),
    ])
    .groupBy(["s.id", "d.reason"])
    .execute();
  // A (request, supplier) pair is unique, so per supplier the requests of its reasons never overlap.
  return tallyByRef(
    rows,
    limit,
    (r) => ({
      ref: r.ref,
      name: { vi: r.nameVi, en: r.nameEn, ja: r.nameJa },
      total: 0,
      requests: 0,
      reasons: {},
    }),
    (o, r) => (o.requests += Number(r.requests)),
  );
}

/**
 * Folds rows grouped by (thing, reason) into one entry per thing, with its count per reason and
 * total, then keeps the `limit` most turned down (ties by ref).
 */
function tallyByRef<
  R extends { ref: string; reason: DismissalReason; n: number },
  T extends { ref: string; total: number; reasons: ReasonCounts },
>(rows: R[], limit: number, start: (r: R) => T, add?: (o: T, r: R) => void): T[] {
  const byRef = new Map<string, T>();
  for (const r of rows) {
    let o = byRef.get(r.ref);
    if (!o) byRef.set(r.ref, (o = start(r)));
    o.total += Number(r.n);
    o.reasons[r.reason] = Number(r.n);
    add?.(o, r);
  }
  return [...byRef.values()].sort((a, b) => b.total - a.total || a.ref.localeCompare(b.ref)).slice(0, limit);
}

/** Every standing verdict of either side, newest first: the rows of the CSV export. */
export async function listDismissals(db: Db) {
  return allVerdictsOnRequests(db)
    .innerJoin("organisations as s", "s.id", "d.supplierOrgId")
    .select([
      "d.createdAt",
      "r.ref as requestRef",
      "r.titleVi",
      "r.titleEn",
      "r.titleJa",
      "b.ref as buyerRef",
      "b.nameVi as buyerNameVi",
      "b.nameEn as buyerNameEn",
      "b.nameJa as buyerNameJa",
      "s.ref as supplierRef",
      "s.nameVi as supplierNameVi",
      "s.nameEn as supplierNameEn",
      "s.nameJa as supplierNameJa",
      "d.reason",
      "d.note",
      "d.score",
      "d.givenBy",
    ])
    .orderBy("d.createdAt", "desc")
    .orderBy("d.id", "desc")
    .execute();
}

// ---- one request's verdicts (the buyer's match page) ---------------------------------------

export interface NewDismissal {
  requestId: number;
  supplierOrgId: number;
  reason: DismissalReason;
  note: string | null;
  score: number | null;
  userId: number | null;
  givenBy: VerdictSide;
}

/**
 * Records one side's verdict on a supplier; that side's second verdict on the same pair replaces
 * its first, and never the other side's (decision 703).
 */
export async function upsertDismissal(db: Db, d: NewDismissal) {
  await db
    .insertInto("matchDismissals")
    .values({
      requestId: d.requestId,
      supplierOrgId: d.supplierOrgId,
      reason: d.reason,
      note: d.note,
      score: d.score,
      createdBy: d.userId,
      givenBy: d.givenBy,
    })
    .onConflict((oc) =>
      oc
        .columns(["requestId", "supplierOrgId", "givenBy"])
        .doUpdateSet({ reason: d.reason, note: d.note, createdBy: d.userId }),
    )
    .execute();
}

/** Takes back one side's verdict; the other side's stands. */
export async function deleteDismissal(
  db: Db,
  requestId: number,
  supplierOrgId: number,
  givenBy: VerdictSide,
) {
  await db
    .deleteFrom("matchDismissals")
    .where("requestId", "=", requestId)
    .where("supplierOrgId", "=", supplierOrgId)
    .where("givenBy", "=", givenBy)
    .execute();
}

/** The request's verdicts of both sides with the supplier's names, newest first. */
export async function dismissalsOfRequest(db: Db, requestId: number) {
  return db
    .selectFrom("matchDismissals as d")
    .innerJoin("organisations as o", "o.id", "d.supplierOrgId")
    .where("d.requestId", "=", requestId)
    .select([
      "d.supplierOrgId",
      "d.reason",
      "d.note",
      "d.givenBy",
      "d.createdAt",
      "o.ref",
      "o.nameVi",
      "o.nameEn",
    ])
    .orderBy("d.createdAt", "desc")
    .execute();
}

/** The organisation ids of the suppliers one side turned down on the request. */
export async function dismissedSupplierIds(
  db: Db,
  requestId: number,
  givenBy: VerdictSide,
): Promise<Set<number>> {
  const rows = await db
    .selectFrom("matchDismissals")
    .select("supplierOrgId")
    .where("requestId", "=", requestId)
    .where("givenBy", "=", givenBy)
    .execute();
  return new Set(rows.map((d) => d.supplierOrgId));
}
