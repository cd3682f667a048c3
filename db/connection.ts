import fs from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, SqliteDialect, CamelCasePlugin } from "kysely";
import type { DB } from "./schema";

export type Db = Kysely<DB>;

export interface OpenDb {
  db: Db;
  /** The raw better-sqlite3 handle, for FTS5 work and synchronous transactions. */
  sqlite: SQLite.Database;
  close(): Promise<void>;
}

/**
 * Opens (creating the folder if needed) the portal's SQLite file.
 * WAL lets readers run while the importer or outbox worker writes; the busy timeout turns
 * short lock waits into waits rather than SQLITE_BUSY errors.
 */
export function openDatabase(file: string): OpenDb {
  if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  sqlite.pragma("synchronous = NORMAL");
  const db = new Kysely<DB>({
    dialect: new SqliteDialect({ database: sqlite }),
    plugins: [new CamelCasePlugin()],
  });
  return {
    db,
    sqlite,
    async close() {
      await db.destroy();
    },
  };
}
