import type SQLite from "better-sqlite3";

// The embedded engine's own tables, created by EmbeddedEngine.init() rather than by a dated
// migration: they are derived data that `cli reindex` rebuilds, their layout follows the engine's
// version, and a Meilisearch deployment never needs them (docs/decisions/040-embedded-search.md).
// Bump SCHEMA_VERSION whenever the layout or the analysis changes: init() then drops and recreates
// the tables and the outbox worker refills them.
export const SCHEMA_VERSION = "4"; // 2: Japanese kana folding (decision 480); 3: okurigana of compound nouns (decision 535); 4: a description's product words are not its process (decision 680)

/**
 * search_fts holds the analysed text (shared analyser tokens joined by spaces, punctuation inside
 * tokens encoded as "_"), one column per searchable attribute in ranking order. The "ascii"
 * tokenizer splits on ASCII spaces and punctuation only and keeps every non-ASCII character,
 * so FTS5 sees exactly our tokens ("6061_t6", "射出成形") and never re-analyses them.
 */
const CREATE = [
  `CREATE TABLE IF NOT EXISTS search_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)`,
  `CREATE TABLE IF NOT EXISTS search_docs (
    id INTEGER PRIMARY KEY,
    ref TEXT NOT NULL UNIQUE,
    doc TEXT NOT NULL,
    hash TEXT NOT NULL
  )`,
  `CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5(
    name, capabilities, description,
    tokenize = "ascii tokenchars '_'",
    prefix = '1 2 3'
  )`,
  `CREATE VIRTUAL TABLE IF NOT EXISTS search_vocab USING fts5vocab(search_fts, 'row')`,
];

const DROP = [
  `DROP TABLE IF EXISTS search_vocab`,
  `DROP TABLE IF EXISTS search_fts`,
  `DROP TABLE IF EXISTS search_docs`,
  `DROP TABLE IF EXISTS search_meta`,
];

/** Creates the tables, or recreates them empty when they were made by another SCHEMA_VERSION. */
export function ensureSchema(sqlite: SQLite.Database): { recreated: boolean } {
  const hasMeta = sqlite
    .prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'search_meta'`)
    .get();
  let recreated = false;
  sqlite.transaction(() => {
    if (hasMeta) {
      const row = sqlite.prepare(`SELECT value FROM search_meta WHERE key = 'schema'`).get() as
        { value: string } | undefined;
      if (row?.value !== SCHEMA_VERSION) {
        for (const s of DROP) sqlite.exec(s);
        recreated = true;
      }
    }
    for (const s of CREATE) sqlite.exec(s);
    sqlite
      .prepare(
        `INSERT INTO search_meta (key, value) VALUES ('schema', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`,
      )
      .run(SCHEMA_VERSION);
    sqlite.prepare(`INSERT OR IGNORE INTO search_meta (key, value) VALUES ('generation', '0')`).run();
  })();
  return { recreated };
}

/** Every write bumps the generation, so other processes' caches know to reload. */
export function bumpGeneration(sqlite: SQLite.Database): number {
  const row = sqlite
    .prepare(
      `UPDATE search_meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation' RETURNING value`,
    )
    .get() as { value: string | number };
  return Number(row.value);
}

export function readGeneration(sqlite: SQLite.Database): number {
  const row = sqlite.prepare(`SELECT value FROM search_meta WHERE key = 'generation'`).get() as
    { value: string } | undefined;
  return row ? Number(row.value) : 0;
}
