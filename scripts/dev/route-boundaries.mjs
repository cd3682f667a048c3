#!/usr/bin/env node
// Gives every page route in app/routes the portal's one error page, and takes it off every
// resource route. Run after merging branches that add routes: `node scripts/dev/route-boundaries.mjs`
// (`--check` only lists what it would change and exits 1 if anything would).
//
// Why the split: in Remix a route that exports an ErrorBoundary answers its own thrown Responses
// as an HTML page. For a page that is what we want (the error inside the layout, in the reader's
// language); for a CSV, JSON, .ics, file or API route a client would get HTML where it expects
// data, so those must let the Response through as it is. A page route is one with a default
// (component) export; everything else is a resource route.
// A page route that still has a hand-written `export function ErrorBoundary` is listed, not
// rewritten: removing it means tidying its imports, which is a person's job.
import fs from "node:fs";
import path from "node:path";

export const BOUNDARY_LINE =
  'export { GeneralErrorBoundary as ErrorBoundary } from "~/components/general-error-boundary";';

const ROUTES = path.resolve(import.meta.dirname, "../../app/routes");

/** A route module has a component (a page) when it exports a default. */
export function isPageRoute(source) {
  return /^export\s+default\b/m.test(source) || /^export\s*\{[^}]*\bdefault\b[^}]*\}/m.test(source);
}

/** Any ErrorBoundary export: the kit's line, a function, a const or a re-export under that name. */
export function hasAnyBoundary(source) {
  return (
    /^export\s+(async\s+)?function\s+ErrorBoundary\b/m.test(source) ||
    /^export\s+(const|let)\s+ErrorBoundary\b/m.test(source) ||
    /^export\s*\{[^}]*\bErrorBoundary\b[^}]*\}/m.test(source)
  );
}

export function routeFiles(dir = ROUTES) {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => {
      const full = path.join(dir, e.name);
      // Folder routes (`name/route.tsx`) are read through their route module.
      if (e.isDirectory())
        return ["route.tsx", "route.ts"].map((f) => path.join(full, f)).filter(fs.existsSync);
      return /\.(tsx?|jsx?)$/.test(e.name) ? [full] : [];
    })
    .sort();
}

/** What the file should become, and why; `next` is undefined when nothing is to be written. */
export function plan(source) {
  const lines = source.split("\n");
  const has = lines.some((l) => l.trim() === BOUNDARY_LINE);
  if (isPageRoute(source)) {
    if (has) return { status: "ok" };
    if (hasAnyBoundary(source)) return { status: "custom" };
    const body = source.replace(/\s*$/, "");
    return { status: "added", next: `${body}\n\n${BOUNDARY_LINE}\n` };
  }
  if (!has) return { status: "ok" };
  const next = lines
    .filter((l) => l.trim() !== BOUNDARY_LINE)
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .replace(/\s*$/, "\n");
  return { status: "removed", next };
}

function main() {
  const check = process.argv.includes("--check");
  let changed = 0;
  let custom = 0;
  for (const file of routeFiles()) {
    const result = plan(fs.readFileSync(file, "utf8"));
    const name = path.relative(process.cwd(), file);
    if (result.status === "custom") {
      custom++;
      console.log(`custom  ${name}: has its own ErrorBoundary; replace it with the kit's line by hand`);
    } else if (result.next !== undefined) {
      changed++;
      console.log(`${result.status.padEnd(7)} ${name}`);
      if (!check) fs.writeFileSync(file, result.next);
    }
  }
  console.log(`${changed} file(s) ${check ? "to change" : "changed"}, ${custom} with a custom boundary`);
  if (check && (changed > 0 || custom > 0)) process.exitCode = 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) main();
