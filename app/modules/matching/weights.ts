// Every number that shapes a match lives here, so a score can be explained and tuned in one place.
// See docs/matching.md for why each value is what it is.

/**
 * Share of the score per reason kind. A kind the request does not ask about (no materials given,
 * no buyer country known) drops out and the rest are renormalised, so scores stay in 0..1.
 * Several terms of one kind (two processes) split that kind's weight equally.
 * Certificates carry no weight: they are a hard constraint, every listed supplier meets them.
 */
export const WEIGHTS = {
  process: 0.4,
  /**
   * Requests naming several processes: a bonus for covering all of them (fit = the weakest
   * process's fit), because a firm doing one step of two is a much weaker lead than one doing
   * the whole part. Absent for single-process requests.
   */
  allProcesses: 0.2,
  product: 0.2,
  material: 0.15,
  capacity: 0.03,
  export: 0.03,
  verified: 0.02,
  freshness: 0.02,
} as const;

/** Fit of a requested concept when the supplier has something near it rather than it. */
export const PARTIAL = {
  /** The supplier has the concept or a more specific one (asked CNC machining, does CNC turning). */
  exact: 1,
  /** The supplier names only a more general concept (asked CNC turning, says CNC machining). */
  generic: 0.6,
  /** The supplier has a sibling under the same parent (asked PP, works ABS: both plastics). */
  sibling: 0.35,
  /** The concept is mentioned only in the supplier's free-text description, not its lists. */
  describedOnly: 0.8,
} as const;

/** How closely a supplier's term fits a wanted one (fit.ts decides; the weights below price it). */
export type FitLevel = "exact" | "generic" | "sibling" | "none";

/**
 * A request is offered to a supplier ("fits you", /my/opportunities) only when the supplier
 * covers at least one requested process or product at one of these levels (it does the thing,
 * or states the general field it belongs to). A sibling alone ("offset printing" for "label
 * printing", a leather-goods firm for a carton request) scored 9–15 % and read as noise.
 * Requests naming neither a process nor a product use their materials instead.
 * The buyer's direction is not filtered: it ranks the best few of many suppliers anyway.
 */
export const OFFER_LEVELS: readonly FitLevel[] = ["exact", "generic"];

/** Fit given to a reason whose facts are unknown ("capacity unknown ?"): neither for nor against. */
export const UNKNOWN_FIT = 0.5;

/**
 * Capacity: a coarse rule of thumb for discrete parts, one employee per this many units a year.
 * A firm with fewer than half the implied head-count is marked too small.
 */
export const UNITS_PER_EMPLOYEE_YEAR = 5000;

/** A profile updated within this many days of the matching day counts as fresh. */
export const FRESH_DAYS = 365;
