import { sql } from "kysely";
import type { Db } from "../connection";
import { bumpDraft } from "./events";
import { writeTx } from "./events-tx";
import { cancelMeetings, participantsWithFixedTable, participantsWithOrg } from "./meeting-parts";

// Registrations of organisations to an event, the organiser's approval, and per-participant
// availability / fixed table. Unapproved participants are invisible to other participants and
// cannot send or receive requests or be scheduled: every participant-facing read filters on
// status = 'approved'.

export type ParticipantStatus = "pending" | "approved" | "rejected" | "withdrawn";
const NOW = sql<string>`strftime('%Y-%m-%dT%H:%M:%fZ','now')`;

export class RegistrationError extends Error {
  constructor(
    readonly code: "closed" | "wrong_kind" | "already" | "not_found",
    message: string,
  ) {
    super(message);
    this.name = "RegistrationError";
  }
}

/**
 * Registers the organisation (as a buyer or supplier, its own kind) while the registration window
 * is open. Registering again after a withdrawal reopens the same row as pending.
 */
export async function registerParticipant(
  db: Db,
  input: { eventId: number; orgId: number; userId: number | null; note: string | null; now?: Date },
): Promise<number> {
  const now = (input.now ?? new Date()).toISOString();
  return writeTx(db, async (tx) => {
    const ev = await tx
      .selectFrom("events")
      .select(["status", "registrationOpensAt", "registrationClosesAt"])
      .where("id", "=", input.eventId)
      .executeTakeFirst();
    if (!ev) throw new RegistrationError("not_found", "No such event.");
    if (ev.status !== "open")
      throw new RegistrationError("closed", "This event does not take registrations now.");
    if (ev.registrationOpensAt && now < ev.registrationOpensAt)
      throw new RegistrationError("closed", "Registration has not opened yet.");
    if (ev.registrationClosesAt && now >= ev.registrationClosesAt)
      throw new RegistrationError("closed", "Registration has closed.");
    const org = await tx
      .selectFrom("organisations")
      .select(["kind"])
      .where("id", "=", input.orgId)
      .executeTakeFirst();
    if (!org || (org.kind !== "buyer" && org.kind !== "supplier"))
      throw new RegistrationError("wrong_kind", "Only buyer and supplier organisations take part in a fair.");
    const existing = await tx
      .selectFrom("eventParticipants")
      .select(["id", "status"])
      .where("eventId", "=", input.eventId)
      .where("orgId", "=", input.orgId)
      .executeTakeFirst();
    if (existing) {
      if (existing.status !== "withdrawn")
        throw new RegistrationError("already", "Your organisation is already registered.");
      await tx
        .updateTable("eventParticipants")
        .set({
          status: "pending",
          note: input.note,
          registeredBy: input.userId,
          approvedAt: null,
          approvedBy: null,
          updatedAt: NOW,
        })
        .where("id", "=", existing.id)
        .execute();
      return existing.id;
    }
    const { id } = await tx
      .insertInto("eventParticipants")
      .values({
        eventId: input.eventId,
        orgId: input.orgId,
        kind: org.kind,
        note: input.note,
        registeredBy: input.userId,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    return id;
  });
}

/**
 * Approves, rejects or withdraws a participant. Leaving 'approved' cancels the participant's live
 * requests and meetings: an invisible participant must not keep a place in anyone's plan.
 */
export async function setParticipantStatus(
  db: Db,
  participantId: number,
  status: ParticipantStatus,
  userId: number | null,
): Promise<void> {
  await writeTx(db, async (tx) => {
    const p = await tx
      .selectFrom("eventParticipants")
      .select(["eventId", "status"])
      .where("id", "=", participantId)
      .executeTakeFirst();
    if (!p) throw new RegistrationError("not_found", "No such participant.");
    await tx
      .updateTable("eventParticipants")
      .set({
        status,
        approvedAt: status === "approved" ? NOW : null,
        approvedBy: status === "approved" ? userId : null,
        updatedAt: NOW,
      })
      .where("id", "=", participantId)
      .execute();
    if (p.status === "approved" && status !== "approved") {
      await tx
        .updateTable("meetingRequests")
        .set({ status: "cancelled", updatedAt: NOW })
        .where("eventId", "=", p.eventId)
        .where((eb) => eb.or([eb("fromId", "=", participantId), eb("toId", "=", participantId)]))
        .where("status", "in", ["pending", "accepted"])
        .execute();
      await cancelMeetings(tx, "a participant is no longer approved")
        .where("eventId", "=", p.eventId)
        .where((eb) => eb.or([eb("aId", "=", participantId), eb("bId", "=", participantId)]))
        .where("status", "=", "active")
        .execute();
      await bumpDraft(tx, p.eventId);
    }
  });
}

export interface AvailabilityInput {
  arrivesAt: string | null;
  leavesAt: string | null;
  blockedSlots: string[];
  fixedTableId: number | null;
  maxMeetings: number | null;
}

export async function setAvailability(db: Db, participantId: number, a: AvailabilityInput): Promise<void> {
  await writeTx(db, async (tx) => {
    const p = await tx
      .selectFrom("eventParticipants")
      .select(["eventId"])
      .where("id", "=", participantId)
      .executeTakeFirst();
    if (!p) throw new RegistrationError("not_found", "No such participant.");
    if (a.fixedTableId !== null) {
      const t = await tx
        .selectFrom("eventTables")
        .select("id")
        .where("id", "=", a.fixedTableId)
        .where("eventId", "=", p.eventId)
        .executeTakeFirst();
      if (!t) throw new RegistrationError("not_found", "No such table at this event.");
    }
    await tx
      .updateTable("eventParticipants")
      .set({
        arrivesAt: a.arrivesAt,
        leavesAt: a.leavesAt,
        blockedSlots: JSON.stringify(a.blockedSlots),
        fixedTableId: a.fixedTableId,
        maxMeetings: a.maxMeetings,
        updatedAt: NOW,
      })
      .where("id", "=", participantId)
      .execute();
    await bumpDraft(tx, p.eventId);
  });
}

/** Participants with their organisation, for the organiser (any status) or others (approved only). */
export async function listParticipants(
  db: Db,
  eventId: number,
  opts: { status?: ParticipantStatus; kind?: "buyer" | "supplier" } = {},
) {
  let q = participantsWithFixedTable(db)
    .select([
      "p.id",
      "p.orgId",
      "p.kind",
      "p.status",
      "p.note",
      "p.arrivesAt",
      "p.leavesAt",
      "p.blockedSlots",
      "p.fixedTableId",
      "p.maxMeetings",
      "p.createdAt",
      "o.ref",
      "o.nameVi",
      "o.nameEn",
      "t.code as fixedTableCode",
    ])
    .where("p.eventId", "=", eventId);
  if (opts.status) q = q.where("p.status", "=", opts.status);
  if (opts.kind) q = q.where("p.kind", "=", opts.kind);
  return q.orderBy("p.kind").orderBy("o.ref").execute();
}

/** A participant's own columns with its organisation's ref and names. */
const participantNamed = (db: Db) =>
  participantsWithOrg(db).selectAll("p").select(["o.ref", "o.nameVi", "o.nameEn"]);

export async function getParticipant(db: Db, participantId: number) {
  return participantNamed(db).where("p.id", "=", participantId).executeTakeFirst();
}

/** The organisation's participation in the event (any status), or undefined. */
export async function participantOfOrg(db: Db, eventId: number, orgId: number) {
  return participantNamed(db)
    .where("p.eventId", "=", eventId)
    .where("p.orgId", "=", orgId)
    .executeTakeFirst();
}
