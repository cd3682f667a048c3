import { sql } from "kysely";
import { importDirectory, type ImportTarget } from "../../app/services/import/run.server";
import { formatRejection } from "../../app/modules/import/validate";
import { generateDemoDirectory } from "./generate";

export interface SeedResult {
  seeded: boolean;
  /** Directory records in the database afterwards. */
  counts: { suppliers: number; buyers: number; requests: number };
  /** What the import did (absent when nothing was seeded). */
  import?: { created: number; updated: number; unchanged: number; durationMs: number };
}

/**
 * Loads the demo directory into a database that holds no suppliers or buyers yet (organiser
 * accounts and demo logins may already exist: they do not count), through the same importer
 * as `cli import`, so demo data gets the same validation, term mapping and search outbox rows.
 * `force` upserts into a non-empty database as well (records are matched by ref).
 */
export async function seedIfEmpty(
  target: ImportTarget,
  opts: { force?: boolean; seed?: number } = {},
): Promise<SeedResult> {
  if (!opts.force && (await directorySize(target)) > 0)
    return { seeded: false, counts: await countRecords(target) };
  const data = generateDemoDirectory(opts.seed);
  const report = await importDirectory(target, data, { replace: false, actor: "seed", source: "demo seed" });
  if (report.rejections.length) {
    // The demo data is ours: a rejection is a bug in the generator, not bad input to skip.
    const lines = report.rejections.slice(0, 10).flatMap(formatRejection);
    throw new Error(
      `demo seed: ${report.rejections.length} generated record(s) rejected by the importer:\n${lines.join("\n")}`,
    );
  }
  const sum = (k: "created" | "updated" | "unchanged") =>
    report.suppliers[k] + report.buyers[k] + report.requests[k];
  return {
    seeded: true,
    counts: await countRecords(target),
    import: {
      created: sum("created"),
      updated: sum("updated"),
      unchanged: sum("unchanged"),
      durationMs: report.durationMs,
    },
  };
}

async function directorySize({ db }: ImportTarget): Promise<number> {
  const row = await db
    .selectFrom("organisations")
    .select(sql<number>`count(*)`.as("n"))
    .where("kind", "in", ["supplier", "buyer"])
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function countRecords({ db }: ImportTarget): Promise<SeedResult["counts"]> {
  const orgs = await db
    .selectFrom("organisations")
    .select(["kind", sql<number>`count(*)`.as("n")])
    .where("kind", "in", ["supplier", "buyer"])
    .groupBy("kind")
    .execute();
  const req = await db
    .selectFrom("sourcingRequests")
    .select(sql<number>`count(*)`.as("n"))
    .executeTakeFirstOrThrow();
  const n = (kind: string) => Number(orgs.find((o) => o.kind === kind)?.n ?? 0);
  return { suppliers: n("supplier"), buyers: n("buyer"), requests: Number(req.n) };
}

/**
 * Whether this database holds the demo directory (the seed's import left audit rows under the
 * actor "seed"). Demo logins have public passwords, so they are only ever created here — never
 * in a database that holds a real directory.
 */
export async function isDemoDatabase({ db }: Pick<ImportTarget, "db">): Promise<boolean> {
  const row = await db
    .selectFrom("auditLog")
    .select("id")
    .where("actor", "=", "seed")
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
