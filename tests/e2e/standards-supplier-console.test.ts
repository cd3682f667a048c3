import { it } from "vitest";
import { standardsSuite, WALK_MS } from "./standards-walk";

// The web's checkers over a supplier's pages and the organisers' console (issue 13); the public
// and buyer pages are in standards-public-buyer.test.ts, so that the two halves run in parallel.
// What is checked, and how, is in standards-walk.ts.

const check = standardsSuite();

it("a supplier's pages", () => check("supplier"), WALK_MS);

it("an organiser's pages", () => check("organiser"), WALK_MS);
