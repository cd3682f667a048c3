import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { run } from "../../../scripts/cli/schedule";
import { allowConsoleError } from "../../helpers/setup";
import { hardRuleViolations } from "./check";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "schedule-cli-"));
const fixture = path.join(__dirname, "../../fixtures/schedule-konig.json");

describe("cli schedule", () => {
  it("solves a sample, writes the result and prints one summary line", async () => {
    const out = path.join(dir, "konig-result.json");
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const code = await run(["--in", fixture, "--out", out]);
    const lines = log.mock.calls.map((c) => String(c[0]));
    log.mockRestore();
    expect(code).toBe(0);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^konig: placed 640\/640 meetings, weight 640 of at most 640 \(optimal\), suppliers served 271\/271, idle gaps \d+( \([a-z ]+\d*[a-z ]*\))?, [\d.]+ s$/,
    );
    const inst = JSON.parse(fs.readFileSync(fixture, "utf8"));
    expect(hardRuleViolations(inst, JSON.parse(fs.readFileSync(out, "utf8")))).toEqual([]);
  });

  it("says how far the plan can be from the best possible when it is not proven optimal", async () => {
    const sample = path.join(__dirname, "../../fixtures/schedule-fair2020.json");
    const out = path.join(dir, "fair-result.json");
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    // Heuristic only: the bound is the time-free one, 722 + a little, so a gap is left.
    const code = await run(["--in", sample, "--out", out, "--exact-ms", "0"]);
    const lines = log.mock.calls.map((c) => String(c[0]));
    log.mockRestore();
    expect(code).toBe(0);
    expect(lines[0]).toMatch(
      /^fair2020\S*: placed \d+\/730 meetings, weight \d+ of at most \d+ \(within \d+\.\d % of the best possible\), suppliers served 175\/\d+, /,
    );
    const [, weight, bound, gap] = /weight (\d+) of at most (\d+) \(within ([\d.]+) %/.exec(lines[0])!;
    expect(Number(gap)).toBeGreaterThan(0);
    expect(Number(gap)).toBeCloseTo(
      Math.ceil(((Number(bound) - Number(weight)) / Number(bound)) * 1000) / 10,
      5,
    );
  });

  it("refuses an invalid instance with exit 1 and says what is wrong", async () => {
    const bad = path.join(dir, "bad.json");
    fs.writeFileSync(
      bad,
      JSON.stringify({
        format: "cnht-schedule/1",
        slots: [],
        tables: [],
        participants: [],
        meetings: [{ id: "M1", a: "B1", b: "S1" }],
      }),
    );
    const messages: string[] = [];
    const code = await allowConsoleError(async () => {
      const spy = vi
        .spyOn(console, "error")
        .mockImplementation((m: unknown) => void messages.push(String(m)));
      try {
        return await run(["--in", bad, "--out", path.join(dir, "x.json")]);
      } finally {
        spy.mockRestore();
      }
    });
    expect(code).toBe(1);
    expect(messages.join("\n")).toContain("meetings[0].a: unknown participant 'B1'");
    expect(fs.existsSync(path.join(dir, "x.json"))).toBe(false);
  });

  it("requires --in and --out", async () => {
    const code = await allowConsoleError(() => run(["--in", fixture]));
    expect(code).toBe(1);
  });
});
