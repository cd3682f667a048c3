import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { findCycles } from "../../../scripts/dev/import-cycles.mjs";

// Issue #11: the import graph has no circles. `npm run lint` runs the same check; this pins it
// in the suite and shows the checker can fail (a made-up tree with circles it must find).
const root = fileURLToPath(new URL("../../../", import.meta.url));
const scratch = mkdtempSync(path.join(tmpdir(), "cnht-cycles-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(scratch, "t-"));
  for (const [name, source] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), source);
  }
  return dir;
}

describe("import circles", () => {
  it("finds none in app/, db/, search/ and scripts/", () => {
    expect(findCycles(root)).toEqual([]);
  }, 60_000);

  it("finds a circle through `~/`, relative and type-only imports, and nothing in a chain", () => {
    const dir = tree({
      "app/modules/a.ts": `import { b } from "./b";\nexport const a = b;`,
      "app/modules/b.ts": `import type { C } from "~/modules/c";\nexport const b = 1 as C;`,
      "app/modules/c.ts": `import { a } from "../modules/a.js";\nexport type C = typeof a;`,
      "db/queries/x.ts": `import { a } from "../../app/modules/a";\nexport const x = a;`,
      "search/y.ts": `import { x } from "../db/queries/x";\nimport { y2 } from "./y2";\nexport const y = x + y2;`,
      "search/y2.ts": `export const y2 = 2;`,
      "scripts/self.ts": `import { s } from "./self";\nexport const s = 1;`,
    });
    expect(findCycles(dir)).toEqual([
      ["app/modules/a.ts", "app/modules/b.ts", "app/modules/c.ts"],
      ["scripts/self.ts"],
    ]);
  });
});
