import pg from "pg";

/**
 * `fn` on a client connected to the PostgreSQL server at `url` (CREATE or DROP DATABASE, a probe),
 * ended again whatever happens. The benches' databases (scripts/bench/databases.ts) and the
 * tests' (tests/helpers/postgres.ts) are made and dropped through it.
 */
export async function withPostgresClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}
