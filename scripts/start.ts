// `npm start`: migrate, seed an empty database, build when needed, serve on 127.0.0.1:$PORT,
// keep the search index in step through the outbox worker and deliver mail through the mail worker.
import { buildIfStale } from "./lib/build";
import { getServices } from "../app/utils/services.server";
import { migrateToLatest } from "../db/migrate";
import { createApp } from "./server";
import { isDemoDatabase, seedIfEmpty } from "./seed";
import { createDemoAccounts } from "../app/services/auth/demo.server";
import { startOutboxWorker } from "../search/worker";
import { startIndexFollower } from "../search/follow";
import { startMailWorker } from "../app/services/mail-worker.server";
import { getSearchEngine, warmSearchEngine } from "../app/utils/search-engine.server";
import { logger } from "../app/utils/logger.server";
import { createDemoFair } from "../app/services/events/demo.server";
import { createDemoProgramme } from "./seed/programme";
import { expireDue } from "../db/queries/events-requests";
import { EnvError } from "../app/utils/env.server";
import { refreshLearnedReadings } from "../app/services/taxonomy.server";

async function main() {
  const t0 = Date.now();
  const services = getServices();
  const { env, db } = services;
  await migrateToLatest(db);
  // Terms organisers attached to taxonomy concepts (/admin/taxonomy) are read from the start,
  // and the readings learned from the directory (docs/decisions/610-learned-readings.md).
  await refreshLearnedReadings(db);

  // SEED=0 (used by tests that bring their own data) starts on the database as it is.
  let logins: Awaited<ReturnType<typeof createDemoAccounts>> = [];
  if (process.env.SEED !== "0") {
    const seeded = await seedIfEmpty(services);
    if (seeded.seeded)
      console.log(
        `Loaded the demo directory: ${seeded.counts.suppliers} suppliers, ${seeded.counts.buyers} buyers, ${seeded.counts.requests} sourcing requests.`,
      );
    // Demo logins have public passwords: only a database holding the demo directory gets them,
    // never one into which a real directory was imported.
    if (seeded.seeded || (await isDemoDatabase(services))) {
      logins = await createDemoAccounts(db);
      const fair = await createDemoFair(db);
      if (fair?.created)
        console.log(
          `Created the demo fair: ${fair.participants} participants, ${fair.requests} meeting requests.`,
        );
      const programme = await createDemoProgramme(db);
      if (programme)
        console.log(
          `Created the demo programme: ${programme.schemes} support schemes, ${programme.news} news items.`,
        );
    }
  }

  if (process.env.SKIP_BUILD !== "1") buildIfStale((m) => console.log(m));
  const app = await createApp();
  // On PostgreSQL with the embedded engine each instance follows the outbox into its own index
  // file, rebuilt before the first request; otherwise one worker claims and applies the rows.
  const follow = services.dialect === "postgres" && !env.MEILISEARCH_URL;
  const worker = follow
    ? startIndexFollower(services, { engine: getSearchEngine(), log: logger })
    : startOutboxWorker(services, { engine: getSearchEngine(), log: logger });
  if ("ready" in worker) await worker.ready;
  // Mail: delivers the outbox when SMTP_URL is set, and queues reminders on a schedule.
  const mailWorker = startMailWorker(services);
  // Pending meeting requests expire at their event's deadline; reads expire them lazily too,
  // this sweep keeps counters and notices right for events nobody is looking at.
  const sweep = setInterval(() => {
    expireDue(db, new Date()).catch((e) =>
      console.warn(`request expiry sweep failed: ${(e as Error).message}`),
    );
  }, 60_000);
  sweep.unref();
  const server = app.listen(env.PORT, env.HOST, () => {
    const addr = server.address();
    const port = typeof addr === "object" && addr ? addr.port : env.PORT;
    // Tests read this line to learn the port when PORT=0.
    console.log(
      `CNHT portal listening on http://${env.HOST}:${port} (database ${env.DATABASE_PATH}, search ${env.MEILISEARCH_URL ? "meilisearch" : "embedded"}, ${Date.now() - t0} ms)`,
    );
    if (logins.length) {
      console.log("Demo logins (demo data only):");
      for (const l of logins) console.log(`  ${l.role.padEnd(9)} ${l.email.padEnd(26)} ${l.password}`);
    }
    // Load the search index now, in the background, so no visitor waits for it.
    warmSearchEngine();
  });
  const stop = () => {
    server.close();
    Promise.allSettled([worker.stop(), mailWorker.stop()]).finally(() => process.exit(0));
    setTimeout(() => process.exit(0), 3000).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((e) => {
  // A configuration error says which variable is wrong; a stack would only hide that.
  console.error(e instanceof EnvError ? e.message : e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
