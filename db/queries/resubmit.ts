import type { Db } from "../connection";
import type { DB } from "../schema";

// The one query behind "a create form sent twice makes one thing" (decisions 641, 701): the row
// of `table` that `userId` created since `since` with exactly these column values, newest first.
// Run it inside the create's writeTx, so two copies sent at once see each other.

/** Tables whose rows record who created them and when. */
type Created = {
  [T in keyof DB]: DB[T] extends { createdBy: unknown; createdAt: unknown; id: unknown } ? T : never;
}[keyof DB];

/** Ids of the rows `userId` created since `since` whose columns equal `values` (null as IS NULL). */
export async function sameRowsSince(
  tx: Db,
  table: Created,
  values: Record<string, unknown>,
  userId: number,
  since: string,
): Promise<number[]> {
  // Kysely cannot type columns picked at run time from a union of tables; the names come from
  // the caller's own insert values.
  let q = tx
    .selectFrom(table as "events")
    .select("id")
    .where("createdBy", "=", userId)
    .where("createdAt", ">=", since);
  for (const [k, v] of Object.entries(values))
    q = v === null ? q.where(k as never, "is", null) : q.where(k as never, "=", v as never);
  return (await q.orderBy("id", "desc").execute()).map((r) => r.id);
}
