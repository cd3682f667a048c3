import { getServices, type Services } from "../../app/utils/services.server";
import { migrateToLatest } from "../../db/migrate";

/** Opens the database named by DATABASE_PATH and migrates it: the first thing every command does. */
export async function openForCli(): Promise<Services> {
  const services = getServices();
  await migrateToLatest(services.db);
  return services;
}
