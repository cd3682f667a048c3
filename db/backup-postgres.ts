import { spawn } from "node:child_process";
import fs from "node:fs";
import { BackupError } from "./backup";

/**
 * `cli backup` / `cli restore` on PostgreSQL: PostgreSQL's own tools, pg_dump's custom format
 * (docs/decisions/400-postgresql-test-run-and-batched-import.md). The password travels in
 * PGPASSWORD, not on the command line where any local user's `ps` would show it.
 */
function run(tool: string, args: string[], url: string): Promise<void> {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = "";
  return new Promise((resolve, reject) => {
    const child = spawn(tool, [...args, `--dbname=${u.toString()}`], {
      env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let err = "";
    child.stderr.on("data", (d) => (err += d));
    child.on("error", (e) =>
      reject(
        (e as NodeJS.ErrnoException).code === "ENOENT"
          ? new BackupError(
              `${tool} is not installed: install PostgreSQL's client tools (Debian: postgresql-client)`,
            )
          : e,
      ),
    );
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new BackupError(`${tool} failed (exit ${code}): ${err.trim()}`)),
    );
  });
}

/** A pg_dump of the database at `url` into `file` (custom format); an existing file only with force. */
export async function backupPostgres(
  url: string,
  file: string,
  opts: { force?: boolean } = {},
): Promise<number> {
  if (fs.existsSync(file) && !opts.force) throw new BackupError(`${file} exists (--force replaces it)`);
  const tmp = `${file}.partial`;
  await run("pg_dump", ["--format=custom", "--no-owner", `--file=${tmp}`], url);
  fs.renameSync(tmp, file);
  return fs.statSync(file).size;
}

/** Replaces the database's contents with a backup made by backupPostgres, in one transaction. */
export async function restorePostgres(url: string, file: string): Promise<void> {
  if (!fs.existsSync(file)) throw new BackupError(`${file} does not exist`);
  await run("pg_restore", ["--clean", "--if-exists", "--no-owner", "--single-transaction", file], url);
}
