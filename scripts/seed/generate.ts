import { canonicalBuyer, canonicalRequest, canonicalSupplier } from "../../app/modules/directory/canonical";
import { generateBuyers, generateRequests } from "./requests";
import { Rng } from "./prng";
import { generateSuppliers } from "./suppliers";
import type { DirectoryFile } from "./types";

export const DEMO_COUNTS = { suppliers: 1000, requests: 100 } as const;

/**
 * The demo directory: ~1,000 Hanoi supporting-industry suppliers, 30 foreign buyers and 100
 * sourcing requests in cnht-directory/1 form. Pure and deterministic: the same seed gives the
 * same object (and byte-identical JSON) on every run, dated relative to REFERENCE_DATE.
 * Each part draws from its own forked stream, so adding buyers does not reshuffle suppliers.
 * Records are in the directory's canonical form, so exporting a freshly seeded database gives
 * back exactly `formatDirectory(generateDemoDirectory())`.
 */
export function generateDemoDirectory(seed = 2027): DirectoryFile {
  const root = new Rng(seed);
  const { suppliers, profiles } = generateSuppliers(root.fork("suppliers"), DEMO_COUNTS.suppliers);
  const buyers = generateBuyers(root.fork("buyers"));
  const requests = generateRequests(root.fork("requests"), profiles, DEMO_COUNTS.requests);
  return {
    format: "cnht-directory/1",
    suppliers: suppliers.map(canonicalSupplier),
    buyers: buyers.map(canonicalBuyer),
    requests: requests.map(canonicalRequest),
  };
}
