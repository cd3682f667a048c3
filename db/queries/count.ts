import type { SelectQueryBuilder } from "kysely";

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
