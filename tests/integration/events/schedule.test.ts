import { describe, expect, it } from "vitest";
import { sql } from "kysely";
import { reopen } from "../../helpers/db";
import { answeredRequest, eventPerTest, type EventFixture } from "./fixture";
import { addOrganiserMeeting } from "../../../app/services/events/requests.server";
import { setAvailability } from "../../../db/queries/events-participants";
import {
  draftMeetings,
  moveMeeting,
  publishDraft,
  meetingsOfPublication,
  ScheduleConflictError,
} from "../../../db/queries/events-schedule";
import { generateDraft } from "../../../app/services/events/schedule.server";
import { localInputToUtc } from "../../../app/modules/events/time";

// Generation, hand moves and publishing on a real SQLite file, including two connections
// writing at once (two organisers, two server processes): the database constraints, not only
// the code's checks, keep anyone from being double-booked.

type F = EventFixture;
const events = eventPerTest();

/** Every buyer asks every supplier; all accept. */
async function allMeet(f: F) {
  const refs = Object.keys(f.p);
  for (const b of refs.filter((r) => r.startsWith("B")))
    for (const s of refs.filter((r) => r.startsWith("S")))
      await answeredRequest(f.db, f.eventId, f.p[b], f.p[s]);
}

/** An event where every buyer asked every supplier and all accepted, with a full draft made. */
async function draftedEvent(opts: Parameters<typeof events.open>[0]) {
  const f = await events.open(opts);
  await allMeet(f);
  await generateDraft(f.db, { eventId: f.eventId, mode: "full", userId: null });
  return f;
}

/** The first (or, descending, the last) slot or table by position. */
const idByPosition = async (f: F, table: "eventSlots" | "eventTables", order: "asc" | "desc" = "asc") =>
  (await f.db.selectFrom(table).select("id").orderBy("position", order).executeTakeFirstOrThrow()).id;

function second(t: { file: string; url?: string }) {
  return events.alsoClose(reopen(t)).db;
}

/** Nobody twice in a slot, no table twice in a slot, and seats agree with meetings. */
async function assertConsistent(f: F) {
  const ms = (await draftMeetings(f.db, f.eventId)).filter((m) => m.slotId !== null);
  const tables = new Set<string>();
  const people = new Set<string>();
  for (const m of ms) {
    const t = `${m.slotId}:${m.tableId}`;
    expect(tables.has(t)).toBe(false);
    tables.add(t);
    for (const p of [m.aId, m.bId]) {
      expect(people.has(`${m.slotId}:${p}`)).toBe(false);
      people.add(`${m.slotId}:${p}`);
    }
  }
  const seats = await f.db
    .selectFrom("meetingSeats")
    .select(["slotId", "participantId"])
    .where("eventId", "=", f.eventId)
    .execute();
  expect(new Set(seats.map((s) => `${s.slotId}:${s.participantId}`))).toEqual(people);
}

describe("draft schedule", () => {
  it("generates a draft that respects availability, fixed tables and limits", async () => {
    const f = await events.open({ buyers: 2, suppliers: 4, event: { supplierMaxMeetings: 1 } });
    await allMeet(f);
    const tables = await f.db
      .selectFrom("eventTables")
      .select(["id", "code"])
      .where("eventId", "=", f.eventId)
      .orderBy("position")
      .execute();
    await setAvailability(f.db, f.p.B1, {
      arrivesAt: localInputToUtc("2027-03-10T10:00"),
      leavesAt: null,
      blockedSlots: [],
      fixedTableId: tables[2].id,
      maxMeetings: null,
    });
    const run = await generateDraft(f.db, { eventId: f.eventId, mode: "full", userId: null });
    expect(run.meetings).toBe(8);
    // Each supplier meets at most once (its limit): 4 placed, 4 unscheduled with reasons.
    expect(run.placed).toBe(4);
    // The exact phase proves this small plan the best possible, and the run keeps that.
    expect(run.quality.optimal).toBe(true);
    const stored = await f.db
      .selectFrom("scheduleRuns")
      .select(["weight", "weightBound", "optimal"])
      .where("id", "=", run.runId)
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ weight: run.quality.weight, weightBound: run.quality.weightBound, optimal: 1 });
    const ms = await draftMeetings(f.db, f.eventId);
    const slots = new Map(
      (await f.db.selectFrom("eventSlots").select(["id", "startsAt"]).execute()).map((s) => [
        s.id,
        s.startsAt,
      ]),
    );
    for (const m of ms.filter((m) => m.slotId !== null && (m.aId === f.p.B1 || m.bId === f.p.B1))) {
      expect(slots.get(m.slotId!)! >= "2027-03-10T10:00:00+07:00").toBe(true);
      expect(m.tableId).toBe(tables[2].id);
    }
    for (const m of ms.filter((m) => m.slotId === null))
      expect(m.unscheduledReason).toMatch(/maxMeetings|full|slot/);
    await assertConsistent(f);
  });

  it("refuses a hand move into an occupied seat — in code and, bypassing the code, in the database", async () => {
    const f = await draftedEvent({ buyers: 2, suppliers: 2 });
    const ms = await draftMeetings(f.db, f.eventId);
    const [m1, m2] = ms;
    // Same table, same slot.
    await expect(
      moveMeeting(f.db, { meetingId: m2.id, slotId: m1.slotId, tableId: m1.tableId, userId: null }),
    ).rejects.toThrow(ScheduleConflictError);
    // B1 already meets in m1's slot: any table there is refused for another meeting of B1.
    const b1other = ms.find((m) => m.id !== m1.id && (m.aId === m1.aId || m.bId === m1.aId))!;
    const free = (await f.db.selectFrom("eventTables").select("id").execute())
      .map((t) => t.id)
      .find((id) => !ms.some((m) => m.slotId === m1.slotId && m.tableId === id))!;
    await expect(
      moveMeeting(f.db, { meetingId: b1other.id, slotId: m1.slotId, tableId: free, userId: null }),
    ).rejects.toThrow(/already has a meeting/);
    // Straight SQL, as a buggy script would do it: the constraints still say no.
    // (SQLite: "UNIQUE constraint failed: meeting_seats…"; PostgreSQL: "unique constraint \"meeting_seats_…\"".)
    const straight = async (slotId: number | null, tableId: number | null, id: number) => {
      await sql`UPDATE meetings SET slot_id = ${slotId}, table_id = ${tableId} WHERE id = ${id}`.execute(
        f.db,
      );
    };
    await expect(straight(m1.slotId, m1.tableId, m2.id)).rejects.toThrow(/UNIQUE/i);
    await expect(straight(m1.slotId, free, b1other.id)).rejects.toThrow(/UNIQUE.*meeting_seats/i);
    await assertConsistent(f);
  });

  it("two organisers moving two meetings into the same seat at once: exactly one wins", async () => {
    const f = await events.open({ buyers: 2, suppliers: 2, event: { tableNames: ["A", "B", "C", "D"] } });
    await allMeet(f);
    const ms = await draftMeetings(f.db, f.eventId);
    // Two meetings with nobody in common, both unplaced, aimed at the same slot and table.
    const a = ms[0];
    const b = ms.find((m) => m.aId !== a.aId && m.aId !== a.bId && m.bId !== a.aId && m.bId !== a.bId)!;
    const slot = await idByPosition(f, "eventSlots");
    const table = await idByPosition(f, "eventTables");
    const other = second(f);
    const results = await Promise.allSettled([
      moveMeeting(f.db, { meetingId: a.id, slotId: slot, tableId: table, userId: null }),
      moveMeeting(other, { meetingId: b.id, slotId: slot, tableId: table, userId: null }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failed = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(failed.reason).toBeInstanceOf(ScheduleConflictError);
    await assertConsistent(f);
  });

  it("re-running for the unscheduled keeps placed meetings where they are", async () => {
    const f = await draftedEvent({ buyers: 2, suppliers: 3 });
    const before = await draftMeetings(f.db, f.eventId);
    // A hand move, then a new organiser meeting (unplaced) between people already busy.
    const moved = before[0];
    const freeSlot = await idByPosition(f, "eventSlots", "desc");
    await moveMeeting(f.db, { meetingId: moved.id, slotId: freeSlot, tableId: moved.tableId, userId: null });
    await f.db.updateTable("events").set({ allowBuyerBuyer: 1 }).execute();
    await addOrganiserMeeting(f.db, {
      eventId: f.eventId,
      aId: f.p.B1,
      bId: f.p.B2,
      note: null,
      userId: null,
    });
    const mid = await draftMeetings(f.db, f.eventId);
    const run = await generateDraft(f.db, { eventId: f.eventId, mode: "unscheduled", userId: null });
    expect(run.meetings).toBe(1);
    expect(run.placed).toBe(1);
    const after = await draftMeetings(f.db, f.eventId);
    for (const m of mid.filter((m) => m.slotId !== null)) {
      const a = after.find((x) => x.id === m.id)!;
      expect([a.slotId, a.tableId]).toEqual([m.slotId, m.tableId]);
    }
    await assertConsistent(f);
  });

  it("a generation that races a change to the draft is refused rather than overwriting it", async () => {
    const f = await events.open({ buyers: 2, suppliers: 3 });
    await allMeet(f);
    const other = second(f);
    // A hand move lands while the scheduler runs: the revision check catches it.
    const ms = await draftMeetings(f.db, f.eventId);
    const slot = await idByPosition(f, "eventSlots");
    const table = await idByPosition(f, "eventTables");
    const gen = generateDraft(f.db, { eventId: f.eventId, mode: "full", userId: null });
    // Give the generator time to read its snapshot, then write through another connection.
    await new Promise((r) => setTimeout(r, 5));
    const moved = moveMeeting(other, { meetingId: ms[0].id, slotId: slot, tableId: table, userId: null });
    const [g, m] = await Promise.allSettled([gen, moved]);
    if (m.status === "fulfilled" && g.status === "rejected")
      expect((g.reason as ScheduleConflictError).code).toBe("draft_changed");
    // Whatever the interleaving, the draft is consistent.
    await assertConsistent(f);
  });

  it("two publishes at once: one wins, one publication, and the published plan has no double booking", async () => {
    const f = await draftedEvent({ buyers: 3, suppliers: 5 });
    const other = second(f);
    const results = await Promise.allSettled([
      publishDraft(f.db, { eventId: f.eventId, expectedVersion: 0, userId: null }),
      publishDraft(other, { eventId: f.eventId, expectedVersion: 0, userId: null }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const lost = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect((lost.reason as ScheduleConflictError).code).toBe("already_published");
    const pubs = await f.db.selectFrom("publications").selectAll().where("eventId", "=", f.eventId).execute();
    expect(pubs).toHaveLength(1);
    expect(pubs[0].version).toBe(1);
    const rows = await meetingsOfPublication(f.db, pubs[0].id);
    expect(rows).toHaveLength(15);
    const seen = new Set<string>();
    for (const r of rows)
      for (const k of [`t${r.slotId}:${r.table}`, `p${r.slotId}:${r.aId}`, `p${r.slotId}:${r.bId}`]) {
        expect(seen.has(k)).toBe(false);
        seen.add(k);
      }
    // The next publish builds on version 1.
    expect((await publishDraft(f.db, { eventId: f.eventId, expectedVersion: 1, userId: null })).version).toBe(
      2,
    );
  });
});
