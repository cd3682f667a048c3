import { defineConfig } from "vitest/config";
import tsconfigPaths from "vite-tsconfig-paths";

// Separate from vite.config.ts on purpose: the Remix plugin must not run under Vitest.
export default defineConfig({
  plugins: [tsconfigPaths()],
  test: {
    include: ["tests/**/*.test.ts", "tests/**/*.test.tsx"],
    // Run by `npm run test:postgres` (vitest.postgres.config.ts), which needs TEST_POSTGRES_URL.
    exclude: ["tests/postgres/**", "**/node_modules/**"],
    globalSetup: ["tests/helpers/global-setup.ts"],
    setupFiles: ["tests/helpers/setup.ts"],
    pool: "forks",
    maxWorkers: 2,
    // Generous: the suite must pass on a loaded 2-core machine; speed is measured in scripts/bench/.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    reporters: ["default", ["json", { outputFile: "test-results/vitest.json" }]],
  },
});
