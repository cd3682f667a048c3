import { sql, type Insertable, type Updateable } from "kysely";
import type { Db } from "../connection";
import type { MeetingsTable } from "../schema";
import type { RequestStatus } from "../../app/modules/events/requests";
import { countRows } from "./count";
import { requestsWithSideOrgs } from "./meeting-parts";

// Meeting requests and the draft meeting of each pair: rows in, rows out. The fair's rules that
// decide what to read and write (who may meet whom, the state machine, caps, weights) are applied
// by app/services/events/requests.server.ts, inside one write transaction.

const NOW = sql<string>`strftime('%Y-%m-%dT%H:%M:%fZ','now')`;

/**
 * Pending requests of events whose deadline has passed become expired. Called at the start of
 * every read and write of an event's requests (lazy), and by the sweep (eventId omitted).
 */
export async function expireDue(db: Db, now: Date, eventId?: number): Promise<number> {
  let q = db
    .updateTable("meetingRequests")
    .set({ status: "expired", updatedAt: NOW })
    .where("status", "=", "pending")
    .where("eventId", "in", (eb) =>
      eb
        .selectFrom("events")
        .select("id")
        .where("requestDeadline", "is not", null)
        .where("requestDeadline", "<=", now.toISOString()),
    );
  if (eventId !== undefined) q = q.where("eventId", "=", eventId);
  const r = await q.executeTakeFirst();
  return Number(r.numUpdatedRows);
}

/** The event's request settings and the given participants of it (any status). */
export async function pairRows(tx: Db, eventId: number, participantIds: number[]) {
  const ev = await tx
    .selectFrom("events")
    .select([
      "id",
      "status",
      "requestDeadline",
      "allowBuyerBuyer",
      "allowSupplierSupplier",
      "buyerMaxOpenRequests",
      "supplierMaxOpenRequests",
    ])
    .where("id", "=", eventId)
    .executeTakeFirst();
  const people = await tx
    .selectFrom("eventParticipants")
    .select(["id", "kind", "status"])
    .where("eventId", "=", eventId)
    .where("id", "in", participantIds)
    .execute();
  return { ev, people };
}

/** Pending or accepted requests between two participants, in either direction. */
export function liveRequestsBetween(tx: Db, eventId: number, a: number, b: number) {
  return tx
    .selectFrom("meetingRequests")
    .select(["id", "fromId", "status"])
    .where("eventId", "=", eventId)
    .where("status", "in", ["pending", "accepted"])
    .where((eb) =>
      eb.or([
        eb.and([eb("fromId", "=", a), eb("toId", "=", b)]),
        eb.and([eb("fromId", "=", b), eb("toId", "=", a)]),
      ]),
    )
    .execute();
}

export async function markRequestAccepted(tx: Db, id: number): Promise<void> {
  await tx
    .updateTable("meetingRequests")
    .set({ status: "accepted", respondedAt: NOW, updatedAt: NOW })
    .where("id", "=", id)
    .execute();
}

/** How many requests a participant has sent that still wait for an answer. */
export async function pendingSentCount(tx: Db, eventId: number, fromId: number): Promise<number> {
  return countRows(
    tx
      .selectFrom("meetingRequests")
      .where("eventId", "=", eventId)
      .where("fromId", "=", fromId)
      .where("status", "=", "pending"),
  );
}

/** A new request; `answered` stamps it as answered now (a request that meets one already made). */
export async function insertMeetingRequest(
  tx: Db,
  r: {
    eventId: number;
    fromId: number;
    toId: number;
    message: string | null;
    status: RequestStatus;
    createdBy: number | null;
    answered: boolean;
  },
): Promise<number> {
  const { answered, ...values } = r;
  const { id } = await tx
    .insertInto("meetingRequests")
    .values({ ...values, respondedAt: answered ? NOW : null })
    .returning("id")
    .executeTakeFirstOrThrow();
  return id;
}

export async function meetingRequestEventId(tx: Db, id: number): Promise<number | undefined> {
  const r = await tx
    .selectFrom("meetingRequests")
    .select(["eventId"])
    .where("id", "=", id)
    .executeTakeFirst();
  return r?.eventId;
}

export function meetingRequestById(tx: Db, id: number) {
  return tx.selectFrom("meetingRequests").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
}

/** A request's new status; `answered` stamps the answer's time (the recipient answered now). */
export async function setMeetingRequestStatus(
  tx: Db,
  id: number,
  v: { status: RequestStatus; declineReason: string | null; cancelReason: string | null; answered: boolean },
): Promise<void> {
  await tx
    .updateTable("meetingRequests")
    .set({
      status: v.status,
      declineReason: v.declineReason,
      ...(v.cancelReason ? { cancelReason: v.cancelReason } : {}),
      ...(v.answered ? { respondedAt: NOW } : {}),
      updatedAt: NOW,
    })
    .where("id", "=", id)
    .execute();
}

/** Accepted requests between a pair (aId < bId), in either direction: 0, 1 or 2. */
export async function acceptedCountBetween(
  tx: Db,
  eventId: number,
  aId: number,
  bId: number,
): Promise<number> {
  const accepted = await tx
    .selectFrom("meetingRequests")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("eventId", "=", eventId)
    .where("status", "=", "accepted")
    .where((eb) =>
      eb.or([
        eb.and([eb("fromId", "=", aId), eb("toId", "=", bId)]),
        eb.and([eb("fromId", "=", bId), eb("toId", "=", aId)]),
      ]),
    )
    .executeTakeFirstOrThrow();
  return Number(accepted.n);
}

/** The pair's draft meeting (aId < bId), if any. */
export function pairMeeting(tx: Db, eventId: number, aId: number, bId: number) {
  return tx
    .selectFrom("meetings")
    .select(["id", "source", "status"])
    .where("eventId", "=", eventId)
    .where("aId", "=", aId)
    .where("bId", "=", bId)
    .executeTakeFirst();
}

export async function insertMeeting(tx: Db, m: Insertable<MeetingsTable>): Promise<number> {
  const { id } = await tx.insertInto("meetings").values(m).returning("id").executeTakeFirstOrThrow();
  return id;
}

export async function updateMeeting(tx: Db, id: number, set: Updateable<MeetingsTable>): Promise<void> {
  await tx
    .updateTable("meetings")
    .set({ ...set, updatedAt: NOW })
    .where("id", "=", id)
    .execute();
}

/** Requests a participant sent and received (both sides' names), with counters per status. */
export async function requestsOf(db: Db, eventId: number, participantId: number, now = new Date()) {
  await expireDue(db, now, eventId);
  const rows = await requestsWithSideOrgs(db)
    .select([
      "r.id",
      "r.fromId",
      "r.toId",
      "r.message",
      "r.status",
      "r.declineReason",
      "r.cancelReason",
      "r.createdAt",
      "r.respondedAt",
      "pf.kind as fromKind",
      "of.ref as fromRef",
      "of.nameVi as fromNameVi",
      "of.nameEn as fromNameEn",
      "pt.kind as toKind",
      "ot.ref as toRef",
      "ot.nameVi as toNameVi",
      "ot.nameEn as toNameEn",
    ])
    .where("r.eventId", "=", eventId)
    .where((eb) => eb.or([eb("r.fromId", "=", participantId), eb("r.toId", "=", participantId)]))
    .orderBy("r.createdAt", "desc")
    .orderBy("r.id", "desc")
    .execute();
  const sent = rows.filter((r) => r.fromId === participantId);
  const received = rows.filter((r) => r.toId === participantId);
  const count = (list: typeof rows) => {
    const c: Record<RequestStatus, number> = {
      pending: 0,
      accepted: 0,
      declined: 0,
      cancelled: 0,
      expired: 0,
    };
    for (const r of list) c[r.status]++;
    return c;
  };
  return { sent, received, counts: { sent: count(sent), received: count(received) } };
}

/** Request figures of a whole event (for the organiser's overview and report). */
export async function requestCounts(db: Db, eventId: number, now = new Date()) {
  await expireDue(db, now, eventId);
  const rows = await db
    .selectFrom("meetingRequests")
    .select(["status", (eb) => eb.fn.countAll<number>().as("n")])
    .where("eventId", "=", eventId)
    .groupBy("status")
    .execute();
  const c: Record<RequestStatus, number> = { pending: 0, accepted: 0, declined: 0, cancelled: 0, expired: 0 };
  for (const r of rows) c[r.status] = Number(r.n);
  return c;
}
