import { getServices, type Services } from "../../app/utils/services.server";
import { BackupError } from "../../db/backup";
import { migrateToLatest } from "../../db/migrate";

/** Opens the database named by DATABASE_PATH and migrates it: the first thing every command does. */
export async function openForCli(): Promise<Services> {
  const services = getServices();
  await migrateToLatest(services.db);
  return services;
}

/** Runs a backup or restore step; a refusal the step explains (a BackupError: the file exists,
 *  the server is running, the copy fails its check) is printed as "<what> refused: …" with exit
 *  code 1, and anything else is left to crash loudly. */
export async function refusingOnBackupError(what: string, step: () => Promise<number>): Promise<number> {
  try {
    return await step();
  } catch (e) {
    if (e instanceof BackupError) {
      console.error(`${what} refused: ${e.message}`);
      return 1;
    }
    throw e;
  }
}
