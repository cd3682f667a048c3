import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

// Debian's nginx for the deployment tests (tests/integration/deploy/nginx.test.ts, the
// two-instance test): a main configuration of the test's own in a temporary folder, so nothing
// of the system's nginx is used or touched. `.ci/run` installs the package.

export const NGINX = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((p) => fs.existsSync(p));

export { freePort } from "./ports";

export interface RunningNginx {
  process: ChildProcess;
  output(): string;
  stop(): Promise<void>;
}

/**
 * Checks (`nginx -t`) and starts nginx in the foreground with `httpLines` inside its `http {}`
 * block, everything it writes (pid, logs, temp files) under `dir`. Readiness is the caller's to
 * poll: only it knows what an answer through its site looks like.
 */
export function startNginx(dir: string, httpLines: string[]): RunningNginx {
  fs.writeFileSync(
    path.join(dir, "nginx.conf"),
    [
      // Workers as root when the test runs as root (CI): they need the temp dir, mode 0700.
      process.getuid?.() === 0 ? "user root;" : "",
      "daemon off;",
      "worker_processes 1;",
      `pid ${path.join(dir, "nginx.pid")};`,
      `error_log ${path.join(dir, "error.log")} warn;`,
      "events { worker_connections 128; }",
      "http {",
      ...["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map(
        (n) => `  ${n}_temp_path ${path.join(dir, n)};`,
      ),
      ...httpLines.map((l) => `  ${l}`),
      "}",
    ].join("\n"),
  );
  const args = ["-p", dir, "-c", path.join(dir, "nginx.conf"), "-e", path.join(dir, "error.log")];
  const check = spawnSync(NGINX!, ["-t", ...args], { encoding: "utf8" });
  if (check.status !== 0) throw new Error(`nginx -t failed:\n${check.stderr}`);
  const child = spawn(NGINX!, args, { stdio: ["ignore", "pipe", "pipe"] });
  let out = "";
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (out += d));
  return {
    process: child,
    output: () => out,
    async stop() {
      if (child.exitCode !== null) return;
      const gone = new Promise((r) => child.once("exit", r));
      child.kill("SIGQUIT");
      await gone;
    },
  };
}
