#!/usr/bin/env node
// Finds circles in the import graph of app/, db/, search/ and scripts/ (issue #11: "no
// circles"). Lint's no-restricted-imports keeps each edge pointing the right way between
// layers; a circle inside one layer (a → b → a) is what it cannot see, and it is how a module
// split in two quietly becomes one again. Type-only imports count too: they vanish at run time,
// but a type shared both ways means the two files are one thing, or a third file is missing.
// `node scripts/dev/import-cycles.mjs --check` lists the circles and exits 1 if there is one.
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

const LAYERS = ["app", "db", "search", "scripts"];

function sourceFiles(root) {
  const files = [];
  const walk = (dir) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "node_modules" && entry.name !== "build") walk(p);
      } else if (/\.(ts|tsx|mts)$/.test(entry.name) && !entry.name.endsWith(".d.ts")) files.push(p);
    }
  };
  for (const layer of LAYERS) walk(path.join(root, layer));
  return files;
}

/** The project's own imports of each file: relative ones and `~/` (vite-tsconfig-paths' app/). */
export function importGraph(root) {
  const files = sourceFiles(root);
  const known = new Set(files);
  const resolve = (from, spec) => {
    let base;
    if (spec.startsWith("~/")) base = path.join(root, "app", spec.slice(2));
    else if (spec.startsWith(".")) base = path.resolve(path.dirname(from), spec);
    else return null;
    base = base.replace(/\.js$/, "");
    const candidates = [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`];
    return candidates.find((c) => known.has(c)) ?? null;
  };
  const graph = new Map();
  for (const file of files) {
    const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, "utf8"), true, true);
    const deps = importedFiles.map((i) => resolve(file, i.fileName)).filter((d) => d !== null);
    graph.set(file, [...new Set(deps)]);
  }
  return graph;
}

/** Strongly connected components of more than one file (or a file importing itself): Tarjan. */
export function findCycles(root) {
  const graph = importGraph(root);
  let counter = 0;
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const cycles = [];
  const visit = (v) => {
    index.set(v, counter);
    low.set(v, counter);
    counter += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v)) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
    }
    if (low.get(v) !== index.get(v)) return;
    const component = [];
    let w;
    do {
      w = stack.pop();
      onStack.delete(w);
      component.push(path.relative(root, w));
    } while (w !== v);
    if (component.length > 1 || graph.get(v).includes(v)) cycles.push(component.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return cycles;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const root = path.resolve(import.meta.dirname, "../..");
  const cycles = findCycles(root);
  for (const c of cycles) console.log(`import circle: ${c.join(" → ")}`);
  if (process.argv.includes("--check") && cycles.length > 0) process.exit(1);
  if (cycles.length === 0) console.log("no import circles");
}
