import { sql } from "kysely";
import type { Db } from "../connection";
import type { EventSchedulingData, Placement } from "../../app/modules/events/instance";
import { countRows, oneRowChanged } from "./count";
import { bumpDraft, draftRevision, slotsOf, tablesOf } from "./events";
import { isConstraintError, writeTx } from "./events-tx";
import { meetingsWithSides, participantsWithOrg, publishedMeetingsWithSides } from "./meeting-parts";

// The draft schedule's rows (what generation reads and writes, hand moves) and its numbered
// publications. Generation itself — running the scheduler — lives in
// app/services/events/schedule.server.ts: these functions only read and write rows.
// A plan is written only if the draft's revision is unchanged since it was read — otherwise a
// hand move or an accepted request would be silently overwritten.
// Publishing is a compare-and-set on events.published_version: of two organisers publishing
// the same version at once, one wins and the other is told so.

const NOW = sql<string>`strftime('%Y-%m-%dT%H:%M:%fZ','now')`;

/** Who meets whom, as every schedule read shows it (joins pa/oa and pb/ob). */
const BOTH_SIDES = [
  "pa.id as aId",
  "pa.kind as aKind",
  "oa.ref as aRef",
  "oa.nameVi as aNameVi",
  "oa.nameEn as aNameEn",
  "pb.id as bId",
  "pb.kind as bKind",
  "ob.ref as bRef",
  "ob.nameVi as bNameVi",
  "ob.nameEn as bNameEn",
] as const;

/** Participants (p) with their firm's ref and what decides when and where they can meet. */
function participantsWithAvailability(db: Db) {
  return participantsWithOrg(db).select([
    "p.id",
    "o.ref",
    "p.kind",
    "p.arrivesAt",
    "p.leavesAt",
    "p.blockedSlots",
    "p.fixedTableId",
    "p.maxMeetings",
  ]);
}

export class ScheduleConflictError extends Error {
  constructor(
    readonly code:
      | "draft_changed"
      | "already_published"
      | "slot_taken"
      | "table_taken"
      | "participant_busy"
      | "not_available"
      | "fixed_table"
      | "limit"
      | "not_found",
    message: string,
    /**
     * What the refusal is about, by id, so that pages can name the participant, the slot's day
     * and time and the table in the reader's language instead of showing codes (issue 13).
     */
    readonly details: { participantId?: number; slotId?: number; tableId?: number; limit?: number } = {},
  ) {
    super(message);
    this.name = "ScheduleConflictError";
  }
}

/** Approved participants, their active meetings, slots and tables: what the scheduler needs. */
export async function loadSchedulingData(
  db: Db,
  eventId: number,
): Promise<EventSchedulingData & { revision: number }> {
  const ev = await db
    .selectFrom("events")
    .select(["nameVi", "draftRevision", "buyerMaxMeetings", "supplierMaxMeetings"])
    .where("id", "=", eventId)
    .executeTakeFirst();
  if (!ev) throw new ScheduleConflictError("not_found", "No such event.");
  const [slots, tables, people, meetings] = await Promise.all([
    slotsOf(db, eventId).select(["id", "code", "startsAt", "minutes"]).execute(),
    tablesOf(db, eventId).select(["id", "code"]).execute(),
    participantsWithAvailability(db)
      .where("p.eventId", "=", eventId)
      .where("p.status", "=", "approved")
      .orderBy("o.ref")
      .execute(),
    db
      .selectFrom("meetings as m")
      .innerJoin("eventParticipants as a", "a.id", "m.aId")
      .innerJoin("eventParticipants as b", "b.id", "m.bId")
      .select(["m.id", "m.aId", "m.bId", "m.weight", "m.slotId", "m.tableId"])
      .where("m.eventId", "=", eventId)
      .where("m.status", "=", "active")
      .where("a.status", "=", "approved")
      .where("b.status", "=", "approved")
      .orderBy("m.id")
      .execute(),
  ]);
  return {
    name: ev.nameVi,
    revision: ev.draftRevision,
    slots,
    tables,
    participants: people.map((p) => ({ ...p, blockedSlots: JSON.parse(p.blockedSlots) as string[] })),
    meetings,
    limits: { buyer: ev.buyerMaxMeetings, supplier: ev.supplierMaxMeetings },
  };
}

/**
 * Replaces the portal's suggestions in the draft: unplaced suggestion meetings go, and the given
 * pairs (participant ids) come in with weight 1 unless the pair already has a meeting row.
 */
async function replaceSuggestions(
  tx: Db,
  eventId: number,
  pairs: { aId: number; bId: number }[],
  userId: number | null,
) {
  await tx.deleteFrom("meetings").where("eventId", "=", eventId).where("source", "=", "suggestion").execute();
  const existing = new Set(
    (await tx.selectFrom("meetings").select(["aId", "bId"]).where("eventId", "=", eventId).execute()).map(
      (m) => `${m.aId}:${m.bId}`,
    ),
  );
  const rows = [];
  for (const p of pairs) {
    const [aId, bId] = p.aId < p.bId ? [p.aId, p.bId] : [p.bId, p.aId];
    if (aId === bId || existing.has(`${aId}:${bId}`)) continue;
    existing.add(`${aId}:${bId}`);
    rows.push({ eventId, aId, bId, source: "suggestion" as const, weight: 1, createdBy: userId });
  }
  for (let i = 0; i < rows.length; i += 200)
    await tx
      .insertInto("meetings")
      .values(rows.slice(i, i + 200))
      .execute();
}

/**
 * The first step of a full run: the portal's suggestions are replaced and the draft's revision
 * bumped, in one transaction, before the scheduler reads the draft.
 */
export async function prepareFullRun(
  db: Db,
  eventId: number,
  suggestions: { aId: number; bId: number }[],
  userId: number | null,
): Promise<void> {
  await writeTx(db, async (tx) => {
    await replaceSuggestions(tx, eventId, suggestions, userId);
    await bumpDraft(tx, eventId);
  });
}

/** One row of schedule_runs, as the caller measured it. */
export interface RunRow {
  eventId: number;
  mode: "full" | "unscheduled";
  seed: number;
  includeSuggestions: boolean;
  meetings: number;
  placed: number;
  unscheduled: number;
  durationMs: number;
  userId: number | null;
  /** Null for a partial run: its bound is of the meetings it placed, not of the plan. */
  weight: number | null;
  weightBound: number | null;
  optimal: boolean | null;
}

/**
 * Writes a computed plan if the draft is still at `revision` (else `draft_changed`): a full run
 * first takes every meeting out of the plan, then the placements are written, the revision
 * bumped and the run recorded. Returns the run's id.
 */
export async function savePlan(
  db: Db,
  input: { revision: number; clearPlaced: boolean; placements: Placement[]; run: RunRow },
): Promise<number> {
  const { eventId } = input.run;
  return writeTx(db, async (tx) => {
    if ((await draftRevision(tx, eventId)) !== input.revision)
      throw new ScheduleConflictError(
        "draft_changed",
        "The draft changed while the schedule was being generated (a meeting was moved or a request answered); generate again.",
      );
    if (input.clearPlaced)
      await tx
        .updateTable("meetings")
        .set({ slotId: null, tableId: null, movedByHand: 0 })
        .where("eventId", "=", eventId)
        .where("slotId", "is not", null)
        .execute();
    await applyPlacements(tx, input.placements);
    await bumpDraft(tx, eventId);
    const r = input.run;
    const { id } = await tx
      .insertInto("scheduleRuns")
      .values({
        eventId,
        mode: r.mode,
        seed: r.seed,
        includeSuggestions: r.includeSuggestions ? 1 : 0,
        meetings: r.meetings,
        placed: r.placed,
        unscheduled: r.unscheduled,
        durationMs: r.durationMs,
        createdBy: r.userId,
        weight: r.weight,
        weightBound: r.weightBound,
        optimal: r.optimal === null ? null : r.optimal ? 1 : 0,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    return id;
  });
}

async function applyPlacements(tx: Db, placements: Placement[]) {
  for (const p of placements)
    await tx
      .updateTable("meetings")
      .set({ slotId: p.slotId, tableId: p.tableId, unscheduledReason: p.reason, updatedAt: NOW })
      .where("id", "=", p.meetingId)
      .execute();
}

/**
 * Moves one draft meeting by hand to (slot, table), or out of the plan with slot = null.
 * Availability, fixed tables and limits are checked here; double booking is refused by the
 * database's UNIQUE constraints even when two organisers move at the same moment.
 */
export async function moveMeeting(
  db: Db,
  input: { meetingId: number; slotId: number | null; tableId: number | null; userId: number | null },
): Promise<void> {
  await writeTx(db, async (tx) => {
    const m = await tx
      .selectFrom("meetings")
      .selectAll()
      .where("id", "=", input.meetingId)
      .executeTakeFirst();
    if (!m || m.status !== "active")
      throw new ScheduleConflictError("not_found", "No such meeting in the draft.");
    if (input.slotId === null || input.tableId === null) {
      await tx
        .updateTable("meetings")
        .set({
          slotId: null,
          tableId: null,
          movedByHand: 1,
          unscheduledReason: "taken out of the plan by an organiser",
          updatedAt: NOW,
        })
        .where("id", "=", m.id)
        .execute();
      await bumpDraft(tx, m.eventId);
      return;
    }
    const slot = await tx
      .selectFrom("eventSlots")
      .select(["id", "code", "startsAt", "minutes"])
      .where("id", "=", input.slotId)
      .where("eventId", "=", m.eventId)
      .executeTakeFirst();
    const table = await tx
      .selectFrom("eventTables")
      .select(["id", "code"])
      .where("id", "=", input.tableId)
      .where("eventId", "=", m.eventId)
      .executeTakeFirst();
    if (!slot || !table) throw new ScheduleConflictError("not_found", "No such slot or table at this event.");
    const ev = await tx
      .selectFrom("events")
      .select(["buyerMaxMeetings", "supplierMaxMeetings"])
      .where("id", "=", m.eventId)
      .executeTakeFirstOrThrow();
    const people = await participantsWithAvailability(tx).where("p.id", "in", [m.aId, m.bId]).execute();
    const start = Date.parse(slot.startsAt);
    for (const p of people) {
      const blocked = JSON.parse(p.blockedSlots) as string[];
      if (
        (p.arrivesAt && start < Date.parse(p.arrivesAt)) ||
        (p.leavesAt && start + slot.minutes * 60_000 > Date.parse(p.leavesAt)) ||
        blocked.includes(slot.code)
      )
        throw new ScheduleConflictError("not_available", `${p.ref} is not available in slot ${slot.code}.`, {
          participantId: p.id,
          slotId: slot.id,
        });
      if (p.fixedTableId !== null && p.fixedTableId !== table.id)
        throw new ScheduleConflictError(
          "fixed_table",
          `${p.ref} hosts all its meetings at its own table; choose that table.`,
          { participantId: p.id, tableId: p.fixedTableId },
        );
      const limit = p.maxMeetings ?? (p.kind === "buyer" ? ev.buyerMaxMeetings : ev.supplierMaxMeetings);
      if (limit !== null && m.slotId === null) {
        const n = await countRows(tx.selectFrom("meetingSeats").where("participantId", "=", p.id));
        if (n >= limit)
          throw new ScheduleConflictError("limit", `${p.ref} already has ${limit} meetings, its limit.`, {
            participantId: p.id,
            limit,
          });
      }
    }
    // Which of the two already meets someone in that slot, asked before the write so that the
    // refusal can name them (the UNIQUE index below still decides under concurrency).
    const busy = await tx
      .selectFrom("meetingSeats")
      .select("participantId")
      .where("slotId", "=", slot.id)
      .where("participantId", "in", [m.aId, m.bId])
      .where("meetingId", "!=", m.id)
      .executeTakeFirst();
    if (busy)
      throw new ScheduleConflictError(
        "participant_busy",
        `A participant of this meeting already has a meeting in slot ${slot.code}.`,
        { participantId: busy.participantId, slotId: slot.id },
      );
    try {
      await tx
        .updateTable("meetings")
        .set({ slotId: slot.id, tableId: table.id, movedByHand: 1, unscheduledReason: null, updatedAt: NOW })
        .where("id", "=", m.id)
        .execute();
    } catch (e) {
      if (!isConstraintError(e, "UNIQUE")) throw e;
      const msg = String((e as Error).message);
      if (msg.includes("meeting_seats"))
        throw new ScheduleConflictError(
          "participant_busy",
          `A participant of this meeting already has a meeting in slot ${slot.code}.`,
          { slotId: slot.id },
        );
      throw new ScheduleConflictError("table_taken", `Table ${table.code} is taken in slot ${slot.code}.`, {
        slotId: slot.id,
        tableId: table.id,
      });
    }
    await bumpDraft(tx, m.eventId);
  });
}

/**
 * Publishes the draft as version expectedVersion + 1. Refused when someone published since the
 * caller looked (expectedVersion is stale): the compare-and-set and UNIQUE(event_id, version)
 * make sure two publishes at once give one winner.
 */
export async function publishDraft(
  db: Db,
  input: { eventId: number; expectedVersion: number; userId: number | null },
): Promise<{ version: number; meetings: number; publicationId: number }> {
  return writeTx(db, async (tx) => {
    const published = await oneRowChanged(
      tx
        .updateTable("events")
        .set({ publishedVersion: input.expectedVersion + 1, updatedAt: NOW })
        .where("id", "=", input.eventId)
        .where("publishedVersion", "=", input.expectedVersion),
    );
    if (!published)
      throw new ScheduleConflictError(
        "already_published",
        "Someone published this schedule meanwhile; reload to see the current version.",
      );
    const revision = await draftRevision(tx, input.eventId);
    const version = input.expectedVersion + 1;
    const { id } = await tx
      .insertInto("publications")
      .values({
        eventId: input.eventId,
        version,
        draftRevision: revision,
        meetings: 0,
        publishedBy: input.userId,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await sql`INSERT INTO published_meetings (publication_id, meeting_id, slot_id, table_id, a_id, b_id, reasons)
      SELECT ${id}, m.id, m.slot_id, m.table_id, m.a_id, m.b_id, m.reasons FROM meetings m
      JOIN event_participants a ON a.id = m.a_id JOIN event_participants b ON b.id = m.b_id
      WHERE m.event_id = ${input.eventId} AND m.status = 'active' AND m.slot_id IS NOT NULL
        AND a.status = 'approved' AND b.status = 'approved'`.execute(tx);
    const n = await tx
      .selectFrom("publishedMeetings")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .where("publicationId", "=", id)
      .executeTakeFirstOrThrow();
    await tx
      .updateTable("publications")
      .set({ meetings: Number(n.n) })
      .where("id", "=", id)
      .execute();
    return { version, meetings: Number(n.n), publicationId: id };
  });
}

export async function latestPublication(db: Db, eventId: number) {
  return db
    .selectFrom("publications")
    .selectAll()
    .where("eventId", "=", eventId)
    .orderBy("version", "desc")
    .limit(1)
    .executeTakeFirst();
}

/** The meetings of one publication, by publication id (agenda's latestMeetingsOfEvent takes an
 * event id), with slot times, table names and both participants. */
export async function meetingsOfPublication(db: Db, publicationId: number, participantId?: number) {
  let q = publishedMeetingsWithSides(db)
    .select([
      "pm.meetingId",
      "m.source",
      "m.weight",
      "s.id as slotId",
      "s.code as slot",
      "s.startsAt",
      "s.minutes",
      "s.position as slotPosition",
      "t.code as table",
      "t.name as tableName",
      ...BOTH_SIDES,
    ])
    .where("pm.publicationId", "=", publicationId);
  if (participantId !== undefined)
    q = q.where((eb) => eb.or([eb("pm.aId", "=", participantId), eb("pm.bId", "=", participantId)]));
  return q.orderBy("s.position").orderBy("t.position").execute();
}

/** The draft for the review grid: every active meeting, placed or not, with both sides. */
export async function draftMeetings(db: Db, eventId: number) {
  return meetingsWithSides(db)
    .select([
      "m.id",
      "m.source",
      "m.weight",
      "m.slotId",
      "m.tableId",
      "m.unscheduledReason",
      "m.movedByHand",
      ...BOTH_SIDES,
    ])
    .where("m.eventId", "=", eventId)
    .where("m.status", "=", "active")
    .where("pa.status", "=", "approved")
    .where("pb.status", "=", "approved")
    .orderBy("m.id")
    .execute();
}

export async function listRuns(db: Db, eventId: number, limit = 10) {
  return db
    .selectFrom("scheduleRuns")
    .selectAll()
    .where("eventId", "=", eventId)
    .orderBy("id", "desc")
    .limit(limit)
    .execute();
}

/**
 * Placed buyer–supplier meetings of the draft, with the two organisations, for recording why they
 * meet; only those without recorded reasons when `onlyMissing`.
 */
export async function placedPairs(db: Db, eventId: number, onlyMissing: boolean) {
  let q = meetingsWithSides(db)
    .select([
      "m.id as meetingId",
      "pa.kind as aKind",
      "pb.kind as bKind",
      "oa.id as aOrgId",
      "ob.id as bOrgId",
      "oa.ref as aRef",
      "ob.ref as bRef",
    ])
    .where("m.eventId", "=", eventId)
    .where("m.status", "=", "active")
    .where("m.slotId", "is not", null);
  if (onlyMissing) q = q.where("m.reasons", "is", null);
  return q.orderBy("m.id").execute();
}

/** Records why each meeting's two firms meet (JSON per meeting); not a draft change. */
export async function setMeetingReasons(db: Db, reasons: { meetingId: number; reasons: string }[]) {
  if (reasons.length === 0) return;
  await db.transaction().execute(async (tx) => {
    for (const r of reasons)
      await tx.updateTable("meetings").set({ reasons: r.reasons }).where("id", "=", r.meetingId).execute();
  });
}
