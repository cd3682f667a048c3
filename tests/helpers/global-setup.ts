import fs from "node:fs";
import path from "node:path";
import { buildIfStale, ROOT } from "../../scripts/lib/build";

// Runs once before all test files: HTTP and browser tests start the built server, so build it
// here when it is missing or older than the sources (`npm test` works on a fresh clone).
export default function setup() {
  fs.mkdirSync(path.join(ROOT, "test-results"), { recursive: true });
  if (process.env.SKIP_BUILD === "1") return;
  buildIfStale();
}
