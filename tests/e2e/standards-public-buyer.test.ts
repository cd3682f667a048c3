import { it } from "vitest";
import { standardsSuite, WALK_MS } from "./standards-walk";

// The web's checkers over the public pages and a buyer's pages (issue 13); the supplier's and the
// organisers' pages are in standards-supplier-console.test.ts, so that the two halves run in
// parallel. What is checked, and how, is in standards-walk.ts.

const check = standardsSuite();

it("public pages", () => check("public"), WALK_MS);

it("a buyer's pages", () => check("buyer"), WALK_MS);
