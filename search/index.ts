// A search engine over handles it is given: Meilisearch when MEILISEARCH_URL is set, else the
// embedded SQLite FTS5 engine in the portal's database. Initialised on first use; a failed
// initialisation (a Meilisearch that is not up yet) is retried by the next call instead of being
// remembered. The process's one engine lives in app/utils/search-engine.server.ts: search/ never
// reaches up into app/ (docs/decisions/250-layers.md).
import type SQLite from "better-sqlite3";
import type { DialectName } from "../db/dialect";
import type { SearchEngine, SearchParams, SupplierDoc } from "./engine";
import { EmbeddedEngine } from "./embedded/engine";
import { MeilisearchEngine } from "./meilisearch/engine";
import { openLocalIndex } from "./follow";

export type { SearchEngine, SearchParams, SearchResult, SearchHit, SupplierDoc, FacetName } from "./engine";

/** What an engine is built from: the configuration and the database handle. */
export interface SearchHandles {
  env: {
    MEILISEARCH_URL?: string;
    MEILISEARCH_API_KEY?: string;
    MEILISEARCH_INDEX_PREFIX: string;
    SEARCH_INDEX_PATH?: string;
  };
  sqlite: SQLite.Database;
  dialect?: DialectName;
}

/** An engine over the given handles (the process's own, or a test's or CLI command's database). */
export function createSearchEngine(
  services: SearchHandles,
  opts: { indexPrefix?: string } = {},
): SearchEngine {
  const { env } = services;
  const engine: SearchEngine = env.MEILISEARCH_URL
    ? new MeilisearchEngine({
        host: env.MEILISEARCH_URL,
        apiKey: env.MEILISEARCH_API_KEY,
        indexPrefix: opts.indexPrefix ?? env.MEILISEARCH_INDEX_PREFIX,
      })
    : services.dialect === "postgres"
      ? // On PostgreSQL each instance's index is a local file it rebuilds and keeps following
        // the search outbox (search/follow.ts).
        new EmbeddedEngine(openLocalIndex(env.SEARCH_INDEX_PATH))
      : new EmbeddedEngine(services.sqlite);
  return initialisedOnUse(engine);
}

/** Wraps an engine so that every call first awaits init() (once, retried after a failure). */
export function initialisedOnUse<E extends SearchEngine>(engine: E): SearchEngine {
  let ready: Promise<void> | null = null;
  const init = () => {
    ready ??= engine.init().catch((e) => {
      ready = null;
      throw e;
    });
    return ready;
  };
  const after =
    <A extends unknown[], R>(fn: (...a: A) => Promise<R>) =>
    async (...a: A): Promise<R> => {
      await init();
      return fn.apply(engine, a);
    };
  const wrapped: SearchEngine & { fingerprints?: () => Promise<Map<string, string>> } = {
    name: engine.name,
    init,
    upsert: after((docs: SupplierDoc[]) => engine.upsert(docs)),
    remove: after((refs: string[]) => engine.remove(refs)),
    clear: after(() => engine.clear()),
    search: after((p: SearchParams) => engine.search(p)),
    suggest: after((prefix: string, limit?: number) => engine.suggest(prefix, limit)),
    count: after(() => engine.count()),
    async health() {
      try {
        await init();
      } catch (e) {
        return { ok: false, detail: e instanceof Error ? e.message : String(e) };
      }
      return engine.health();
    },
  };
  const inspect = (engine as Partial<IndexInspector>).fingerprints;
  if (inspect) wrapped.fingerprints = after(() => inspect.call(engine));
  return wrapped;
}

/** What `cli search-check` needs beyond the SearchEngine interface: ref -> content hash. */
export interface IndexInspector {
  fingerprints(): Promise<Map<string, string>>;
}

export function inspectorOf(engine: SearchEngine): IndexInspector | null {
  const e = engine as SearchEngine & Partial<IndexInspector>;
  return e.fingerprints ? { fingerprints: () => e.fingerprints!() } : null;
}
