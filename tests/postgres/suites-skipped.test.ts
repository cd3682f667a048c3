import { describe, it } from "vitest";
import { postgresSkipReason } from "../helpers/postgres";
import { POSTGRES_SUITES } from "../helpers/postgres-suites";

// Run only without TEST_POSTGRES_URL, when the shared suites are left out (vitest.postgres.config.ts):
// each is listed here as skipped, so the report counts them instead of silently dropping them.
const skip = postgresSkipReason();

describe("PostgreSQL suites not run", () => {
  for (const file of POSTGRES_SUITES) it.skip(`${file}: ${skip}`, () => {});
});
