import { describe, expect, it } from "vitest";
import { validateInstance } from "../../../app/modules/scheduling";

const base = () => ({
  format: "cnht-schedule/1",
  slots: [{ id: "s1" }, { id: "s2" }],
  tables: ["T1"],
  participants: [
    { id: "B1", kind: "buyer", fixedTable: "T1" },
    { id: "S1", kind: "supplier", available: ["s1"], maxMeetings: 2 },
  ],
  meetings: [{ id: "M1", a: "B1", b: "S1", weight: 3 }],
});

describe("validateInstance", () => {
  it("accepts a well-formed instance", () => {
    const out = validateInstance(base());
    expect(out.ok).toBe(true);
  });

  it("names the exact place of each problem", () => {
    const x = base() as Record<string, unknown> & ReturnType<typeof base>;
    x.format = "v2";
    (x.participants[1] as Record<string, unknown>).available = ["s9"];
    (x.participants[0] as Record<string, unknown>).fixedTable = "T7";
    x.meetings.push({ id: "M1", a: "B1", b: "B9", weight: -1 });
    const out = validateInstance(x);
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.errors).toEqual([
      'format: expected "cnht-schedule/1", got "v2"',
      'participants[0].fixedTable: unknown table "T7"',
      'participants[1].available[0]: unknown slot "s9"',
      "meetings[1].id: duplicate meeting 'M1'",
      "meetings[1].b: unknown participant 'B9'",
      "meetings[1].weight: must be a positive number",
    ]);
  });

  it("rejects what is not an object", () => {
    expect(validateInstance([])).toEqual({ ok: false, errors: ["the instance must be a JSON object"] });
  });
});
