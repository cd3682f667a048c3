import { openForCli } from "./context";
import { migrateToLatest } from "../../db/migrate";

export async function run(): Promise<number> {
  const { db, env } = await openForCli();
  const { results } = await migrateToLatest(db);
  console.log(
    `Database ${env.DATABASE_PATH} is at the latest schema${results?.length ? ` (${results.length} applied)` : ""}.`,
  );
  await db.destroy();
  return 0;
}
