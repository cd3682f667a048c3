// Matching: suppliers for a sourcing request and requests for a supplier, with reasons.
// Pure TypeScript; app/matching.server.ts loads the inputs from the database.
export type * from "./types";
export { scoreMatch } from "./score";
export { MatchIndex, type Ranked, type Explained } from "./match-index";
export { WEIGHTS, PARTIAL, UNKNOWN_FIT } from "./weights";
export { termLabel } from "./concepts";
export { DISMISS_REASONS, type DismissReason } from "./dismiss-reasons";
export { groupZones, inZone, zoneKey, type ZoneOption } from "./zones";
