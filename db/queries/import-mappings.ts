import { sql } from "kysely";
import type { Db } from "../connection";

// Saved spreadsheet mappings (/admin/import): listed by name, found by the shape of a header row.

export interface SavedMapping {
  id: number;
  name: string;
  shape: string;
  mapping: string;
  updatedAt: string;
}

const SAVED_MAPPING = ["id", "name", "shape", "mapping", "updatedAt"] as const;

export function listMappings(db: Db): Promise<SavedMapping[]> {
  return db.selectFrom("importMappings").select(SAVED_MAPPING).orderBy("name").execute();
}

export async function mappingById(db: Db, id: number): Promise<SavedMapping | null> {
  return (
    (await db.selectFrom("importMappings").select(SAVED_MAPPING).where("id", "=", id).executeTakeFirst()) ??
    null
  );
}

/** The most recently saved mapping for files whose header row has this shape. */
export async function mappingForShape(db: Db, shape: string): Promise<SavedMapping | null> {
  return (
    (await db
      .selectFrom("importMappings")
      .select(SAVED_MAPPING)
      .where("shape", "=", shape)
      .orderBy("updatedAt", "desc")
      .orderBy("id", "desc")
      .executeTakeFirst()) ?? null
  );
}

/** Saves under a name; the same name again replaces that mapping (its author's to keep current). */
export async function saveMapping(
  db: Db,
  m: { name: string; shape: string; mapping: string; createdBy: string },
): Promise<void> {
  await db
    .insertInto("importMappings")
    .values(m)
    .onConflict((oc) =>
      oc.column("name").doUpdateSet({
        shape: m.shape,
        mapping: m.mapping,
        updatedAt: sql<string>`strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`,
      }),
    )
    .execute();
}
