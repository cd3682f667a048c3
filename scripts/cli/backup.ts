import { getEnv } from "../../app/utils/env.server";
import { refusingOnBackupError } from "./context";
import { backupPostgres } from "../../db/backup-postgres";
import { backupDatabase } from "../../db/backup";

// `cli backup FILE [--force]`: a consistent copy of the live database, safe while the server
// serves (SQLite's online backup). Does not migrate or create the database it copies.
export async function run(args: string[]): Promise<number> {
  const force = args.includes("--force");
  const [file, ...rest] = args.filter((a) => a !== "--force");
  if (!file || rest.length) {
    console.error("Usage: npm run cli -- backup FILE [--force]");
    return 2;
  }
  const { DATABASE_PATH, DATABASE_URL } = getEnv();
  return refusingOnBackupError("Backup", async () => {
    // On PostgreSQL: pg_dump's custom format, read back by `cli restore` (pg_restore).
    if (DATABASE_URL) {
      const bytes = await backupPostgres(DATABASE_URL, file, { force });
      console.log(`Backed up the PostgreSQL database to ${file} (pg_dump): ${(bytes / 1e6).toFixed(1)} MB.`);
      return 0;
    }
    const f = await backupDatabase(DATABASE_PATH, file, { force });
    console.log(
      `Backed up ${DATABASE_PATH} to ${file}: ${(f.bytes / 1e6).toFixed(1)} MB, ${f.organisations} organisations, ${f.users} users, ${f.migrations} migrations; integrity checked.`,
    );
    return 0;
  });
}
