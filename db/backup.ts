import fs from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import { openDatabase } from "./connection";
import { migrateToLatest } from "./migrate";
import { migrations } from "./migrations/index";

// Online backup and restore of the portal's SQLite file (`cli backup` / `cli restore`).
// The backup goes through SQLite's backup API, in one step, so it reads one consistent
// snapshot while the server keeps writing (WAL: readers never block the writer); a restore
// only happens when nothing else has the database open. Both write a temporary file beside
// the target and rename it, so a crash never leaves half a file under the final name.

export class BackupError extends Error {}

/** What a file holds when it is a portal database. */
export interface DatabaseFacts {
  bytes: number;
  migrations: number;
  organisations: number;
  users: number;
}

const PRIVATE = 0o600;

function createPrivateFile(file: string) {
  fs.closeSync(
    fs.openSync(file, fs.constants.O_CREAT | fs.constants.O_EXCL | fs.constants.O_WRONLY, PRIVATE),
  );
}

function tempBeside(file: string, tag: string): string {
  return path.join(
    path.dirname(path.resolve(file)),
    `.${path.basename(file)}.${tag}-${process.pid}-${Date.now()}`,
  );
}

/** Copies the open database into `dest` (a fresh private file), consistent as of one moment. */
async function copyInto(source: SQLite.Database, dest: string) {
  createPrivateFile(dest);
  // The first step only starts the backup; the progress answer makes the next one copy every
  // remaining page at once: one read snapshot, so concurrent writes can neither tear the copy
  // nor restart it forever.
  await source.backup(dest, { progress: () => 0x7fffffff });
  // The copy carries the source's WAL flag; a backup is one self-contained file.
  const copy = new SQLite(dest, { fileMustExist: true });
  copy.pragma("journal_mode = DELETE");
  copy.close();
}

/**
 * Checks that `file` is a portal database this code can run: SQLite's own check passes, the
 * portal's tables are there, and no migration is unknown (a newer portal's file). Returns the
 * names of the migrations it lacks (applied on restore).
 */
export function inspectDatabase(file: string): DatabaseFacts & { missing: string[] } {
  if (!fs.existsSync(file)) throw new BackupError(`${file} does not exist.`);
  let db: SQLite.Database;
  try {
    db = new SQLite(file, { readonly: true, fileMustExist: true });
  } catch (e) {
    throw new BackupError(`${file} cannot be opened as a database: ${(e as Error).message}`);
  }
  try {
    let check: string;
    try {
      check = String(db.pragma("quick_check", { simple: true }));
    } catch (e) {
      throw new BackupError(`${file} is not an SQLite database (${(e as Error).message}).`);
    }
    if (check !== "ok") throw new BackupError(`${file} is damaged: SQLite's check says "${check}".`);
    const tables = new Set(
      (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map(
        (r) => r.name,
      ),
    );
    const lacking = ["kysely_migration", "organisations", "users"].filter((t) => !tables.has(t));
    if (lacking.length)
      throw new BackupError(`${file} is not a portal database (no table ${lacking.join(", ")}).`);
    const applied = (db.prepare("SELECT name FROM kysely_migration").all() as { name: string }[]).map(
      (r) => r.name,
    );
    const unknown = applied.filter((n) => !(n in migrations));
    if (unknown.length)
      throw new BackupError(
        `${file} was made by a newer version of the portal (migrations unknown here: ${unknown.join(", ")}); update the portal first.`,
      );
    const count = (t: string) => (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
    return {
      bytes: fs.statSync(file).size,
      migrations: applied.length,
      organisations: count("organisations"),
      users: count("users"),
      missing: Object.keys(migrations).filter((n) => !applied.includes(n)),
    };
  } finally {
    db.close();
  }
}

/** `cli backup FILE`: safe while the server serves. Refuses to overwrite FILE unless `force`. */
export async function backupDatabase(databasePath: string, dest: string, opts: { force?: boolean } = {}) {
  if (!fs.existsSync(databasePath)) throw new BackupError(`No database at ${databasePath}.`);
  if (path.resolve(dest) === path.resolve(databasePath))
    throw new BackupError("The backup file must not be the database itself.");
  if (fs.existsSync(dest) && !opts.force)
    throw new BackupError(`${dest} already exists; choose another name or add --force.`);
  if (!fs.existsSync(path.dirname(path.resolve(dest))))
    throw new BackupError(`The folder of ${dest} does not exist.`);
  const tmp = tempBeside(dest, "partial");
  const source = new SQLite(databasePath, { fileMustExist: true, timeout: 5000 });
  try {
    await copyInto(source, tmp);
    const facts = inspectDatabase(tmp);
    fs.renameSync(tmp, dest);
    return facts;
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  } finally {
    source.close();
  }
}

/**
 * Is another connection (the server, a CLI command) holding the database open? In WAL mode
 * every open connection keeps a shared lock, so an exclusive lock is only granted when there is
 * none. Returns the connection holding that lock (the caller closes it), or null when busy.
 */
function lockExclusively(file: string): SQLite.Database | null {
  const db = new SQLite(file, { fileMustExist: true, timeout: 0 });
  try {
    db.pragma("locking_mode = EXCLUSIVE");
    db.exec("BEGIN EXCLUSIVE; COMMIT");
    return db;
  } catch (e) {
    db.close();
    if ((e as { code?: string }).code === "SQLITE_BUSY") return null;
    throw e;
  }
}

function stamp(d: Date) {
  return d
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z");
}

/**
 * `cli restore FILE`: replaces the database with a verified backup, keeping the replaced file as
 * `DATABASE.before-restore-STAMP`. Refuses while anything has the database open: stop the server
 * first. A backup older than this code is migrated to the current schema.
 */
export async function restoreDatabase(databasePath: string, backupFile: string, now = new Date()) {
  const facts = inspectDatabase(backupFile);
  if (path.resolve(backupFile) === path.resolve(databasePath))
    throw new BackupError("The backup file is the database itself.");
  fs.mkdirSync(path.dirname(path.resolve(databasePath)), { recursive: true, mode: 0o700 });

  // The new database is made complete beside the old one first (copied through SQLite, so a
  // backup still in WAL mode comes with its last writes, then migrated).
  const tmp = tempBeside(databasePath, "restoring");
  const source = new SQLite(backupFile, { readonly: true, fileMustExist: true });
  try {
    await copyInto(source, tmp);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  } finally {
    source.close();
  }
  let applied = 0;
  try {
    const opened = openDatabase(tmp);
    applied = (await migrateToLatest(opened.db)).results?.length ?? 0;
    opened.sqlite.pragma("journal_mode = DELETE"); // openDatabase switched it back to WAL
    await opened.close();
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }

  let kept: string | null = null;
  if (fs.existsSync(databasePath)) {
    const live = lockExclusively(databasePath);
    if (!live) {
      fs.rmSync(tmp, { force: true });
      throw new BackupError(
        `${databasePath} is in use (is the portal running?). Stop the server (e.g. systemctl stop cnht-portal), run restore again, then start it.`,
      );
    }
    try {
      kept = `${databasePath}.before-restore-${stamp(now)}`;
      await copyInto(live, kept);
      // Nothing may be left in a -wal file that SQLite would replay into the restored file.
      live.pragma("wal_checkpoint(TRUNCATE)");
    } catch (e) {
      fs.rmSync(tmp, { force: true });
      live.close();
      throw e;
    }
    live.close();
  }
  for (const side of ["-wal", "-shm", "-journal"]) fs.rmSync(databasePath + side, { force: true });
  fs.renameSync(tmp, databasePath);
  return { ...facts, applied, kept };
}
