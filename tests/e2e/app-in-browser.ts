import { afterAll, beforeAll } from "vitest";
import type { BrowserContext } from "playwright-core";
import type { Db } from "../../db/connection";
import { launchBrowser } from "../helpers/browser";
import { freshDb } from "../helpers/db";
import { startServer, type RunningServer } from "../helpers/server";
import { closeAll } from "../helpers/teardown";

export interface AppInBrowser {
  server: RunningServer;
  browser: BrowserContext;
}

/**
 * For the test file that calls it, at its top level: a fresh database filled by `seed`, the built
 * server on it and a browser, opened before the file's tests and closed after them (the server
 * before the database it serves). Its `server` and `browser` are set once the set-up ran.
 */
export function appInBrowser(seed: (db: Db) => Promise<unknown>, timeoutMs?: number): AppInBrowser {
  const app = {} as AppInBrowser;
  let closeDb: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const t = await freshDb();
    await seed(t.db);
    closeDb = () => t.close();
    [app.server, app.browser] = await Promise.all([startServer({ databasePath: t.file }), launchBrowser()]);
  }, timeoutMs);
  afterAll(() => closeAll(app.browser, app.server, closeDb));
  return app;
}
