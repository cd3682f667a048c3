import { afterAll, beforeAll } from "vitest";
import { freshPostgres } from "./postgres";

/** What freshPostgres() gives: a migrated PostgreSQL database of the test's own, its URL and folder. */
export type TestPostgres = Awaited<ReturnType<typeof freshPostgres>>;

/**
 * For the describe block that calls it: a fresh PostgreSQL database (freshPostgres) before its
 * tests, dropped after them. What the block reads (`db`, `file`, `dir`, `url`) is read inside
 * tests and hooks, never at collection time; a block's own set-up on the database is its own
 * `beforeAll` after this call (vitest runs them in the order they are registered, and its
 * `afterAll` hooks in the reverse order, so the database is dropped last).
 * Kept apart from tests/helpers/postgres.ts, which vitest's globalSetup imports without vitest.
 */
export function postgresSuite(): Pick<TestPostgres, "db" | "file" | "dir" | "url"> {
  let pg: TestPostgres | undefined;
  beforeAll(async () => {
    pg = await freshPostgres();
  });
  afterAll(async () => {
    await pg?.close();
  });
  const opened = (): TestPostgres => {
    if (!pg) throw new Error("postgresSuite: read before its beforeAll ran (or after it failed)");
    return pg;
  };
  return {
    get db() {
      return opened().db;
    },
    get file() {
      return opened().file;
    },
    get dir() {
      return opened().dir;
    },
    get url() {
      return opened().url;
    },
  };
}
