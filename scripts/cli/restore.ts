import { getEnv } from "../../app/utils/env.server";
import { NotOnPostgresError } from "../../db/dialect";
import { restoreDatabase, BackupError } from "../../db/backup";

// `cli restore FILE`: replace the database with a checked backup. Only while the server is
// stopped (refused otherwise); the replaced database is kept beside it.
export async function run(args: string[]): Promise<number> {
  if (args.length !== 1) {
    console.error("Usage: npm run cli -- restore FILE   (stop the server first)");
    return 2;
  }
  const { DATABASE_PATH, DATABASE_URL } = getEnv();
  // A file copy of SQLite; on PostgreSQL use pg_dump / pg_restore (docs/decisions/220).
  if (DATABASE_URL) {
    console.error(new NotOnPostgresError("`cli restore`").message + " Use pg_dump / pg_restore.");
    return 2;
  }
  try {
    const r = await restoreDatabase(DATABASE_PATH, args[0]);
    console.log(
      `Restored ${DATABASE_PATH} from ${args[0]}: ${r.organisations} organisations, ${r.users} users` +
        (r.applied ? `, ${r.applied} newer migrations applied` : "") +
        "." +
        (r.kept ? `\nThe replaced database is kept as ${r.kept}.` : ""),
    );
    return 0;
  } catch (e) {
    if (e instanceof BackupError) {
      console.error(`Restore refused: ${e.message}`);
      return 1;
    }
    throw e;
  }
}
