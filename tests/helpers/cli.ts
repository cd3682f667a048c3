import path from "node:path";
import { spawn } from "node:child_process";
import { dbEnv } from "./db";

const ROOT = path.resolve(import.meta.dirname, "../..");

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Starts `npm run cli -- ARGS` against a test's database (SQLite file or PostgreSQL URL);
 * `done` gives its exit and output. tsx's loader runs in this very process: the tsx command
 * would run the CLI in a grandchild that a SIGKILL of its parent does not reach.
 */
export function startCli(dbFile: string, args: string[]) {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/cli.ts", ...args], {
    cwd: ROOT,
    env: { ...process.env, ...dbEnv(dbFile) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => (stdout += d));
  child.stderr.on("data", (d) => (stderr += d));
  const done = new Promise<CliRun>((resolve) =>
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, done };
}

/** Runs the CLI to its end. */
export const runCli = (dbFile: string, args: string[]) => startCli(dbFile, args).done;
