// A real test database holding an imported directory and the embedded engine indexed over it: what
// the search integration tests query (the importer maps firms' terms, search/documents.ts builds
// the documents, the engine answers).
import path from "node:path";
import type SQLite from "better-sqlite3";
import { afterAll, beforeAll, expect } from "vitest";
import { importDirectory } from "../../app/services/import/run.server";
import { supplierDocs } from "../../search/documents";
import { EmbeddedEngine } from "../../search/embedded/engine";
import { openLocalIndex } from "../../search/follow";
import { freshDb } from "./db";

type Opened = Awaited<ReturnType<typeof freshDb>>;

/**
 * The embedded engine where the server keeps it (search/index.ts): in the SQLite file itself, or on
 * PostgreSQL in a local index file in the test's own folder. `close` closes that index file (the
 * SQLite file's handle is the database's, closed with it).
 */
export function embeddedEngineFor(opened: Opened): { engine: EmbeddedEngine; close: () => void } {
  const local: SQLite.Database | undefined =
    opened.dialect === "sqlite" ? undefined : openLocalIndex(path.join(opened.dir, "search-index.db"));
  return { engine: new EmbeddedEngine(local ?? opened.sqlite), close: () => local?.close() };
}

export async function indexedDirectory(suppliers: unknown[]) {
  const opened = await freshDb();
  const report = await importDirectory(
    opened,
    { format: "cnht-directory/1", suppliers, buyers: [], requests: [] },
    { actor: "test" },
  );
  expect(report.rejections).toEqual([]);
  const { engine, close } = embeddedEngineFor(opened);
  await engine.init();
  await engine.upsert(await supplierDocs(opened.db));
  return {
    opened,
    engine,
    /** Closes the index file (on PostgreSQL) and the test database. */
    close: async () => {
      close();
      await opened.close();
    },
  };
}

/**
 * For the describe block it is called in: a directory of `suppliers` imported and indexed before
 * the block's tests, closed after them. Gives the refs of the firms a query finds (50 at most).
 */
export function searchedDirectory(suppliers: unknown[]): (q: string) => Promise<string[]> {
  let index: Awaited<ReturnType<typeof indexedDirectory>> | undefined;
  beforeAll(async () => {
    index = await indexedDirectory(suppliers);
  }, 240_000);
  afterAll(async () => {
    await index?.close();
  });
  return async (q) => (await index!.engine.search({ q, limit: 50 })).hits.map((h) => h.ref);
}
