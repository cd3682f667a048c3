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

/**
 * Written beside a finished build: the mode it was made in. The build is always a production one
 * (decision 471): the browser bundle takes React's development or production build from
 * NODE_ENV at build time, and a build started under vitest (NODE_ENV=test) shipped the development
 * one — 450 KB instead of 260 KB, several times slower to hydrate — to every browser the server
 * it fed served, the pages bench's Lighthouse included.
 */
export const BUILD_MODE_FILE = () => path.join(BUILD_DIR, "build-mode.txt");

/**
 * The build is stale when it is missing, older than any source it is made from, or not known to
 * be a production build (one made before the mode was recorded, or by hand with another NODE_ENV).
 */
export function buildIsStale(): boolean {
  const out = path.join(BUILD_DIR, "server/index.js");
  if (!fs.existsSync(out)) return true;
  const mode = fs.existsSync(BUILD_MODE_FILE()) ? fs.readFileSync(BUILD_MODE_FILE(), "utf8").trim() : "";
  if (mode !== "production") return true;
  const built = fs.statSync(out).mtimeMs;
  return SOURCES.some((s) => newest(path.join(ROOT, s)) > built);
}

export function buildIfStale(log: (m: string) => void = () => {}): boolean {
  if (!buildIsStale()) return false;
  log("Building the web app (first run or sources changed)…");
  build();
  return true;
}

/**
 * The production build, and its mode recorded: `npm run build` comes here too, so a build made by
 * hand (the deploy steps) is not taken for an unknown one and made again by the next start.
 */
export function build(stdout: "ignore" | "inherit" = "ignore"): void {
  execFileSync(process.execPath, [path.join(ROOT, "node_modules/@remix-run/dev/dist/cli.js"), "vite:build"], {
    cwd: ROOT,
    stdio: ["ignore", stdout, "inherit"],
    // Whatever the caller runs under (vitest sets "test"): what is served is the production build.
    env: { ...process.env, NODE_ENV: "production" },
  });
  fs.writeFileSync(BUILD_MODE_FILE(), "production\n");
}
