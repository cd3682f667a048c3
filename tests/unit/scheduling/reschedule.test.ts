import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  reschedule,
  schedule,
  type ScheduleInstance,
  type ScheduleResult,
} from "../../../app/modules/scheduling";
import { hardRuleViolations } from "./check";

const inst: ScheduleInstance = JSON.parse(
  fs.readFileSync(path.join(__dirname, "../../fixtures/schedule-fair2020.json"), "utf8"),
);
const plan = schedule(inst);
const slotIds = inst.slots.map((s) => s.id);
const where = (r: ScheduleResult) => new Map(r.assignments.map((a) => [a.meeting, `${a.slot}/${a.table}`]));

/** Meetings in slots before `startedBefore` must be exactly where they were. */
function frozenUntouched(before: ScheduleResult, after: ScheduleResult, startedBefore: string) {
  const cut = slotIds.indexOf(startedBefore);
  const now = where(after);
  for (const a of before.assignments)
    if (slotIds.indexOf(a.slot) < cut) expect(now.get(a.meeting), a.meeting).toBe(`${a.slot}/${a.table}`);
}

describe("reschedule", () => {
  it("cancels without moving anyone", () => {
    const victim = plan.assignments[10].meeting;
    const out = reschedule(inst, plan, { kind: "cancel", meeting: victim });
    expect(out.moved).toBe(0);
    expect(out.result.unscheduled.find((u) => u.meeting === victim)?.reason).toBe("cancelled");
    expect(hardRuleViolations(inst, out.result)).toEqual([]);
  });

  it("moves a late arrival's morning meetings, few others, and never what has started", () => {
    const byMeeting = new Map(inst.meetings.map((m) => [m.id, m]));
    const late = byMeeting.get(plan.assignments.find((a) => a.slot === "d1-1105")!.meeting)!.b;
    const change = { kind: "late" as const, participant: late, availableFrom: "d1-1335" };
    const out = reschedule(inst, plan, change, { startedBefore: "d1-1040" });
    const changed: ScheduleInstance = {
      ...inst,
      participants: inst.participants.map((p) =>
        p.id === late
          ? {
              ...p,
              available: (p.available ?? slotIds).filter(
                (s) => slotIds.indexOf(s) >= slotIds.indexOf("d1-1335"),
              ),
            }
          : p,
      ),
    };
    // Meetings of the late participant that had started stay; the rest obey the new availability.
    const excused = new Set(
      slotIds.slice(0, slotIds.indexOf("d1-1040")).map((s) => `${late} unavailable in ${s}`),
    );
    const violations = hardRuleViolations(changed, out.result).filter((v) => !excused.has(v));
    expect(violations).toEqual([]);
    frozenUntouched(plan, out.result, "d1-1040");
    const displaced = plan.assignments.filter((a) => {
      const m = byMeeting.get(a.meeting)!;
      const i = slotIds.indexOf(a.slot);
      return (
        (m.a === late || m.b === late) && i >= slotIds.indexOf("d1-1040") && i < slotIds.indexOf("d1-1335")
      );
    });
    expect(displaced.length).toBeGreaterThan(0);
    expect(out.moved).toBeLessThanOrEqual(displaced.length * 4);
    const before = where(plan);
    const after = where(out.result);
    expect(out.movedMeetings.every((id) => before.get(id) !== after.get(id))).toBe(true);
  });

  it("adds an urgent request and serves it", () => {
    const out = reschedule(inst, plan, {
      kind: "add",
      meeting: { id: "URGENT", a: "B001", b: "S0190", weight: 3 },
    });
    const withUrgent = {
      ...inst,
      meetings: [...inst.meetings, { id: "URGENT", a: "B001", b: "S0190", weight: 3 }],
    };
    expect(hardRuleViolations(withUrgent, out.result)).toEqual([]);
    expect(
      out.result.assignments.some((a) => a.meeting === "URGENT") ||
        out.result.unscheduled.some((u) => u.meeting === "URGENT"),
    ).toBe(true);
  });

  it("takes a table out of service from a slot on, keeping earlier meetings in place", () => {
    const out = reschedule(
      inst,
      plan,
      { kind: "tableDown", table: "T003", fromSlot: "d1-1335" },
      { startedBefore: "d1-1335" },
    );
    expect(hardRuleViolations(inst, out.result)).toEqual([]);
    frozenUntouched(plan, out.result, "d1-1335");
    const late = out.result.assignments.filter(
      (a) => a.table === "T003" && slotIds.indexOf(a.slot) >= slotIds.indexOf("d1-1335"),
    );
    expect(late).toEqual([]);
  });

  it("handles a participant unavailable for some slots, moving only what it must", () => {
    const a = plan.assignments.find((x) => x.slot === "d1-1400")!;
    const m = inst.meetings.find((x) => x.id === a.meeting)!;
    const out = reschedule(inst, plan, { kind: "unavailable", participant: m.b, slots: ["d1-1400"] });
    const changed: ScheduleInstance = {
      ...inst,
      participants: inst.participants.map((p) =>
        p.id === m.b ? { ...p, available: (p.available ?? slotIds).filter((s) => s !== "d1-1400") } : p,
      ),
    };
    expect(hardRuleViolations(changed, out.result)).toEqual([]);
    expect(out.moved).toBeLessThanOrEqual(6);
    expect(where(out.result).get(a.meeting)?.startsWith("d1-1400")).not.toBe(true);
  });

  it("rejects changes that name unknown things", () => {
    expect(() => reschedule(inst, plan, { kind: "cancel", meeting: "nope" })).toThrow(
      /unknown meeting 'nope'/,
    );
    expect(() => reschedule(inst, plan, { kind: "tableDown", table: "T999", fromSlot: "d1-0900" })).toThrow(
      /unknown table/,
    );
  });
});
