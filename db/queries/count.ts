import type { DeleteResult, SelectQueryBuilder, UpdateResult } from "kysely";

/**
 * How many rows the query matches. COUNT(*) comes back as a number from SQLite but as a bigint's
 * text from PostgreSQL, so every count goes through this one `Number`.
 */
export async function countRows<DB, TB extends keyof DB>(
  q: SelectQueryBuilder<DB, TB, object>,
): Promise<number> {
  // Kysely cannot resolve the selection's type over a generic DB, so it is named here.
  const r = await q
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .$castTo<{ n: number | string }>()
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/**
 * Whether a write meant for one row (a compare-and-set update, a delete with its owner in the
 * where) changed exactly that row: false when it was gone, not the caller's, or already changed.
 * The drivers report the count as a bigint, so every such check goes through this one `Number`.
 */
export async function oneRowChanged(q: {
  executeTakeFirst(): Promise<UpdateResult | DeleteResult>;
}): Promise<boolean> {
  const r = await q.executeTakeFirst();
  return Number("numUpdatedRows" in r ? r.numUpdatedRows : r.numDeletedRows) === 1;
}
