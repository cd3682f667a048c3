import fs from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { POSTGRES_NOT_YET, POSTGRES_SUITES } from "../helpers/postgres-suites";

// Every shared suite is either run on PostgreSQL or listed with the reason it is not
// (docs/decisions/450-portable-sql-for-postgres-suites.md): a new suite cannot be left out
// of `npm run test:postgres` silently, and a renamed one cannot linger in a list.
const ROOT = path.resolve(import.meta.dirname, "../..");

function suites(dir: string): string[] {
  return (fs.readdirSync(path.join(ROOT, dir), { recursive: true }) as string[])
    .filter((f) => f.endsWith(".test.ts"))
    .map((f) => `${dir}/${f.split(path.sep).join("/")}`);
}

it("lists every integration and contract suite once, as run on PostgreSQL or not yet with a reason", () => {
  const onDisk = [...suites("tests/integration"), ...suites("tests/contract")].sort();
  const listed = [...POSTGRES_SUITES, ...Object.keys(POSTGRES_NOT_YET)].sort();
  expect(listed).toEqual(onDisk);
  for (const reason of Object.values(POSTGRES_NOT_YET)) expect(reason.trim()).not.toBe("");
});
