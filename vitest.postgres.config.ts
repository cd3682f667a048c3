import { defineConfig } from "vitest/config";
import tsconfigPaths from "vite-tsconfig-paths";
import { POSTGRES_SUITES } from "./tests/helpers/postgres-suites";

// `npm run test:postgres`: the database-level suites again, on PostgreSQL (TEST_POSTGRES_URL).
// freshDb() (tests/helpers/db.ts) hands each test its own PostgreSQL database when
// CNHT_TEST_DATABASE=postgres. Suites that start the HTTP server or a browser, or read the
// database through the raw better-sqlite3 handle in their assertions, stay SQLite-only for now;
// tests/postgres/ covers the importer, profile writes and search following on PostgreSQL.
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
