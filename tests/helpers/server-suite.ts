import { afterAll, beforeAll } from "vitest";
import type { Db } from "../../db/connection";
import { freshDb } from "./db";
import { startServer, type RunningServer } from "./server";
import { closeAll } from "./teardown";

/** What freshDb() gives: a migrated database of the test's own (its file and folder, on PostgreSQL its URL). */
export type TestDb = Awaited<ReturnType<typeof freshDb>>;

/** The database and the started server of a suite; read inside tests and hooks, never at collection time. */
export interface ServerSuite {
  /** The database as freshDb() made it, for what needs its file, folder or URL (`reopen`, uploads). */
  readonly fresh: TestDb;
  readonly db: Db;
  readonly server: RunningServer;
  /** The started server's address (what a Client or an Origin header takes). */
  readonly url: string;
}

/**
 * For the file (or describe block) that calls it: a fresh database, filled by `seed`, and the
 * built server started on it before the tests; both closed after them. A step that needs the
 * running server (logging clients in, posting a first form) is the caller's own `beforeAll`
 * after this call: vitest runs a file's beforeAll hooks in the order they are registered.
 * The set-up may take `timeout` ms (5 minutes unless told: the server alone may take 3 to start
 * on a loaded machine, tests/helpers/server.ts).
 */
export function serverSuite(
  seed?: (db: Db, fresh: TestDb) => Promise<unknown>,
  { env, timeout = 300_000 }: { env?: Record<string, string>; timeout?: number } = {},
): ServerSuite {
  let fresh: TestDb | undefined;
  let server: RunningServer | undefined;
  beforeAll(async () => {
    fresh = await freshDb();
    await seed?.(fresh.db, fresh);
    server = await startServer({ databasePath: fresh.file, env });
  }, timeout);
  afterAll(() => closeAll(server, fresh));
  const started = <T>(x: T | undefined): T => {
    if (x === undefined) throw new Error("serverSuite: read before its beforeAll ran (or after it failed)");
    return x;
  };
  return {
    get fresh() {
      return started(fresh);
    },
    get db() {
      return started(fresh).db;
    },
    get server() {
      return started(server);
    },
    get url() {
      return started(server).url;
    },
  };
}
