// The process's one search engine (docs/decisions/250-layers.md: search/ is handed its handles;
// the process singleton lives here, with the other process-wide services).
import { createSearchEngine, type SearchEngine } from "../../search/index";
import { getServices } from "./services.server";

const KEY = "__cnhtSearchEngine"; // globalThis: the Remix build and the server script share one

export function getSearchEngine(): SearchEngine {
  const g = globalThis as unknown as Record<string, SearchEngine | undefined>;
  return (g[KEY] ??= createSearchEngine(getServices()));
}

/**
 * Makes the first search of the process as fast as the others: the embedded engine loads its
 * in-memory mirror (≈ 0.5 s at 10,000 suppliers) and the taxonomy's indexes on first use, so the
 * server calls this once it listens. In the background; a failure is logged, never thrown (the
 * first real search initialises the engine again).
 */
export function warmSearchEngine(): void {
  // The catch: even the logger failing must not take the server down.
  setImmediate(() => void warm().catch(() => {}));
}

async function warm(): Promise<void> {
  const { logger } = await import("./logger.server");
  const t0 = performance.now();
  try {
    // A concept phrase ending in a half-typed word: mirror, vocabulary, lexicon, prefix index.
    await getSearchEngine().search({ q: "ép nhựa", limit: 1, facets: ["process"], highlight: true });
    logger.info({ ms: Math.round(performance.now() - t0) }, "search engine warmed up");
  } catch (e) {
    logger.warn(
      { err: e instanceof Error ? e.message : String(e) },
      "search warm-up failed; the first search will retry",
    );
  }
}
