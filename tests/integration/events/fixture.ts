import { freshDb } from "../../helpers/db";
import type { Db } from "../../../db/connection";
import { createEvent, type EventInput } from "../../../db/queries/events";
import { registerParticipant, setParticipantStatus } from "../../../db/queries/events-participants";

// A small event on a fresh database: buyers B1…, suppliers S1…, registered and (unless told
// otherwise) approved. Times are far in the future so that deadlines are set per test.

export const BASE: EventInput = {
  nameVi: "Phiên kết nối thử",
  nameEn: "Test session",
  venue: null,
  status: "open",
  days: ["2027-03-10"],
  dayStart: "09:00",
  dayEnd: "11:00",
  breaks: [],
  meetingMinutes: 20,
  changeoverMinutes: 5,
  tableNames: ["A", "B", "C"],
  allowBuyerBuyer: false,
  allowSupplierSupplier: false,
  buyerMaxMeetings: null,
  supplierMaxMeetings: null,
  buyerMaxOpenRequests: null,
  supplierMaxOpenRequests: null,
  registrationOpensAt: null,
  registrationClosesAt: null,
  requestDeadline: null,
};

export async function eventFixture(
  opts: { buyers?: number; suppliers?: number; event?: Partial<EventInput>; unapproved?: string[] } = {},
) {
  const t = await freshDb();
  const db: Db = t.db;
  const eventId = await createEvent(db, { ...BASE, ...opts.event }, null);
  const p: Record<string, number> = {};
  const org: Record<string, number> = {};
  const add = async (ref: string, kind: "buyer" | "supplier") => {
    const { id } = await db
      .insertInto("organisations")
      .values({ ref, kind, nameVi: `Công ty ${ref}` })
      .returning("id")
      .executeTakeFirstOrThrow();
    org[ref] = id;
    p[ref] = await registerParticipant(db, { eventId, orgId: id, userId: null, note: null });
    if (!opts.unapproved?.includes(ref)) await setParticipantStatus(db, p[ref], "approved", null);
  };
  for (let i = 1; i <= (opts.buyers ?? 2); i++) await add(`B${i}`, "buyer");
  for (let i = 1; i <= (opts.suppliers ?? 3); i++) await add(`S${i}`, "supplier");
  return { ...t, db, eventId, p, org };
}
