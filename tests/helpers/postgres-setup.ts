import fs from "node:fs";
import path from "node:path";
import { buildIfStale, ROOT } from "../../scripts/lib/build";
import { createRunTemplate, dropDatabase, TEST_POSTGRES_URL } from "./postgres";

// globalSetup of `npm run test:postgres`: one migrated template database for the run (each test
// copies it with CREATE DATABASE … TEMPLATE), dropped at the end. Without TEST_POSTGRES_URL the
// run says so here and every PostgreSQL test is reported as skipped.
export default async function setup() {
  fs.mkdirSync(path.join(ROOT, "test-results"), { recursive: true });
  if (!TEST_POSTGRES_URL) {
    console.warn(
      "\n*** TEST_POSTGRES_URL is not set: the PostgreSQL suites are SKIPPED, not run. ***\n" +
        "*** Set it to postgres://user:pass@host/postgres for a role with CREATEDB (.ci/run does). ***\n",
    );
    return;
  }
  // The HTTP suites start the built server, as under `npm test` (CI builds once, SKIP_BUILD=1).
  if (process.env.SKIP_BUILD !== "1") buildIfStale();
  const name = await createRunTemplate();
  process.env.CNHT_PG_TEMPLATE = name;
  return async () => {
    await dropDatabase(name);
  };
}
