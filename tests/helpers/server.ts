import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "../..");

export interface RunningServer {
  url: string;
  output: () => string;
  stop(): Promise<void>;
}

/**
 * Starts the real production server (the built app, `scripts/start.ts`) on a free port against
 * the given database file. The build itself is made once by the global setup.
 */
export async function startServer(opts: {
  databasePath: string;
  env?: Record<string, string>;
}): Promise<RunningServer> {
  // Production requires PUBLIC_URL, and the CSRF check compares Origin with it: the port is
  // picked here (not PORT=0) so that PUBLIC_URL can name it.
  const port = opts.env?.PORT ?? String(await freePort());
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
        DATABASE_PATH: opts.databasePath,
        SESSION_SECRET: "test-secret-test-secret-test-secret-0123",
        MEILISEARCH_URL: "",
        ...opts.env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let out = "";
  child.stderr!.on("data", (d) => (out += d));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 30 s:\n${out}`)), 30_000);
    child.stdout!.on("data", (d) => {
      out += d;
      const m = /listening on (http:\/\/[\d.]+:\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${out}`));
    });
  });
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

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}
