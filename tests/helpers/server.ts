import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { dbEnv } from "./db";
import { freePort } from "./ports";

const ROOT = path.resolve(import.meta.dirname, "../..");
const STARTUP_LIMIT_MS = 180_000;

export interface RunningServer {
  url: string;
  output: () => string;
  stop(): Promise<void>;
}

/**
 * Starts the real production server (the built app, `scripts/start.ts`) on a free port against
 * the given database file, or the PostgreSQL database whose URL freshDb() gave as `file`. The build itself is made once by the global setup.
 */
export async function startServer(opts: {
  databasePath: string;
  env?: Record<string, string>;
}): Promise<RunningServer> {
  // Production requires PUBLIC_URL, and the CSRF check compares Origin with it: the port is
  // picked here (not PORT=0) so that PUBLIC_URL can name it. Another test's server may still
  // take it between the pick and the bind; then the start is tried again on another port.
  if (opts.env?.PORT) return startOn(opts.env.PORT, opts);
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOn(String(await freePort()), opts);
    } catch (e) {
      if (attempt >= 5 || !/EADDRINUSE/.test(String(e))) throw e;
    }
  }
}

async function startOn(
  port: string,
  opts: { databasePath: string; env?: Record<string, string> },
): Promise<RunningServer> {
  const child: ChildProcess = spawn(
    process.execPath,
    ["--import", "tsx", path.join(ROOT, "scripts/start.ts")],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: "production",
        PORT: port,
        PUBLIC_URL: `http://127.0.0.1:${port}`,
        SKIP_BUILD: "1",
        SEED: "0",
        LOG_LEVEL: "warn",
        ...dbEnv(opts.databasePath),
        SESSION_SECRET: "test-secret-test-secret-test-secret-0123",
        MEILISEARCH_URL: "",
        ...opts.env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let out = "";
  child.stderr!.on("data", (d) => (out += d));
  // Ready means /readyz says so (database, migrations, search), not merely listening. The limit
  // is generous: a loaded CI machine may take long, a failure to start is reported at once.
  const deadline = Date.now() + STARTUP_LIMIT_MS;
  let exited: string | null = null;
  child.on("exit", (code) => (exited = `server exited with ${code}:\n${out}`));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`server did not listen in ${STARTUP_LIMIT_MS / 1000} s:\n${out}`)),
      STARTUP_LIMIT_MS,
    );
    child.stdout!.on("data", (d) => {
      out += d;
      const m = /listening on (http:\/\/[\d.]+:\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.on("exit", () => {
      clearTimeout(timer);
      reject(new Error(exited ?? "server exited"));
    });
  });
  let last = "";
  for (;;) {
    if (exited) throw new Error(exited);
    try {
      const res = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(10_000) });
      last = `${res.status} ${await res.text()}`;
      if (res.ok) break;
    } catch (e) {
      last = String(e);
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`server not ready in ${STARTUP_LIMIT_MS / 1000} s (last /readyz: ${last}):\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    output: () => out,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 3000).unref();
      }),
  };
}
