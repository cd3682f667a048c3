import { sql } from "kysely";
import { openForCli } from "./context";
import { supplierDocs } from "../../search/documents";
import { docHash } from "../../search/hash";
import { inspectorOf } from "../../search/index";
import { getSearchEngine } from "../../app/utils/search-engine.server";

const SHOW = 20;

/**
 * `cli search-check`: compares the search index with the database. Reports suppliers missing
 * from the index, entries the database no longer has, and entries whose content is out of date.
 * Exit 0 when they agree, 1 on drift (`cli reindex` repairs it), 2 when the engine is unreachable.
 */
export async function run(args: string[]): Promise<number> {
  if (args.length) {
    console.error("Usage: npm run cli -- search-check");
    return 2;
  }
  const services = await openForCli();
  const { db } = services;
  try {
    const engine = getSearchEngine();
    const health = await engine.health();
    if (!health.ok) {
      console.error(`Search engine (${engine.name}) unreachable: ${health.detail ?? "no detail"}`);
      return 2;
    }
    const docs = await supplierDocs(db);
    const expected = new Map(docs.map((d) => [d.ref, docHash(d)]));
    const inspector = inspectorOf(engine);
    const { n: pending } = await db
      .selectFrom("searchOutbox")
      .select(sql<number>`count(*)`.as("n"))
      .where("doneAt", "is", null)
      .executeTakeFirstOrThrow();
    if (!inspector) {
      const n = await engine.count();
      console.log(
        `Database: ${docs.length} suppliers; index: ${n} documents (contents not comparable on ${engine.name}).`,
      );
      return n === docs.length ? 0 : 1;
    }
    const actual = await inspector.fingerprints();
    const missing = [...expected.keys()].filter((r) => !actual.has(r));
    const extra = [...actual.keys()].filter((r) => !expected.has(r));
    const stale = [...expected.entries()]
      .filter(([r, h]) => actual.has(r) && actual.get(r) !== h)
      .map(([r]) => r);
    console.log(
      `Database: ${docs.length} suppliers; index (${engine.name}): ${actual.size} documents; outbox: ${pending} pending.`,
    );
    const list = (label: string, refs: string[]) => {
      if (refs.length === 0) return;
      const more = refs.length > SHOW ? ` … and ${refs.length - SHOW} more` : "";
      console.log(`${label} (${refs.length}): ${refs.slice(0, SHOW).join(", ")}${more}`);
    };
    list("Missing from the index", missing);
    list("In the index but not in the database", extra);
    list("Stale in the index", stale);
    if (missing.length + extra.length + stale.length === 0) {
      console.log("Index and database agree.");
      return 0;
    }
    console.log(
      Number(pending) > 0
        ? "Drift found; the outbox worker may still be catching up. Run `npm run cli -- reindex` to repair now."
        : "Drift found. Run `npm run cli -- reindex` to repair.",
    );
    return 1;
  } finally {
    await db.destroy();
  }
}
