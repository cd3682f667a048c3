import type { Db } from "../connection";

// The search outbox (DESIGN.md): every write that changes what is searchable about a supplier
// records a row here in the same transaction; the search worker applies and marks them done.

/** For writers on the raw better-sqlite3 handle (the importer): entity, ref, op. */
export const OUTBOX_INSERT_SQL = `INSERT INTO search_outbox (entity, ref, op) VALUES (?, ?, ?)`;

/** Queue a supplier for (re)indexing or removal; call inside the write's transaction. */
export async function enqueueSupplierSync(db: Db, ref: string, op: "upsert" | "delete"): Promise<void> {
  await db.insertInto("searchOutbox").values({ entity: "supplier", ref, op }).execute();
}
