import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The layers are kept by lint (decision 250): these lint the repository's own config against
// small sources placed in each layer, so that a rule dropped or loosened in eslint.config.js fails
// here, not in a review months later.
const root = fileURLToPath(new URL("../../../", import.meta.url));
const eslint = new ESLint({ cwd: root });

async function restricted(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return result.messages.filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

describe("import direction", () => {
  it.each([
    ["db/queries/plan.ts", `export { scheduleExact } from "../../app/modules/scheduling";`],
    ["db/queries/plan.ts", `export { solve } from "../../app/modules/scheduling/exact";`],
    ["search/ranking.ts", `export { matchScore } from "../app/modules/matching";`],
  ])(
    "refuses %s running the scheduler or the matcher (%s)",
    async (file, source) => {
      expect(await restricted(file, source)).toEqual([expect.stringMatching(/never run the scheduler/)]);
    },
    60_000,
  );

  it("lets db/queries take domain types, and app/services run the scheduler", async () => {
    const schedule = readFileSync(`${root}db/queries/events-schedule.ts`, "utf8");
    expect(schedule).toMatch(/from "\.\.\/\.\.\/app\/modules\/events\/instance"/);
    expect(await restricted("db/queries/events-schedule.ts", schedule)).toEqual([]);
    const service = readFileSync(`${root}app/services/events/schedule.server.ts`, "utf8");
    expect(service).toMatch(/from "\.\.\/\.\.\/modules\/scheduling"/);
    expect(await restricted("app/services/events/schedule.server.ts", service)).toEqual([]);
  }, 60_000);
});
