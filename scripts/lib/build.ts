import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";

export const ROOT = path.resolve(import.meta.dirname, "../..");
/** BUILD_DIR lets parallel checkouts and test runs build side by side (default: build/). */
export const BUILD_DIR = path.resolve(ROOT, process.env.BUILD_DIR || "build");
const SOURCES = ["app", "db", "search", "vite.config.ts", "tailwind.config.ts", "package-lock.json"];

function newest(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let t = 0;
  for (const e of fs.readdirSync(p)) t = Math.max(t, newest(path.join(p, e)));
  return t;
}

/** The build is stale when it is missing or older than any source it is made from. */
export function buildIsStale(): boolean {
  const out = path.join(BUILD_DIR, "server/index.js");
  if (!fs.existsSync(out)) return true;
  const built = fs.statSync(out).mtimeMs;
  return SOURCES.some((s) => newest(path.join(ROOT, s)) > built);
}

export function buildIfStale(log: (m: string) => void = () => {}): boolean {
  if (!buildIsStale()) return false;
  log("Building the web app (first run or sources changed)…");
  execFileSync(process.execPath, [path.join(ROOT, "node_modules/@remix-run/dev/dist/cli.js"), "vite:build"], {
    cwd: ROOT,
    stdio: ["ignore", "ignore", "inherit"],
  });
  return true;
}
