import type { MetaFunction } from "@remix-run/node";
import { pageMeta } from "~/components/meta";

/**
 * The meta of a console page whose title is one dictionary entry: most of the console's pages.
 * Written once so that every such page keeps the portal's title form ("Page · Portal") and its
 * description and Open Graph tags in the reader's language.
 */
export function titleMeta(key: string): MetaFunction {
  return ({ matches }) => pageMeta(matches, (t) => ({ title: t(key) }));
}
