// The database-level suites that `npm run test:postgres` runs again on PostgreSQL. Shared by
// vitest.postgres.config.ts and tests/postgres/suites-skipped.test.ts: without TEST_POSTGRES_URL
// they are not started (their beforeAll would fail) but reported one by one as skipped.
export const POSTGRES_SUITES = [
  "tests/integration/events/requests.test.ts",
  "tests/integration/events/schedule.test.ts",
  "tests/integration/mail/delivery.test.ts",
  "tests/integration/auth/accounts.test.ts",
  "tests/integration/programme/kpi-db.test.ts",
];
