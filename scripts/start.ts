// `npm start`: build when needed, migrate, seed an empty database, serve on 127.0.0.1:$PORT.
import { buildIfStale } from "./lib/build";
import { getServices } from "../app/services.server";
import { migrateToLatest } from "../db/migrate";
import { createApp } from "./server";

async function main() {
  const t0 = Date.now();
  const services = getServices();
  const { env, db } = services;
  await migrateToLatest(db);
  if (process.env.SKIP_BUILD !== "1") buildIfStale((m) => console.log(m));
  const app = await createApp();
  const server = app.listen(env.PORT, env.HOST, () => {
    const addr = server.address();
    const port = typeof addr === "object" && addr ? addr.port : env.PORT;
    // Tests read this line to learn the port when PORT=0.
    console.log(`CNHT portal listening on http://${env.HOST}:${port} (database ${env.DATABASE_PATH}, ${Date.now() - t0} ms)`);
  });
  const stop = () => server.close(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
