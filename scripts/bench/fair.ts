import os from "node:os";
import { onEachDatabase, openBenchDb, type BenchDatabase } from "./databases";
import { createEvent } from "../../db/queries/events";
import { publishDraft } from "../../db/queries/events-schedule";
import { generateDraft } from "../../app/services/events/schedule.server";
import { schedule } from "../../app/modules/scheduling";
import { generateFair, LARGE_FAIR } from "../../app/modules/scheduling/generate";
import { UNRESTRICTED_RULES } from "../../app/modules/events/event-form";

// `npm run bench -- fair`: a 300-buyer, 2,000-supplier, 3-day fair through the real database
// path — the event created by createEvent (slots generated from its hours), participants with
// availability, limits and fixed tables, accepted requests (both directions for "mutual"
// pairs) and their meetings, in a fresh database (SQLite, and PostgreSQL when one is named:
// scripts/bench/databases.ts) — then the organiser's two clicks,
// generate and publish, timed. The baseline is the pure scheduler on the same instance in the
// same process, so the ratio says what the database path costs on any machine.
// The fair is the scheduler bench's generated one (app/modules/scheduling/generate.ts):
// weight 3 → both sides asked and accepted, weight 2 → one side, weight 1 → a suggested pair.

const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;

/** Rows in groups small enough for either database's limit on parameters in one statement. */
function chunks<T>(rows: T[], size = 1000): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

export async function run(args: string[] = []): Promise<unknown> {
  return onEachDatabase(args, measureOn);
}

async function measureOn(kind: BenchDatabase): Promise<Record<string, unknown>> {
  const t0 = performance.now();
  const inst = generateFair(LARGE_FAIR);
  const opened = await openBenchDb(kind, "fair");
  const { db } = opened;
  try {
    const eventId = await createEvent(
      db,
      {
        nameVi: "Hội chợ thử tải",
        nameEn: inst.name ?? null,
        venue: null,
        status: "open",
        days: ["2027-03-10", "2027-03-11", "2027-03-12"],
        dayStart: "09:00",
        dayEnd: "17:00",
        breaks: [{ start: "12:45", end: "13:45" }],
        meetingMinutes: 20,
        changeoverMinutes: 5,
        tableNames: inst.tables.map((t) => `Bàn ${t}`),
        ...UNRESTRICTED_RULES,
      },
      null,
    );
    const slotCodes = (
      await db
        .selectFrom("eventSlots")
        .select("code")
        .where("eventId", "=", eventId)
        .orderBy("position")
        .execute()
    ).map((s) => s.code);
    if (slotCodes.join() !== inst.slots.map((s) => s.id).join())
      throw new Error("The event's generated slots differ from the instance's.");
    const tableId = new Map(
      (
        await db.selectFrom("eventTables").select(["id", "code"]).where("eventId", "=", eventId).execute()
      ).map((t) => [t.code, t.id]),
    );

    // Bulk set-up in one transaction of multi-row inserts (the web path does this one request
    // at a time over weeks; only generation and publishing are timed). Through Kysely, so the
    // same set-up runs on either database.
    const pid = new Map<string, number>();
    const suggestions: { aId: number; bId: number }[] = [];
    let requests = 0;
    await db.transaction().execute(async (tx) => {
      const orgId = new Map<string, number>();
      for (const part of chunks(inst.participants))
        for (const o of await tx
          .insertInto("organisations")
          .values(part.map((p) => ({ ref: p.id, kind: p.kind, nameVi: `Công ty ${p.id}` })))
          .returning(["id", "ref"])
          .execute())
          orgId.set(o.ref, o.id);
      const refOfOrg = new Map(inst.participants.map((p) => [orgId.get(p.id)!, p.id]));
      for (const part of chunks(inst.participants)) {
        const rows = part.map((p) => {
          const available = p.available ? new Set(p.available) : null;
          return {
            eventId,
            orgId: orgId.get(p.id)!,
            kind: p.kind,
            status: "approved" as const,
            approvedAt: "2027-01-01T00:00:00.000Z",
            blockedSlots: JSON.stringify(available ? slotCodes.filter((c) => !available.has(c)) : []),
            fixedTableId: p.fixedTable ? tableId.get(p.fixedTable)! : null,
            maxMeetings: p.maxMeetings ?? null,
          };
        });
        for (const r of await tx
          .insertInto("eventParticipants")
          .values(rows)
          .returning(["id", "orgId"])
          .execute())
          pid.set(refOfOrg.get(r.orgId)!, r.id);
      }
      const asks: { eventId: number; fromId: number; toId: number; message: string }[] = [];
      const meets: { eventId: number; aId: number; bId: number; weight: number }[] = [];
      for (const m of inst.meetings) {
        const a = pid.get(m.a)!;
        const b = pid.get(m.b)!;
        const w = m.weight ?? 1;
        if (w === 1) {
          suggestions.push({ aId: a, bId: b });
          continue;
        }
        asks.push({ eventId, fromId: a, toId: b, message: "We would like to meet." });
        if (w === 3) asks.push({ eventId, fromId: b, toId: a, message: "Xin được gặp." });
        meets.push({ eventId, aId: Math.min(a, b), bId: Math.max(a, b), weight: w });
      }
      requests = asks.length;
      for (const part of chunks(asks))
        await tx
          .insertInto("meetingRequests")
          .values(
            part.map((r) => ({ ...r, status: "accepted" as const, respondedAt: "2027-02-01T00:00:00.000Z" })),
          )
          .execute();
      for (const part of chunks(meets))
        await tx
          .insertInto("meetings")
          .values(part.map((m) => ({ ...m, source: "request" as const })))
          .execute();
    });
    const setupMs = Math.round(performance.now() - t0);

    const t1 = performance.now();
    const run = await generateDraft(db, { eventId, mode: "full", seed: 1, suggestions, userId: null });
    const t2 = performance.now();
    const pub = await publishDraft(db, { eventId, expectedVersion: 0, userId: null });
    const t3 = performance.now();

    const served = await db
      .selectFrom("meetingSeats as s")
      .innerJoin("eventParticipants as p", "p.id", "s.participantId")
      .where("p.kind", "=", "supplier")
      .where("s.eventId", "=", eventId)
      .select((eb) => eb.fn.count<number>("s.participantId").distinct().as("n"))
      .executeTakeFirstOrThrow();
    const requesting = new Set(inst.meetings.map((m) => m.b)).size;

    const b0 = performance.now();
    const pure = schedule(inst, { seed: 1 });
    const pureMs = Math.round(performance.now() - b0);

    const figures = {
      bench: "fair",
      instance: inst.name,
      participants: inst.participants.length,
      requests,
      suggestedPairs: suggestions.length,
      meetingsToSchedule: run.meetings,
      slots: slotCodes.length,
      tables: inst.tables.length,
      setupMs,
      generateMs: Math.round(t2 - t1),
      schedulerInsideGenerateMs: run.schedulerMs,
      publishMs: Math.round(t3 - t2),
      totalMs: Math.round(t3 - t1),
      endToEndMs: Math.round(t3 - t0),
      meetingsPlaced: run.placed,
      meetingsPublished: pub.meetings,
      unscheduled: run.unscheduled,
      suppliersServed: Number(served.n),
      suppliersRequesting: requesting,
      suppliersServedRatio: round(Number(served.n) / requesting),
      baseline: { pureSchedulerMs: pureMs, placed: pure.assignments.length },
      ratioToPureScheduler: round((t3 - t1) / pureMs, 2),
      loadAverage1m: +os.loadavg()[0].toFixed(1),
    };
    return figures;
  } finally {
    await opened.close();
  }
}
