import { getEnv } from "../../app/utils/env.server";
import { refusingOnBackupError } from "./context";
import { restorePostgres } from "../../db/backup-postgres";
import { restoreDatabase } from "../../db/backup";

// `cli restore FILE`: replace the database with a checked backup. Only while the server is
// stopped (refused otherwise); the replaced database is kept beside it.
export async function run(args: string[]): Promise<number> {
  if (args.length !== 1) {
    console.error("Usage: npm run cli -- restore FILE   (stop the server first)");
    return 2;
  }
  const { DATABASE_PATH, DATABASE_URL } = getEnv();
  return refusingOnBackupError("Restore", async () => {
    // On PostgreSQL: pg_restore of a `cli backup` file, in one transaction (stop every instance first).
    if (DATABASE_URL) {
      await restorePostgres(DATABASE_URL, args[0]);
      console.log(`Restored the PostgreSQL database from ${args[0]} (pg_restore).`);
      return 0;
    }
    const r = await restoreDatabase(DATABASE_PATH, args[0]);
    console.log(
      `Restored ${DATABASE_PATH} from ${args[0]}: ${r.organisations} organisations, ${r.users} users` +
        (r.applied ? `, ${r.applied} newer migrations applied` : "") +
        "." +
        (r.kept ? `\nThe replaced database is kept as ${r.kept}.` : ""),
    );
    return 0;
  });
}
