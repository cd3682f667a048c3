import type { Db } from "../connection";
import { oneRowChanged } from "./count";
import type { KpiData } from "../../app/modules/programme/kpi";

// Rows the programme's figures are computed from (app/modules/programme/kpi.ts), and the targets.

export async function loadKpiData(db: Db): Promise<KpiData> {
  const [firms, certificates, held, sides, outcomes, supported] = await Promise.all([
    db
      .selectFrom("organisations as o")
      .leftJoin("supplierProfiles as p", "p.orgId", "o.id")
      .select(["o.id as orgId", "o.createdAt", "o.status", "p.sector"])
      .where("o.kind", "=", "supplier")
      .execute(),
    db
      .selectFrom("certifications as c")
      .innerJoin("organisations as o", "o.id", "c.orgId")
      .select(["c.orgId", "c.conceptId", "c.validUntil"])
      .where("o.kind", "=", "supplier")
      .execute(),
    db
      .selectFrom("meetingAttendance as a")
      .select(["a.meetingId", "a.recordedAt as heldAt"])
      .where("a.status", "=", "held")
      .execute(),
    db
      .selectFrom("meetingAttendance as a")
      .innerJoin("meetings as m", "m.id", "a.meetingId")
      .innerJoin("eventParticipants as ep", (j) =>
        j.on((eb) => eb.or([eb("ep.id", "=", eb.ref("m.aId")), eb("ep.id", "=", eb.ref("m.bId"))])),
      )
      .leftJoin("buyerProfiles as bp", "bp.orgId", "ep.orgId")
      .select(["a.meetingId", "ep.orgId", "ep.kind", "bp.country"])
      .where("a.status", "=", "held")
      .execute(),
    db.selectFrom("meetingOutcomes").select(["meetingId", "outcome", "recordedAt"]).execute(),
    db
      .selectFrom("schemeApplications as a")
      .innerJoin("supportSchemes as s", "s.id", "a.schemeId")
      .select(["a.orgId", "s.standard", "a.decidedAt"])
      .where("a.status", "=", "approved")
      .where("s.kind", "=", "management_system")
      .execute(),
  ]);
  const sidesOf = new Map<number, KpiData["meetings"][number]["sides"]>();
  for (const s of sides) {
    if (!sidesOf.has(s.meetingId)) sidesOf.set(s.meetingId, []);
    sidesOf.get(s.meetingId)!.push({ orgId: s.orgId, kind: s.kind, country: s.country });
  }
  return {
    firms,
    certificates,
    meetings: held.map((m) => ({ ...m, sides: sidesOf.get(m.meetingId) ?? [] })),
    outcomes,
    supported: supported.map((r) => ({ orgId: r.orgId, standard: r.standard, decidedAt: r.decidedAt ?? "" })),
  };
}

export async function listTargets(db: Db) {
  return await db
    .selectFrom("programmeTargets")
    .select(["year", "metric", "value", "updatedAt"])
    .orderBy("year")
    .orderBy("metric")
    .execute();
}

export async function getTarget(db: Db, year: number, metric: string) {
  return await db
    .selectFrom("programmeTargets")
    .select("value")
    .where("year", "=", year)
    .where("metric", "=", metric)
    .executeTakeFirst();
}

export async function setTarget(
  db: Db,
  t: { year: number; metric: string; value: number; userId: number | null },
) {
  await db
    .insertInto("programmeTargets")
    .values({ year: t.year, metric: t.metric, value: t.value, updatedBy: t.userId })
    .onConflict((oc) =>
      oc.columns(["year", "metric"]).doUpdateSet({
        value: t.value,
        updatedBy: t.userId,
        updatedAt: new Date().toISOString(),
      }),
    )
    .execute();
}

export async function deleteTarget(db: Db, year: number, metric: string) {
  return oneRowChanged(
    db.deleteFrom("programmeTargets").where("year", "=", year).where("metric", "=", metric),
  );
}

/** The public directory fields of the active supplier firms, for the open-data downloads. */
export async function publicDirectory(db: Db) {
  const firms = await db
    .selectFrom("organisations as o")
    .leftJoin("supplierProfiles as p", "p.orgId", "o.id")
    .select([
      "o.id",
      "o.ref",
      "o.nameVi",
      "o.nameEn",
      "o.website",
      "o.createdAt",
      "p.sector",
      "p.city",
      "p.industrialZone",
      "p.founded",
      "p.employees",
    ])
    .where("o.kind", "=", "supplier")
    .where("o.status", "=", "active")
    .orderBy("o.ref")
    .execute();
  const certs = await db
    .selectFrom("certifications as c")
    .innerJoin("organisations as o", "o.id", "c.orgId")
    .select(["c.orgId", "c.standard", "c.validUntil"])
    .where("o.kind", "=", "supplier")
    .orderBy("c.orgId")
    .orderBy("c.position")
    .execute();
  return { firms, certs };
}

export async function getEdition(db: Db, year: number) {
  return await db
    .selectFrom("publicationEditions")
    .select(["year", "snapshot", "frozenAt"])
    .where("year", "=", year)
    .executeTakeFirst();
}

/** Inserts the edition unless one exists (a frozen edition is never overwritten). */
export async function insertEdition(db: Db, e: { year: number; snapshot: string; userId: number | null }) {
  const r = await db
    .insertInto("publicationEditions")
    .values({ year: e.year, snapshot: e.snapshot, frozenBy: e.userId })
    .onConflict((oc) => oc.column("year").doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
}
