import { insertedId } from "../../helpers/db";
import type { Db } from "../../../db/connection";

// A small directory with a fair whose figures were worked out by hand (see the tests):
// suppliers S1 (mechanical, ISO 9001 + IATF), S2 (mechanical, ISO 9001 expiring 2026-06-30),
// S3 (electronics, RoHS only), S4 (suspended, ISO 9001); buyers JP (Japan) and VN (Viet Nam).
// Held meetings on 2026-03-10: JP–S1 (samples, then order), VN–S2 (quotation); JP–S3 was a no-show.
export async function programmeFixture(db: Db) {
  const org = async (ref: string, kind: "supplier" | "buyer", extra: { status?: "active" | "suspended"; createdAt?: string } = {}) =>
    insertedId(db, "organisations", { ref, kind, nameVi: `Công ty ${ref}`, nameEn: `${ref} Co.`, status: extra.status ?? "active", createdAt: extra.createdAt ?? "2025-01-15T00:00:00.000Z" });
  const s1 = await org("S1", "supplier");
  const s2 = await org("S2", "supplier");
  const s3 = await org("S3", "supplier", { createdAt: "2026-02-01T00:00:00.000Z" });
  const s4 = await org("S4", "supplier", { status: "suspended" });
  const jp = await org("BJP", "buyer");
  const vn = await org("BVN", "buyer");
  await db
    .insertInto("supplierProfiles")
    .values([
      { orgId: s1, sector: "mechanical" },
      { orgId: s2, sector: "mechanical" },
      { orgId: s3, sector: "electronics" },
      { orgId: s4, sector: "electronics" },
    ] as never)
    .execute();
  await db.insertInto("buyerProfiles").values([{ orgId: jp, country: "JP" }, { orgId: vn, country: "VN" }]).execute();
  await db
    .insertInto("certifications")
    .values([
      { orgId: s1, standard: "ISO 9001:2015", conceptId: "iso9001", validUntil: "2027-12-31" },
      { orgId: s1, standard: "IATF 16949", conceptId: "iatf16949", validUntil: "2027-12-31" },
      { orgId: s2, standard: "ISO 9001", conceptId: "iso9001", validUntil: "2026-06-30" },
      { orgId: s3, standard: "RoHS", conceptId: "rohs", validUntil: "2030-01-01" },
      { orgId: s4, standard: "ISO 9001", conceptId: "iso9001", validUntil: "2030-01-01" },
    ])
    .execute();
  const ev = await insertedId(db, "events", { nameVi: "Hội chợ 2026", dayStart: "08:00", dayEnd: "17:00", meetingMinutes: 20 });
  const part = async (orgId: number, kind: "buyer" | "supplier") =>
    insertedId(db, "eventParticipants", { eventId: ev, orgId, kind, status: "approved" });
  const [pS1, pS2, pS3, pJP, pVN] = [await part(s1, "supplier"), await part(s2, "supplier"), await part(s3, "supplier"), await part(jp, "buyer"), await part(vn, "buyer")];
  const meeting = async (a: number, b: number) =>
    insertedId(db, "meetings", { eventId: ev, aId: Math.min(a, b), bId: Math.max(a, b), source: "request", weight: 3 });
  const m1 = await meeting(pJP, pS1);
  const m2 = await meeting(pS2, pVN);
  const m3 = await meeting(pJP, pS3);
  const at = "2026-03-10T02:00:00.000Z";
  await db
    .insertInto("meetingAttendance")
    .values([
      { meetingId: m1, eventId: ev, status: "held", via: "qr", recordedAt: at },
      { meetingId: m2, eventId: ev, status: "held", via: "button", recordedAt: at },
      { meetingId: m3, eventId: ev, status: "no_show", absentParticipantId: pS3, via: "button", recordedAt: at },
    ])
    .execute();
  await db
    .insertInto("meetingOutcomes")
    .values([
      { meetingId: m1, participantId: pJP, outcome: "samples_requested", recordedAt: "2026-03-11T00:00:00.000Z" },
      { meetingId: m1, participantId: pS1, outcome: "order_placed", recordedAt: "2026-04-01T00:00:00.000Z" },
      { meetingId: m2, participantId: pVN, outcome: "quotation_requested", recordedAt: "2026-03-12T00:00:00.000Z" },
    ])
    .execute();
  return { s1, s2, s3, s4, jp, vn, ev };
}
