import type { Db } from "../../../db/connection";
import { createEvent } from "../../../db/queries/events";
import {
  registerParticipant,
  setAvailability,
  setParticipantStatus,
} from "../../../db/queries/events-participants";
import { respondToRequest, sendRequest } from "./requests.server";
import { localInputToUtc } from "../../modules/events/time";
import { makeRng } from "../../modules/scheduling/rng";

// The demo fair of a fresh install: one upcoming fair with approved buyers and suppliers from
// the directory and a deterministic set of meeting requests, so that an organiser can generate,
// review and publish a schedule straight away. The demo buyer (B-001) and supplier (S-00001)
// take part with requests of their own.

export const DEMO_FAIR_NAME = "Hội chợ CNHT Hà Nội 2027";
const BUYERS = 20;
const SUPPLIERS = 150;

/**
 * Creates the demo fair unless an event of that name exists (idempotent). Needs the directory
 * seed; returns null when it holds no buyers or suppliers.
 */
export async function createDemoFair(
  db: Db,
): Promise<{ eventId: number; created: boolean; participants: number; requests: number } | null> {
  const existing = await db
    .selectFrom("events")
    .select("id")
    .where("nameVi", "=", DEMO_FAIR_NAME)
    .executeTakeFirst();
  if (existing) return { eventId: existing.id, created: false, participants: 0, requests: 0 };
  const pick = (kind: "buyer" | "supplier", first: string, n: number) =>
    db
      .selectFrom("organisations")
      .select(["id", "ref"])
      .where("kind", "=", kind)
      .where("status", "=", "active")
      // The demo account's organisation first, then the others in ref order.
      .orderBy((eb) => eb.case().when("ref", "=", first).then(0).else(1).end())
      .orderBy("ref")
      .limit(n)
      .execute();
  const buyers = await pick("buyer", "B-001", BUYERS);
  const suppliers = await pick("supplier", "S-00001", SUPPLIERS);
  if (!buyers.length || !suppliers.length) return null;

  const eventId = await createEvent(
    db,
    {
      nameVi: DEMO_FAIR_NAME,
      nameEn: "Hanoi Supporting Industry Fair 2027",
      venue: "Trung tâm Hội chợ Triển lãm Việt Nam (VEC), Đông Anh, Hà Nội",
      status: "open",
      days: ["2027-03-10", "2027-03-11"],
      dayStart: "08:30",
      dayEnd: "17:00",
      breaks: [{ start: "12:00", end: "13:30" }],
      meetingMinutes: 20,
      changeoverMinutes: 5,
      tableNames: Array.from({ length: BUYERS }, (_, i) => `Bàn ${i + 1}`),
      allowBuyerBuyer: false,
      allowSupplierSupplier: false,
      buyerMaxMeetings: 24,
      supplierMaxMeetings: 6,
      buyerMaxOpenRequests: 40,
      supplierMaxOpenRequests: 8,
      registrationOpensAt: localInputToUtc("2026-11-01T08:00"),
      registrationClosesAt: localInputToUtc("2027-02-28T17:00"),
      requestDeadline: localInputToUtc("2027-03-05T17:00"),
    },
    null,
  );
  // Registration is normally done by the firms on the event page; the demo registers them at a
  // moment inside the window, then approves them as the organiser would.
  const inWindow = new Date("2026-12-01T03:00:00Z");
  const pid = new Map<string, number>();
  for (const o of [...buyers, ...suppliers]) {
    const id = await registerParticipant(db, {
      eventId,
      orgId: o.id,
      userId: null,
      note: null,
      now: inWindow,
    });
    await setParticipantStatus(db, id, "approved", null);
    pid.set(o.ref, id);
  }
  // A hosted buyer keeps its table all day; another arrives late on the first day.
  const tables = await db
    .selectFrom("eventTables")
    .select(["id"])
    .where("eventId", "=", eventId)
    .orderBy("position")
    .execute();
  if (buyers[1])
    await setAvailability(db, pid.get(buyers[1].ref)!, {
      arrivesAt: null,
      leavesAt: null,
      blockedSlots: [],
      fixedTableId: tables[1].id,
      maxMeetings: null,
    });
  if (buyers[2])
    await setAvailability(db, pid.get(buyers[2].ref)!, {
      arrivesAt: localInputToUtc("2027-03-10T13:30"),
      leavesAt: null,
      blockedSlots: [],
      fixedTableId: null,
      maxMeetings: null,
    });

  // The scheduler's seeded generator: every install gets the same fair.
  const random = makeRng(2027);
  const before = new Date("2027-01-15T03:00:00Z");
  let requests = 0;
  const ask = async (from: string, to: string, message: string, answer: "accept" | "decline" | null) => {
    try {
      const r = await sendRequest(db, {
        eventId,
        fromId: pid.get(from)!,
        toId: pid.get(to)!,
        message,
        userId: null,
        now: before,
      });
      requests++;
      if (answer && r.status === "pending")
        await respondToRequest(db, {
          requestId: r.id,
          participantId: pid.get(to)!,
          action: answer,
          reason: answer === "decline" ? "no_capacity" : null,
          userId: null,
          now: before,
        });
    } catch (e) {
      // A pair drawn twice is skipped; anything else is a bug in the demo.
      if (!(e instanceof Error && /already asked/.test(e.message))) throw e;
    }
  };
  // The demo accounts' own story: the buyer asked the supplier (accepted) and two others
  // (one pending, one declined); a supplier asks the demo buyer (pending, for it to answer).
  const demoBuyer = buyers[0].ref;
  const demoSupplier = suppliers[0].ref;
  await ask(
    demoBuyer,
    demoSupplier,
    "We source precision turned parts for our Hanoi plant; can we discuss capacity?",
    "accept",
  );
  if (suppliers[1]) await ask(demoBuyer, suppliers[1].ref, "Interested in your moulding capacity.", null);
  if (suppliers[2])
    await ask(demoBuyer, suppliers[2].ref, "Looking for a second source of stamped brackets.", "decline");
  if (suppliers[3])
    await ask(suppliers[3].ref, demoBuyer, "Chúng tôi muốn giới thiệu năng lực gia công CNC.", null);
  if (buyers[1])
    await ask(
      demoSupplier,
      buyers[1].ref,
      "Chúng tôi đạt ISO 9001 và muốn trở thành nhà cung cấp cấp 2.",
      null,
    );
  // Everyone else: each buyer asks ~8 suppliers, each supplier asks ~1 buyer. The drawn firm is
  // never the demo account's (index 0); the answer is drawn after it, in that order, so that the
  // same seed gives the same fair.
  const drawOther = <T>(firms: T[]): T | undefined => firms[1 + Math.floor(random() * (firms.length - 1))];
  const drawAnswer = (accept: number, decline: number): "accept" | "decline" | null => {
    const x = random();
    return x < accept ? "accept" : x < decline ? "decline" : null;
  };
  for (const b of buyers.slice(1))
    for (let k = 0; k < 8; k++) {
      const s = drawOther(suppliers)!;
      await ask(b.ref, s.ref, "We would like to meet to discuss your capabilities.", drawAnswer(0.65, 0.75));
    }
  for (const s of suppliers.slice(4)) {
    if (random() < 0.3) continue;
    const b = drawOther(buyers);
    if (!b) break;
    await ask(s.ref, b.ref, "Xin được gặp để giới thiệu sản phẩm.", drawAnswer(0.55, 0.7));
  }
  return { eventId, created: true, participants: buyers.length + suppliers.length, requests };
}
