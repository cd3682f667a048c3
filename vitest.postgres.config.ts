import { defineConfig } from "vitest/config";
import tsconfigPaths from "vite-tsconfig-paths";

// `npm run test:postgres`: the database-level suites again, on PostgreSQL (TEST_POSTGRES_URL).
// freshDb() (tests/helpers/db.ts) hands each test its own PostgreSQL database when
// CNHT_TEST_DATABASE=postgres. Suites that start the HTTP server or a browser, or use the raw
// better-sqlite3 handle (importer, embedded search, backup), stay SQLite-only for now.
export default defineConfig({
  plugins: [tsconfigPaths()],
  test: {
    include: [
      "tests/postgres/**/*.test.ts",
      "tests/integration/events/requests.test.ts",
      "tests/integration/events/schedule.test.ts",
      "tests/integration/mail/delivery.test.ts",
      "tests/integration/auth/accounts.test.ts",
      "tests/integration/programme/kpi-db.test.ts",
    ],
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
