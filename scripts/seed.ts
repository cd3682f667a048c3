// The demo data of the portal (issue 2, item 3): a deterministic cnht-directory/1 directory of
// Hanoi supporting-industry suppliers, foreign buyers and sourcing requests, and the loader that
// `npm start` runs on an empty database. `npm run cli -- seed [--force] [--out FILE]` wraps both.
// How the data is made and why: docs/decisions/080-demo-seed.md.
export { generateDemoDirectory, DEMO_COUNTS } from "./seed/generate";
export { seedIfEmpty, isDemoDatabase, type SeedResult } from "./seed/seed-if-empty";
export { REFERENCE_DATE } from "./seed/dates";
