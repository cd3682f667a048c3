import type { Db } from "../connection";
import { participantsWithFixedTable } from "./meeting-parts";

/** Refs of the suppliers the public directory lists (active), optionally in one sector, in ref order. */
export async function publicSupplierRefs(db: Db, sector: string | null): Promise<string[]> {
  let q = db
    .selectFrom("organisations as o")
    .innerJoin("supplierProfiles as p", "p.orgId", "o.id")
    .where("o.kind", "=", "supplier")
    .where("o.status", "=", "active");
  if (sector) q = q.where("p.sector", "=", sector);
  return (await q.select("o.ref").orderBy("o.ref").execute()).map((r) => r.ref);
}

/** An event's registrations with the firm's contact person, for the organisers' file (issue 12 §3). */
export async function eventRegistrations(db: Db, eventId: number) {
  return participantsWithFixedTable(db)
    .select([
      "p.kind",
      "p.status",
      "p.arrivesAt",
      "p.leavesAt",
      "p.blockedSlots",
      "p.maxMeetings",
      "p.createdAt",
      "o.ref",
      "o.nameVi",
      "o.nameEn",
      "o.contactName",
      "o.contactEmail",
      "o.contactPhone",
      "t.name as fixedTable",
    ])
    .where("p.eventId", "=", eventId)
    .orderBy("p.kind")
    .orderBy("o.ref")
    .execute();
}
