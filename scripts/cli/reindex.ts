import cliProgress from "cli-progress";
import { sql } from "kysely";
import { openForCli } from "./context";
import { supplierDocs } from "../../search/documents";
import { inspectorOf } from "../../search/index";
import { markDoneUpTo } from "../../search/outbox";
import { getSearchEngine } from "../../app/utils/search-engine.server";

const USAGE = "Usage: npm run cli -- reindex [--clear]";
const BATCH = 500;

/**
 * `cli reindex [--clear]`: rebuilds the search index from the database. Every active supplier is
 * re-analysed and written, then refs the index holds but the database does not are removed, so
 * search keeps answering during the rebuild; --clear empties the index first. Outbox rows already
 * covered by the rebuild are marked done.
 */
export async function run(args: string[]): Promise<number> {
  const unknown = args.filter((a) => a !== "--clear");
  if (unknown.length) {
    console.error(`Unknown argument ${unknown.join(" ")}.\n${USAGE}`);
    return 2;
  }
  const services = await openForCli();
  const { db } = services;
  const engine = getSearchEngine();
  const t0 = performance.now();
  try {
    await engine.init();
    const { maxId } = await db
      .selectFrom("searchOutbox")
      .select(sql<number | null>`max(id)`.as("maxId"))
      .executeTakeFirstOrThrow();
    const docs = await supplierDocs(db);
    if (args.includes("--clear")) await engine.clear();
    const bar = new cliProgress.SingleBar(
      {
        stream: process.stderr,
        format: "Indexing [{bar}] {percentage}% | {value}/{total} suppliers | {eta_formatted} left",
        hideCursor: true,
        noTTYOutput: true,
        notTTYSchedule: 2000,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(docs.length, 0);
    for (let i = 0; i < docs.length; i += BATCH) {
      await engine.upsert(docs.slice(i, i + BATCH));
      bar.update(Math.min(docs.length, i + BATCH));
    }
    bar.stop();
    let removed = 0;
    const inspector = inspectorOf(engine);
    if (inspector && !args.includes("--clear")) {
      const present = new Set(docs.map((d) => d.ref));
      const extra = [...(await inspector.fingerprints()).keys()].filter((r) => !present.has(r));
      await engine.remove(extra);
      removed = extra.length;
    }
    if (maxId != null) await markDoneUpTo(db, maxId);
    const secs = ((performance.now() - t0) / 1000).toFixed(2);
    console.log(
      `Indexed ${docs.length} suppliers in ${secs} s (${engine.name} engine)` +
        (removed ? `; removed ${removed} stale entries` : "") +
        ".",
    );
    return 0;
  } finally {
    await db.destroy();
  }
}
