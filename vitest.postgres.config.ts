import { defineConfig } from "vitest/config";
import tsconfigPaths from "vite-tsconfig-paths";
import { POSTGRES_SUITES } from "./tests/helpers/postgres-suites";

// `npm run test:postgres`: tests/postgres/ and the shared suites of tests/helpers/postgres-suites.ts
// again, on PostgreSQL (TEST_POSTGRES_URL). freshDb() (tests/helpers/db.ts) hands each test its own
// PostgreSQL database when CNHT_TEST_DATABASE=postgres, and startServer() points the server at it
// (docs/decisions/400-postgresql-test-run-and-batched-import.md). The suites not run there, and
// why, are POSTGRES_NOT_YET in the same file.
export default defineConfig({
  plugins: [tsconfigPaths()],
  test: {
    // Without a server the shared suites would fail in their beforeAll; they are listed as
    // skipped instead (tests/postgres/suites-skipped.test.ts).
    include: ["tests/postgres/**/*.test.ts", ...(process.env.TEST_POSTGRES_URL ? POSTGRES_SUITES : [])],
    exclude: process.env.TEST_POSTGRES_URL ? ["tests/postgres/suites-skipped.test.ts"] : [],
    env: { CNHT_TEST_DATABASE: "postgres" },
    globalSetup: ["tests/helpers/postgres-setup.ts"],
    setupFiles: ["tests/helpers/setup.ts"],
    pool: "forks",
    maxWorkers: 2,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    reporters: ["default", ["json", { outputFile: "test-results/vitest-postgres.json" }]],
  },
});
