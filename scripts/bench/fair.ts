import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase } from "../../db/connection";
import { migrateToLatest } from "../../db/migrate";
import { createEvent } from "../../db/queries/events";
import { publishDraft } from "../../db/queries/events-schedule";
import { generateDraft } from "../../app/services/events/schedule.server";
import { schedule } from "../../app/modules/scheduling";
import { generateFair, LARGE_FAIR } from "../../app/modules/scheduling/generate";

// `npm run bench -- fair`: a 300-buyer, 2,000-supplier, 3-day fair through the real database
// path — the event created by createEvent (slots generated from its hours), participants with
// availability, limits and fixed tables, accepted requests (both directions for "mutual"
// pairs) and their meetings, in a temporary SQLite file — then the organiser's two clicks,
// generate and publish, timed. The baseline is the pure scheduler on the same instance in the
// same process, so the ratio says what the database path costs on any machine.
// The fair is the scheduler bench's generated one (app/modules/scheduling/generate.ts):
// weight 3 → both sides asked and accepted, weight 2 → one side, weight 1 → a suggested pair.

const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;

export async function run(): Promise<unknown> {
  const t0 = performance.now();
  const inst = generateFair(LARGE_FAIR);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cnht-bench-fair-"));
  const { db, sqlite, close } = openDatabase(path.join(dir, "fair.db"));
  try {
    await migrateToLatest(db);
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
        allowBuyerBuyer: false,
        allowSupplierSupplier: false,
        buyerMaxMeetings: null,
        supplierMaxMeetings: null,
        buyerMaxOpenRequests: null,
        supplierMaxOpenRequests: null,
        registrationOpensAt: null,
        registrationClosesAt: null,
        requestDeadline: null,
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

    // Bulk set-up in one transaction of prepared statements (the web path does this one
    // request at a time over weeks; only generation and publishing are timed).
    const pid = new Map<string, number>();
    const suggestions: { aId: number; bId: number }[] = [];
    let requests = 0;
    sqlite.transaction(() => {
      const org = sqlite.prepare("INSERT INTO organisations (ref, kind, name_vi) VALUES (?, ?, ?)");
      const part = sqlite.prepare(
        "INSERT INTO event_participants (event_id, org_id, kind, status, approved_at, blocked_slots, fixed_table_id, max_meetings) VALUES (?, ?, ?, 'approved', '2027-01-01T00:00:00.000Z', ?, ?, ?)",
      );
      for (const p of inst.participants) {
        const orgId = Number(org.run(p.id, p.kind, `Công ty ${p.id}`).lastInsertRowid);
        const available = p.available ? new Set(p.available) : null;
        const blocked = available ? slotCodes.filter((c) => !available.has(c)) : [];
        pid.set(
          p.id,
          Number(
            part.run(
              eventId,
              orgId,
              p.kind,
              JSON.stringify(blocked),
              p.fixedTable ? tableId.get(p.fixedTable)! : null,
              p.maxMeetings ?? null,
            ).lastInsertRowid,
          ),
        );
      }
      const req = sqlite.prepare(
        "INSERT INTO meeting_requests (event_id, from_id, to_id, message, status, responded_at) VALUES (?, ?, ?, ?, 'accepted', '2027-02-01T00:00:00.000Z')",
      );
      const meet = sqlite.prepare(
        "INSERT INTO meetings (event_id, a_id, b_id, source, weight) VALUES (?, ?, ?, 'request', ?)",
      );
      for (const m of inst.meetings) {
        const a = pid.get(m.a)!;
        const b = pid.get(m.b)!;
        const w = m.weight ?? 1;
        if (w === 1) {
          suggestions.push({ aId: a, bId: b });
          continue;
        }
        req.run(eventId, a, b, "We would like to meet.");
        requests++;
        if (w === 3) {
          req.run(eventId, b, a, "Xin được gặp.");
          requests++;
        }
        meet.run(eventId, Math.min(a, b), Math.max(a, b), w);
      }
    })();
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
    };
    console.log(JSON.stringify(figures, null, 2));
    return figures;
  } finally {
    await close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
