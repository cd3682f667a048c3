import { describe, expect, it } from "vitest";
import { DayChangeError, planDayChange } from "../../../app/modules/agenda";
import type { EventSchedulingData } from "../../../app/modules/events";

// Day-of changes on a small event: three 20-minute slots, two tables, B1 meets S1 at 09:00 and
// S2 at 09:20.
const participant = (id: number, ref: string, kind: "buyer" | "supplier") => ({
  id,
  ref,
  kind,
  arrivesAt: null,
  leavesAt: null,
  blockedSlots: [],
  fixedTableId: null,
  maxMeetings: null,
});
const data = (): EventSchedulingData => ({
  name: "fair",
  slots: [
    { id: 1, code: "d1-0900", startsAt: "2027-03-10T09:00:00+07:00", minutes: 20 },
    { id: 2, code: "d1-0920", startsAt: "2027-03-10T09:20:00+07:00", minutes: 20 },
    { id: 3, code: "d1-0940", startsAt: "2027-03-10T09:40:00+07:00", minutes: 20 },
  ],
  tables: [
    { id: 10, code: "T001" },
    { id: 11, code: "T002" },
  ],
  participants: [
    participant(100, "B1", "buyer"),
    participant(200, "S1", "supplier"),
    participant(201, "S2", "supplier"),
  ],
  meetings: [
    { id: 1, aId: 100, bId: 200, weight: 3, slotId: 1, tableId: 10 },
    { id: 2, aId: 100, bId: 201, weight: 2, slotId: 2, tableId: 10 },
  ],
  limits: { buyer: null, supplier: null },
});

describe("planDayChange", () => {
  it("moves the meeting of a late arrival to a slot they can attend, and counts it", () => {
    const plan = planDayChange(
      data(),
      { kind: "late", participantId: 200, fromSlotId: 3 },
      new Date("2027-03-10T08:30:00+07:00"),
    );
    expect(plan.moved).toBe(1);
    expect(plan.updates).toEqual([{ meetingId: 1, slotId: 3, tableId: 10, reason: null }]);
    expect(plan.late).toEqual({ participantId: 200, arrivesAt: "2027-03-10T02:40:00.000Z" });
  });

  it("never touches a meeting whose slot has begun", () => {
    const during = new Date("2027-03-10T09:05:00+07:00");
    expect(() => planDayChange(data(), { kind: "cancel", meetingId: 1 }, during)).toThrow(DayChangeError);
    // S1 arriving late from 09:40 cannot pull its started 09:00 meeting anywhere.
    const plan = planDayChange(data(), { kind: "late", participantId: 200, fromSlotId: 3 }, during);
    expect(plan.updates.find((u) => u.meetingId === 1)).toBeUndefined();
    const cancel = planDayChange(data(), { kind: "cancel", meetingId: 2 }, during);
    expect(cancel).toMatchObject({ moved: 0, cancelled: 2 });
  });

  it("refuses once every slot has begun", () => {
    expect(() =>
      planDayChange(data(), { kind: "cancel", meetingId: 2 }, new Date("2027-03-10T09:45:00+07:00")),
    ).toThrow(/Every slot has begun/);
  });
});
