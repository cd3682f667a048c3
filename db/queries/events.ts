import { sql } from "kysely";
import type { Db } from "../connection";
import { generateSlots } from "../../app/modules/events/slots";
import type { EventSettings } from "../../app/modules/events/event-form";
import { resubmitSince } from "../../app/modules/resubmit";
import { writeTx } from "./events-tx";
import { participationsOf } from "./meeting-parts";
import { sameRowsSince } from "./resubmit";

// Events: their settings, days, generated slots and named tables.

/** What createEvent/updateEvent store: the settings the organiser's event form parses. */
export type EventInput = EventSettings;

export class EventEditError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "EventEditError";
  }
}

const tableCode = (i: number) => `T${String(i + 1).padStart(3, "0")}`;

function columns(e: EventInput) {
  return {
    nameVi: e.nameVi,
    nameEn: e.nameEn,
    venue: e.venue,
    status: e.status,
    dayStart: e.dayStart,
    dayEnd: e.dayEnd,
    breaks: JSON.stringify(e.breaks),
    meetingMinutes: e.meetingMinutes,
    changeoverMinutes: e.changeoverMinutes,
    allowBuyerBuyer: e.allowBuyerBuyer ? 1 : 0,
    allowSupplierSupplier: e.allowSupplierSupplier ? 1 : 0,
    buyerMaxMeetings: e.buyerMaxMeetings,
    supplierMaxMeetings: e.supplierMaxMeetings,
    buyerMaxOpenRequests: e.buyerMaxOpenRequests,
    supplierMaxOpenRequests: e.supplierMaxOpenRequests,
    registrationOpensAt: e.registrationOpensAt,
    registrationClosesAt: e.registrationClosesAt,
    requestDeadline: e.requestDeadline,
  };
}

/** The event `userId` created since `since` with exactly these settings, days and tables, if any. */
async function sameEventSince(tx: Db, e: EventInput, userId: number, since: string) {
  for (const id of await sameRowsSince(tx, "events", columns(e), userId, since)) {
    const days = await tx
      .selectFrom("eventDays")
      .select("date")
      .where("eventId", "=", id)
      .orderBy("date")
      .execute();
    const tables = await tx
      .selectFrom("eventTables")
      .select("name")
      .where("eventId", "=", id)
      .orderBy("position")
      .execute();
    if (
      JSON.stringify(days.map((d) => d.date)) === JSON.stringify([...new Set(e.days)].sort()) &&
      JSON.stringify(tables.map((t) => t.name)) === JSON.stringify(e.tableNames)
    )
      return id;
  }
  return undefined;
}

/**
 * Creates the event and answers its id. The same event (settings, days, tables) created again by
 * the same organiser within the resubmit window (app/modules/resubmit.ts) makes nothing and answers the first one's id; the
 * check runs under the write lock, so two copies sent at once make one event.
 */
export async function createEvent(db: Db, e: EventInput, userId: number | null): Promise<number> {
  const slots = generateSlots(e);
  if (e.tableNames.length === 0) throw new EventEditError("Give at least one table.");
  const since = resubmitSince(new Date());
  return writeTx(db, async (tx) => {
    const repeated = userId === null ? undefined : await sameEventSince(tx, e, userId, since);
    if (repeated !== undefined) return repeated;
    const { id } = await tx
      .insertInto("events")
      .values({ ...columns(e), createdBy: userId })
      .returning("id")
      .executeTakeFirstOrThrow();
    await tx
      .insertInto("eventDays")
      .values([...new Set(e.days)].map((date) => ({ eventId: id, date })))
      .execute();
    await insertInChunks(
      tx,
      "eventSlots",
      slots.map((s, i) => ({
        eventId: id,
        code: s.code,
        position: i,
        startsAt: s.startsAt,
        minutes: s.minutes,
      })),
    );
    await insertInChunks(
      tx,
      "eventTables",
      e.tableNames.map((name, i) => ({ eventId: id, code: tableCode(i), name, position: i })),
    );
    return id;
  });
}

/**
 * Saves new settings. Slots are regenerated: a slot whose code (day number + start) survives
 * keeps its id, so placements and blocked slots keep their meaning; draft meetings in a slot
 * that disappears go back to the unscheduled list. Once a schedule is published, slots and
 * tables in it cannot disappear (publish again after a new draft instead).
 */
export async function updateEvent(db: Db, id: number, e: EventInput): Promise<void> {
  const slots = generateSlots(e);
  if (e.tableNames.length === 0) throw new EventEditError("Give at least one table.");
  await writeTx(db, async (tx) => {
    const ev = await tx
      .selectFrom("events")
      .select(["id", "publishedVersion"])
      .where("id", "=", id)
      .executeTakeFirst();
    if (!ev) throw new EventEditError("No such event.");
    await tx
      .updateTable("events")
      .set({ ...columns(e), updatedAt: sql`strftime('%Y-%m-%dT%H:%M:%fZ','now')` })
      .where("id", "=", id)
      .execute();
    await tx.deleteFrom("eventDays").where("eventId", "=", id).execute();
    await tx
      .insertInto("eventDays")
      .values([...new Set(e.days)].map((date) => ({ eventId: id, date })))
      .execute();

    const old = await tx.selectFrom("eventSlots").select(["id", "code"]).where("eventId", "=", id).execute();
    const keep = new Set(slots.map((s) => s.code));
    const gone = old.filter((s) => !keep.has(s.code)).map((s) => s.id);
    if (gone.length) {
      const published = await tx
        .selectFrom("publishedMeetings")
        .select("slotId")
        .where("slotId", "in", gone)
        .limit(1)
        .executeTakeFirst();
      if (published)
        throw new EventEditError(
          "The published schedule uses slots these hours would remove; keep the hours or unpublish first.",
        );
      await tx
        .updateTable("meetings")
        .set({
          slotId: null,
          tableId: null,
          unscheduledReason: "its slot was removed when the event's hours changed",
        })
        .where("slotId", "in", gone)
        .execute();
      await tx.deleteFrom("eventSlots").where("id", "in", gone).execute();
    }
    const byCode = new Map(old.map((s) => [s.code, s.id]));
    for (const [i, s] of slots.entries()) {
      const existing = byCode.get(s.code);
      if (existing !== undefined)
        await tx
          .updateTable("eventSlots")
          .set({ position: i, startsAt: s.startsAt, minutes: s.minutes })
          .where("id", "=", existing)
          .execute();
      else
        await tx
          .insertInto("eventSlots")
          .values({ eventId: id, code: s.code, position: i, startsAt: s.startsAt, minutes: s.minutes })
          .execute();
    }

    const tables = await tablesOf(tx, id).select(["id", "code", "position"]).execute();
    for (const [i, name] of e.tableNames.entries()) {
      if (i < tables.length)
        await tx.updateTable("eventTables").set({ name }).where("id", "=", tables[i].id).execute();
      else
        await tx
          .insertInto("eventTables")
          .values({ eventId: id, code: tableCode(i), name, position: i })
          .execute();
    }
    for (const t of tables.slice(e.tableNames.length)) {
      const used =
        (await tx
          .selectFrom("meetings")
          .select("id")
          .where("tableId", "=", t.id)
          .limit(1)
          .executeTakeFirst()) ??
        (await tx
          .selectFrom("publishedMeetings")
          .select("meetingId as id")
          .where("tableId", "=", t.id)
          .limit(1)
          .executeTakeFirst());
      if (used)
        throw new EventEditError(`Table ${t.code} holds meetings; move them before removing the table.`);
      await tx
        .updateTable("eventParticipants")
        .set({ fixedTableId: null })
        .where("fixedTableId", "=", t.id)
        .execute();
      await tx.deleteFrom("eventTables").where("id", "=", t.id).execute();
    }
    await bumpDraft(tx, id);
  });
}

/** The draft schedule's revision, read in the writer's transaction before it writes on top. */
export async function draftRevision(db: Db, eventId: number): Promise<number> {
  const ev = await db
    .selectFrom("events")
    .select("draftRevision")
    .where("id", "=", eventId)
    .executeTakeFirstOrThrow();
  return ev.draftRevision;
}

/** Every change to what the draft schedule rests on bumps the revision (see generation). */
export async function bumpDraft(db: Db, eventId: number): Promise<void> {
  await db
    .updateTable("events")
    .set({ draftRevision: sql`draft_revision + 1` })
    .where("id", "=", eventId)
    .execute();
}

async function insertInChunks<T extends "eventSlots" | "eventTables">(
  db: Db,
  table: T,
  rows: Parameters<ReturnType<Db["insertInto"]>["values"]>[0][],
) {
  for (let i = 0; i < rows.length; i += 200)
    await db
      .insertInto(table)
      .values(rows.slice(i, i + 200) as never)
      .execute();
}

export type EventRow = NonNullable<Awaited<ReturnType<typeof getEvent>>>;

export async function getEvent(db: Db, id: number) {
  const ev = await db.selectFrom("events").selectAll().where("id", "=", id).executeTakeFirst();
  if (!ev) return null;
  const days = (
    await db.selectFrom("eventDays").select("date").where("eventId", "=", id).orderBy("date").execute()
  ).map((d) => d.date);
  return { ...ev, days, breaks: JSON.parse(ev.breaks) as { start: string; end: string }[] };
}

/** An event's slots in their order; each reader selects the columns it needs. */
export function slotsOf(db: Db, eventId: number) {
  return db.selectFrom("eventSlots").where("eventId", "=", eventId).orderBy("position");
}

/** An event's tables in their order; each reader selects the columns it needs. */
export function tablesOf(db: Db, eventId: number) {
  return db.selectFrom("eventTables").where("eventId", "=", eventId).orderBy("position");
}

export async function listSlots(db: Db, eventId: number) {
  return slotsOf(db, eventId).select(["id", "code", "startsAt", "minutes", "position"]).execute();
}

export async function listTables(db: Db, eventId: number) {
  return tablesOf(db, eventId).select(["id", "code", "name", "position"]).execute();
}

// An event's first and last day (of the events aliased `e`), for lists that show "10–12 March".
const FIRST_DAY = sql<string | null>`(select min(d.date) from event_days d where d.event_id = e.id)`.as(
  "firstDay",
);
const LAST_DAY = sql<string | null>`(select max(d.date) from event_days d where d.event_id = e.id)`.as(
  "lastDay",
);

/** Events for the public list (not drafts) or, for organisers, all of them; newest first. */
export async function listEvents(db: Db, opts: { includeDrafts: boolean }) {
  let q = db.selectFrom("events as e").select([
    "e.id",
    "e.nameVi",
    "e.nameEn",
    "e.venue",
    "e.status",
    "e.publishedVersion",
    "e.registrationOpensAt",
    "e.registrationClosesAt",
    FIRST_DAY,
    LAST_DAY,
    (eb) =>
      eb
        .selectFrom("eventParticipants as p")
        .select((x) => x.fn.countAll<number>().as("n"))
        .whereRef("p.eventId", "=", "e.id")
        .where("p.status", "=", "approved")
        .as("approved"),
  ]);
  if (!opts.includeDrafts) q = q.where("e.status", "!=", "draft");
  return q.orderBy("e.id", "desc").execute();
}

/**
 * The fairs the organisation registered for (any status but withdrawn), newest first, with the
 * first and last day.
 */
export async function registeredEventsOf(db: Db, orgId: number) {
  return participationsOf(db, orgId)
    .select([
      "e.id",
      "e.nameVi",
      "e.nameEn",
      "e.venue",
      "e.status as eventStatus",
      "p.status",
      "p.kind",
      FIRST_DAY,
      LAST_DAY,
    ])
    .where("p.status", "!=", "withdrawn")
    .where("e.status", "!=", "draft")
    .orderBy("e.id", "desc")
    .execute();
}
