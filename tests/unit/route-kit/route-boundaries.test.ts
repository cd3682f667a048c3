// Every page route answers its errors with the portal's one error page (inside the layout, in the
// reader's language), and no resource route does: a CSV, JSON, .ics, file or API route that
// exported an ErrorBoundary would answer a thrown 404 with an HTML page instead of its own
// Response. `node scripts/dev/route-boundaries.mjs` fixes the first kind of failure.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  BOUNDARY_LINE,
  hasAnyBoundary,
  isPageRoute,
  plan,
  routeFiles,
} from "../../../scripts/dev/route-boundaries.mjs";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const routes = routeFiles().map((file: string) => ({
  name: path.relative(ROOT, file),
  source: fs.readFileSync(file, "utf8"),
}));

describe("route error boundaries", () => {
  it("reads the route folder (pages and resource routes both present)", () => {
    expect(routes.length).toBeGreaterThan(50);
    expect(routes.some((r: { source: string }) => isPageRoute(r.source))).toBe(true);
    expect(routes.some((r: { source: string }) => !isPageRoute(r.source))).toBe(true);
  });

  it("every page route exports the GeneralErrorBoundary", () => {
    const missing = routes
      .filter((r: { source: string }) => isPageRoute(r.source))
      .filter((r: { source: string }) => !r.source.split("\n").some((l) => l.trim() === BOUNDARY_LINE))
      .map((r: { name: string }) => r.name);
    expect(missing, "run `node scripts/dev/route-boundaries.mjs`").toEqual([]);
  });

  it("no resource route exports an ErrorBoundary", () => {
    const wrong = routes
      .filter((r: { source: string }) => !isPageRoute(r.source) && hasAnyBoundary(r.source))
      .map((r: { name: string }) => r.name);
    expect(wrong).toEqual([]);
  });

  it("the root exports it too (errors above any route)", () => {
    const root = fs.readFileSync(path.join(ROOT, "app/root.tsx"), "utf8");
    expect(root).toContain(BOUNDARY_LINE);
  });
});

describe("route-boundaries script", () => {
  const page = `export async function loader() { return null; }\nexport default function P() { return null; }\n`;
  const resource = `export async function loader() { return new Response("a,b"); }\n`;

  it("tells a page (default export) from a resource route", () => {
    expect(isPageRoute(page)).toBe(true);
    expect(isPageRoute(`function P() {}\nexport { P as default };\n`)).toBe(true);
    expect(isPageRoute(resource)).toBe(false);
    // "default" in a body is not an export.
    expect(isPageRoute(`export function loader() { const x = { default: 1 }; return x; }\n`)).toBe(false);
  });

  it("adds the line to a page once, and leaves it alone afterwards", () => {
    const result = plan(page);
    expect(result.status).toBe("added");
    expect(result.next).toBe(`${page}\n${BOUNDARY_LINE}\n`);
    expect(plan(result.next!).status).toBe("ok");
  });

  it("takes the line off a resource route", () => {
    const result = plan(`${resource}\n${BOUNDARY_LINE}\n`);
    expect(result.status).toBe("removed");
    expect(result.next).toBe(resource);
  });

  it("reports a hand-written boundary on a page instead of adding a second one", () => {
    const custom = `${page}export function ErrorBoundary() { return null; }\n`;
    expect(plan(custom)).toEqual({ status: "custom" });
    expect(hasAnyBoundary(custom)).toBe(true);
  });
});
