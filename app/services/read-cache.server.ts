import { LRUCache } from "lru-cache";
import type SQLite from "better-sqlite3";
import { getServices } from "~/utils/services.server";

/**
 * Views of the public directory that do not depend on who asks, kept until the database changes
 * (issue 13, decision 441): the list and the profiles are most of the portal's traffic, and
 * between two writes every visitor would otherwise rebuild the same cards, facets and capability
 * groups. "Changed" is SQLite's own account: `total_changes()` counts every row this connection
 * (the server's only one) wrote, `PRAGMA data_version` moves when another process (the CLI's
 * import, a restore) commits. Any write empties the cache — coarse, but never stale.
 *
 * On PostgreSQL several instances write to one database and no cheap counter sees them all:
 * nothing is kept there, every call builds its view.
 */
const cache = new LRUCache<string, object>({ max: 500 });
let version: (() => string) | null | undefined;
let seen = "";

function changeCounter(sqlite: SQLite.Database): () => string {
  const changes = sqlite.prepare("SELECT total_changes()").pluck();
  return () => `${sqlite.pragma("data_version", { simple: true })}:${changes.get()}`;
}

/**
 * `build()`'s value for `key`, built again only after the database changed. A view built with
 * `keep: false` (the search engine was down, say) is returned but not kept.
 */
export async function keptUntilChange<T extends object>(
  key: string,
  build: () => Promise<{ value: T; keep: boolean }>,
): Promise<T> {
  if (version === undefined) {
    const s = getServices();
    version = s.dialect === "sqlite" ? changeCounter(s.sqlite) : null;
  }
  if (version === null) return (await build()).value;
  const now = version();
  if (now !== seen) {
    cache.clear();
    seen = now;
  }
  const hit = cache.get(key) as T | undefined;
  if (hit) return hit;
  const { value, keep } = await build();
  // Kept only if nothing was written while it was built (it might mix before and after).
  if (keep && version() === now) cache.set(key, value);
  return value;
}
