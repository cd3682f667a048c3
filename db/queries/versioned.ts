import type { Updateable } from "kysely";
import type { Db } from "../connection";
import { oneRowChanged } from "./count";
import type { DB } from "../schema";

// The organisers' edited records (schemes and news) share one way of saving: an edit applies only
// to the version the organiser saw and bumps it, and archiving flips once. Written once here so the
// two consoles cannot drift apart on what "someone saved in between" means.

export type VersionedTable = "supportSchemes" | "newsArticles";

/**
 * Compare-and-set on the version: the edit applies only to the version the organiser saw, and
 * bumps it. False when someone else saved in between (or the record is gone).
 */
export async function updateAtVersion<T extends VersionedTable>(
  db: Db,
  table: T,
  id: number,
  version: number,
  values: Updateable<DB[T]>,
): Promise<boolean> {
  // Both tables have id, version and updatedAt; Kysely cannot see that through the union.
  return oneRowChanged(
    db
      .updateTable(table as VersionedTable)
      .set({
        ...(values as Updateable<DB[VersionedTable]>),
        version: version + 1,
        updatedAt: new Date().toISOString(),
      })
      .where("id", "=", id)
      .where("version", "=", version),
  );
}

/** Archives (or restores) once: false when it already was (or the record is gone). */
export async function setArchived(
  db: Db,
  table: VersionedTable,
  id: number,
  archived: boolean,
): Promise<boolean> {
  return oneRowChanged(
    db
      .updateTable(table)
      .set((eb) => ({
        archivedAt: archived ? new Date().toISOString() : null,
        version: eb("version", "+", 1),
        updatedAt: new Date().toISOString(),
      }))
      .where("id", "=", id)
      .where("archivedAt", archived ? "is" : "is not", null),
  );
}
